// `minutes parse` as a user runs it: in-process through main() (fast, every case) and through
// the real bin/minutes.js (once per behaviour that depends on the process: exit code, streams).
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { Document } from '../src/model/schema.js';
import { fakeIO } from './helpers/io.js';

const run = promisify(execFile);
const bin = new URL('../bin/minutes.js', import.meta.url).pathname;
const seed = new URL('../fixtures/seed-001/input.txt', import.meta.url).pathname;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'minutes-cli-'));
}

describe('minutes parse (in-process)', () => {
  it('prints one schema-valid JSON document for one file', async () => {
    const io = fakeIO();
    expect(await main(['parse', seed], io)).toBe(0);
    const document = Document.parse(JSON.parse(io.out()));
    expect(document.items[0]?.title).toBe('Regional Care Co-operative');
    expect(io.err()).toBe('');
  });

  it('reads stdin for "-"', async () => {
    const io = fakeIO({ stdin: readFileSync(seed) });
    expect(await main(['parse', '-'], io)).toBe(0);
    const document = Document.parse(JSON.parse(io.out()));
    expect(document.source.name).toBeNull();
    expect(document.kind).toBe('item');
  });

  it('writes to -o FILE and nothing to stdout', async () => {
    const dir = tmp();
    const io = fakeIO({ cwd: dir });
    expect(await main(['parse', seed, '-o', 'out.json'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(Document.parse(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).kind).toBe('item');
  });

  it.each([
    ['missing', () => 'no-such-file.txt', 'file-not-found'],
    ['empty', (dir: string) => (writeFileSync(join(dir, 'empty.txt'), ''), 'empty.txt'), 'empty-file'],
    ['blank', (dir: string) => (writeFileSync(join(dir, 'blank.txt'), ' \n\u00a0\n\t\n'), 'blank.txt'), 'empty-file'],
    ['binary', (dir: string) => (writeFileSync(join(dir, 'data.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff])), 'data.txt'), 'binary-file'],
    ['an empty folder', (dir: string) => (mkdirSync(join(dir, 'empty')), 'empty'), 'no-files-matched'],
  ])('a %s input is one line naming the file and the reason, exit 2', async (_what, make, code) => {
    const dir = tmp();
    const name = make(dir);
    const io = fakeIO({ cwd: dir });
    expect(await main(['parse', name], io)).toBe(2);
    expect(io.out()).toBe('');
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toContain(`[${code}]`);
  });

  it('converts the good files of several and exits 1 when one fails', async () => {
    const io = fakeIO();
    expect(await main(['parse', seed, 'no-such-file.txt'], io)).toBe(1);
    const documents = JSON.parse(io.out()) as unknown[];
    expect(documents).toHaveLength(1);
    expect(io.err()).toContain('no-such-file.txt');
  });

  it('rejects an unknown option and a bad value with exit 2', async () => {
    expect(await main(['parse', seed, '--no-such-flag'], fakeIO())).toBe(2);
    expect(await main(['parse', seed, '--max-bytes', 'ten'], fakeIO())).toBe(2);
    expect(await main(['parse', seed, '--encoding', 'ebcdic'], fakeIO())).toBe(2);
  });

  it('refuses a file over --max-bytes', async () => {
    const io = fakeIO();
    expect(await main(['parse', seed, '--max-bytes', '100'], io)).toBe(2);
    expect(io.err()).toContain('[file-too-large]');
  });

  it('prints help and version with exit 0', async () => {
    const help = fakeIO();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out()).toContain('parse');
    const version = fakeIO();
    expect(await main(['--version'], version)).toBe(0);
    expect(version.out().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints the JSON Schema', async () => {
    const io = fakeIO();
    expect(await main(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('bin/minutes.js', () => {
  it('exits 0 with JSON on stdout', async () => {
    const { stdout, stderr } = await run('node', [bin, 'parse', seed]);
    expect(Document.parse(JSON.parse(stdout)).kind).toBe('item');
    expect(stderr).toBe('');
  });

  it('exits 2 with one line and no stack trace for a bad input', async () => {
    const error = await run('node', [bin, 'parse', 'no-such-file.txt']).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect(error).toMatchObject({ code: 2, stdout: '' });
    expect((error as { stderr: string }).stderr.trimEnd().split('\n')).toHaveLength(1);
    expect((error as { stderr: string }).stderr).not.toMatch(/\bat \S+ \(/);
  });

  it('writes through a pipe what main() writes, and loads neither node:net nor node:tty to do so', async () => {
    // Far more than one pipe buffer (64 KB), written synchronously to the descriptor.
    const args = ['parse', '-f', 'ndjson', ...Array.from({ length: 40 }, () => seed)];
    const io = fakeIO();
    expect(await main(args, io)).toBe(0);
    // The modules are listed at exit by a script preloaded with -r.
    const dir = tmp();
    const preload = join(dir, 'modules.cjs');
    const list = join(dir, 'modules.json');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`);
    const { stdout } = await run('node', ['-r', preload, bin, ...args], { maxBuffer: 64 * 1024 * 1024 });
    expect(stdout).toBe(io.out());
    const modules = JSON.parse(readFileSync(list, 'utf8')) as string[];
    expect(modules).toContain('NativeModule fs');
    expect(modules).not.toContain('NativeModule net');
    expect(modules).not.toContain('NativeModule tty');
  });

  it('stops quietly when the reader closes the pipe (`| head`)', async () => {
    // A batch prints far more than one pipe buffer; the reader takes one chunk and goes.
    const child = spawn('node', [bin, 'parse', '-f', 'ndjson', ...Array.from({ length: 40 }, () => seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
