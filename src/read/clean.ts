// Cleaning a line of text for matching and output, while keeping a map back to the original:
// invisible characters (zero-width spaces, soft hyphens, BOMs) are dropped, NBSP and other
// space characters become spaces, whitespace runs collapse to one space and the ends are
// trimmed. Everything else (bullets, quotes, dashes) is kept as printed.

/** A cleaned string and, for each of its UTF-16 units, the offset of its origin in the raw string. */
export interface Cleaned {
  text: string;
  /** map[i] is the raw offset of text[i]; map[text.length] is the raw end (exclusive). */
  map: number[];
}

const isInvisible = (c: number) =>
  c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;

const isSpace = (c: number) =>
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

export function clean(raw: string): Cleaned {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  let lastEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += raw[i];
    map.push(i);
    lastEnd = i + 1;
  }
  map.push(text.length === 0 ? 0 : lastEnd);
  return { text, map };
}

/** The same cleaning without the map, for comparing strings. */
export function cleanText(raw: string): string {
  return clean(raw).text;
}

/** True when a line has no visible characters. */
export function isBlank(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}
