// Byte encodings and line endings for tests: the same text saved the ways clerks' systems save
// it. Windows-1252 has its own small encoder (Node's TextEncoder only writes UTF-8).

export type TestEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const ENCODINGS: readonly TestEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];

export type LineEnding = 'lf' | 'crlf' | 'cr';
export const LINE_ENDINGS: readonly LineEnding[] = ['lf', 'crlf', 'cr'];
const EOL: Record<LineEnding, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** The text with every line ending (CRLF, CR, LF) replaced by `ending`. */
export function withLineEndings(text: string, ending: LineEnding): string {
  return text.replace(/\r\n|\r|\n/g, EOL[ending]);
}

/** Windows-1252 bytes 0x80–0x9F (the rest of 0x00–0xFF is Latin-1); 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The Windows-1252 byte of a character, or null when it has none. */
export function cp1252Byte(codePoint: number): number | null {
  if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return CP1252_HIGH[codePoint] ?? null;
}

/** The text with every character Windows-1252 cannot write replaced by `replacement`. */
export function toCp1252Repertoire(text: string, replacement = '?'): string {
  let out = '';
  for (const ch of text) out += cp1252Byte(ch.codePointAt(0)!) === null ? replacement : ch;
  return out;
}

export function encodeCp1252(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = cp1252Byte(ch.codePointAt(0)!);
    if (byte === null) throw new Error(`U+${ch.codePointAt(0)!.toString(16).toUpperCase()} has no Windows-1252 byte`);
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** The bytes of `text` in `encoding` (with a BOM for UTF-16 and 'utf-8-bom'). */
export function encode(text: string, encoding: TestEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le':
      return encodeUtf16(text, true);
    case 'utf-16be':
      return encodeUtf16(text, false);
    case 'windows-1252':
      return encodeCp1252(text);
  }
}

/** Byte offset of the first byte that is not part of well-formed UTF-8, or -1 (written apart from src/read/decode.ts). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

/** Line (from 1) and column (from 1, in UTF-16 units) of `offset` in `text`, lines ending at CRLF, CR or LF. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
