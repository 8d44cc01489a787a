// The CLI tells its IO, once and before parsing, how many bytes a run parses (IO.expectInput):
// bin/load-cli.js uses it to compile regular expressions cheaply for a small run. The figure
// must be the input's size for one input, Infinity for several, and nothing when no input is left.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { minutesText, tree } from './helpers/batch.js';
import { fakeIO } from './helpers/io.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tree({ 'a.txt': minutesText('January'), 'b.txt': minutesText('February') }));
});
afterAll(() => cleanup());

async function expected(args: string[], stdin?: Uint8Array): Promise<number[]> {
  const told: number[] = [];
  const io = { ...fakeIO({ cwd: dir, stdin }), expectInput: (bytes: number) => told.push(bytes) };
  await main(args, io);
  return told;
}

describe('expectInput', () => {
  it('is the size of the one input, for parse and validate', async () => {
    const size = statSync(join(dir, 'a.txt')).size;
    expect(await expected(['parse', 'a.txt'])).toEqual([size]);
    expect(await expected(['validate', 'a.txt'])).toEqual([size]);
  });

  it('is the length of standard input', async () => {
    const bytes = new TextEncoder().encode(minutesText('March'));
    expect(await expected(['parse', '-'], bytes)).toEqual([bytes.length]);
  });

  it('is Infinity for several inputs, and not told when nothing is parsed', async () => {
    expect(await expected(['parse', 'a.txt', 'b.txt', '--format', 'ndjson'])).toEqual([Infinity]);
    expect(await expected(['parse', '*.nothing'])).toEqual([]);
  });
});
