// Lines → blocks: paragraphs (hard-wrapped lines rejoined), lists of points, flattened table
// rows and sub-headings. A block's text holds every one of its lines, so nothing is lost.
import type { Line } from '../extract/line.js';
import { linesPosition } from '../extract/line.js';
import type { Block, BlockPart, Format, Point } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { readPointLabel } from './numbering.js';
import { endsSentence, isCaps, startsLower } from './shape.js';

export interface ParaPoint {
  label: string | null;
  lines: Line[];
  /** Text of the first line after its label. */
  first: string;
  /** The first line as printed, label included ("(a)Agenda" stays as it is). */
  printed: string;
}

export interface Para {
  type: Block['type'];
  lines: Line[];
  points?: ParaPoint[];
  part?: BlockPart;
}

export const pointText = (p: ParaPoint): string => [p.first, ...p.lines.slice(1).map((l) => l.text)].join(' ').trim();

/** A bullet glyph ("·", "•", "o"), not a letter or number a point is referred to by. */
export const isBullet = (label: string | null) => /^[^\w(]|^o$/.test(label ?? '');

/**
 * A para's texts as last computed, with what they were computed from: recognizers ask for the same
 * para's text many times (16 times a para on generated minutes), while buildParas may still add
 * lines and points to the last para (each added line goes to `lines` too), so a text is reused
 * only while the para's type, lines and points are the ones it was computed from. Kept on the
 * para itself, under a symbol (a copy of the para shares its lines and points, so its texts too).
 */
interface Remembered {
  type: Para['type'];
  lines: number;
  points: number;
  text: string;
}
const paraTexts = Symbol('paraText');
const spokenTexts = Symbol('spokenText');
type WithTexts = Para & { [paraTexts]?: Remembered; [spokenTexts]?: Remembered };
function remembered(key: typeof paraTexts | typeof spokenTexts, para: WithTexts, join: (para: Para) => string): string {
  const points = para.points?.length ?? -1;
  const known = para[key];
  if (known && known.type === para.type && known.lines === para.lines.length && known.points === points) return known.text;
  const text = join(para);
  para[key] = { type: para.type, lines: para.lines.length, points, text };
  return text;
}

/**
 * A block's text as a decision or an answer reads it: lettered and numbered points as printed,
 * bullets without their glyph (Markdown prints them as its own, so the text reads back the same).
 */
export function spokenText(p: Para): string {
  return p.points ? remembered(spokenTexts, p, joinSpokenText) : paraText(p);
}

function joinSpokenText(p: Para): string {
  return p.points!.map((point) => (isBullet(point.label) ? pointText(point) : joinParaText({ ...p, points: [point] }))).join(' ');
}

export function paraText(para: Para): string {
  return remembered(paraTexts, para, joinParaText);
}

function joinParaText(para: Para): string {
  if (para.type === 'list' && para.points) {
    return para.points.map((p) => [p.printed, ...p.lines.slice(1).map((l) => l.text)].join(' ').trim()).join('\n');
  }
  return para.lines.map((l) => l.text).join(para.type === 'table' ? '\n' : ' ');
}

export interface BuildOptions {
  format: Format;
  /** Lines that stand alone as sub-headings ("Members' questions", "Minutes:"). */
  isHeading?: (line: Line) => boolean;
  /** Lines that must start a block of their own (cue phrases: "RESOLVED", "Moved by"). */
  startsBlock?: (line: Line) => boolean;
}

/**
 * A Markdown paragraph that starts with a list marker ("\\* text", "1\\. text") had it escaped: in
 * Markdown a list marker there would have made a list, so it is the paragraph's own text.
 */
const escapedMarker = (line: Line, format: Format) => format === 'markdown' && !line.md?.list && !line.md?.heading && /^(?:[*+-]|\d{1,9}[.)])(?:\s|$)/.test(line.text);

/** Whether `line` continues the paragraph that `prev` ends (a hard-wrapped line). */
function continues(first: Line, prev: Line, line: Line, format: Format): boolean {
  if (format === 'markdown') return false;
  // A paragraph that is a mark alone ("–", a table's empty cell) is no sentence for the next line to go on.
  if (first === prev && !/[\p{L}\p{N}]/u.test(first.text)) return false;
  if (startsLower(line.text) && !/[.!?:]$/.test(prev.text)) return line.gapBefore <= 1;
  // A motion runs on until its sentence ends: "THAT the Minutes of the Extraordinary" / "Council Meeting held on …",
  // also one a point states ("1.     That the Clifton to Tangoio Coastal" / "Hazards Strategy Joint Committee receives …").
  const opening = readPointLabel(first.text)?.rest ?? first.text;
  if (/^(?:that|to)\s/i.test(opening) && !/[.!?:;]$/.test(prev.text) && line.gapBefore === 0 && readPointLabel(line.text) === null) return true;
  // PDF text wraps every line: a line that does not end a sentence runs on, unless it is a
  // label of its own ("THIRD READING:").
  if (format === 'pdf') return !(isCaps(line.text) && /:$/.test(line.text)) && line.gapBefore === 0 && !endsSentence(prev.text) && !/:$/.test(prev.text);
  return false;
}

export function buildParas(lines: readonly Line[], part: BlockPart | undefined, options: BuildOptions): Para[] {
  const paras: Para[] = [];
  // Each para is a new object literal: the part is set on it rather than copied into another.
  const withPart = (p: Para): Para => {
    if (part) p.part = part;
    return p;
  };
  for (const line of lines) {
    const last = paras[paras.length - 1];
    // A Markdown list item is a point, whatever it says.
    if (!line.md?.list && options.isHeading?.(line)) {
      paras.push(withPart({ type: 'heading', lines: [line] }));
      continue;
    }
    const point = line.md?.table || escapedMarker(line, options.format) ? null : readPointLabel(line.text);
    const cue = options.startsBlock?.(line) ?? false;
    const lastLine = last?.lines[last.lines.length - 1];
    // A label alone on its line ("4.01", "b)", a table cell of its own) is the point the next line states.
    const labelOnly = last?.type === 'list' && last.points![last.points!.length - 1]!;
    if (labelOnly && labelOnly.first === '' && labelOnly.lines.length === 1 && !line.md && !point && !cue && line.cells < 2 && line.gapBefore <= 1) {
      labelOnly.lines.push(line);
      last.lines.push(line);
      continue;
    }
    // Points continue a list; in Markdown, only the list they were written in.
    const sameList = line.md?.list ? lastLine?.md?.list?.of === line.md.list.of : !lastLine?.md?.list;
    if (point && (point.rest.length > 0 || options.format !== 'markdown')) {
      const entry: ParaPoint = { label: point.label, lines: [line], first: point.rest, printed: line.text };
      if (last?.type === 'list' && line.gapBefore <= 2 && sameList) {
        last.points!.push(entry);
        last.lines.push(line);
      } else paras.push(withPart({ type: 'list', lines: [line], points: [entry] }));
      continue;
    }
    if (line.md?.list) {
      // A Markdown list item without a printed label of its own: the list marker is its label.
      const label = line.md.list.ordered ? line.md.list.marker : null;
      const printed = label && !line.text.startsWith(label) ? `${label} ${line.text}` : line.text;
      const entry: ParaPoint = { label, lines: [line], first: line.text, printed };
      if (last?.type === 'list' && sameList) {
        last.points!.push(entry);
        last.lines.push(line);
      } else paras.push(withPart({ type: 'list', lines: [line], points: [entry] }));
      continue;
    }
    if (line.cells >= 2 || line.md?.table) {
      // Rows continue a table; in Markdown, only the table they were written in.
      const sameTable = line.md?.table ? lastLine?.md?.table?.of === line.md.table.of : !lastLine?.md?.table;
      if (last?.type === 'table' && line.gapBefore <= 2 && sameTable) last.lines.push(line);
      else paras.push(withPart({ type: 'table', lines: [line] }));
      continue;
    }
    const prev = last?.lines[last.lines.length - 1];
    if (last && prev && !cue && last.type !== 'heading' && continues(last.lines[0]!, prev, line, options.format)) {
      last.lines.push(line);
      if (last.type === 'list') last.points![last.points!.length - 1]!.lines.push(line);
      continue;
    }
    paras.push(withPart({ type: 'paragraph', lines: [line] }));
  }
  return paras.flatMap((para) => (para.type === 'list' ? withoutBareLabel(para) : [para]));
}

/** A list without the labels that stood alone with nothing after them: each is a paragraph of its own. */
function withoutBareLabel(list: Para): Para[] {
  const isBare = (p: ParaPoint) => p.first === '' && p.lines.length === 1;
  if (!list.points!.some(isBare)) return [list];
  const out: Para[] = [];
  let run: ParaPoint[] = [];
  const withPart = (p: Para): Para => (list.part ? { ...p, part: list.part } : p);
  const flush = () => {
    if (run.length) out.push(withPart({ type: 'list', lines: run.flatMap((p) => p.lines), points: run }));
    run = [];
  };
  for (const point of list.points!) {
    if (!isBare(point)) {
      run.push(point);
      continue;
    }
    flush();
    out.push(withPart({ type: 'paragraph', lines: point.lines }));
  }
  flush();
  return out;
}

/** Source position from the start of paragraph `first` to the end of `last` (one paragraph by default). */
export function paraPosition(source: Source, first: Para, last: Para = first) {
  return linesPosition(source, first.lines[0]!, last.lines[last.lines.length - 1]!);
}

/**
 * The texts of a table row's cells: where the copy put a run of spaces, a tab or a "|" between
 * words (a PDF line, where its reader parted the runs printed apart).
 */
export function rowCells(source: Source, line: Line): string[] {
  const cuts = line.cellStarts?.length ? line.cellStarts.map((c) => c - 1) : [];
  if (cuts.length === 0) {
    for (let k = 1; k + 1 < line.text.length; k++) {
      if (line.text[k] !== ' ') continue;
      const gap = source.text.slice(line.start + line.map[k - 1]! + 1, line.start + line.map[k + 1]!);
      if (/[|\t]| {3}/.test(gap)) cuts.push(k);
    }
  }
  const bounds = [-1, ...cuts, line.text.length];
  return bounds.slice(1).map((end, k) => line.text.slice(bounds[k]! + 1, end).trim());
}

/** A table's rows cell by cell, when every row has the header's cells (two at least); else null. */
function tableCells(source: Source, para: Para): string[][] | null {
  const rows = para.lines.map((line) => rowCells(source, line));
  const width = rows[0]!.length;
  return width >= 2 && rows.every((row) => row.length === width) ? rows : null;
}

export function toBlock(source: Source, para: Para): Block {
  const type = para.type;
  const text = paraText(para);
  const position = paraPosition(source, para);
  const part = para.part;
  // Made whole in one literal of each shape: a property added later goes to a separate store,
  // which on a large document's tree of blocks costs a twentieth of its memory.
  const cells = type === 'table' ? tableCells(source, para) : null;
  if (cells) return part ? { type, text, position, cells, part } : { type, text, position, cells };
  if (!para.points) return part ? { type, text, position, part } : { type, text, position };
  const points = para.points.map(
    (p): Point => ({
      label: p.label,
      text: pointText(p),
      position: linesPosition(source, p.lines[0]!, p.lines[p.lines.length - 1]!),
    }),
  );
  return part ? { type, text, position, points, part } : { type, text, position, points };
}
