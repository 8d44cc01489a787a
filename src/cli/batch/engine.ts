// The engine `parse`, `validate` and `merge` drive: the inputs expanded (and cut to this machine's
// shard), each turned into a job, run in-process for one input (no thread to start, so
// `minutes parse x.txt` starts fast) or on the worker pool for several, with the same failure
// mapping (convert.ts), the same scheduling and Ctrl-C handling (schedule.ts); the commands differ
// only in the task and in where the results go (the sink).
import { statSync } from 'node:fs';
import type { ParseOptions } from '../../parse.js';
import type { IO } from '../io.js';
import type { ConvertJob, Task } from './convert.js';
import { expandInputs, type ExpandOptions, type Expansion, type InputFile } from './expand.js';
import { inProcess, workerPool } from './pool.js';
import type { Counts, Reporter } from './progress.js';
import { convertAll } from './schedule.js';
import type { Sink } from './sink.js';

/** `--shard K/N`: the K-th (from 1) of N parts. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The K-th of N contiguous parts of the inputs, in the order a run takes them (arguments in
 * order, folders and globs sorted by name), sizes differing by at most one. Every machine of a
 * job runner expands the same arguments to the same list, so the parts cover it exactly once,
 * and their outputs one after the other are the unsharded run's.
 */
export function shardOf<T>(files: readonly T[], shard: Shard | null): T[] {
  if (shard === null) return [...files];
  const at = (k: number) => Math.floor((k * files.length) / shard.count);
  return files.slice(at(shard.index - 1), at(shard.index));
}

export interface Selection {
  expansion: Expansion;
  /** The files of this shard (all of them without --shard). */
  files: InputFile[];
}

export async function selectInputs(args: readonly string[], options: ExpandOptions & { shard: Shard | null }): Promise<Selection> {
  const expansion = await expandInputs(args, options);
  return { expansion, files: shardOf(expansion.files, options.shard) };
}

export interface EngineRun {
  files: readonly InputFile[];
  task: Task;
  parse: ParseOptions;
  /** How many inputs at a time (--jobs). */
  lanes: number;
  sink: Sink;
  reporter: Reporter;
  counts: Counts;
  failFast: boolean;
  io: Pick<IO, 'readStdin' | 'expectInput'>;
}

/** Runs the task on every file; returns whether Ctrl-C stopped it. */
export async function runEngine(run: EngineRun): Promise<boolean> {
  const stdin = run.files.some((file) => file.path === null) ? await run.io.readStdin() : null;
  const jobs = run.files.map(
    (file): ConvertJob => ({
      input: file.path === null ? { bytes: stdin! } : { path: file.path },
      name: file.path === null ? null : file.name,
      options: run.parse,
      task: run.task,
    }),
  );
  const threads = jobs.length > 1;
  if (run.io.expectInput && jobs.length > 0) run.io.expectInput(threads ? Infinity : await sizeOf(jobs[0]!.input));
  return convertAll({
    executor: threads ? workerPool() : inProcess,
    jobs,
    lanes: run.lanes,
    sink: run.sink,
    reporter: run.reporter,
    counts: run.counts,
    failFast: run.failFast,
    interruptible: threads,
  });
}

/** The bytes of one input; Infinity when it cannot be read (the conversion then reports why). */
async function sizeOf(input: ConvertJob['input']): Promise<number> {
  if ('bytes' in input) return input.bytes.length;
  // Synchronous, as reading the input (parse.ts: readInputFile).
  try {
    return statSync(input.path).size;
  } catch {
    return Infinity;
  }
}
