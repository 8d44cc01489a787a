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
