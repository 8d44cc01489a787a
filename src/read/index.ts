// read: bytes → Source. Sniffs the format, decodes text (or has the PDF reader extract it, or the
// Word reader convert it to HTML), refuses what is not a document, and builds the line map every
// later position uses.
import { createHash } from 'node:crypto';
import { diagnostic } from '../model/diagnostics.js';
import type { Format } from '../model/schema.js';
import { decode, type Encoding } from './decode.js';
import { InputError } from './input-error.js';
import { isBlank } from './clean.js';
import { declaredCharset, looksLikeMarkdown, sniffBytes } from './sniff.js';
import { formFeedPages, lineStartsOf, positionOf, type Source } from './source.js';

export interface ReadOptions {
  /** File name or path, used in messages and to sniff the format. */
  name?: string | null;
  /** Force a format instead of sniffing it. */
  format?: Format;
  /** Force a text encoding instead of detecting it. */
  encoding?: Encoding;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** PDF: password of an encrypted file. */
  password?: string;
  /** PDF: refuse files with more pages. */
  maxPages?: number;
  /** PDF: stop extraction after this many milliseconds. */
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The encoding an HTML page declares, where it is one the decoder knows and it differs from what
 * detection would find: ISO-8859-1 and ASCII are read as Windows-1252, as browsers read them. A
 * byte-order mark still wins; a page declaring UTF-8, or nothing, is detected as any text is.
 */
function htmlEncoding(bytes: Uint8Array): Encoding | undefined {
  const charset = declaredCharset(bytes);
  if (charset === null || bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe) return undefined;
  if (/^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin-?1|l1|us-ascii|ascii|iso-ir-100)$/.test(charset)) return 'windows-1252';
  return undefined;
}

const fail = (error: InputError, name: string | null | undefined) => (name ? error.withFile(name) : error);

export async function read(bytes: Uint8Array, options: ReadOptions = {}): Promise<Source> {
  const name = options.name ?? null;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) {
    throw fail(new InputError('file-too-large', diagnostic('file-too-large', { bytes: bytes.length, limit }).message), name);
  }
  if (bytes.length === 0) throw fail(new InputError('empty-file', diagnostic('empty-file', undefined).message), name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sniffed = sniffBytes(bytes, name);
  const format = options.format ?? (sniffed === 'json' ? 'text' : sniffed);
  try {
    if (format === 'pdf') {
      const { readPdf } = await import('./pdf.js');
      return await readPdf(bytes, { name, sha256, password: options.password, maxPages: options.maxPages, timeoutMs: options.timeoutMs });
    }
    if (format === 'docx') {
      const { readDocx } = await import('./docx.js');
      return await readDocx(bytes, { name, sha256, maxBytes: limit });
    }
    const decoded = decode(bytes, options.encoding ?? (format === 'html' ? htmlEncoding(bytes) : undefined));
    if (isBlank(decoded.text)) throw new InputError('empty-file', diagnostic('empty-file', undefined).message);
    const source: Source = {
      name,
      format: format === 'text' && !options.format && looksLikeMarkdown(decoded.text) ? 'markdown' : format,
      encoding: decoded.encoding,
      sha256,
      text: decoded.text,
      lineStarts: lineStartsOf(decoded.text),
      pageStarts: formFeedPages(decoded.text),
      messages: [],
    };
    if (decoded.fallback) {
      // In Windows-1252 one byte is one character, so the bad byte's offset is a text offset.
      const { offset } = decoded.fallback;
      source.messages.push(diagnostic('encoding-fallback', decoded.fallback, positionOf(source, offset, offset + 1)));
    }
    return source;
  } catch (error) {
    if (error instanceof InputError) throw fail(error, name);
    throw error;
  }
}
