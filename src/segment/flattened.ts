// Text flattened to one long line (OCR of old agendas, some web viewers):
//
//   … ROLL CALL PLEDGE OF ALLEGIANCE AGENDA INVOCATION -LANCE … A. PUBLIC HEARINGS … A-1 ORDINANCE …
//
// is cut back into lines at its item numbers (when they follow each other: A., A-1, A-2, B., …),
// at procedural headings printed in capitals, and where a capitalised title gives way to
// ordinary prose; without numbers, at headings in capitals that open the text after a sentence
// ("… presiding. INVOCATION Pastor Lee …"). Short lines are left alone.
import { subLine, type Line } from '../extract/line.js';
import { cueLine } from './headings.js';

const MIN_LENGTH = 400;
const phraseMarker =
  /(?<=\s)(?:ROLL CALL|PLEDGE OF ALLEGIANCE|INVOCATION|PRESENTATIONS?|CALL TO ORDER|PUBLIC COMMENTS?|ADJOURNMENT|CLOSED SESSION|AGENDA(?=\s)|MINUTES(?=\s?-))\b/g;

interface Marker {
  index: number;
  /** Where the title starts: after the number and its separator. */
  titleAt: number;
  major: number;
  minor: number;
}

const romanValue = (s: string) => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) total += v[s[i]!]! < (v[s[i + 1] ?? ''] ?? 0) ? -v[s[i]!]! : v[s[i]!]!;
  return total;
};

// The numbering schemes of flattened agendas: "A." and "A-1"; "1." and "1.1" (eSCRIBE glues the
// title on, "1.1Roll Call", and the number onto the note before it, "Refer to Changes2.3Requests":
// only numbers in sequence count, so a word's own digits, "Covid19", rarely do); "I.", "II.";
// running minute numbers, which start anywhere ("1358 DECLARATIONS … 1359 MINUTES …"), before
// a title in capitals.
const schemes: { re: RegExp; read: (m: RegExpMatchArray) => [number, number]; startsAnywhere?: true }[] = [
  { re: /(?<=\s)([A-Z])(?:\.|-(\d{1,2}))(?=\s)/g, read: (m) => [m[1]!.charCodeAt(0) - 64, m[2] ? Number(m[2]) : 0] },
  { re: /(?<=[\sa-z]|^)(\d{1,2})(?:\.(\d{1,2}))?\.?(?=\s?[A-Z])/g, read: (m) => [Number(m[1]), m[2] ? Number(m[2]) : 0] },
  { re: /(?<=\s)([IVX]{1,5})\.(?=\s)/g, read: (m) => [romanValue(m[1]!), 0] },
  { re: /(?<=\s|^)(?!(?:19|20)\d\d\b)(\d{3,4})\.?(?=\s[A-Z][A-Z'\u2019&-]+\s)/g, read: (m) => [Number(m[1]), 0], startsAnywhere: true },
];

const follows = (run: readonly Marker[], [a, b]: [number, number]): boolean => {
  const { major, minor } = run[run.length - 1] ?? { major: 0, minor: 0 };
  return b === 0 ? a === major + 1 : (a === major && b === minor + 1) || (a === major + 1 && b === 1);
};

/**
 * Item numbers of one scheme that follow each other: A., A-1, A-2, B. … or 1., 1.1, 1.2, 2. …
 * The numbering may start again ("A." after "F.": an agenda printed twice, a second part): a
 * restart that three numbers in sequence follow, before the first run goes on, begins a run of
 * its own. One pass, so a line of many restarts costs no more than one of none.
 */
function sequenceMarkers(text: string): Marker[] {
  let best: Marker[] = [];
  for (const { re, read, startsAnywhere } of schemes) {
    const out: Marker[] = [];
    let run: Marker[] = [];
    let restart: Marker[] = [];
    const close = () => {
      if (run.length >= 3) out.push(...run);
    };
    for (const m of text.matchAll(re)) {
      const number = read(m);
      const marker = { index: m.index, titleAt: m.index + m[0].length, major: number[0], minor: number[1] };
      if (follows(run, number) || (startsAnywhere && run.length === 0)) {
        run.push(marker);
        restart = [];
      } else if (startsAnywhere && run.length < 3) run = [marker];
      else if (restart.length > 0 && follows(restart, number)) {
        restart.push(marker);
        if (restart.length === 3) {
          close();
          [run, restart] = [restart, []];
        }
      } else if (run.length >= 3 && follows([], number)) restart = [marker];
    }
    close();
    if (out.length > best.length) best = out;
  }
  return best;
}

/**
 * Where a capitalised title ends and prose begins: "… LUTHERN CHURCH Members of the public …",
 * or a decision label in capitals ("… COUNCIL MEETING RESOLVED: The minutes …").
 */
function titleEnd(text: string): number {
  const words = /\S+/g;
  let end = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (end > 0 && (/[a-z]/.test(m[0]) || (/:$/.test(m[0]) && cueLine.test(text.slice(m.index))))) return m.index;
    end = m.index + m[0].length;
  }
  return text.length;
}

/**
 * A heading in capitals after the end of a sentence, before sentence-case text: "… Mayor Smith
 * presiding. INVOCATION Pastor Lee …", "… Motion carried. PARKS AND RECREATION It was …" (a word
 * in capitals inside a sentence, "It was MOVED by", follows no sentence end).
 */
const capsHeading = /(?<=[.!?]\s{1,3})(?:[A-Z][A-Z'\u2019&/-]*\s){0,7}[A-Z][A-Z'\u2019&/-]+(?=\s[A-Z][a-z])/g;

function capsHeadings(text: string): number[] {
  return [...text.matchAll(capsHeading)].filter((m) => m[0].replace(/[^A-Z]/g, '').length >= 4).map((m) => m.index);
}

export function unflatten(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const text = line.text;
    const numbers = text.length >= MIN_LENGTH ? sequenceMarkers(text) : [];
    // Without numbers, headings in capitals that open the text after a sentence ends.
    const headings = text.length >= MIN_LENGTH && numbers.length < 3 ? capsHeadings(text) : [];
    if (numbers.length < 3 && headings.length < 3) {
      out.push(line);
      continue;
    }
    // A phrase inside a numbered title, or right after the line's own number ("1. CALL TO
    // ORDER"), does not start a line.
    const phrases =
      headings.length >= 3
        ? headings
        : [...text.matchAll(phraseMarker)]
            .map((m) => m.index)
            .filter((i) => !numbers.some((n) => i > n.index && i <= n.titleAt + 1) && !/^\S{1,5}\s$/.test(text.slice(0, i)));
    const starts = new Map<number, Marker | null>([...numbers.map((n): [number, Marker] => [n.index, n]), ...phrases.map((i): [number, null] => [i, null])]);
    const cuts = [...starts.keys()].sort((a, b) => a - b);
    const bounds = [0, ...cuts, text.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      if (to <= from) continue;
      const marker = starts.get(from);
      // A number glued to its title ("1.1Roll Call") stands on a line of its own.
      if (marker && text[marker.titleAt] !== ' ') {
        out.push(subLine(line, from, marker.titleAt));
        pushPiece(out, line, marker.titleAt, to, true);
      } else pushPiece(out, line, from, to, k > 0, marker ? marker.titleAt - from : 0);
    }
  }
  return out.filter((l) => l.text.length > 0);
}

/** A numbered or procedural piece: its title, then any prose as a line of its own. */
function pushPiece(out: Line[], line: Line, from: number, to: number, titled: boolean, numberLength = 0): void {
  const piece = line.text.slice(from, to);
  const split = titled ? numberLength + titleLength(piece.slice(numberLength)) : piece.length;
  out.push(subLine(line, from, from + split));
  if (split < piece.trimEnd().length) out.push(subLine(line, from + split, to));
}

/**
 * Where a title ends in a flattened piece: a capitalised title gives way to prose ("… CHURCH
 * Members of the public …"); another ends at a note, a sentence end or its first sub-point
 * ("Consent agenda (Any trustee …", "President's report. INFORMATION {1}", "Old business a. …"), or
 * at the notes eSCRIBE prints after a title ("Bylaws None", "Requests to Speak Refer to Summary …").
 */
function titleLength(piece: string): number {
  if (/^\S+\s[A-Z'&-]{2,}\s[A-Z'&-]{2,}/.test(piece) || /^\s?[A-Z'&-]{2,}\s(?:[A-Z'&-]{2,}|[A-Z][a-z])/.test(piece)) return titleEnd(piece);
  const end = /\s[({]|\.\s|\s[a-z]\.\s|\s(?:ACTION|INFORMATION|DISCUSSION|None|Refer to|No Item Selected)\b/.exec(piece);
  // A full stop stays with the title it ends.
  return end ? end.index + (end[0][0] === '.' ? 1 : 0) : piece.length;
}
