// Minutes written as a bulleted outline, with no numbers and no headings:
//
//   • Perfunctory Business                     ← an item
//   o Commissioners Present: Anthony Qaiyum, … ← a point of it
//   • Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)
//   ▪ New funding for street pole banner repairs …
//
// When the top-level bullet ("•") and at least one deeper kind ("o", "▪", "◦") each start a few
// lines, the top-level bullets are the items.
import type { Line } from '../extract/line.js';
import type { Candidate } from './headings.js';
import { isProcedural } from './headings.js';

const topBullet = /^[\u2022\u25cf]\s(\S.*)$/;
const deepBullet = /^[o\u25aa\u25e6\u2023\u2043\u25a0\u25a1-]\s+\S/;

export function bulletItems(lines: readonly Line[]): Candidate[] {
  const top = lines.filter((l) => topBullet.test(l.text)).length;
  const deep = lines.filter((l) => deepBullet.test(l.text)).length;
  if (top < 3 || deep < 3) return [];
  const out: Candidate[] = [];
  lines.forEach((line, index) => {
    const m = topBullet.exec(line.text);
    // "• A:" and "• B:" label pictures, not business.
    if (!m || /:$/.test(m[1]!) || m[1]!.length < 3) return;
    out.push({ index, lineCount: 1, readings: [], title: m[1]!, procedural: isProcedural(m[1]!), strong: true });
  });
  return out;
}
