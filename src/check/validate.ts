// One file through `minutes validate`: a text, Markdown or PDF file is parsed and checked with
// the user's levels; a JSON file is checked as `minutes parse` output. Whatever goes wrong
// becomes messages on that file (vfile-style), so a batch always goes on to the next file.
import { readFile } from 'node:fs/promises';
import { diagnostic } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/schema.js';
import { parse, parseFile, type ParseOptions } from '../parse.js';
import { isInputError } from '../read/input-error.js';
import { extensionOf } from '../read/sniff.js';
import { lint, type Levels } from './index.js';

export interface FileResult {
  /** The file checked: an absolute path, or "-" for standard input. */
  filePath: string;
  messages: Diagnostic[];
  /** An unexpected error (a bug) met while checking the file; an internal-error message says so. */
  crash?: unknown;
}

export interface ValidateOptions {
  levels?: Levels;
  parse?: ParseOptions;
  /** Standard input, for the path "-" (read as empty when not given). */
  readStdin?: () => Promise<Uint8Array>;
}

/** JSON when named so, or (stdin has no name) when the text opens an object or array. */
const isJson = (path: string, bytes: Uint8Array | null) =>
  path === '-' ? /^\s*[[{]/.test(new TextDecoder().decode(bytes!.subarray(0, 64))) : extensionOf(path) === 'json';

/** A JSON file that cannot be read: the same messages parseFile gives for other files. */
function unreadable(error: NodeJS.ErrnoException): Diagnostic {
  if (error.code === 'ENOENT') return diagnostic('file-not-found', undefined);
  return diagnostic('file-unreadable', { reason: error.code === 'EISDIR' ? 'a directory' : error.code === 'EACCES' ? 'permission denied' : (error.code ?? error.message) });
}

async function messagesOf(path: string, options: ValidateOptions): Promise<Diagnostic[]> {
  const levels = options.levels ?? {};
  const stdin = path === '-' ? await (options.readStdin ?? (async () => new Uint8Array()))() : null;
  if (isJson(path, stdin)) {
    const bytes = stdin ?? (await readFile(path).catch((error: NodeJS.ErrnoException) => error));
    if (bytes instanceof Error) return [unreadable(bytes)];
    // zod, which checks the JSON against the schema, is loaded only when a JSON file comes.
    const { checkJson } = await import('./json.js');
    return checkJson(new TextDecoder().decode(bytes), levels);
  }
  const document = stdin ? await parse(stdin, { ...options.parse, name: null }) : await parseFile(path, { ...options.parse, name: path });
  return lint(document, levels);
}

/** The messages of one file ("-" is standard input) with the user's levels. */
export async function validateFile(path: string, options: ValidateOptions = {}): Promise<FileResult> {
  try {
    return { filePath: path, messages: await messagesOf(path, options) };
  } catch (error) {
    if (isInputError(error)) {
      return { filePath: path, messages: [{ code: error.code, severity: 'error', message: error.message, position: error.position }] };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { filePath: path, messages: [diagnostic('internal-error', { reason })], crash: error };
  }
}

/** A folder or glob argument that gave no file to check. */
export const noFilesMatched = (path: string): FileResult => ({ filePath: path, messages: [diagnostic('no-files-matched', undefined)] });

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function countsOf(messages: readonly Diagnostic[]): Counts {
  const count = (severity: Diagnostic['severity']) => messages.filter((m) => m.severity === severity).length;
  return { errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}
