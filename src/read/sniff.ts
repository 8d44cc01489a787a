// Which reader an input needs: magic bytes first (`%PDF-`, a zip holding `word/document.xml`),
// then the extension, then the content (an HTML page saved as .txt is still HTML, Markdown saved
// as .txt is still Markdown).
import type { Format } from '../model/schema.js';

const PDF_MAGIC = '%PDF-';

/** PDF readers accept a header anywhere in the first KiB, as many PDF writers prepend junk. */
export function hasPdfMagic(bytes: Uint8Array): boolean {
  // A header starting at offset 1024 at the latest, searched natively.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024 + PDF_MAGIC.length)).includes(PDF_MAGIC, 0, 'latin1');
}

export type InputFormat = Format | 'json';

export function extensionOf(name: string | null): string {
  const match = name ? /\.([a-z0-9]+)$/i.exec(name) : null;
  return match ? match[1]!.toLowerCase() : '';
}

const markdownExtensions = new Set(['md', 'markdown', 'mdown', 'mkd']);
const htmlExtensions = new Set(['html', 'htm', 'xhtml']);

/** A zip whose entries include `word/document.xml` (entry names are stored uncompressed). */
function isWordZip(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50 && buffer.includes('word/document.xml', 0, 'latin1');
}

/**
 * An HTML document announces itself in its first bytes: a doctype or an `<html>` tag, after an
 * optional BOM, whitespace and comments (ASCII-compatible encodings; UTF-16 pages need the extension).
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /^(?:\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/** The format of a file before decoding; text may still turn out to be Markdown by content. */
export function sniffBytes(bytes: Uint8Array, name: string | null): InputFormat {
  const ext = extensionOf(name);
  if (ext === 'pdf' || hasPdfMagic(bytes)) return 'pdf';
  if (ext === 'docx' || isWordZip(bytes)) return 'docx';
  if (ext === 'json') return 'json';
  if (markdownExtensions.has(ext)) return 'markdown';
  if (htmlExtensions.has(ext) || looksLikeHtml(bytes)) return 'html';
  return 'text';
}

/**
 * The charset an HTML page declares in its first KiB (`<meta charset>` or the http-equiv
 * Content-Type), the way browsers prescan for it; null when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(meta[0]);
    if (charset) return charset[1]!.toLowerCase();
  }
  return null;
}

// Signals that only Markdown syntax gives: ATX headings, strong emphasis, GFM table rules,
// inline HTML, links and fenced code. Numbered and bulleted lines are common in plain text too.
const markdownLine = [
  /^#{1,6}[ \t]+\S/,
  /\*\*\S[^*]*\*\*/,
  /^\|?[ \t]*:?-{3,}:?[ \t]*\|/,
  /<(?:sup|sub|br|[ubi]|span|div)\b[^>]*>/i,
  /\]\([a-z#./][^)\s]{0,300}\)/i,
  /^```/,
];

/** Offset of the line break (CRLF, CR or LF) that ends the line starting at `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

/** Plain text that carries Markdown syntax on enough lines is read as Markdown. */
export function looksLikeMarkdown(text: string): boolean {
  let lines = 0;
  let signals = 0;
  let start = 0;
  while (start < text.length && lines < 400) {
    // CRLF, CR and LF all end a line (as in source.ts): old Mac files end lines with CR alone.
    const end = lineEnd(text, start);
    const line = text.slice(start, Math.min(end, start + 2000));
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (line.trim() === '') continue;
    lines++;
    if (markdownLine.some((re) => re.test(line))) signals++;
  }
  return signals >= 3 && signals * 20 >= lines;
}
