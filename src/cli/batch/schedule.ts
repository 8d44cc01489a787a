// Runs the conversions: `jobs` lanes take the next input in order until none is left or the
// batch is stopping (--fail-fast after a failure, or Ctrl-C). The first Ctrl-C lets the files in
// progress finish; a second discards them.
import type { ConvertJob } from './convert.js';
import type { Executor } from './pool.js';
import type { Counts, Reporter } from './progress.js';
import type { Sink } from './sink.js';

export interface Schedule {
  executor: Executor;
  /** The jobs, in input order; the sink gets each text under its index. */
  jobs: readonly ConvertJob[];
  lanes: number;
  sink: Sink;
  reporter: Reporter;
  counts: Counts;
  failFast: boolean;
  /** Listen for Ctrl-C while running (only threads can be stopped). */
  interruptible: boolean;
}

/** Converts what it can; returns whether Ctrl-C stopped it. Inputs never started count as skipped. */
export async function convertAll({ executor, jobs, lanes, sink, reporter, counts, failFast, interruptible }: Schedule): Promise<boolean> {
  let next = 0;
  let stopping = false;
  let interrupts = 0;
  const onInterrupt = () => {
    stopping = true;
    if (++interrupts === 1) reporter.note('interrupted: finishing the files in progress (Ctrl-C again discards them)');
    else void executor.close();
  };

  const convertOne = async (index: number) => {
    const job = jobs[index]!;
    const outcome = await executor.run(job);
    if (outcome.status !== 'failed' && outcome.status !== 'discarded') {
      try {
        await sink.put(index, outcome);
        counts.converted++;
      } catch (error) {
        counts.failed++;
        reporter.error(`${job.name ?? 'stdin'}: cannot write the output (${(error as Error).message})`);
      }
    } else if (outcome.status === 'discarded') {
      sink.pass(index, null);
      counts.skipped++;
    } else {
      sink.pass(index, outcome.failure);
      counts.failed++;
      reporter.error(outcome.failure.line);
      if (failFast) stopping = true;
    }
    reporter.progress(counts);
  };

  if (interruptible) process.on('SIGINT', onInterrupt);
  try {
    await Promise.all(
      Array.from({ length: Math.min(lanes, jobs.length) }, async () => {
        while (!stopping && next < jobs.length) await convertOne(next++);
      }),
    );
  } finally {
    if (interruptible) process.off('SIGINT', onInterrupt);
    await executor.close();
  }
  for (let index = next; index < jobs.length; index++) sink.pass(index, null);
  counts.skipped += jobs.length - next;
  await sink.close(interrupts === 0);
  return interrupts > 0;
}
