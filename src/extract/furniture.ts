// Running page headers and footers ("Page 3 of 13", the council's name, a letterhead, "Printed
// at 8:21 pm on 10/30/25") are printed on every page at the same place: the same distance from
// the top or bottom of the page, or from a printed page number. A line is furniture when a line
// with its text (digits aside) stands at the same place in most of the places a document offers.
// Text that merely repeats ("Question: Shall this Ordinance be PASSED?", "No action at this
// time.") lands at varying distances and in few places, and stays.
import { subLine, type Line } from './line.js';

/** Lines counted from a page edge or a printed page number, each with its distance from it. */
export interface Band {
  /** Lines match only within bands of one kind: the tops of pages, their bottoms, page numbers. */
  kind: 'top' | 'bottom' | 'anchor';
  members: { index: number; offset: number }[];
}

/** How far from a page edge or page number running headers and footers reach, in lines. */
const DEPTH = 6;
/** The share of bands a line must stand in, at the same offset, to be furniture. */
const SHARE = 0.6;

/** A line's text with its numbers blanked: page numbers and dates change from page to page. */
const key = (line: Line) => line.text.toLowerCase().replace(/\d+/g, '#');

/** The top and bottom bands of each page, given the [from, to) line range of every page. */
export function pageBands(pages: readonly (readonly [number, number])[]): Band[] {
  return pages.flatMap(([from, to]): Band[] => {
    const span = Math.min(DEPTH, to - from);
    const offsets = [...Array(span).keys()];
    return [
      { kind: 'top', members: offsets.map((k) => ({ index: from + k, offset: k })) },
      { kind: 'bottom', members: offsets.map((k) => ({ index: to - 1 - k, offset: -1 - k })) },
    ];
  });
}

// "Page 4", "Page 3 of 13", "Pg. 2", "3 of 13", "- 3 -": a printed page number on its own line,
// also as the marker a converter writes between pages ("--- PAGE 3 ---", "<!-- Page 3 -->",
// "[Page 3]"): the word page or "of" may stand among dashes, brackets and stars; a bare number
// needs its dashes, so that an item's label ("3.") is never taken for one.
const DECORATION = '[-\\u2013\\u2014=*_~#<>|!(){}[\\]\\s]*';
export const PAGE_NUMBER = new RegExp(
  `^(?:${DECORATION}(?:(?:page|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|\\/)\\s*\\d{1,4})?|\\d{1,4}\\s+of\\s+\\d{1,4})\\.?${DECORATION}|[-\\u2013]\\s*\\d{1,4}\\s*[-\\u2013])$`,
  'i',
);

/**
 * Bands around printed page numbers, for text that lost its pages (Markdown converted from a
 * PDF): the header block sits next to the page number it was printed with.
 */
export function anchorBands(lines: readonly Line[]): Band[] {
  const bands: Band[] = [];
  lines.forEach((line, index) => {
    if (!PAGE_NUMBER.test(line.text)) return;
    const members: Band['members'] = [];
    for (let offset = -DEPTH; offset <= DEPTH; offset++) {
      if (index + offset >= 0 && index + offset < lines.length) members.push({ index: index + offset, offset });
    }
    bands.push({ kind: 'anchor', members });
  });
  return bands;
}

/** Indices of the lines that are running headers and footers. */
export function findFurniture(lines: readonly Line[], bands: readonly Band[]): Set<number> {
  // How many bands of a kind hold each text at each offset.
  const counts = new Map<string, number>();
  const bandsOfKind = new Map<Band['kind'], number>();
  for (const band of bands) {
    bandsOfKind.set(band.kind, (bandsOfKind.get(band.kind) ?? 0) + 1);
    for (const { index, offset } of band.members) {
      const k = `${band.kind} ${offset} ${key(lines[index]!)}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const texts = new Set<string>();
  for (const band of bands) {
    const needed = Math.max(2, Math.ceil(SHARE * bandsOfKind.get(band.kind)!));
    for (const { index, offset } of band.members) {
      if (counts.get(`${band.kind} ${offset} ${key(lines[index]!)}`)! >= needed) texts.add(`${band.kind} ${key(lines[index]!)}`);
    }
  }
  // A text found to be furniture is furniture anywhere in a band of its kind: the first page
  // often prints the running header a line or two lower, under a stamp or a logo's caption.
  const furniture = new Set<number>();
  for (const band of bands) {
    for (const { index } of band.members) if (texts.has(`${band.kind} ${key(lines[index]!)}`)) furniture.add(index);
  }
  return furniture;
}

/** Where a line starts in the source text. */
export const lineStart = (line: Line) => line.start + line.map[0]!;

/** The [from, to) line range of every page that holds a line, given the offsets where pages start. */
function pageRanges(lines: readonly Line[], pageStarts: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  pageStarts.forEach((_, p) => {
    const from = i;
    const next = pageStarts[p + 1] ?? Infinity;
    while (i < lines.length && lineStart(lines[i]!) < next) i++;
    if (i > from) ranges.push([from, i]);
  });
  return ranges;
}

/** How many lines from the top or bottom of a page a printed page number may stand. */
const PAGE_EDGE = 3;

/**
 * The furniture of a document whose pages are known (a PDF's, or text with form feeds between
 * its pages): the running headers and footers of its pages, with any other bands given, and a
 * printed page number in the first or last lines of its page even where no running header repeats
 * it (an agenda pack's reports each number their own pages).
 */
export function pagedFurniture(lines: readonly Line[], pageStarts: readonly number[], bands: readonly Band[] = []): Set<number> {
  const pages = pageRanges(lines, pageStarts);
  const found = findFurniture(lines, [...pageBands(pages), ...bands]);
  for (const [from, to] of pages) {
    for (let i = from; i < to; i++) if ((i - from < PAGE_EDGE || to - i <= PAGE_EDGE) && PAGE_NUMBER.test(lines[i]!.text)) found.add(i);
  }
  return found;
}

/** The lines split into content and furniture, both in document order. */
export function separate(lines: readonly Line[], furniture: ReadonlySet<number>): { lines: Line[]; furniture: Line[] } {
  return {
    lines: lines.filter((_, i) => !furniture.has(i)),
    furniture: lines.filter((_, i) => furniture.has(i)),
  };
}

// ---- Viewer chrome ----
//
// Text copied from a document viewer carries the viewer's own words around the document's: its
// name ("Laserfiche WebLink"), its status ("Loading...", "No preview available", "Page content
// transcription", "If your browser does not render page correctly, please read the page content
// below"), its navigation ("←", "→", "<<"), what it says of the file ("Total Page:16", "File
// Type:pdf, Size:1020Kb") and the path the page was printed from ("C:\Documents and
// Settings\Colchester\Desktop\New"). Such lines are set aside as furniture, never the document's text.

const CHROME_LINE =
  /^(?:(?:[\w-]+\s)?weblink|loading\s?(?:\.{2,}|…)|no preview available|page content transcription|if your browser does not render\b.*|[\u2190-\u2193«»‹›<>|\s]+|total pages?\s?:\s?\d+|file type\s?:.*|[a-z]:\\.*)$/i;

/** The lines without the viewer's chrome; the chrome. */
export function viewerChrome(lines: readonly Line[]): { lines: Line[]; furniture: Line[] } {
  return { lines: lines.filter((l) => !CHROME_LINE.test(l.text)), furniture: lines.filter((l) => CHROME_LINE.test(l.text)) };
}

// ---- Line numbers ----
//
// A page numbered line by line in its margin (minutes typed on numbered paper) prints each line's
// number before or after its text: "1 Councilmember Sparks referred to the wording of 45 and 46.
// She suggested that", "2 they read …", "3 new. …"; "… and he 89", "knows of some free programs.
// … above 90". Numbers that go up by one from line to line, where lines go on with a sentence
// begun on the line before (an item's labels never do), are the margin's, set aside as furniture.

/** A margin's numbers run over at least this many lines in a row. */
const MIN_NUMBERED = 5;
/** Lines that go on with a sentence (their text opens with a word in lower case, no point's label "a)") among them show the text runs through the margin. */
const MIN_CONTINUED = 2;

const leadNumber = /^(\d{1,3})(?:\s|$)/;
const trailNumber = /(?:^|\s)(\d{1,3})$/;

/** The lines without their margin's line numbers; the numbers, in document order. */
export function lineNumbers(lines: readonly Line[]): { lines: Line[]; furniture: Line[] } {
  const out = [...lines];
  const numbers: Line[] = [];
  for (const [side, re] of [['lead', leadNumber], ['trail', trailNumber]] as const) {
    const at = out.map((line) => re.exec(line.text));
    let from = 0;
    for (let i = 1; i <= out.length; i++) {
      if (i < out.length && at[i] && at[i - 1] && Number(at[i]![1]) === Number(at[i - 1]![1]) + 1) continue;
      // Lines from..i-1 carry numbers that go up by one. Most lines end a run of one, unnumbered:
      // a run shorter than MIN_NUMBERED lines is not looked at.
      if (i - from < MIN_NUMBERED) {
        from = i;
        continue;
      }
      const run = [...Array(i - from).keys()].map((k) => from + k).filter((k) => at[k]);
      const rest = (k: number) => (side === 'lead' ? out[k]!.text.slice(at[k]![0].length) : out[k]!.text.slice(0, at[k]!.index));
      if (run.length >= MIN_NUMBERED && run.filter((k) => /^\s*\p{Ll}+[\s,;]/u.test(rest(k))).length >= MIN_CONTINUED) {
        for (const k of run) {
          const m = at[k]!;
          const cut = side === 'lead' ? m[1]!.length : m.index;
          numbers.push(side === 'lead' ? subLine(out[k]!, 0, cut) : subLine(out[k]!, cut));
          out[k] = side === 'lead' ? subLine(out[k]!, cut) : subLine(out[k]!, 0, cut);
        }
      }
      from = i;
    }
  }
  return { lines: out.filter((l) => l.text.length > 0), furniture: numbers };
}
