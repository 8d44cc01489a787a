// --shard K/N: the shards of a run together give exactly the unsharded run's output, for
// `parse` (ndjson concatenated in shard order, and --out-dir trees) and `validate` (reports),
// and `validate` runs on the same engine as `parse` (same results with one job or several).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../src/cli/batch/engine.js';
import { listFiles, minutesText, run, tree } from './helpers/batch.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  // Seven inputs (not a multiple of 3), in nested folders, one of them unreadable.
  ({ dir, cleanup } = await tree({
    'archive/2023/jan.txt': minutesText('January'),
    'archive/2023/feb.txt': minutesText('February'),
    'archive/2023/mar.md': `# Cabinet\n\n${minutesText('March')}`,
    'archive/2024/apr.txt': minutesText('April'),
    'archive/2024/bad.txt': new Uint8Array([0x68, 0x69, 0x00, 0x01]),
    'archive/2024/may.txt': `${minutesText('May')}2. Roads\n\nThe Clerk reported ... view the full minutes text for item 2.\n`,
    'archive/jun.txt': minutesText('June'),
  }));
});
afterAll(() => cleanup());

const shards = ['1/3', '2/3', '3/3'];

describe('shardOf', () => {
  it('cuts a list into N contiguous parts covering it once, sizes within one', () => {
    for (const length of [0, 1, 2, 7, 10]) {
      for (const count of [1, 2, 3, 4, 11]) {
        const list = Array.from({ length }, (_, i) => i);
        const parts = Array.from({ length: count }, (_, k) => shardOf(list, { index: k + 1, count }));
        expect(parts.flat()).toEqual(list);
        const sizes = parts.map((part) => part.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('minutes parse --shard', () => {
  it('ndjson: the shards one after the other equal the unsharded run byte for byte', async () => {
    const whole = await run(['parse', 'archive', '-f', 'ndjson', '-q'], dir);
    expect(whole.code).toBe(1);
    expect(whole.stdout.trimEnd().split('\n')).toHaveLength(6);
    const parts = [];
    for (const shard of shards) parts.push(await run(['parse', 'archive', '-f', 'ndjson', '-q', '--shard', shard], dir));
    expect(parts.map((part) => part.stdout).join('')).toBe(whole.stdout);
    // The bad file fails in exactly one shard.
    expect(parts.filter((part) => part.stderr.includes('bad.txt'))).toHaveLength(1);
  });

  it('--out-dir: the shards write together the same files, byte for byte', async () => {
    await run(['parse', 'archive', '-d', 'whole', '-q'], dir);
    for (const shard of shards) await run(['parse', 'archive', '-d', 'sharded', '-q', '--shard', shard], dir);
    const files = await listFiles(join(dir, 'whole'));
    expect(files).toHaveLength(6);
    expect(await listFiles(join(dir, 'sharded'))).toEqual(files);
    for (const file of files) expect(await readFile(join(dir, 'sharded', file), 'utf8')).toBe(await readFile(join(dir, 'whole', file), 'utf8'));
  });

  it('a shard without files converts nothing and exits 0; a bad K/N is a usage error', async () => {
    const empty = await run(['parse', 'archive/jun.txt', '-f', 'ndjson', '--shard', '1/2'], dir);
    expect(empty).toMatchObject({ code: 0, stdout: '' });
    for (const bad of ['0/3', '4/3', '3', 'a/b']) {
      const result = await run(['parse', 'archive', '--shard', bad], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^minutes: option --shard: .*\n$/);
    }
  });
});

type Report = { filePath: string; messages: { ruleId: string; line?: number }[] }[];

describe('minutes validate on the engine', () => {
  it('--shard: the shards\u2019 reports together are the unsharded report', async () => {
    const whole = await run(['validate', 'archive', '-f', 'json'], dir);
    const parts: Report = [];
    for (const shard of shards) parts.push(...(JSON.parse((await run(['validate', 'archive', '-f', 'json', '--shard', shard], dir)).stdout) as Report));
    expect(parts).toEqual(JSON.parse(whole.stdout));
    expect(parts).toHaveLength(7);
  });

  it('gives the same report and exit code with one job and with several (the worker pool)', async () => {
    const one = await run(['validate', 'archive', '-f', 'json', '-j', '1'], dir);
    const two = await run(['validate', 'archive', '-f', 'json', '-j', '2'], dir);
    expect(two.stdout).toBe(one.stdout);
    expect([one.code, two.code]).toEqual([1, 1]);
    const report = JSON.parse(one.stdout) as Report;
    expect(report.find((file) => file.filePath.endsWith('bad.txt'))?.messages.map((m) => m.ruleId)).toEqual(['binary-file']);
    expect(report.find((file) => file.filePath.endsWith('may.txt'))?.messages.map((m) => m.ruleId)).toContain('item-truncated');
  });
});
