// Word (.docx) → Source. A .docx file is a zip of XML parts; mammoth converts it to HTML (Word's
// heading styles become h1–h6, lists become lists, tables tables, hyperlinks links), and the HTML
// reader takes it from there. Two things are done here first:
//
// - The zip is checked before anything is unpacked: it must be a zip, every part's unpacked size
//   is read from the archive's directory and checked against the size limit, and every part is
//   then inflated with its declared size as a hard cap, so a zip bomb (or a directory that lies
//   about sizes) is refused after unpacking no more than the limit, and mammoth's own unpacking
//   of the same parts is bounded too.
// - Word's automatic numbering, which mammoth drops, is computed (docx-numbering.ts) and put back
//   in front of each numbered paragraph, as Word prints it: "5.1 Matters Arising".
//
// - The first page's header and footer, which the converter leaves out, are read
//   (docx-margins.ts): the header above the body, as printed, the footer as page furniture.
//
// The Source's text is the converted HTML with each Word paragraph on a line of its own, and
// `paragraphStarts` lets every position name its Word paragraph (in print order: header, body,
// footer). Loaded only when a .docx arrives.
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { diagnostic } from '../model/diagnostics.js';
import { pageMargins } from './docx-margins.js';
import { numberParagraphs, type NumberedParagraph } from './docx-numbering.js';
import { InputError } from './input-error.js';
import { lineStartsOf, type Source } from './source.js';

export interface DocxReadOptions {
  name: string | null;
  sha256: string;
  /** The most the parts may unpack to, together. */
  maxBytes: number;
}

const corrupt = (reason: string) => new InputError('docx-corrupt', diagnostic('docx-corrupt', { reason }).message);

/** DEFLATE cannot compress better than about 1032 to 1; a part claiming more is not a document. */
const MAX_RATIO = 1100;

// ---- The zip ----------------------------------------------------------------------------------

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** The entries listed in the zip's central directory (PKWARE APPNOTE 4.3.12, 4.3.16). */
function centralDirectory(zip: Buffer): Entry[] {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt('not a complete zip archive: no central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw corrupt('a ZIP64 archive, which Word does not write for documents');
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw corrupt('a damaged zip directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: Entry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      offset: zip.readUInt32LE(at + 42),
    };
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's bytes, inflated to at most its declared size. */
function unpack(zip: Buffer, entry: Entry, limit: number): Buffer {
  const at = entry.offset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw corrupt(`a damaged zip entry (${entry.name})`);
  const from = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(from, from + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw corrupt(`an unsupported compression method in ${entry.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.size, limit)) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit + 1, limit);
    throw corrupt(`a damaged zip entry (${entry.name})`);
  }
}

const tooLarge = (bytes: number, limit: number) => new InputError('docx-too-large', diagnostic('docx-too-large', { bytes, limit }).message);

/** The parts of the zip by name, every one checked against the size limit. */
function unzip(bytes: Uint8Array, limit: number): Map<string, Buffer> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (zip.length < 4 || zip.readUInt32LE(0) !== 0x04034b50) throw corrupt('not a zip archive');
  const entries = centralDirectory(zip);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limit) throw tooLarge(total, limit);
  const bomb = entries.find((e) => e.size > 1024 * 1024 && e.size > MAX_RATIO * Math.max(1, e.compressedSize));
  if (bomb) throw tooLarge(total, limit);
  const parts = new Map<string, Buffer>();
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const part = unpack(zip, entry, limit - unpacked);
    unpacked += part.length;
    parts.set(entry.name, part);
  }
  if (!parts.has('word/document.xml')) throw corrupt('a zip without word/document.xml: not a Word document');
  return parts;
}

// ---- Numbers back into the document ----------------------------------------------------------

/** mammoth's document tree, as far as the Word reader touches it. */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: unknown;
}

const textOf = (element: DocxElement): string =>
  element.type === 'text' ? (element.value ?? '') : element.type === 'tab' ? '\t' : (element.children ?? []).map(textOf).join('');
const fingerprint = (text: string) => text.replace(/\s+/g, '');

/**
 * How far ahead a converter's paragraph is looked for among Word's (paragraphs it skipped): a
 * paragraph with text is found by it further on than an empty one, which matches any empty one.
 */
const LOOKAHEAD = 8;
const LOOKAHEAD_WITH_TEXT = 64;

/**
 * Puts each paragraph's number in front of its text and takes it out of the list it was in (the
 * number now says where it stands). Paragraphs are visited in the order the converter visits
 * them, children first, and lined up with Word's by their text.
 */
function restoreNumbers(numbered: NumberedParagraph[]): (document: DocxElement) => DocxElement {
  let cursor = 0;
  const visit = (element: DocxElement): DocxElement => {
    const children = element.children?.map(visit);
    const node = children ? { ...element, children } : element;
    if (node.type !== 'paragraph') return node;
    const text = fingerprint(textOf(node));
    for (let k = cursor; k < Math.min(numbered.length, cursor + (text === '' ? LOOKAHEAD : LOOKAHEAD_WITH_TEXT)); k++) {
      if (fingerprint(numbered[k]!.text) !== text) continue;
      cursor = k + 1;
      const label = numbered[k]!.label;
      if (label === null) return node;
      const run: DocxElement & Record<string, unknown> = {
        type: 'run',
        children: [{ type: 'text', value: `${label} ` }],
        styleId: null,
        styleName: null,
        isBold: false,
        isUnderline: false,
        isItalic: false,
        isStrikethrough: false,
        isAllCaps: false,
        isSmallCaps: false,
        verticalAlignment: 'baseline',
        font: null,
        fontSize: null,
        highlight: null,
      };
      return { ...node, numbering: null, children: [run, ...(node.children ?? [])] };
    }
    return node;
  };
  return visit;
}

/** Tags that open a Word paragraph in mammoth's HTML. */
const paragraphTag = /<(?:p|h[1-6]|li)(?=[\s>])/g;

export async function readDocx(bytes: Uint8Array, options: DocxReadOptions): Promise<Source> {
  const parts = unzip(bytes, options.maxBytes);
  const xml = (name: string) => parts.get(name)?.toString('utf8') ?? null;
  const numbered = numberParagraphs(xml('word/document.xml')!, xml('word/numbering.xml'), xml('word/styles.xml'));
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // Every part was inflated above within its declared size, so unpacking again is bounded too.
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: restoreNumbers(numbered),
        ignoreEmptyParagraphs: false,
        // Images are not text: they are neither unpacked again nor written into the HTML.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message.split('\n')[0]! : 'unreadable');
  }
  // The first page's header is printed above the body and its footer below it: the header is read
  // as the document's first paragraphs, the footer as page furniture (docx-margins.ts).
  const margins = pageMargins(xml);
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const header = margins.header.map((line) => `<p>${escape(line)}</p>`).join('');
  const footer = margins.footer.length > 0 ? `<div data-furniture="footer">${margins.footer.map((line) => `<p>${escape(line)}</p>`).join('')}</div>` : '';
  // The converter lists the footnotes and endnotes after the body, numbered: printed at the foot of
  // the page or the end of the document, they are notes (furniture), not a numbered list of items.
  const notes = html.search(/<ol>(?=<li id="(?:footnote|endnote)-)/);
  const body = notes < 0 ? html : `${html.slice(0, notes)}<div data-furniture="notes">${html.slice(notes)}</div>`;
  // One Word paragraph per line, so that line numbers follow the document.
  const text = (header + body + footer).replace(paragraphTag, '\n$&').replace(/^\n/, '');
  const paragraphStarts = [...text.matchAll(paragraphTag)].map((m) => m.index);
  // A document of blank paragraphs (or only pictures) has markup but no text: it is empty, not a
  // web page without content.
  const visible = text.replace(/<[^<>]*>/g, '').trim();
  if (visible === '' || paragraphStarts.length === 0) throw new InputError('empty-file', diagnostic('empty-file', undefined).message);
  return { name: options.name, format: 'docx', encoding: 'docx', sha256: options.sha256, text, lineStarts: lineStartsOf(text), pageStarts: null, paragraphStarts, messages: [] };
}
