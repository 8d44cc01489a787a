// One input → what the command wants of it (its output text for `parse`, its messages for
// `validate`, the document itself for `merge`), or the reason it failed. Every command runs this, in-process for one input and on
// the batch workers for several, so an input fails the same way in each: the one place where a
// thrown error becomes a failure (a line for stderr, a message for the report).
import { checkInput, failureMessage } from '../../check/validate.js';
import type { Levels } from '../../check/index.js';
import type { Diagnostic, Document } from '../../model/schema.js';
import { parse, parseFile, type ParseOptions } from '../../parse.js';
import { isInputError } from '../../read/input-error.js';
import { describeFailure } from '../errors.js';
import { outputRenderer, type OutputFormat, type OutputOptions, type Pieces } from '../render-output.js';

/** What is made of each input: a rendering (`parse`), the messages of the rules (`validate`) or the document (`merge`). */
export type Task = { kind: 'render'; format: OutputFormat; output: OutputOptions } | { kind: 'check'; levels: Levels } | { kind: 'document' };

export interface ConvertJob {
  /** A path to read, or the bytes of standard input. */
  input: { path: string } | { bytes: Uint8Array };
  /** Shown in messages and stored as `source.name`; null for standard input. */
  name: string | null;
  options: ParseOptions;
  task: Task;
}

/** Why an input gave nothing: one line for stderr, the message for a report, and whether it is a bug. */
export interface Failure {
  line: string;
  message: Diagnostic;
  internal: boolean;
}

export type ConvertResult =
  // In-process the pieces are made as they are written; a worker sends them made.
  | { status: 'converted'; text: Pieces }
  | { status: 'checked'; messages: Diagnostic[] }
  | { status: 'parsed'; document: Document }
  | { status: 'failed'; failure: Failure };

export function failureOf(error: unknown, name: string | null): Failure {
  return { line: describeFailure(error, name), message: failureMessage(error), internal: !isInputError(error) };
}

export async function convert(job: ConvertJob): Promise<ConvertResult> {
  try {
    const options = { ...job.options, name: job.name };
    const { task } = job;
    if (task.kind === 'check') return { status: 'checked', messages: await checkInput(job.input, { levels: task.levels, parse: options }) };
    const document = 'path' in job.input ? await parseFile(job.input.path, options) : await parse(job.input.bytes, options);
    if (task.kind === 'document') return { status: 'parsed', document };
    const render = await outputRenderer(task.format, task.output);
    return { status: 'converted', text: render(document) };
  } catch (error) {
    return { status: 'failed', failure: failureOf(error, job.name) };
  }
}
