// One input → its output text, or the one-line reason it failed. The single-file command calls
// this in-process and each batch worker calls it in its thread, so both paths behave alike.
import { parse, parseFile, type ParseOptions } from '../../parse.js';
import { describeFailure } from '../errors.js';
import { outputRenderer, type OutputFormat, type OutputOptions } from '../render-output.js';

export interface ConvertJob {
  /** A path to read, or the bytes of standard input. */
  input: { path: string } | { bytes: Uint8Array };
  /** Shown in messages and stored as `source.name`; null for standard input. */
  name: string | null;
  options: ParseOptions;
  format: OutputFormat;
  output: OutputOptions;
}

export type ConvertResult = { status: 'converted'; text: string } | { status: 'failed'; message: string };

export async function convert(job: ConvertJob): Promise<ConvertResult> {
  try {
    const options = { ...job.options, name: job.name };
    const document = 'path' in job.input ? await parseFile(job.input.path, options) : await parse(job.input.bytes, options);
    const render = await outputRenderer(job.format, job.output);
    return { status: 'converted', text: render(document) };
  } catch (error) {
    return { status: 'failed', message: describeFailure(error, job.name) };
  }
}
