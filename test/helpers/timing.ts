// Timing for the pathological-input suite: a deadline on each parse, best-of-k timings, and the
// time(4n)/time(n) ratio that tells linear (about 4) from quadratic (about 16) work.
//
// The ratio uses this process's CPU time (process.cpuUsage), not wall-clock time, so that other
// processes on a busy machine do not skew it; each timed run starts after a full garbage
// collection, so that it pays for its own garbage and not for the previous run's, and ends with
// two scavenges, so that it pays for promoting what it keeps (see promoteSurvivors). The n and 4n
// runs alternate (n, 4n, n, 4n …), so that a slow patch of the machine or the JIT's tiering
// up affects both sizes alike, and each size's least time is kept.
//
// The deadline is on this process's CPU time, which other processes on a busy machine do not
// inflate (at load 10 an 8 MB parse's wall time was 11 s for under 10 s of its own work). It is
// checked two ways: Promise.race stops waiting on a parse whose asynchronous part stalls (after
// STALL_FACTOR times the deadline in wall time: a stall is not work, so only the clock sees it), and
// every run's CPU time is compared with the deadline once it returns. A parse stuck in synchronous
// code (a runaway loop or regular expression) cannot be interrupted in-process; the suite guards
// against that by measuring n before 4n and refusing to try 4n when n is already too slow for 4n
// to finish in time at a linear rate.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc(): a full collection, or with { type: 'minor' } a scavenge of the young generation. */
type Gc = (options?: { type: 'major' | 'minor' }) => void;

/** gc(), when the engine lets us ask for it. */
const engineGc: Gc | null = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as Gc;
  } catch {
    // Not available: timings include earlier runs' garbage.
  }
  return null;
})();

/** A full garbage collection. */
const collectGarbage = (): void => engineGc?.();

/**
 * Two scavenges: whatever the run keeps is moved out of the young generation, as a larger run's
 * own scavenges move most of what it keeps. Without them a run whose allocation fits in the young
 * generation pays nothing for what it keeps, and the next size up pays for all of it: the ratio
 * would measure the young generation's size, not the parser.
 */
const promoteSurvivors = (): void => {
  engineGc?.({ type: 'minor' });
  engineGc?.({ type: 'minor' });
};

export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

/** How many times the deadline, in wall time, a parse may wait on something before it is taken as stalled. */
const STALL_FACTOR = 4;

/** `work()`, failing with a DeadlineError when it uses more than `ms` of CPU time or stalls; `cpu` is the CPU time it used, in ms. */
export async function withinDeadline<T>(work: () => Promise<T>, ms: number, label: string): Promise<{ value: T; elapsed: number; cpu: number }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${label}: still running after ${STALL_FACTOR} times the ${ms} ms deadline`)), STALL_FACTOR * ms);
  });
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  try {
    const value = await Promise.race([work(), deadline]);
    promoteSurvivors();
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    const cpu = (used.user + used.system) / 1000;
    if (cpu > ms) throw new DeadlineError(`${label}: used ${cpu.toFixed(0)} ms of CPU (${elapsed.toFixed(0)} ms elapsed), over the ${ms} ms deadline`);
    return { value, elapsed, cpu };
  } finally {
    clearTimeout(timer);
  }
}

/** The least CPU time of `runs` runs of `work` (each after a garbage collection, each under the deadline), and the last value. */
export async function bestOf<T>(runs: number, work: () => Promise<T>, deadlineMs: number, label: string): Promise<{ ms: number; value: T }> {
  let best = Infinity;
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const run = await withinDeadline(work, deadlineMs, label);
    best = Math.min(best, run.cpu);
    value = run.value;
  }
  return { ms: best, value: value as T };
}

export interface Ratio<T> {
  /** Least CPU time of the small and the big work, in ms. */
  small: number;
  big: number;
  ratio: number;
  /** Rounds run (one round is one run of each). */
  rounds: number;
  /** The big work's last value. */
  value: T;
}

/**
 * The ratio of the least CPU times of `big` and `small`, run alternately: `minRounds` rounds, then
 * more, up to `maxRounds`, while the ratio is still at or over `settled`. A linear case settles
 * in `minRounds`; one near the limit gets more samples before it is judged, so that a single
 * noisy run neither fails it nor passes a super-linear one (whose every run is slow).
 */
export async function alternately<T>(
  small: () => Promise<unknown>,
  big: () => Promise<T>,
  options: { minRounds: number; maxRounds: number; settled: number; deadlineMs: number; label: string },
): Promise<Ratio<T>> {
  let bestSmall = Infinity;
  let bestBig = Infinity;
  let value: T | undefined;
  let rounds = 0;
  while (rounds < options.maxRounds && (rounds < options.minRounds || bestBig / bestSmall >= options.settled)) {
    collectGarbage();
    bestSmall = Math.min(bestSmall, (await withinDeadline(small, options.deadlineMs, `${options.label} (n)`)).cpu);
    collectGarbage();
    const run = await withinDeadline(big, options.deadlineMs, `${options.label} (4n)`);
    bestBig = Math.min(bestBig, run.cpu);
    value = run.value;
    rounds++;
  }
  return { small: bestSmall, big: bestBig, ratio: bestBig / bestSmall, rounds, value: value as T };
}

/** The CPU time of one run of `work` (under the deadline), in ms: a rough time, for warming up and choosing a size. */
export async function timeOnce<T>(work: () => Promise<T>, deadlineMs: number, label: string): Promise<number> {
  return (await withinDeadline(work, deadlineMs, label)).cpu;
}
