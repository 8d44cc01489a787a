// Turning option strings into values, with a usage error (exit 2) naming the option.
import { UsageError } from './errors.js';

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`option ${name}: expected a positive integer, got "${value}"`);
    return n;
  };
}

export function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`option ${name}: expected a positive number, got "${value}"`);
    return n;
  };
}

/** `--shard K/N`: 1 ≤ K ≤ N. */
export function shard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`option --shard: expected K/N with 1 <= K <= N (such as 2/4), got "${value}"`);
  return { index, count };
}
