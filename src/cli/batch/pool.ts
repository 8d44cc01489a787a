// Where conversions run: in-process for a single input (no thread to start), or on a pool of
// worker threads for a batch, so that documents use every core and Ctrl-C can discard work in
// progress. The PDF deadline (--timeout) is the reader's own: it runs PDFium in a thread it
// terminates (read/pdf.ts), in-process and in a batch worker alike.
import { Worker } from 'node:worker_threads';
import { convert, failureOf, type ConvertJob, type ConvertResult } from './convert.js';

/** A job ends converted or failed, or discarded when the executor is closed while it runs. */
export type Outcome = ConvertResult | { status: 'discarded' };

export interface Executor {
  run(job: ConvertJob): Promise<Outcome>;
  /** Ends every running job as discarded and frees the threads. */
  close(): Promise<void>;
}

export const inProcess: Executor = { run: convert, close: async () => {} };

// Worker threads load JavaScript: when this module runs from its TypeScript source (under
// vitest), the worker comes from the build in dist/, which `npm test` makes first.
const workerUrl = import.meta.url.endsWith('.ts')
  ? new URL('../../../dist/cli/batch/worker.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

interface Task {
  resolve(outcome: Outcome): void;
  /** The input's name, for the message if the thread dies. */
  name: string | null;
}

/** Threads start when first needed; callers keep at most as many jobs running as they want threads. */
export function workerPool(): Executor {
  const idle: Worker[] = [];
  const tasks = new Map<Worker, Task>();
  const all = new Set<Worker>();

  // Ends the worker's task once: the first of its answer, its crash or close().
  const settle = (worker: Worker, outcome: Outcome, reusable: boolean) => {
    const task = tasks.get(worker);
    if (!task) return;
    tasks.delete(worker);
    if (reusable) idle.push(worker);
    else void worker.terminate();
    task.resolve(outcome);
  };
  // A thread that dies (out of memory, a bug) fails its file; the others go on.
  const crash = (worker: Worker, error: Error) =>
    settle(worker, { status: 'failed', failure: failureOf(error, tasks.get(worker)?.name ?? null) }, false);
  // A thread that ended, even while idle, is never given another job.
  const retire = (worker: Worker) => {
    all.delete(worker);
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
  };

  const spawn = (): Worker => {
    // stdout: true keeps anything a dependency prints away from our stdout, which carries data.
    const worker = new Worker(workerUrl, { stdout: true });
    worker.stdout.resume();
    worker.on('message', (result: ConvertResult) => settle(worker, result, true));
    worker.on('error', (error) => crash(worker, error));
    worker.on('exit', (code) => {
      crash(worker, new Error(`worker thread exited with code ${code}`));
      retire(worker);
    });
    all.add(worker);
    return worker;
  };

  return {
    run(job) {
      const worker = idle.pop() ?? spawn();
      return new Promise<Outcome>((resolve) => {
        tasks.set(worker, { resolve, name: job.name });
        worker.postMessage(job);
      });
    },
    async close() {
      for (const worker of [...tasks.keys()]) settle(worker, { status: 'discarded' }, false);
      await Promise.all([...all].map((worker) => worker.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}
