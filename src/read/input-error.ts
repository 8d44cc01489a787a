// An input the tool cannot read as a document (missing, empty, binary, encrypted PDF, ...).
// It is not a bug: the CLI prints one line naming the file and the reason and exits 2.
// Problems *inside* a readable document are diagnostics on the document instead.
import type { Position } from '../model/schema.js';
import type { DiagnosticCode } from '../model/diagnostics.js';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly file: string | null = null,
    readonly position: Position | null = null,
  ) {
    super(message);
  }

  /** The same error, naming the file it came from. */
  withFile(file: string): InputError {
    return new InputError(this.code, this.message, file, this.position);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
