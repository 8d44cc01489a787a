// PDF → Source. PDFium runs in a worker thread (read/pdf-worker.ts, reused from PDF to PDF by
// read/pdf-thread.ts) under a deadline; this side lays the positioned text runs it returns out
// as lines in reading order, and maps every way a PDF can fail to an InputError. Loaded only when
// a PDF arrives (read/index.ts imports it lazily), and PDFium itself is only ever loaded inside
// the worker.
import { diagnostic } from '../model/diagnostics.js';
import { InputError } from './input-error.js';
import { inWorker } from './pdf-thread.js';
import type { PdfFailure, PdfPage, TextRun } from './pdf-worker.js';
import { hasPdfMagic, looksLikeHtml } from './sniff.js';
import { lineStartsOf, type LineStyle, type Source } from './source.js';

export interface PdfReadOptions {
  name: string | null;
  sha256: string;
  password?: string | undefined;
  maxPages?: number | undefined;
  timeoutMs?: number | undefined;
}

/** `--timeout` by default: a minute. */
const DEFAULT_TIMEOUT_MS = 60_000;

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<Source> {
  if (!hasPdfMagic(bytes)) throw new InputError('not-a-pdf', diagnostic('not-a-pdf', { found: looksLikeHtml(bytes) ? 'HTML page' : 'content' }).message);
  if (!isComplete(bytes)) throw corrupt('truncated: the file does not end with %%EOF');
  const reply = await inWorker({ data: bytes.slice(), password: options.password, maxPages: options.maxPages }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (!reply.ok) throw inputError(reply.failure);
  return sourceOfPages(reply.pages, options);
}

/** The source of a PDF whose pages' text runs the reader returned: the pages laid out one after another. */
export function sourceOfPages(runs: readonly PdfPage[], options: Pick<PdfReadOptions, 'name' | 'sha256'>): Source {
  const pages = runs.map((page) => layOutPage(page.runs));
  if (pages.every((page) => page.text.trim() === '')) {
    throw new InputError('no-text-layer', diagnostic('no-text-layer', { pages: pages.length }).message);
  }
  const pageStarts: number[] = [];
  let text = '';
  for (const page of pages) {
    pageStarts.push(text.length);
    text += page.text;
  }
  const lineStyles = documentStyles(pages);
  return { name: options.name, format: 'pdf', encoding: 'pdf', sha256: options.sha256, text, lineStarts: lineStartsOf(text), pageStarts, lineStyles, messages: [] };
}

// ---- Failures ---------------------------------------------------------------------------------

const corrupt = (reason: string) => new InputError('pdf-corrupt', diagnostic('pdf-corrupt', { reason }).message);

function inputError(failure: PdfFailure): InputError {
  switch (failure.code) {
    case 'pdf-corrupt':
      return corrupt(failure.reason);
    case 'pdf-too-many-pages':
      return new InputError(failure.code, diagnostic(failure.code, { pages: failure.pages, limit: failure.limit }).message);
    default:
      return new InputError(failure.code, diagnostic(failure.code, undefined).message);
  }
}

/** How much junk after the last "%%EOF" is still a complete file (some writers append a little). */
const TRAILING_JUNK = 1024;

/**
 * A PDF reader rebuilds a PDF whose end was cut off from whatever objects survive, and would return
 * the text of the pages that happen to be complete as if that were the whole document. Every
 * PDF writer ends the file with "%%EOF", so a file whose last "%%EOF" is followed by more than a
 * little junk (or by padding other than whitespace and NULs) was cut short.
 */
function isComplete(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf('%%EOF', undefined, 'latin1');
  if (end < 0) return false;
  const rest = buffer.subarray(end + 5);
  return rest.length <= TRAILING_JUNK || rest.every((b) => b === 0 || b === 0x20 || (b >= 0x09 && b <= 0x0d));
}

// ---- Layout -----------------------------------------------------------------------------------
// The reader returns text runs in the order the PDF draws them, which is not always reading order:
// letterheads drawn last, item numbers drawn as a column before their titles, page numbers
// first. Runs are grouped into rows by their baselines, top to bottom, each row read left to
// right. Gaps between runs become nothing (kerning), a space (between words) or a tab (between
// the cells of a table row or a label and its value); a larger gap between rows than the page's
// usual line spacing becomes a blank line (a paragraph break). Measures are in ems of the font.

/** Below this gap two runs belong to one word (runs split words at font changes, kerning). */
const SPACE_GAP = 0.12;
/** A gap of at least this is a cell break, unless the row's words are all spread this wide. */
const CELL_GAP = 0.5;
/** In a justified row every space stretches alike; a cell break is wider than its usual space… */
const CELL_OVER_SPACE = 1.8;
/** …but justification never stretches a space this wide, so such a gap always breaks a cell. */
const WIDEST_SPACE = 1.2;
/** A list label standing before its text: "1.", "10", "4.A", "b)", "(iv)", a bullet. */
const LABEL = /^(?:\d{1,3}(?:\.(?:\d{1,3}|[A-Z]))*[.)]?|[A-Za-z]{1,4}[.)]|\([\dA-Za-z]{1,4}\)|[-*o\u2022\u2023\u2043\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u27a2\u27a4\u25ba\u2756])$/;
/**
 * A list label drawn apart from its text ("10." then "By-Law: …", the text at the tab stop the
 * narrower "9." leaves more room before) is followed by a space from this gap on: a label ends a
 * word, so the narrowest gap between two runs is enough.
 */
const LABEL_GAP = 0.05;
/** The width of an ordinary space, for runs that carry their spaces inside their text. */
const PLAIN_SPACE = 0.25;
/** Rows further apart than this many times the page's usual leading have a blank line between. */
const PARAGRAPH_LEADING = 1.35;
/** …and at least this many ems apart. */
const PARAGRAPH_GAP = 1.6;

interface Row {
  runs: TextRun[];
  /** The vertical extent its runs share with the next run (see `extent`), grown by each run. */
  top: number;
  bottom: number;
  /** Baseline and font size of the row's main text. */
  y: number;
  size: number;
  /** It holds a form value, whose baseline is only an estimate. */
  field: boolean;
}

/** The part of a run's em box that lines share: from its baseline up to about its x-height. */
const extent = (run: TextRun): [number, number] => [run.y - run.size * 0.7, run.y];

function overlaps(row: Row, run: TextRun): boolean {
  const [top, bottom] = extent(run);
  const shared = Math.min(bottom, row.bottom) - Math.max(top, row.top);
  // A form field's baseline is an estimate (a field box sits on the blank's underline): any overlap.
  if (run.field || row.field) return shared > 0;
  return shared >= 0.5 * Math.min(bottom - top, row.bottom - row.top);
}

function rowsOf(runs: readonly TextRun[]): Row[] {
  const rows: Row[] = [];
  const sorted = runs.filter((r) => r.upright).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && overlaps(row, run)) {
      row.runs.push(run);
      [row.top, row.bottom] = [Math.min(row.top, extent(run)[0]), Math.max(row.bottom, run.y)];
      row.field ||= run.field === true;
      // A superscript sorts first; the row's baseline and size are those of its main text.
      if (run.size > row.size) [row.y, row.size] = [run.y, run.size];
      continue;
    }
    const [top, bottom] = extent(run);
    rows.push({ runs: [run], top, bottom, y: run.y, size: run.size, field: run.field === true });
  }
  // Rotated and vertical text (margin notes, stamps) has no place in a row: a line of its own each.
  for (const run of runs) if (!run.upright) rows.push({ runs: [run], top: run.y, bottom: run.y, y: Infinity, size: run.size, field: false });
  return rows;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1] ?? 0;
};

/** The page's usual leading: the commonest gap between rows (to a tenth of an em), the smaller on a tie. */
function usualLeading(leadings: number[]): number {
  const counts = new Map<number, number>();
  for (const l of leadings) counts.set(Math.round(l * 10) / 10, (counts.get(Math.round(l * 10) / 10) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [leading, count] of counts) {
    if (count > bestCount || (count === bestCount && leading < best)) [best, bestCount] = [leading, count];
  }
  return best;
}

// A blank printed for filling in: "District Council ___", "date: ........".
const BLANK = /_{2,}|\.{4,}/g;
/** How far (in characters) a field may be drawn from the blank it fills: its position is an estimate. */
const BLANK_REACH = 8;

/**
 * Form values drawn over a blank of a run take the blank's place: "District Council ___" with
 * "001" in its field reads "District Council 001". Other values stand as runs of their own.
 */
function fillBlanks(runs: readonly TextRun[]): TextRun[] {
  const out = runs.filter((r) => !r.field);
  for (const field of runs.filter((r) => r.field)) {
    const i = out.findIndex((host) => !host.field && host.x <= field.x && field.x < host.x + host.width);
    const host = out[i];
    if (!host) {
      out.push(field);
      continue;
    }
    // Where in the host's text the field starts, assuming characters of even width.
    const at = ((field.x - host.x) / host.width) * host.text.length;
    let best: { from: number; to: number; distance: number } | null = null;
    for (const m of host.text.matchAll(BLANK)) {
      const distance = Math.max(0, m.index - at, at - (m.index + m[0].length));
      if (distance <= BLANK_REACH && (!best || distance < best.distance)) best = { from: m.index, to: m.index + m[0].length, distance };
    }
    if (best) out[i] = { ...host, text: host.text.slice(0, best.from) + field.text + host.text.slice(best.to) };
    else out.push(field);
  }
  return out;
}

// Bullets of the Symbol and Wingdings fonts come out as private-use characters that mean
// nothing to a reader: the characters they draw.
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '\u2022', // Symbol bullet: •
  '\uf0a7': '\u25aa', // Wingdings small square: ▪
  '\uf06c': '\u25cf', // Wingdings circle: ●
  '\uf06e': '\u25a0', // Wingdings square: ■
  '\uf076': '\u2756', // Wingdings diamond: ❖
  '\uf0d8': '\u27a2', // Wingdings arrowhead: ➢
  '\uf0fc': '\u2713', // Wingdings check mark: ✓
};
const SYMBOL_BULLET = /[\uf0b7\uf0a7\uf06c\uf06e\uf076\uf0d8\uf0fc]/g;

/** A row as text, and what its style is read from. */
interface RowText {
  text: string;
  /** Where the row starts on the page. */
  x: number;
  /** The run the row's first words are printed in (its first with a letter: not a bullet's or a label's font). */
  lead: TextRun;
  /** Where in `text` the first run printed in another font or size than `lead` begins, and that run. */
  leadEnd?: number;
  rest?: TextRun;
}

const hasLetter = /\p{L}/u;
/** Sizes closer than this (points) are one size: text matrices round differently. */
const SIZE_STEP = 0.5;
/** A run raised or lowered by this much of the row's size off its baseline is a superscript or subscript. */
const MARK_RISE = 0.15;
/** …and is a mark of a few characters ("th", "2", "*"). */
const MARK_LENGTH = 3;

/** One row's text: runs left to right with the separator each gap calls for. */
function rowText(row: Row): RowText {
  const runs = fillBlanks(row.runs)
    .map((run) => ({ ...run, text: run.text.replace(SYMBOL_BULLET, (c) => SYMBOL_BULLETS[c]!) }))
    .sort((a, b) => a.x - b.x);
  const gaps = runs.slice(1).map((run, i) => {
    const prev = runs[i]!;
    return (run.x - (prev.x + prev.width)) / Math.max(prev.size, run.size);
  });
  // The row's ordinary space: measured gaps between words and the spaces inside the runs.
  const spaces = gaps.filter((g) => g >= SPACE_GAP);
  for (const run of runs) for (const c of run.text.trim()) if (c === ' ') spaces.push(PLAIN_SPACE);
  const cellGap = Math.max(CELL_GAP, Math.min(WIDEST_SPACE, CELL_OVER_SPACE * median(spaces)));
  // A superscript or subscript ("78th", a footnote mark) is set smaller off the row's baseline:
  // part of the words around it, never the print a line opens in or gives way to.
  const inline = (run: TextRun) =>
    !run.field && run.text.trim().length <= MARK_LENGTH && run.size <= row.size - SIZE_STEP && Math.abs(run.y - row.y) >= MARK_RISE * row.size;
  const lead = runs.find((run) => !run.field && !inline(run) && hasLetter.test(run.text)) ?? runs[0]!;
  let rest: TextRun | undefined;
  let leadEnd = 0;
  let text = runs[0]!.text;
  runs.slice(1).forEach((run, i) => {
    const gap = gaps[i]!;
    const prev = runs[i]!;
    // The same text drawn twice over itself is fake bold, not two words.
    if (run.text === prev.text && Math.abs(run.x - prev.x) < 0.2 * run.size) return;
    // Two spaces after a full stop or colon are typed text, not a cell break; nor is the tab
    // stop after a list label ("1.", "4.A", "(b)", a bullet): the row is a list item.
    const label = i === 0 && LABEL.test(prev.text.trim());
    const wide = label ? Infinity : /[.!?:;]$/.test(prev.text) ? WIDEST_SPACE : 0;
    // A superscript's width and place are its own size's: the gap beside it is a word space at most.
    const breaksCell = gap >= Math.max(cellGap, wide) && !inline(prev) && !inline(run);
    // A form value's width is an estimate, and it is never part of the word before or after it.
    const space = gap >= (label && /[.)]$/.test(prev.text) ? LABEL_GAP : SPACE_GAP) || run.field || prev.field;
    const separator = breaksCell ? '\t' : space ? ' ' : '';
    if (!rest && run.x > lead.x && !run.field && !inline(run) && hasLetter.test(run.text) && (run.font !== lead.font || Math.abs(run.size - lead.size) >= SIZE_STEP)) {
      rest = run;
      leadEnd = text.length + separator.length;
    }
    text += separator + run.text;
  });
  const leading = text.length - text.trimStart().length;
  return { text: text.trim(), x: runs[0]!.x, lead, ...(rest ? { rest, leadEnd: leadEnd - leading } : {}) };
}

/** A page's text: one line per row, a blank line at paragraph gaps, ending with a newline. */
export function layOut(runs: readonly TextRun[]): string {
  return layOutPage(runs).text;
}

/** How much text starts at each left edge (to a point), or is printed in each font: characters by edge or font. */
type Tally<K> = Map<K, number>;

const add = <K>(tally: Tally<K>, key: K, n: number) => tally.set(key, (tally.get(key) ?? 0) + n);

/** The key with the most weight over all pages (the least key on a tie). */
function commonest<K extends number | string>(tallies: readonly Tally<K>[]): K | undefined {
  const total: Tally<K> = new Map();
  for (const tally of tallies) for (const [key, n] of tally) add(total, key, n);
  let best: K | undefined;
  let most = -1;
  for (const [key, n] of total) if (n > most || (n === most && best !== undefined && key < best)) [best, most] = [key, n];
  return best;
}

/** A line's style as the page gives it: `x` from the page's left edge, and the print its first font gives way to. */
interface RowStyle extends LineStyle {
  rest?: { font: string; size: number };
}

/** A page laid out: its text, the style of each of its lines (null for a blank line), and its tallies. */
export interface LaidOutPage {
  text: string;
  styles: (RowStyle | null)[];
  /** Characters by the left edge their row starts at. */
  edges: Tally<number>;
  /** Characters by font. */
  fonts: Tally<string>;
}

/** A page's text, one line per row, with the style of each line. */
export function layOutPage(runs: readonly TextRun[]): LaidOutPage {
  const rows = rowsOf(runs);
  const leadings = rows.slice(1).flatMap((row, i) => (Number.isFinite(row.y) ? [(row.y - rows[i]!.y) / Math.max(row.size, rows[i]!.size)] : []));
  const paragraphGap = Math.max(PARAGRAPH_GAP, PARAGRAPH_LEADING * usualLeading(leadings));
  const texts = rows.map(rowText);
  const edges: Tally<number> = new Map();
  const fonts: Tally<string> = new Map();
  texts.forEach((row, i) => {
    if (Number.isFinite(rows[i]!.y)) add(edges, Math.round(row.x), row.text.length);
  });
  for (const run of runs) if (run.upright && !run.field) add(fonts, run.font ?? '', run.text.length);
  let text = '';
  const styles: (RowStyle | null)[] = [];
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const gap = prev && Number.isFinite(row.y) ? (row.y - prev.y) / Math.max(row.size, prev.size) : 0;
    if (gap > paragraphGap) {
      text += '\n';
      styles.push(null);
    }
    const { text: line, x, lead, leadEnd, rest } = texts[i]!;
    const style: RowStyle = { font: lead.font ?? '', size: Math.round(lead.size * 10) / 10, x: Math.round(x) };
    if (rest) Object.assign(style, { leadEnd, rest: { font: rest.font ?? '', size: rest.size } });
    // A run's text may hold a line break of its own: each line it makes is printed alike.
    for (let n = /[\r\n]/.test(line) ? lineStartsOf(line).length : 1; n > 0; n--) styles.push(style);
    text += `${line}\n`;
  });
  return { text, styles, edges, fonts };
}

/**
 * The styles of a document's lines, page after page, as the segmenter compares them: `x` from
 * the document's body margin (where most of its text starts, over all pages: a page that is
 * mostly an indented list would otherwise move its own margin), and `leadEnd` only where the
 * line opens in a print that stands out from the rest of it (a title run into its text: bold
 * where the text is in the body font, or larger), not where a word inside is set in bold.
 */
export function documentStyles(pages: readonly LaidOutPage[]): (LineStyle | null)[] {
  const margin = commonest(pages.map((p) => p.edges)) ?? 0;
  const body = commonest(pages.map((p) => p.fonts));
  return pages.flatMap((page) =>
    page.styles.map((row) => {
      if (!row) return null;
      const style: LineStyle = { font: row.font, size: row.size, x: row.x - margin };
      const rest = row.rest;
      const standsOut = rest && (row.size >= rest.size + SIZE_STEP || (row.size > rest.size - SIZE_STEP && rest.font === body && row.font !== body));
      if (standsOut) style.leadEnd = row.leadEnd!;
      return style;
    }),
  );
}
