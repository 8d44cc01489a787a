// Where a numbered PDF heading that wraps over several lines ends and its text begins. A PDF
// lays a heading out in lines like any paragraph, and many agendas run the item's description on
// in the same paragraph; the document shows where the title ends in two ways:
//
// 1. By its print: the title's lines are printed in one type (bold, larger) and the text in
//    another. The title runs on over the lines printed like its first, and ends where the print
//    changes, at a line's start or inside it (Line.boldLead):
//
//      2 INTRODUCTION OF ORDINANCE 299-23 - ELECTRONIC CAMPAIGN        bold
//      DISCLOSURE STATEMENT FILING - Ordinance No. 299-23, titled …   bold, then plain
//
//    A description set apart from the title's last words by a wide gap (a cell) ends it too.
//
// 2. By its wording, where title and text share a print: the title is the paragraph's first
//    sentence, or what stands before a dash that opens a description in sentence case.
//
//      3. M-1560-22; Miscellaneous application for an accessory structure exceeding
//      8ft in height at 136 Rocky Point Road. Lot 67, Tract 17606. This project is …
//      3. 9665 WILSHIRE BOULEVARD Conditional Use Permit (PL2200226) -
//      Request for a Conditional Use Permit (CUP) to allow a vehicle sales use to …
import type { Line } from '../../extract/line.js';
import { readItemNumbers, readPointLabel } from '../numbering.js';
import { splitSentences } from '../sentences.js';
import { attachedMarker } from '../vocabulary.js';
import { endsSentence, joinWrapped, wordCount } from '../shape.js';
import { sentenceCase } from './run-in.js';

/** A title wraps over at most this many lines. */
const MAX_LINES = 15;

/** A line this long may have wrapped; a shorter one only when it ends in a joining word. */
const WRAPPED_LENGTH = 40;
const DANGLING = /\s(?:and|or|of|the|to|for|with|in|on|by|from|a|an|at)$/i;

/** A description after a dash is running text of at least this many words. */
const MIN_DESCRIPTION_WORDS = 6;

/** The title of a wrapped heading: how many lines it takes, its text, and where the item's text starts in its last line (if there). */
export interface WrappedTitle {
  lineCount: number;
  title: string;
  runIn?: number;
}

const typeOf = (line: Line) => (line.pdf ? `${line.pdf.font} ${Math.round(line.pdf.size * 2) / 2}` : null);

/**
 * How the heading at `i` wraps by its print: the lines after it in its paragraph printed in its
 * type, up to the first line printed otherwise or opening in its type before another (there the
 * title ends: `cut` in that line). Null where the paragraph shows no change of print (a heading
 * printed like its text tells nothing by its print), or the heading line itself changes print.
 */
function printedWrap(lines: readonly Line[], i: number): { lineCount: number; cut?: number } | null {
  const type = typeOf(lines[i]!);
  if (type === null || lines[i]!.boldLead !== undefined) return null;
  for (let k = i + 1; k < lines.length && k - i < MAX_LINES; k++) {
    const line = lines[k]!;
    // A short line ("5. Matters Arising" over "• Flower Beds", "8. Treasurer's Report" over "GD") did not wrap.
    const previous = lines[k - 1]!.text;
    const wraps = (previous.length >= WRAPPED_LENGTH || DANGLING.test(previous)) && !endsSentence(previous);
    if (!wraps || line.gapBefore > 0 || readItemNumbers(line.text).length > 0 || readPointLabel(line.text) !== null) return null;
    if (typeOf(line) !== type) return { lineCount: k - i };
    if (line.boldLead !== undefined) return { lineCount: k - i + 1, cut: line.boldLead };
  }
  return null;
}

/**
 * Where a title wrapped over `lineCount` lines ends at a cell of one of them: the reader parts
 * runs printed further apart than words (read/pdf.ts), as a description set apart from the
 * title's last words ("Analysis ⇥ The Board will receive a report …"), as on the heading's
 * first line (headings.ts cellTitleEnd). A line of many cells is a justified one.
 */
function cellWrap(lines: readonly Line[], i: number, lineCount: number): { lineCount: number; cut: number } | null {
  for (let k = i + 1; k < i + lineCount; k++) {
    const { text, cellStarts: cells } = lines[k]!;
    // A cell that goes on with a dash goes on with the title ("Codes ⇥ – Second Reading").
    if (cells && cells.length <= 2 && !/^[-\u2013\u2014]/.test(text.slice(cells[0]))) return { lineCount: k - i + 1, cut: cells[0]! };
  }
  return null;
}

/** Where the text starts in a joined title, if the wording shows it: the end of its first sentence, or a dash before a description. */
function wordedEnd(joined: string): { end: number; textFrom: number } | null {
  const sentences = splitSentences(joined);
  let best: { end: number; textFrom: number } | null = null;
  // A pointer to the papers or a clerk's instruction ends the title.
  const marker = attachedMarker.exec(joined);
  if (marker) return { end: marker.index - (joined[marker.index - 1] === '.' ? 1 : 0), textFrom: marker.index + 1 };
  if (sentences.length >= 2) {
    const first = sentences[0]!.text;
    best = { end: first.length - (first.endsWith('.') ? 1 : 0), textFrom: sentences[1]!.start };
  }
  for (const dash of joined.matchAll(/\s[-\u2013\u2014](?:\s|$)/g)) {
    if (best && dash.index >= best.end) break;
    const after = joined.slice(dash.index + dash[0].length);
    if (wordCount(after) >= MIN_DESCRIPTION_WORDS && /^[A-Z]/.test(after) && sentenceCase(after)) return { end: dash.index, textFrom: dash.index + dash[0].length };
  }
  return best;
}

/**
 * The title of the numbered PDF heading at line `i`, whose text after its label is `rest` (from
 * `restFrom` in the line), which the wording alone (headings.ts titleRunsOn) wraps over
 * `lineCount` lines.
 */
export function wrappedTitle(lines: readonly Line[], i: number, rest: string, restFrom: number, lineCount: number): WrappedTitle {
  const printed = printedWrap(lines, i) ?? cellWrap(lines, i, lineCount);
  const count = printed?.lineCount ?? lineCount;
  const texts = [rest, ...lines.slice(i + 1, i + count).map((l) => l.text)];
  if (printed?.cut !== undefined) texts[texts.length - 1] = texts[texts.length - 1]!.slice(0, printed.cut);
  // Where each line's text starts in the joined title.
  const starts: number[] = [];
  let joined = '';
  for (const text of texts) {
    joined = joinWrapped([joined, text]);
    starts.push(joined.length - text.length);
  }
  const worded = count > 1 ? wordedEnd(joined) : null;
  if (worded) {
    let last = 0;
    while (last + 1 < starts.length && starts[last + 1]! <= worded.textFrom) last++;
    const title = trimDash(joined.slice(0, worded.end));
    const offset = worded.textFrom - starts[last]!;
    // The text starts on a line of its own, or inside the title's last line.
    if (offset === 0) return { lineCount: last, title };
    return { lineCount: last + 1, title, runIn: (last === 0 ? restFrom : 0) + offset };
  }
  // A one-line title stays as printed ("Health Commissioner's Report –").
  const title = count > 1 ? trimDash(joined) : joined;
  if (printed?.cut === undefined) return { lineCount: count, title };
  // The text starts after the dash or colon that parts it from the title.
  const line = lines[i + count - 1]!.text;
  let runIn = printed.cut;
  while (runIn < line.length && /[\s:\u2013\u2014-]/.test(line[runIn]!)) runIn++;
  return { lineCount: count, title, runIn };
}

/** A title without the dash that set it apart from its text: "… ADMINISTRATION -" → "… ADMINISTRATION". */
const trimDash = (title: string) => (/\s[-\u2013\u2014]$|:$/.test(title) ? title.slice(0, -1).trimEnd() : title);
