// An IO for running the CLI in-process: streams that collect what is written.
import type { IO } from '../../src/cli/io.js';

export interface FakeIO extends IO {
  out(): string;
  err(): string;
}

export function fakeIO(options: { stdin?: Uint8Array; cwd?: string; tty?: boolean; env?: Record<string, string> } = {}): FakeIO {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: options.tty ?? false },
    readStdin: async () => options.stdin ?? new Uint8Array(),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
