// PDF text → lines. The reader (read/pdf.ts) has laid each page out as lines in reading order;
// here the running headers and footers are taken out, so that a paragraph broken by a page end
// runs on into the next page, and words hyphenated across lines are joined again.
import type { Source } from '../read/source.js';
import { lineStart, pagedFurniture, separate } from './furniture.js';
import type { Extracted } from './index.js';
import { wordEnd, type Line } from './line.js';
import { extractText } from './text.js';

export function extractPdf(source: Source): Extracted {
  const all = withStyles(extractText(source), source);
  const { lines, furniture } = separate(all, pagedFurniture(all, source.pageStarts ?? [0]));
  return { lines: joinHyphenated(fromPageTops(lines, source), source.text), furniture };
}

/**
 * Each line with the style the reader saw it printed in (a line's `start` is where its source
 * line starts). A line that opens in a print standing out from the rest of it (a bold or larger
 * title run into its text) has `boldLead`, as a Markdown line opening with a bold run does:
 * where the title ends in its cleaned text, without the dash that parts it from the text.
 */
function withStyles(lines: Line[], source: Source): Line[] {
  const styles = source.lineStyles;
  if (!styles) return lines;
  let k = 0;
  for (const line of lines) {
    while (k + 1 < source.lineStarts.length && source.lineStarts[k + 1]! <= line.start) k++;
    const style = styles[k];
    if (!style) continue;
    line.pdf = { font: style.font, size: style.size, x: style.x };
    const cellStarts = cellsOf(line, source.text);
    if (cellStarts.length > 0) line.cellStarts = cellStarts;
    if (style.leadEnd === undefined) continue;
    // The first character of the cleaned text at or after the raw offset where the print changes.
    let end = 0;
    while (end < line.text.length && line.map[end]! < style.leadEnd) end++;
    end = wordEnd(line.text, end);
    let lead = line.text.slice(0, end).trimEnd();
    if (/\s[-\u2013\u2014]$/.test(lead)) lead = lead.slice(0, -1).trimEnd();
    if (lead.length > 0 && end < line.text.length) line.boldLead = lead.length;
  }
  return lines;
}

/** Where in the line's cleaned text each cell after the first starts: after each tab the reader put in the raw line. */
function cellsOf(line: Line, text: string): number[] {
  const starts: number[] = [];
  const end = line.start + line.map[line.text.length]!;
  for (let tab = text.indexOf('\t', line.start); tab >= 0 && tab < end; tab = text.indexOf('\t', tab + 1)) {
    let at = 0;
    while (at < line.text.length && line.start + line.map[at]! <= tab) at++;
    if (at > 0 && at < line.text.length && starts[starts.length - 1] !== at) starts.push(at);
  }
  return starts;
}

/**
 * A page break is not a paragraph break: the first line of each page follows the previous page's
 * last line with no blank line between, whatever margin or header stood above it.
 */
function fromPageTops(lines: Line[], source: Source): Line[] {
  const pageStarts = source.pageStarts ?? [0];
  let page = -1;
  return lines.map((line) => {
    let turned = false;
    while (page + 1 < pageStarts.length && lineStart(line) >= pageStarts[page + 1]!) {
      page++;
      turned = true;
    }
    return turned && line.gapBefore > 0 ? { ...line, gapBefore: 0 } : line;
  });
}

// A word broken at a line end: "ADMINIS-" then "TRATION", "in-" then "person". Only lower case
// on to lower case, or capitals on to capitals: "MOUs-" over a list of names is a dash, and
// "Once-" / "Through-Cooling" keeps its line break rather than risk eating the dash.
const BROKEN_END = /(\p{Ll}{2})-$|(\p{Lu}{2})-$/u;
const lower = /^\p{Ll}/u;
const upper = /^\p{Lu}{2}/u;
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;
const isLetter = /^\p{L}$/u;
/**
 * A word of its own that no broken word ends in: "impact in mid-" over "and to focus on …" is two
 * columns read across (the reader interleaves columns whose baselines differ), not "midand".
 */
const FUNCTION_WORD = /^(?:and|the|to|of|in|for|or|with|that|on|at|by|as|is|are|be|we|our|a|an)\b(?!-)/;

/** The letters just before the hyphen that ends `text`. */
function lastWord(text: string): string {
  let from = text.length - 1;
  while (from > 0 && isLetter.test(text[from - 1]!)) from--;
  return text.slice(from, -1);
}

/**
 * Lines joined where a word was hyphenated across them. The hyphen stays when the document
 * spells the word with one elsewhere ("in-person"), and goes otherwise: a hyphen the typesetter
 * added to break a word. The joined line maps each character back to its own source offset.
 */
function joinHyphenated(lines: readonly Line[], text: string): Line[] {
  let vocabulary: Set<string> | null = null;
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const end = prev ? BROKEN_END.exec(prev.text) : null;
    // Lines laid out in columns ("… long-term, inter-" ⇥ beside text that goes on below): the
    // next line starts in the first column, not where the broken word goes on.
    if (!prev || !end || line.gapBefore > 0 || prev.cells > 1 || line.cells > 1 || !(end[1] ? lower : upper).test(line.text) || FUNCTION_WORD.test(line.text)) {
      out.push(line);
      continue;
    }
    vocabulary ??= new Set(Array.from(text.matchAll(WORDS), (m) => m[0].toLowerCase()));
    const before = lastWord(prev.text);
    const after = /^\p{L}+/u.exec(line.text)![0];
    // A compound broken at one of its own hyphens ("Right-" / "of-Way", "Right-of-" / "way")
    // keeps it: a typesetter breaks a plain word, and "Rightof-Way" is a word nobody wrote.
    const compound = line.text[after.length] === '-' || prev.text[prev.text.length - before.length - 2] === '-';
    const keep = compound || vocabulary.has(`${before}-${after}`.toLowerCase());
    out[out.length - 1] = join(prev, line, keep);
  }
  return out;
}

/** One line of `a` then `b`, without the hyphen that ends `a` unless `keepHyphen`. */
function join(a: Line, b: Line, keepHyphen: boolean): Line {
  const cut = keepHyphen ? a.text.length : a.text.length - 1;
  const shift = b.start - a.start;
  return {
    ...a,
    text: a.text.slice(0, cut) + b.text,
    map: joinMaps(a.map.subarray(0, cut), b.map, shift),
    cells: a.cells + b.cells - 1,
  };
}

/** The map of `a` then `b`'s, whose offsets are `shift` further on. */
function joinMaps(a: Int32Array, b: Int32Array, shift: number): Int32Array {
  const map = new Int32Array(a.length + b.length);
  map.set(a);
  for (let i = 0; i < b.length; i++) map[a.length + i] = b[i]! + shift;
  return map;
}
