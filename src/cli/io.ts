// What the CLI may touch of the outside world, passed in so that tests run it in-process.
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface IO {
  stdout: Stream;
  stderr: Stream;
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * Told once, before any input is parsed, how many bytes the run will parse (Infinity for
   * several inputs): bin/load-cli.js has V8 compile regular expressions more cheaply for a small run.
   */
  expectInput?(bytes: number): void;
}

/**
 * Writes the whole text to a file descriptor, synchronously, as Node writes to a file or (on
 * Linux) a pipe given as standard output. `process.stdout` and `process.stderr` are Node
 * streams made on first use, for a pipe a socket with node:net and the stream modules: a few
 * per cent of the instructions of `minutes parse small.txt` run by another program. A pipe made
 * non-blocking by another process answers EAGAIN when full: the write is tried again.
 */
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

/**
 * A file descriptor as a Stream. Whether it is a terminal is asked once, when a command asks
 * (colour, the progress bar): a file or a pipe is no character device, so only a character
 * device loads node:tty (which loads node:net) to ask.
 */
function fdStream(fd: number): Stream {
  let terminal: boolean | undefined;
  return {
    write(chunk: string) {
      try {
        writeAll(fd, chunk);
      } catch (error) {
        // The reader went away (`minutes parse … | head`): stop quietly, as Unix tools do,
        // rather than crash with EPIPE.
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
        process.exit(process.exitCode ?? 0);
      }
      return true;
    },
    get isTTY() {
      terminal ??= fstatSync(fd).isCharacterDevice() && isatty(fd);
      return terminal;
    },
  };
}

/** The real process's standard streams (used only by bin/minutes.js). */
export function processIO(): IO {
  return {
    stdout: fdStream(1),
    stderr: fdStream(2),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
  };
}
