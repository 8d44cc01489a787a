// Text flattened to one long line (OCR of old agendas, some web viewers):
//
//   … ROLL CALL PLEDGE OF ALLEGIANCE AGENDA INVOCATION -LANCE … A. PUBLIC HEARINGS … A-1 ORDINANCE …
//
// is cut back into lines at its item numbers (when they follow each other: A., A-1, A-2, B., …),
// at procedural headings printed in capitals, and where a capitalised title gives way to
// ordinary prose. Short lines are left alone.
import { subLine, type Line } from '../extract/line.js';

const MIN_LENGTH = 400;
const numberMarker = /(?<=\s)([A-Z])(?:\.|-(\d{1,2}))(?=\s)/g;
const phraseMarker =
  /(?<=\s)(?:ROLL CALL|PLEDGE OF ALLEGIANCE|INVOCATION|PRESENTATIONS?|CALL TO ORDER|PUBLIC COMMENTS?|ADJOURNMENT|CLOSED SESSION|AGENDA(?=\s)|MINUTES(?=\s?-))\b/g;

/** Positions of item numbers that follow each other: A., A-1, A-2, B., C., C-1 … */
function sequenceMarkers(text: string): number[] {
  const out: number[] = [];
  let letter = 0;
  let sub = 0;
  for (const m of text.matchAll(numberMarker)) {
    const l = m[1]!.charCodeAt(0) - 64;
    const n = m[2] ? Number(m[2]) : 0;
    const follows = n === 0 ? l === letter + 1 || (letter === 0 && l === 1) : (l === letter && n === sub + 1) || (l === letter + 1 && n === 1);
    if (!follows) continue;
    out.push(m.index);
    letter = l;
    sub = n;
  }
  return out;
}

/** Where a capitalised title ends and prose begins: "… LUTHERN CHURCH Members of the public …". */
function titleEnd(text: string): number {
  const words = /\S+/g;
  let end = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (/[a-z]/.test(m[0]) && end > 0) return m.index;
    end = m.index + m[0].length;
  }
  return text.length;
}

export function unflatten(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const text = line.text;
    const numbers = text.length >= MIN_LENGTH ? sequenceMarkers(text) : [];
    if (numbers.length < 3) {
      out.push(line);
      continue;
    }
    const phrases = [...text.matchAll(phraseMarker)].map((m) => m.index).filter((i) => !numbers.some((n) => i > n && i <= n + 4));
    const cuts = [...new Set([...numbers, ...phrases])].sort((a, b) => a - b);
    const bounds = [0, ...cuts, text.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      if (to <= from) continue;
      const piece = text.slice(from, to);
      // A numbered or procedural piece: its capitalised title, then any prose as a line of its own.
      const split = k > 0 ? titleEnd(piece) : piece.length;
      out.push(subLine(line, from, from + split));
      if (split < piece.trimEnd().length) out.push(subLine(line, from + split, to));
    }
  }
  return out.filter((l) => l.text.length > 0);
}
