// Bytes → text. A byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE); otherwise strict
// UTF-8, and when that fails Windows-1252 with a warning naming the first bad byte (never
// latin1, which would turn smart quotes into C1 control characters). Binary data is refused, and
// so are bytes that are not text in an encoding the caller forced (`--encoding`).
import { isUtf8 } from 'node:buffer';
import { diagnostic, hex } from '../model/diagnostics.js';
import { InputError } from './input-error.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** When strict UTF-8 failed: the first bad byte, where Windows-1252 took over. */
  fallback: { offset: number; byte: number } | null;
}

const boms: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function sniffBomlessUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Node's validator (native) first: well-formed input, the usual case, is not walked in JavaScript.
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The characters firstBinaryOffset counts: below U+0020, but tab, newlines and form feed. */
const controlCharacter = /[^\t\n\f\r\x20-\uffff]/;

/**
 * Characters that do not occur in text: NUL and C0 controls other than tab, newlines and form
 * feed. One NUL, or more than 1 in 100 such characters, makes the input binary.
 */
export function firstBinaryOffset(text: string): number {
  // The usual case, text without any such character, is one search for them.
  if (!controlCharacter.test(text)) return -1;
  let controls = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) {
      if (c === 0) return i;
      controls++;
      if (first < 0) first = i;
    }
  }
  return controls > 0 && controls * 100 > text.length ? first : -1;
}

/**
 * Why `text`, decoded from `body` in the forced `encoding`, is not text in that encoding, or null
 * when it is. UTF-8: a byte outside a well-formed sequence (`offset` is where `body` starts in the
 * file). UTF-16: an odd number of bytes, or text without a single space or line break: every
 * document has them, and bytes of another encoding read as UTF-16 (UTF-8, Windows-1252, UTF-16 of
 * the other byte order) turn them into other characters (blank text is left to `empty-file`).
 * Windows-1252 reads any bytes.
 */
export function notInEncoding(body: Uint8Array, text: string, encoding: Encoding, offset = 0): string | null {
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(body);
    return bad < 0 ? null : `byte ${hex(body[bad]!)} at byte offset ${bad + offset} is not UTF-8`;
  }
  if (encoding === 'windows-1252') return null;
  if (body.length % 2 === 1) return `an odd number of bytes (${body.length + offset})`;
  return /^\s*$|[ \n]/.test(text) ? null : 'read that way the text has no space or line break';
}

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  let fallback: Decoded['fallback'] = null;
  let encoding: Encoding;
  let body = bytes;
  const bom = boms.find((b) => startsWith(bytes, b.bytes));
  if (forced) {
    encoding = forced;
    if (bom && bom.encoding === forced) body = bytes.subarray(bom.bytes.length);
  } else if (bom) {
    encoding = bom.encoding;
    body = bytes.subarray(bom.bytes.length);
  } else {
    const utf16 = sniffBomlessUtf16(bytes);
    if (utf16) encoding = utf16;
    else {
      const bad = firstInvalidUtf8(bytes);
      if (bad < 0) encoding = 'utf-8';
      else {
        // A NUL or other control byte is binary whatever the encoding; only text falls back.
        const binary = firstBinaryOffset(decodeWindows1252(bytes.subarray(0, 65536)));
        if (binary >= 0) throw new InputError('binary-file', diagnostic('binary-file', { offset: binary }).message);
        encoding = 'windows-1252';
        fallback = { offset: bad, byte: bytes[bad]! };
      }
    }
  }
  const text = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  const mismatch = forced ? notInEncoding(body, text, forced, bytes.length - body.length) : null;
  if (mismatch) throw new InputError('encoding-mismatch', diagnostic('encoding-mismatch', { encoding: forced!, reason: mismatch }).message);
  const binary = firstBinaryOffset(text);
  if (binary >= 0) throw new InputError('binary-file', diagnostic('binary-file', { offset: binary }).message);
  return { text, encoding, fallback };
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. Node 20's TextDecoder decodes the
 * label as Latin-1 (nodejs/node#56542), turning 0x80–0x9F (smart quotes, dashes, €) into C1
 * controls, so that range comes from this table; the five bytes 1252 leaves undefined keep
 * their C1 code points, as the standard says.
 */
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80]!);
}
