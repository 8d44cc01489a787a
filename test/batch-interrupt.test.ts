// Stopping a batch (issue 7): Ctrl-C (SIGINT) and SIGKILL mid-run, through the real bin, must
// leave only complete outputs, and a second run resumes where the first stopped.
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastLine, listFiles, minutesText, tree } from './helpers/batch.js';

const BIN = new URL('../bin/minutes.js', import.meta.url).pathname;
const FILES = 400;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) files[`in/${String(i).padStart(3, '0')}.txt`] = minutesText(`Item ${i}`).repeat(20);
  ({ dir, cleanup } = await tree(files));
});
afterAll(() => cleanup());

/** Starts a batch, sends `signal` once `after` outputs exist, and resolves with how it ended. */
function interrupted(out: string, signal: NodeJS.Signals, after: number): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'parse', 'in', '--out-dir', out, '--jobs', '2'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signalName) => {
      clearInterval(poll);
      resolve({ code, signal: signalName, stderr });
    });
    const poll = setInterval(async () => {
      const done = (await readdir(join(dir, out)).catch(() => [])).filter((name) => name.endsWith('.json'));
      if (done.length >= after) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 10);
  });
}

/** Every output present parses as a whole document; temporary files are hidden. */
async function expectOnlyCompleteOutputs(out: string): Promise<string[]> {
  const names = await listFiles(join(dir, out));
  const outputs = names.filter((name) => !name.startsWith('.'));
  for (const name of outputs) {
    expect(name).toMatch(/^\d{3}\.json$/);
    const document = JSON.parse(await readFile(join(dir, out, name), 'utf8')) as { schemaVersion: string };
    expect(document.schemaVersion).toBe('1.0');
  }
  return outputs;
}

describe('interrupting a batch', () => {
  it('on Ctrl-C stops scheduling, finishes running files, exits 130 and leaves no temporary file', async () => {
    const result = await interrupted('sigint', 'SIGINT', 5);
    expect(result.code).toBe(130);
    const summary = /^(\d+) converted, 0 failed, (\d+) skipped$/.exec(lastLine(result.stderr) ?? '');
    expect(summary, result.stderr).not.toBeNull();
    expect(Number(summary![2])).toBeGreaterThan(0);
    const outputs = await expectOnlyCompleteOutputs('sigint');
    expect(outputs).toHaveLength(Number(summary![1]));
    expect(await listFiles(join(dir, 'sigint'))).toEqual(outputs);
  });

  // The second run converts ~395 files: 6 s on a quiet machine, 24-30 s at load 13-15 (main and
  // branches alike), past the default 30 s.
  it('on SIGKILL leaves only complete outputs, and a second run converts the rest', { timeout: 120_000 }, async () => {
    const result = await interrupted('sigkill', 'SIGKILL', 5);
    expect(result.signal).toBe('SIGKILL');
    const before = await expectOnlyCompleteOutputs('sigkill');
    expect(before.length).toBeGreaterThanOrEqual(5);

    const resumed = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'parse', 'in', '--out-dir', 'sigkill', '--jobs', '2'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(resumed.code).toBe(0);
    expect(lastLine(resumed.stderr)).toBe(`${FILES - before.length} converted, 0 failed, ${before.length} skipped`);
    expect(await expectOnlyCompleteOutputs('sigkill')).toHaveLength(FILES);
  });
});
