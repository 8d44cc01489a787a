// The pipeline: read → extract → segment → check. One call per input; problems in the
// document become diagnostics on it, an input that is not a document throws an InputError.
import { readFileSync } from 'node:fs';
import { extract } from './extract/index.js';
import { diagnostic } from './model/diagnostics.js';
import type { Document } from './model/schema.js';
import { read, type ReadOptions } from './read/index.js';
import type { Source } from './read/source.js';
import { InputError } from './read/input-error.js';
import { segment } from './segment/index.js';
import type { Learned } from './segment/learned/models.js';
import { check } from './check/index.js';

export interface ParseOptions extends ReadOptions {
  /**
   * Other weights for the learned models, and a callback that sees every candidate they score:
   * for `npm run train` and `npm run eval` (cross-validation). Omitted, the committed weights.
   */
  learned?: Learned;
}

/** Parses the bytes (or text) of one agenda, minutes, decision list or report. */
export async function parse(input: Uint8Array | string, options: ParseOptions = {}): Promise<Document> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return parseSource(await read(bytes, options), options);
}

/** The rest of the pipeline, from the decoded source. */
async function parseSource(source: Source, options: ParseOptions): Promise<Document> {
  const document = segment(source, await extract(source), options.learned);
  document.diagnostics = check(document);
  return document;
}

/** The bytes of a file; a missing or unreadable file is an InputError naming it as `name`. */
export async function readInputFile(path: string, name: string): Promise<Uint8Array> {
  try {
    // Read synchronously: the parse that follows holds the thread anyway, and a read through
    // Node's thread pool starts its threads and passes each step (open, stat, read, close)
    // between threads, which a loaded machine makes a start-up cost (bench: start-up).
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file-not-found', diagnostic('file-not-found', undefined).message, name);
    const reason = code === 'EISDIR' ? 'a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new InputError('file-unreadable', diagnostic('file-unreadable', { reason }).message, name);
  }
}

/**
 * Reads and parses one file; a missing or unreadable file is an InputError naming it.
 * `options.name` is the name used in messages and `source.name` (the path by default).
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Document> {
  const named = { ...options, name: options.name ?? path };
  // Read here rather than handed to parse(), whose caller would hold them: the file's bytes are
  // garbage once decoded, which on a large input is a fifth of the run's memory.
  return parseSource(await read(await readInputFile(path, named.name), named), named);
}
