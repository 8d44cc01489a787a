// `minutes parse` for one input or a whole archive: expand the arguments, plan and check the
// outputs before writing any, run the engine (engine.ts), keep going past bad files, and end with
// the exit code (README: 0 ok, 1 some failed while others converted, 2 usage, an output that
// cannot be written, or no input converted, 130 on Ctrl-C).
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ParseOptions } from '../../parse.js';
import { diagnostic } from '../../model/diagnostics.js';
import { InputError } from '../../read/input-error.js';
import { EXIT, OutputError, UsageError, describeFailure, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import { concatenated, jsonArray, outputExtension, type OutputFormat, type OutputOptions } from '../render-output.js';
import { runEngine, selectInputs, type Shard } from './engine.js';
import { planOutputs, inputsAmong } from './plan.js';
import { Reporter, type Counts } from './progress.js';
import { directorySink, orderedSink, type Sink } from './sink.js';

export interface BatchConfig {
  /** Files, folders, quoted globs and "-" for stdin, as given. */
  inputs: readonly string[];
  format: OutputFormat;
  output: OutputOptions;
  parse: ParseOptions;
  /** --out-dir: one output file per input, mirroring the input tree. */
  outDir: string | null;
  /** -o: the one output file (stdout when null). */
  outFile: string | null;
  ignore: readonly string[];
  force: boolean;
  jobs: number;
  failFast: boolean;
  quiet: boolean;
  /** --shard K/N: only this part of the inputs. */
  shard: Shard | null;
}

export async function runBatch(config: BatchConfig, io: IO): Promise<number> {
  const outDir = config.outDir === null ? null : resolve(io.cwd, config.outDir);
  const outFile = config.outFile === null ? null : resolve(io.cwd, config.outFile);
  if (outDir !== null && (await kindOf(outDir)) === 'file') throw new OutputError(`${config.outDir}: --out-dir names a file, expected a folder`);
  if (outFile !== null && (await kindOf(outFile)) === 'directory') {
    throw new OutputError(`${config.outFile}: -o names a folder, expected a file (--out-dir writes one file per input into a folder)`);
  }
  const { expansion, files } = await selectInputs(config.inputs, { cwd: io.cwd, ignore: config.ignore, exclude: outDir, shard: config.shard });
  if (expansion.files.length === 0) {
    for (const arg of expansion.empty) reportFailure(io.stderr, unmatched(arg), arg);
    return EXIT.failure;
  }
  if (outDir !== null && files.some((file) => file.path === null)) throw new UsageError('standard input ("-") cannot be used with --out-dir');
  // One file named on its own is one document; anything else is several, even if a folder holds
  // only one file, so that the shape of the output does not depend on how many it holds.
  const several = config.inputs.length > 1 || expansion.searched;
  const batch = several || outDir !== null;
  const framing = outDir !== null || !several || config.format === 'ndjson' ? concatenated : config.format === 'json' ? jsonArray : null;
  if (framing === null) throw new UsageError('several documents as Markdown need --out-dir DIR (one file each)');

  const stdoutShowsData = outDir === null && outFile === null && io.stdout.isTTY === true;
  const reporter = new Reporter(io.stderr, { quiet: config.quiet, bar: batch && io.stderr.isTTY === true && !stdoutShowsData, total: files.length });
  for (const arg of expansion.empty) reporter.error(describeFailure(unmatched(arg), arg));

  let todo = files;
  let sink: Sink;
  const counts: Counts = { converted: 0, failed: 0, skipped: 0 };
  if (outDir !== null) {
    const plan = await planOutputs(files, { outDir, extension: outputExtension(config.format), force: config.force, roots: expansion.roots, cwd: io.cwd });
    if (plan.problems.length > 0) return refuse(reporter, plan.problems);
    if (plan.existing.length > 0) {
      const example = relative(io.cwd, plan.existing[0]!.output);
      reporter.note(`${plan.existing.length} output(s) exist already and were skipped, such as ${example} (--force overwrites them)`);
    }
    counts.skipped = plan.existing.length;
    todo = plan.files;
    sink = directorySink(plan.files.map((file) => file.output));
  } else {
    if (outFile !== null) {
      const problems = await inputsAmong([outFile], files, io.cwd);
      if (problems.length > 0) return refuse(reporter, problems);
    }
    sink = orderedSink(io.stdout, outFile, framing);
  }

  let interrupted: boolean;
  try {
    interrupted = await runEngine({
      files: todo,
      task: { kind: 'render', format: config.format, output: config.output },
      parse: config.parse,
      lanes: config.jobs,
      sink,
      reporter,
      counts,
      failFast: config.failFast,
      io,
    });
  } catch (error) {
    // Only the -o file is written at the end, in one go: nothing of it was written.
    if (outFile === null || !(error instanceof Error) || !('code' in error)) throw error;
    throw new OutputError(`${config.outFile}: cannot write the output (${error.message})`);
  }
  if (batch) reporter.summary(counts);
  if (interrupted) return EXIT.interrupted;
  if (counts.failed === 0) return EXIT.ok;
  // Nothing converted (now or by an earlier run): no input could be read, as for one file.
  return counts.converted + counts.skipped === 0 ? EXIT.failure : EXIT.documentErrors;
}

async function kindOf(path: string): Promise<'file' | 'directory' | null> {
  // Synchronous, as reading the input (parse.ts: readInputFile).
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return null;
  }
}

/** A folder or glob that gave no document: the same id `minutes validate` reports. */
function unmatched(arg: string): InputError {
  return new InputError('no-files-matched', diagnostic('no-files-matched', undefined).message, arg);
}

/** Problems found while planning: each on its own line, and nothing written. */
function refuse(reporter: Reporter, problems: readonly string[]): number {
  for (const problem of problems) reporter.error(problem);
  reporter.error('nothing was written');
  return EXIT.failure;
}
