// What the CLI may touch of the outside world, passed in so that tests run it in-process.
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

/** The real process streams (used only by bin/minutes.js). */
export function processIO(): IO {
  // The reader went away (`minutes parse … | head`): stop quietly, as Unix tools do, rather than
  // crash with an unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
  };
}
