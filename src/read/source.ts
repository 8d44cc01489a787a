// The unit of work: one input's text with its name, format and encoding, a map from offsets to
// lines and columns, and the messages recorded while reading it (like a vfile).
import type { Diagnostic, Format, Position, SourcePoint } from '../model/schema.js';

export interface Source {
  name: string | null;
  format: Format;
  encoding: string;
  sha256: string;
  /** The decoded text (for PDFs, the extracted text of all pages); positions point into it. */
  text: string;
  /** Offset where each line starts; a line ends at "\r\n", "\r" or "\n". 32-bit: a large input has millions. */
  lineStarts: Int32Array;
  /** For PDFs and text with form feeds between its pages: offset where each page starts, first page first. */
  pageStarts: number[] | null;
  /** For Word documents: offset in `text` (the converted HTML) where each Word paragraph starts. */
  paragraphStarts?: number[];
  /** For PDFs: how each line of `text` was printed, by line index (null for a blank line). */
  lineStyles?: (LineStyle | null)[];
  messages: Diagnostic[];
}

/**
 * How a PDF prints a line, as far as its layout tells: what a document's headings share apart
 * from their wording (a font, a size, an indent). Only compared within one document.
 */
export interface LineStyle {
  /** The font of the line's first words: equal ids, one font (TextRun.font; '' when the reader gives none). */
  font: string;
  /** Their size in points, to a tenth. */
  size: number;
  /** Where the line starts, in points right of the page's body margin (negative: out in the margin). */
  x: number;
  /** The line goes on in another font: how many characters of the raw line its first font prints. */
  leadEnd?: number;
}

/**
 * Where the pages of text taken from a PDF start: after each form feed, the page break pdftotext
 * writes at the end of every page. Null for text without one: it has no pages.
 */
export function formFeedPages(text: string): number[] | null {
  const starts = [0];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) starts.push(i + 1);
  return starts.length > 1 ? starts : null;
}

export function lineStartsOf(text: string): Int32Array {
  // Counted first, so that the array is made once at its length.
  let count = 1;
  forEachLineStart(text, () => count++);
  const starts = new Int32Array(count);
  let k = 1;
  forEachLineStart(text, (offset) => (starts[k++] = offset));
  return starts;
}

/**
 * Calls `found` with the offset of every line start but the first. The breaks are found by
 * indexOf (native, several times faster than a loop over the characters on a large input).
 */
function forEachLineStart(text: string, found: (offset: number) => void): void {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    // The last character of the next break: "\n", "\r", or the "\n" of "\r\n".
    const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : lf === cr + 1 ? lf : cr;
    found(end + 1);
    if (lf !== -1 && lf <= end) lf = text.indexOf('\n', end + 1);
    if (cr !== -1 && cr <= end) cr = text.indexOf('\r', end + 1);
  }
}

/** Index of the last element of sorted `starts` that is <= offset. */
function floorIndex(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The points made last for the source asked about last (by its line starts), in slots by offset:
 * a line's position is asked for again and again (its block, the question or decision read from
 * it, its item), and one point per offset, shared, keeps a large document's tree a sixth smaller.
 * Points are never changed once made. One source at a time: a document's positions are asked
 * for together, and a lookup by source (a WeakMap) was a cost of every position.
 */
const RECENT_POINTS = 4096;
let recentSource: ArrayLike<number> | null = null;
let recent: (SourcePoint | undefined)[] = [];

export function pointAt(source: Pick<Source, 'lineStarts'>, offset: number): SourcePoint {
  if (recentSource !== source.lineStarts) {
    recentSource = source.lineStarts;
    recent = new Array<SourcePoint | undefined>(RECENT_POINTS);
  }
  const slot = offset % RECENT_POINTS;
  const known = recent[slot];
  if (known !== undefined && known.offset === offset) return known;
  const line = floorIndex(source.lineStarts, offset);
  const point = { line: line + 1, column: offset - source.lineStarts[line]! + 1, offset };
  recent[slot] = point;
  return point;
}

export function positionOf(source: Pick<Source, 'lineStarts' | 'pageStarts' | 'paragraphStarts'>, start: number, end: number): Position {
  const position: Position = { start: pointAt(source, start), end: pointAt(source, end) };
  if (source.pageStarts) position.page = floorIndex(source.pageStarts, start) + 1;
  if (source.paragraphStarts?.length) position.paragraph = floorIndex(source.paragraphStarts, start) + 1;
  return position;
}

/** The smallest position that spans both. */
export function spanOf(first: Position, last: Position): Position {
  const position: Position = { start: first.start, end: last.end };
  if (first.page !== undefined) position.page = first.page;
  if (first.paragraph !== undefined) position.paragraph = first.paragraph;
  return position;
}
