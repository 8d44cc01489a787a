// The invariants every parse must keep (issue 7): it throws nothing but an InputError, and that
// only for inputs that are not documents; the document validates against the zod contract; no
// text is lost. Each check throws an Error that says what broke, for fast-check to report
// with its seed and counterexample.
import { parse, type ParseOptions } from '../../src/index.js';
import { InputError } from '../../src/read/input-error.js';
import { Document } from '../../src/model/schema.js';
import { encode, firstInvalidUtf8, toCp1252Repertoire, type TestEncoding } from './encodings.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { blockStream, cleanLine, documentStrings, indexOfLinear, lostInMarkdown, lostText } from './text-accounting.js';

export type Outcome = { ok: true; document: Document } | { ok: false; error: unknown };

export async function tryParse(input: Uint8Array | string, options: ParseOptions = {}): Promise<Outcome> {
  try {
    return { ok: true, document: await parse(input, options) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What the reader may do with an input, decided apart from src/read. */
export interface Expectation {
  /** InputError codes the input may be refused with. */
  codes: ReadonlySet<string>;
  /** Whether a document may come back. */
  mayParse: boolean;
  /** The text the reader should see, for accounting; null when it cannot be told. */
  text: string | null;
}

const PDF_MAGIC = '%PDF-';
const C1_OR_C0 = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;

/**
 * What a reader must do with `text` once decoded: binary (NUL, or more than 1 in 100 C0 control
 * characters) and blank text are refused. `bomless8bit`: the bytes were UTF-8 or Windows-1252
 * without a BOM, where NULs in every other byte may rightly be read as BOM-less UTF-16.
 */
export function expectationForText(text: string, bomless8bit = true): Expectation {
  let controls = 0;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul = true;
    if (C1_OR_C0(c)) controls++;
  }
  if (nul) return { codes: new Set(['binary-file']), mayParse: bomless8bit, text: null };
  if (controls > 0 && controls * 100 > text.length) return { codes: new Set(['binary-file']), mayParse: false, text };
  if (cleanLine(text) === '') return { codes: new Set(['empty-file']), mayParse: false, text };
  return { codes: new Set(), mayParse: true, text };
}

/**
 * The bytes of `text` in `encoding` (for Windows-1252, characters it cannot write become "?"),
 * and what the reader must make of them.
 */
export function prepare(original: string, encoding: TestEncoding): { bytes: Uint8Array; expect: Expectation } {
  const text = encoding === 'windows-1252' ? toCp1252Repertoire(original) : original;
  const bytes = encode(text, encoding);
  let seen: string | null = text;
  if (encoding === 'utf-8' && text.startsWith('\ufeff')) seen = text.slice(1);
  if (encoding === 'windows-1252' && firstInvalidUtf8(bytes) < 0) {
    // Windows-1252 bytes that happen to be well-formed UTF-8 are UTF-8 (strict UTF-8 comes first).
    seen = new TextDecoder('utf-8').decode(bytes);
  }
  if (encoding === 'windows-1252' && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) seen = null;
  const bomless8bit = encoding === 'utf-8' || encoding === 'windows-1252';
  const expect = seen === null ? { codes: new Set(['binary-file', 'empty-file']), mayParse: true, text: null } : expectationForText(seen, bomless8bit);
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1100)).includes(PDF_MAGIC)) {
    return { bytes, expect: { codes: new Set([...expect.codes, 'pdf-corrupt', 'pdf-encrypted', 'no-text-layer', 'pdf-timeout']), mayParse: true, text: null } };
  }
  return { bytes, expect };
}

/** One line saying what was thrown, with the top of its stack. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error thrown: ${String(error)}`;
  const code = (error as { code?: unknown }).code;
  const stack = (error.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
  return `${error.name}${code ? ` [${String(code)}]` : ''}: ${error.message} @ ${stack}`;
}

/** The parse threw nothing, or an InputError with an expected code; it returned a document only when one may come back. */
export function assertNoCrash(outcome: Outcome, expect: Expectation): void {
  if (outcome.ok) {
    if (!expect.mayParse) throw new Error(`expected an InputError (${[...expect.codes].join(' or ')}), got a document`);
    return;
  }
  const { error } = outcome;
  if (!(error instanceof InputError)) throw new Error(`parse threw something other than an InputError: ${describeError(error)}`);
  if (!expect.codes.has(error.code)) {
    throw new Error(`unexpected InputError ${error.code} (expected ${[...expect.codes].join(' or ') || 'a document'}): ${error.message}`);
  }
}

/** The document validates against the zod contract. */
export function assertValid(document: Document): void {
  const result = Document.safeParse(document);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`document does not validate: ${issues.join('; ')}`);
  }
}

/**
 * Every non-blank line (or Markdown block) of `text` is in the document. The message tells lines
 * that are gone from lines whose characters are all there in order but with whitespace changed
 * ("(a)Text" printed back as "(a) Text", a line cut inside a word): both break the invariant.
 */
export function assertNoTextLost(document: Document, text: string): void {
  const lost = lostText(document, text);
  if (lost.length === 0) return;
  const squash = (s: string) => s.replace(/\s+/g, '');
  const haystacks = [squash(blockStream(document)), squash(documentStrings(document).join(''))];
  const altered = lost.filter((l) => haystacks.some((h) => indexOfLinear(h, squash(l)) >= 0));
  const gone = lost.filter((l) => !altered.includes(l));
  const show = (ls: string[]) => ls.slice(0, 3).map((l) => JSON.stringify(l.length > 160 ? `${l.slice(0, 160)}…` : l)).join(', ');
  const parts = [
    gone.length > 0 ? `${gone.length} line(s) lost: ${show(gone)}` : '',
    altered.length > 0 ? `${altered.length} line(s) altered (every character kept, whitespace changed): ${show(altered)}` : '',
  ].filter(Boolean);
  throw new Error(`${parts.join('; ')} (read as ${document.source.format})`);
}

/** Every non-blank line of `text` has its words in the Markdown output (page furniture excepted), in both layouts. */
export function assertNoTextLostInMarkdown(document: Document, text: string): void {
  for (const frontMatter of [false, true]) {
    const { lost } = lostInMarkdown(document, text, renderMarkdown(document, { frontMatter }));
    if (lost.length === 0) continue;
    const show = lost.slice(0, 3).map((l) => JSON.stringify(l.length > 160 ? `${l.slice(0, 160)}…` : l)).join(', ');
    throw new Error(`${lost.length} line(s) missing from the Markdown${frontMatter ? ' with front matter' : ''}: ${show} (read as ${document.source.format})`);
  }
}
