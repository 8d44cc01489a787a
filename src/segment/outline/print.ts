// A PDF's heading print, learned from the document itself: the font, size and indent that its
// accepted headings share (read/source.ts `LineStyle`, on each PDF line as `Line.pdf`). A
// document prints its item headings one way and repeats it; a line printed another way is no
// item heading of its own (a letterhead, a centred notice, a numbered list indented in an item),
// and a line that opens in the heading print before text in another print is a heading run into
// its text ("CALL TO ORDER: 6:30 p.m." in bold before the body font), whatever its wording.
//
// Only PDFs print fonts: for text and Markdown every function here finds nothing (no guesses).
//
//   1. CALL TO ORDER            Arial-Bold 12pt, 36pt left of the body   ← accepted headings: the
//   2. ROLL CALL                Arial-Bold 12pt, 36pt left of the body     heading print
//   PUBLIC COMMENTS: Members…   Arial-Bold 12pt lead, then Arial        ← a heading run in
//   CITY OF WESTLAKE VILLAGE    Arial-Bold 12pt, centred                 ← another print: no item
import type { Line } from '../../extract/line.js';
import type { Candidate } from '../headings.js';
import { isProcedural, isStructuralText } from '../headings.js';
import { readItemNumbers } from '../numbering.js';
import { isProse, isTitleLike } from '../shape.js';
import type { Link } from './chains.js';

/** Indents closer than this (points) are one indent: "9." and "10." right-aligned, a scan's jitter. */
const INDENT_STEP = 9;
/**
 * A line starting up to this far (points) right of the body margin, or anywhere left of it,
 * stands in the text column (a heading out in the margin, a sub-heading at the margin); further
 * right it is set in: indented, centred, a column of its own.
 */
const INSET = 36;

/** A line's font and size, as a key. */
const typeOf = (p: NonNullable<Line['pdf']>) => `${p.font} ${Math.round(p.size * 2) / 2}`;

/** How a PDF line is printed, as a key equal for lines printed alike: type and indent (null outside PDFs). */
export function printOf(line: Line): string | null {
  const p = line.pdf;
  return p ? `${typeOf(p)} ${Math.round(p.x / INDENT_STEP)}` : null;
}

/** The same, with every indent in the text column one ("a heading at the margin where the numbered ones hang out of it"). */
export function placedPrintOf(line: Line): string | null {
  const p = line.pdf;
  return p ? `${typeOf(p)} ${p.x > INSET ? Math.round(p.x / INDENT_STEP) : 'column'}` : null;
}

/** Whether two PDF lines are printed alike (never for text and Markdown, which print nothing). */
export function printedAlike(a: Line, b: Line): boolean {
  const print = printOf(a);
  return print !== null && print === printOf(b);
}

/** A document's heading prints, and how sure it is of them. */
export interface HeadingPrints {
  prints: Set<string>;
  /** The same, as `placedPrintOf` gives them. */
  placed: Set<string>;
}

/**
 * The prints of the document's headings: each print two or more of `headings` (the lines of
 * its accepted headings) share, unless it is the print of its body text (a document whose
 * headings look like its text tells nothing by its print). Null when the headings share no
 * print, or when fewer than half of them are printed in one of the shared prints.
 */
export function headingPrints(lines: readonly Line[], headings: readonly number[]): HeadingPrints | null {
  const body = bodyPrint(lines);
  const counts = new Map<string, number>();
  for (const i of headings) {
    const print = printOf(lines[i]!);
    if (print !== null && print !== body) counts.set(print, (counts.get(print) ?? 0) + 1);
  }
  const prints = new Set([...counts].filter(([, n]) => n >= 2).map(([print]) => print));
  const covered = headings.filter((i) => prints.has(printOf(lines[i]!) ?? '')).length;
  if (prints.size === 0 || covered * 2 < headings.length) return null;
  const placed = new Set(headings.filter((i) => prints.has(printOf(lines[i]!) ?? '')).map((i) => placedPrintOf(lines[i]!)!));
  return { prints, placed };
}

/** The print most of the document's text is in (by characters). */
function bodyPrint(lines: readonly Line[]): string | null {
  const weight = new Map<string, number>();
  for (const line of lines) {
    const print = printOf(line);
    if (print !== null) weight.set(print, (weight.get(print) ?? 0) + line.text.length);
  }
  let body: string | null = null;
  let most = 0;
  for (const [print, w] of weight) if (w > most) [body, most] = [print, w];
  return body;
}

/** A chain's headings share a print when at least this many of them, and more than half, are printed in it. */
const SHARED_BY = 3;

/**
 * The numbered lines a chain of headings printed alike sets aside: where most of the `chain`'s
 * headings share one print, a line numbered in its family and printed otherwise, next to a line
 * in that print with the same number (no other label of the family between them), repeats the
 * number without being its heading: an attachment indented under its item ("7. V-0097-22;
 * Neighborhood Compatibility …" then "7 - 2108 PVDW"). Numbers printed again further off are
 * left to the chain (a numbering that starts again under each part). Their line indices; none
 * outside PDFs, or when the chain's print is not shared.
 */
export function reprintedLabels(lines: readonly Line[], candidates: readonly Candidate[], chain: readonly Link[]): Set<number> {
  const out = new Set<number>();
  const counts = new Map<string, number>();
  for (const { candidate } of chain) {
    const print = printOf(lines[candidate.index]!);
    if (print !== null) counts.set(print, (counts.get(print) ?? 0) + 1);
  }
  const [shared, count] = [...counts].reduce<[string | null, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [null, 0]);
  if (shared === null || count < SHARED_BY || count * 2 <= chain.length) return out;
  const family = chain[0]!.reading.family;
  const labelled = candidates.flatMap((c) => {
    const reading = c.readings.find((r) => r.family === family);
    return reading ? [{ index: c.index, number: reading.value.join('.'), shared: printOf(lines[c.index]!) === shared }] : [];
  });
  labelled.forEach((label, k) => {
    const twin = (other: (typeof labelled)[number] | undefined) => other !== undefined && other.shared && other.number === label.number;
    if (!label.shared && (twin(labelled[k - 1]) || twin(labelled[k + 1]))) out.add(label.index);
  });
  return out;
}

/** Whether the line is printed in one of the document's heading prints. */
export const inHeadingPrint = (line: Line, known: HeadingPrints): boolean => known.prints.has(printOf(line) ?? '');

/**
 * Whether the line is printed apart from the document's headings: in a type (font and size)
 * none of them is printed in, or set in where none of them is (centred, indented: a
 * letterhead, a notice). A line in the headings' type in the text column is printed like them,
 * at whatever indent (a heading at the margin where the numbered ones hang out of it).
 */
export function printedApart(line: Line, known: HeadingPrints): boolean {
  const p = line.pdf;
  if (!p || inHeadingPrint(line, known)) return false;
  return p.x > INSET || !known.placed.has(placedPrintOf(line)!);
}

/**
 * For a document whose headings are printed like its body (no heading print to learn): whether
 * a line is printed apart from all of them at once, in a type (font and size) none of the
 * accepted `headings` is printed in AND set in from the margin, as a centred masthead is
 * ("REGULAR MEETING" / "PLANNING COMMISSION" / "CITY HALL COUNCIL CHAMBERS" in bold over
 * headings in the body's type). Null when fewer than two headings are PDF lines.
 */
export function setInTypes(lines: readonly Line[], headings: readonly number[]): ((line: Line) => boolean) | null {
  const types = new Set(headings.flatMap((i) => (lines[i]!.pdf ? [typeOf(lines[i]!.pdf!)] : [])));
  if (headings.filter((i) => lines[i]!.pdf).length < 2) return null;
  return (line) => line.pdf !== undefined && line.pdf.x > INSET && !types.has(typeOf(line.pdf));
}

/**
 * Headings run into their text that the wording alone does not show ("PUBLIC COMMENTS: Members
 * of the public may address …" reads as a field): an unnumbered line that opens in a heading
 * print (its `boldLead`) before text in another, whose lead reads as a title. `taken`: lines
 * already in a candidate.
 */
export function runInHeadings(lines: readonly Line[], known: HeadingPrints, taken: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((line, index) => {
    if (taken.has(index) || line.boldLead === undefined || !inHeadingPrint(line, known) || readItemNumbers(line.text).length > 0) return;
    const lead = line.text.slice(0, line.boldLead);
    const title = lead.replace(/:$/, '');
    // A bold "RESOLVED:" or "Moved:" before its text labels a decision, whatever print it shares with the headings.
    if (!/\p{Lu}/u.test(title[0] ?? '') || !isTitleLike(title, 120) || isProse(title) || isStructuralText(lead)) return;
    // The text starts after the lead and the colon or dash that parts it from the title.
    let runIn = line.boldLead;
    while (runIn < line.text.length && /[\s:\u2013\u2014-]/.test(line.text[runIn]!)) runIn++;
    found.push({ index, lineCount: 1, readings: [], title, procedural: isProcedural(title), strong: true, runIn });
  });
  return found;
}
