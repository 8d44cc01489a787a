// Cleaning a line of text for matching and output, while keeping a map back to the original:
// invisible characters (zero-width spaces, soft hyphens, BOMs) are dropped, NBSP and other
// space characters become spaces, whitespace runs collapse to one space and the ends are
// trimmed. Everything else (bullets, quotes, dashes) is kept as printed.
//
// Lines can be megabytes long (a PDF or web page with no line breaks), so the work is linear
// and allocates little: the text is built from slices of the raw string, one per place where
// cleaning changed something (most lines are a single slice), and the map is allocated once at
// its final length, as 32-bit integers: a map has an entry per character of the document, and
// an array of numbers would take twice the memory.

/** A cleaned string and, for each of its UTF-16 units, the offset of its origin in the raw string. */
export interface Cleaned {
  text: string;
  /** map[i] is the raw offset of text[i]; map[text.length] is the raw end (exclusive). */
  map: Int32Array;
}

const isInvisible = (c: number) =>
  c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;

/** The characters of the regular expression class \s but U+FEFF (a BOM, which is invisible). */
export const isSpace = (c: number) =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0b ||
  c === 0x0c ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0x00a0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/**
 * Where the text of the last cleanInto() call starts in its raw string when that text is one
 * slice of it (cleaning only trimmed the ends), else -1: then map[i] is that start + i.
 */
let sliceStart = -1;

/**
 * Cleans `raw`; when `map` is given (of the cleaned length + 1) it is filled in.
 * The text is a concatenation of slices of `raw`: [copyFrom, copyTo) is the slice being grown,
 * which ends where cleaning next drops or replaces a character.
 */
function cleanInto(raw: string, map: Int32Array | null): string {
  let text = '';
  let copyFrom = 0;
  let copyTo = 0;
  let length = 0;
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 0x20 && c < 0xa0) {
      // Printable ASCII, the common case.
    } else if (isInvisible(c)) {
      continue;
    } else if (isSpace(c)) {
      if (length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      // A whitespace run becomes one space, at the run's first character.
      if (pendingSpace === copyTo && raw.charCodeAt(pendingSpace) === 0x20) {
        copyTo++;
      } else {
        text += raw.slice(copyFrom, copyTo);
        if (raw.charCodeAt(pendingSpace) === 0x20) {
          copyFrom = pendingSpace;
          copyTo = pendingSpace + 1;
        } else {
          text += ' ';
          copyFrom = copyTo = pendingSpace + 1;
        }
      }
      if (map) map[length] = pendingSpace;
      length++;
      pendingSpace = -1;
    }
    if (i === copyTo) {
      copyTo++;
    } else {
      text += raw.slice(copyFrom, copyTo);
      copyFrom = i;
      copyTo = i + 1;
    }
    if (map) map[length] = i;
    length++;
  }
  sliceStart = text === '' ? (length === 0 ? 0 : copyFrom) : -1;
  text += raw.slice(copyFrom, copyTo);
  if (map) map[length] = length === 0 ? 0 : map[length - 1]! + 1;
  return text;
}

/** 0, 1, 2, …: the map of every text that is one slice of its line is a view of it. */
let ascending = new Int32Array(0);

/**
 * Views made so far of short maps, by where they start (a line's indentation, mostly none) and
 * their length: lines of one length and indentation share one view, as a view object costs more
 * than a short line's text, and a large document has hundreds of thousands of lines. Bounded, so
 * that a long batch keeps few.
 */
const SHARED_FROM = 16;
const SHARED_LENGTH = 1024;
let views: (Int32Array | undefined)[] = [];

/** The map [from, from + 1, …, from + length]. */
function sliceMap(from: number, length: number): Int32Array {
  const shared = from < SHARED_FROM && length < SHARED_LENGTH;
  const key = length * SHARED_FROM + from;
  const made = shared ? views[key] : undefined;
  if (made) return made;
  if (from + length + 1 > ascending.length) {
    ascending = new Int32Array(Math.max(2 * ascending.length, from + length + 1, 1024));
    for (let i = 0; i < ascending.length; i++) ascending[i] = i;
    // Views of the old array would keep it alive.
    views = [];
  }
  const view = ascending.subarray(from, from + length + 1);
  if (shared) views[key] = view;
  return view;
}

/**
 * The cleaned text and its map. Most lines clean to one slice of themselves, and their maps are
 * views of one shared array instead of arrays of their own (a document has a map entry per
 * character): a map is never written to.
 */
export function clean(raw: string): Cleaned {
  const cleaned = cleanInto(raw, null);
  if (sliceStart >= 0) return { text: cleaned, map: sliceMap(sliceStart, cleaned.length) };
  // The map is allocated at its final length, known from this first pass: growing a
  // million-entry array by push costs far more than cleaning twice.
  const map = new Int32Array(cleaned.length + 1);
  const text = cleanInto(raw, map);
  return { text, map };
}

/** The same cleaning without the map, for comparing strings. */
export function cleanText(raw: string): string {
  return cleanInto(raw, null);
}

/** True when a line has no visible characters. */
export function isBlank(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}
