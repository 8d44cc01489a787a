// The readers' common output: the non-blank lines of a document, cleaned, each with the way
// back to its place in the source and the layout hints its format gives (blank lines before
// it, indentation; for Markdown, heading and list structure; for PDFs, the page).
import { clean } from '../read/clean.js';
import { positionOf, type LineStyle, type Source } from '../read/source.js';
import type { Contact, Position } from '../model/schema.js';

export interface MarkdownHints {
  /** ATX or setext heading depth (converters set it unreliably: a hint, never structure). */
  heading?: number;
  /** The line is a list item; `marker` is the list's own marker ("1.", "-"). */
  list?: { ordered: boolean; marker: string; depth: number; /** The list's offset: items of one list share it. */ of: number };
  /** The whole line is strong emphasis, as converters print headings. */
  strong?: boolean;
  /** A GFM table row; `of` is the table's offset: rows of one table share it. */
  table?: { of: number };
  /** A thematic break ("---"), often page-break debris. */
  rule?: boolean;
  /** A line of YAML front matter: `minutes`' own meeting fields, or someone else's metadata. */
  frontMatter?: 'fields' | 'foreign';
  /** A field of `minutes`' own front matter: its key and value exactly as written (the line's text restates them). */
  field?: { key: string; value: string };
  /** The contact of `minutes`' own front matter, exactly as written (the line's text restates it). */
  contact?: Contact;
}

/** A link on a line: [from, to) of its cleaned text, and the target as written. */
export interface LineLink {
  from: number;
  to: number;
  href: string;
}

export interface Line {
  /** Cleaned text: invisible characters dropped, whitespace collapsed, trimmed. */
  text: string;
  /** Offset in `source.text` that `map` is relative to. */
  start: number;
  /**
   * map[i] + start is the source offset of text[i]; map[text.length] + start is the end.
   * Never written to: it may be a view shared by many lines (read/clean.ts).
   */
  map: Int32Array;
  /** Blank lines between this line and the previous one (layout: web copies separate cells by runs). */
  gapBefore: number;
  /** Leading whitespace of the raw line, in characters. */
  indent: number;
  /** Runs of 3+ spaces or tabs inside the raw line: cells of a flattened table row. */
  cells: number;
  md?: MarkdownHints;
  /** HTML and Word: the links on the line. */
  links?: LineLink[];
  /**
   * Markdown: the line opens with a bold run that more text follows ("9. **Planning Matters**
   * The Chairman …", a title run into its text): where in `text` the bold run ends. PDF: the
   * line opens in a print that stands out from the rest of it (bold in body text, larger).
   */
  boldLead?: number;
  /**
   * PDF: how the line is printed (font, size, indent; read/source.ts `LineStyle`, without
   * `leadEnd`, which is `boldLead` here). Other formats print no fonts: never set, never guessed.
   */
  pdf?: Omit<LineStyle, 'leadEnd'>;
  /**
   * PDF: where in `text` each cell after the first starts. The reader parts runs printed further
   * apart than words are (a table's columns, a title set apart from its description) with a tab.
   */
  cellStarts?: number[];
}

/** A line made from text and map relative to `start` (already cleaned). */
export function makeLine(raw: string, start: number, gapBefore: number): Line {
  const { text, map } = clean(raw);
  let indent = 0;
  while (indent < raw.length && (raw[indent] === ' ' || raw[indent] === '\t' || raw[indent] === '\u00a0')) indent++;
  return { text, start, map, gapBefore, indent, cells: countCells(raw, indent) };
}

/** Columns of a flattened table row: "Item Number        Type of Information" has 2. */
function countCells(raw: string, from: number): number {
  let cells = 1;
  let run = 0;
  let seenText = false;
  for (let i = from; i < raw.length; i++) {
    const c = raw[i];
    if (c === ' ' || c === '\t' || c === '\u00a0') {
      run += c === '\t' ? 3 : 1;
    } else {
      if (run >= 3 && seenText) cells++;
      run = 0;
      seenText = true;
    }
  }
  return cells;
}

/** A map of `head`'s offsets, then `end`. */
function mapThen(head: ArrayLike<number>, end: number): Int32Array {
  const map = new Int32Array(head.length + 1);
  map.set(head);
  map[head.length] = end;
  return map;
}

/** The part [from, to) of a line's cleaned text, as a line of its own. */
export function subLine(line: Line, from: number, to: number = line.text.length): Line {
  let a = from;
  let b = to;
  while (a < b && line.text[a] === ' ') a++;
  while (b > a && line.text[b - 1] === ' ') b--;
  const piece: Line = {
    ...line,
    text: line.text.slice(a, b),
    map: mapThen(line.map.subarray(a, b), b > a ? line.map[b - 1]! + 1 : line.map[a]!),
    gapBefore: from === 0 ? line.gapBefore : 0,
    cells: 1,
  };
  delete piece.boldLead;
  delete piece.cellStarts;
  // A list marker or heading style belongs to the start of the line, not to a piece cut from it.
  if (from > 0 && line.md) {
    piece.md = { ...line.md };
    delete piece.md.list;
    delete piece.md.heading;
    delete piece.md.strong;
  }
  return piece;
}

/** Source offsets of [from, to) of a line's cleaned text (the whole line by default). */
function lineOffsets(line: Line, from = 0, to: number = line.text.length): [number, number] {
  const a = line.start + line.map[Math.min(from, line.map.length - 1)]!;
  const b = to <= from ? a : line.start + line.map[to - 1]! + 1;
  return [a, Math.max(a, b)];
}

/** Source position of [from, to) of a line's cleaned text (the whole line by default). */
export function linePosition(source: Source, line: Line, from = 0, to: number = line.text.length): Position {
  const [start, end] = lineOffsets(line, from, to);
  return positionOf(source, start, end);
}

/**
 * Source position from the start of line `first` to the end of line `last`: what spanOf gives of
 * their two positions, without making the two (a block's position is asked for again and again).
 */
export function linesPosition(source: Source, first: Line, last: Line): Position {
  return positionOf(source, lineOffsets(first)[0], lineOffsets(last)[1]);
}

/**
 * The target of the one link that is all of a line's text (HTML and Word lines), or null. A link
 * that runs a script or moves within the page ("javascript:loadAgendaItem(7133,true);", "#item7")
 * leads to no document: an agenda viewer prints its headings so ("CONSENT AGENDA").
 */
export function linkOnlyHref(line: Line): string | null {
  const link = line.links?.length === 1 ? line.links[0]! : null;
  return link && link.from === 0 && link.to >= line.text.length && !/^(?:javascript:|#)/i.test(link.href) ? link.href : null;
}

/**
 * Where a print that changes at offset `at` of `text` ends the run it opens: `at`, or, when `at`
 * falls inside a word (a letter or digit on both sides), the end of that word. A change of print
 * in the middle of a word ("**File No. DE1-24-25**1-C", emphasis closed inside a file number)
 * does not cut the word in two: the word is read in the print it began in.
 */
export function wordEnd(text: string, at: number): number {
  if (at <= 0 || at >= text.length || !/[\p{L}\p{N}]/u.test(text[at - 1]!) || !/[\p{L}\p{N}]/u.test(text[at]!)) return at;
  const space = text.slice(at).search(/\s/);
  return space < 0 ? text.length : at + space;
}
