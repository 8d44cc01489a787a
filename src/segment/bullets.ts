// Minutes written as a bulleted outline, with no numbers and no headings:
//
//   • Perfunctory Business                     ← an item
//   o Commissioners Present: Anthony Qaiyum, … ← a point of it
//   • Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)
//   ▪ New funding for street pole banner repairs …
//
// When the top-level bullet ("•") and at least one deeper kind ("o", "▪", "◦") each start a few
// lines, the top-level bullets are the items. Without "•", a flat list of dashes under a line
// ending in ":" is the list of items (flatItems).
import type { Line } from '../extract/line.js';
import type { Candidate } from './headings.js';
import { isProcedural } from './headings.js';
import { isProse, isTitleLike } from './shape.js';

const topBullet = /^[\u2022\u25cf]\s(\S.*)$/;
const deepBullet = /^[o\u25aa\u25e6\u2023\u2043\u25a0\u25a1-]\s+\S/;

export function bulletItems(lines: readonly Line[]): Candidate[] {
  const top = lines.filter((l) => topBullet.test(l.text)).length;
  const deep = lines.filter((l) => deepBullet.test(l.text)).length;
  if (top === 0) return flatItems(lines);
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

/** A flat list's bullet: a dash or an asterisk, then a title. */
const flatBullet = /^[-*\u2013]\s+(\S.*)$/;

/** How many bullets a flat list of items holds at least. */
const MIN_FLAT = 5;

/**
 * A flat bulleted list of items in plain text, one kind of bullet and no other outline ("The
 * Agenda Items include:" / "- Apologies for absence" / "- Declaration of Interests" …): the
 * list under a line ending in ":", its bullets in a run, five or more, nearly all title-like.
 * A bullet after one that ends in ":" ("- Date of next meetings :" / "- Thursday 16th November
 * 2017 at 7.00") is that one's value, not an item.
 */
function flatItems(lines: readonly Line[]): Candidate[] {
  const from = lines.findIndex((l, i) => /:$/.test(l.text) && flatBullet.test(lines[i + 1]?.text ?? ''));
  if (from < 0) return [];
  const out: Candidate[] = [];
  let after = '';
  for (let index = from + 1; index < lines.length; index++) {
    const m = flatBullet.exec(lines[index]!.text);
    if (!m) break;
    const title = m[1]!.endsWith(':') ? m[1]!.slice(0, -1).trimEnd() : m[1]!;
    if (!/:$/.test(after)) out.push({ index, lineCount: 1, readings: [], title, procedural: isProcedural(title), strong: true });
    after = m[1]!;
  }
  const titled = out.filter((c) => isTitleLike(c.title!, 120) && !isProse(c.title!));
  return out.length >= MIN_FLAT && 4 * titled.length >= 3 * out.length && out.some((c) => c.procedural) ? out : [];
}
