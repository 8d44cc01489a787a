// The two kinds of failure (DESIGN §4.8): a usage or input error is one line and exit 2; an
// internal error is a bug, printed with its stack and a request to report it.
import { isInputError } from '../read/input-error.js';
import type { Stream } from './io.js';

export const EXIT = { ok: 0, documentErrors: 1, failure: 2, interrupted: 130 } as const;

/** A usage error of the command line (bad flag value, nothing to read). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An output that cannot be written (-o naming a folder, --out-dir naming a file): one line, exit 2. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** One line naming the file and the reason. */
export function describeFailure(error: unknown, file: string | null): string {
  if (isInputError(error)) return `${error.file ?? file ?? 'input'}: ${error.message} [${error.code}]`;
  if (error instanceof UsageError || error instanceof OutputError) return error.message;
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${file ? `${file}: ` : ''}internal error, please report it at https://github.com/minutes-tool/minutes/issues with the input file:\n${stack}`;
}

export function reportFailure(stderr: Stream, error: unknown, file: string | null): void {
  stderr.write(`minutes: ${describeFailure(error, file)}\n`);
}
