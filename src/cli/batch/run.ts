// `minutes parse` for one input or a whole archive: expand the arguments, plan and check the
// outputs before writing any, convert on worker threads (in-process for a single input), keep
// going past bad files, and end with the exit code (DESIGN §5: 0 ok, 1 some failed, 2 usage or
// a single input that failed, 130 on Ctrl-C).
import { relative, resolve } from 'node:path';
import type { ParseOptions } from '../../parse.js';
import { diagnostic } from '../../model/diagnostics.js';
import { InputError } from '../../read/input-error.js';
import { EXIT, UsageError, describeFailure, reportFailure } from '../errors.js';
import type { IO } from '../io.js';
import { concatenated, jsonArray, outputExtension, type OutputFormat, type OutputOptions } from '../render-output.js';
import type { ConvertJob } from './convert.js';
import { expandInputs, type InputFile } from './expand.js';
import { planOutputs, inputsAmong } from './plan.js';
import { inProcess, workerPool } from './pool.js';
import { Reporter, type Counts } from './progress.js';
import { convertAll } from './schedule.js';
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
}

export async function runBatch(config: BatchConfig, io: IO): Promise<number> {
  const outDir = config.outDir === null ? null : resolve(io.cwd, config.outDir);
  const outFile = config.outFile === null ? null : resolve(io.cwd, config.outFile);
  const expansion = await expandInputs(config.inputs, { cwd: io.cwd, ignore: config.ignore, exclude: outDir });
  const { files } = expansion;
  if (files.length === 0) {
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

  let todo: InputFile[] = files;
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

  const stdin = files.some((file) => file.path === null) ? await io.readStdin() : null;
  const jobs = todo.map(
    (file): ConvertJob => ({
      input: file.path === null ? { bytes: stdin! } : { path: file.path },
      name: file.path === null ? null : file.name,
      options: config.parse,
      format: config.format,
      output: config.output,
    }),
  );
  // A single file runs in-process: no thread to start, so `minutes parse x.txt` starts fast.
  const threads = jobs.length > 1;
  const interrupted = await convertAll({
    executor: threads ? workerPool() : inProcess,
    jobs,
    lanes: config.jobs,
    sink,
    reporter,
    counts,
    failFast: config.failFast,
    interruptible: threads,
  });
  if (batch) reporter.summary(counts);
  if (interrupted) return EXIT.interrupted;
  if (counts.failed === 0) return EXIT.ok;
  return files.length === 1 ? EXIT.failure : EXIT.documentErrors;
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
