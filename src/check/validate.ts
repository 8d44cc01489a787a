// One input through `minutes validate`: a text, Markdown, PDF or HTML file is parsed and checked
// with the user's levels; a JSON file is checked as `minutes parse` output. An input that is not
// a document throws an InputError (as parse does); validateFile turns that, or a bug, into a
// message on the file (vfile-style), so a batch always goes on to the next file.
import { diagnostic } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/schema.js';
import { parse, parseFile, readInputFile, type ParseOptions } from '../parse.js';
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

/** A file to read, or bytes already read (standard input). */
export type CheckInput = { path: string } | { bytes: Uint8Array };

/** JSON when named so, or (stdin has no name) when the text opens an object or array. */
const isJson = (input: CheckInput) =>
  'bytes' in input ? /^\s*[[{]/.test(new TextDecoder().decode(input.bytes.subarray(0, 64))) : extensionOf(input.path) === 'json';

/** The messages of one input with the user's levels; an input that is not a document throws an InputError. */
export async function checkInput(input: CheckInput, options: { levels?: Levels; parse?: ParseOptions } = {}): Promise<Diagnostic[]> {
  const levels = options.levels ?? {};
  const parseOptions = options.parse ?? {};
  if (isJson(input)) {
    const bytes = 'bytes' in input ? input.bytes : await readInputFile(input.path, parseOptions.name ?? input.path);
    // zod, which checks the JSON against the schema, is loaded only when a JSON file comes.
    const { checkJson } = await import('./json.js');
    return checkJson(new TextDecoder().decode(bytes), levels);
  }
  const document = 'bytes' in input ? await parse(input.bytes, parseOptions) : await parseFile(input.path, parseOptions);
  return lint(document, levels);
}

/** The message on a file that could not be checked: the input's own reason, or an internal error. */
export function failureMessage(error: unknown): Diagnostic {
  if (isInputError(error)) return { code: error.code, severity: 'error', message: error.message, position: error.position };
  return diagnostic('internal-error', { reason: error instanceof Error ? error.message : String(error) });
}

/** The messages of one file ("-" is standard input) with the user's levels. */
export async function validateFile(path: string, options: ValidateOptions = {}): Promise<FileResult> {
  try {
    const input: CheckInput = path === '-' ? { bytes: await (options.readStdin ?? (async () => new Uint8Array()))() } : { path };
    const name = path === '-' ? null : path;
    return { filePath: path, messages: await checkInput(input, { levels: options.levels ?? {}, parse: { ...options.parse, name } }) };
  } catch (error) {
    const message = failureMessage(error);
    return isInputError(error) ? { filePath: path, messages: [message] } : { filePath: path, messages: [message], crash: error };
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
