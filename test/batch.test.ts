// Batch conversion (issue 6), run in-process through main(): expansion, mirroring, safe writes,
// failures, ndjson, --fail-fast and --jobs. Batches run on worker threads loaded from dist/, so
// `npm test` builds first.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_PDF, lastLine, listFiles, minutesText, readJson, run, tree } from './helpers/batch.js';

const cleanups: Array<() => Promise<void>> = [];
async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const { dir, cleanup } = await tree(files);
  cleanups.push(cleanup);
  return dir;
}
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const BINARY = new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x50, 0x4b]);

describe('expanding inputs', () => {
  it('searches folders, skipping hidden folders, node_modules and non-documents, and mirrors the tree', async () => {
    const dir = await folder({
      'archive/a/b/x.txt': minutesText('Budget'),
      'archive/a/y.md': `# Cabinet\n\n${minutesText('Roads')}`,
      'archive/top.txt': minutesText('Top'),
      'archive/.git/z.txt': minutesText('Hidden'),
      'archive/.drafts/z.txt': minutesText('Hidden'),
      'archive/node_modules/pkg/readme.txt': minutesText('Dependency'),
      'archive/a/photo.jpg': BINARY,
      'archive/.hidden.txt': minutesText('Hidden file'),
    });
    const result = await run(['parse', 'archive', '--out-dir', 'out'], dir);
    expect(result.code).toBe(0);
    expect(await listFiles(join(dir, 'out'))).toEqual(['a/b/x.json', 'a/y.json', 'top.json']);
    expect((await readJson(join(dir, 'out/a/b/x.json'))).source.name).toBe(join('archive', 'a', 'b', 'x.txt'));
    expect(lastLine(result.stderr)).toBe('3 converted, 0 failed, 0 skipped');
  });

  it('expands quoted globs itself, with braces, and --ignore by name or by path', async () => {
    const dir = await folder({
      'archive/2023/jan.txt': minutesText('Jan'),
      'archive/2023/feb.md': minutesText('Feb'),
      'archive/2024/mar.txt': minutesText('Mar'),
      'archive/2024/draft-apr.txt': minutesText('Apr'),
      'archive/old/dec.txt': minutesText('Dec'),
      'archive/2024/notes.pdf.bak': minutesText('Backup'),
    });
    const result = await run(['parse', 'archive/**/*.{txt,md}', '--ignore', 'draft-*', '--ignore', 'archive/old', '--out-dir', 'out'], dir);
    expect(result.code).toBe(0);
    expect(await listFiles(join(dir, 'out'))).toEqual(['2023/feb.json', '2023/jan.json', '2024/mar.json']);
  });

  it('mirrors shell-expanded files below the folder they share', async () => {
    const dir = await folder({ 'archive/2023/jan.txt': minutesText('Jan'), 'archive/2024/mar.txt': minutesText('Mar') });
    const result = await run(['parse', 'archive/2023/jan.txt', 'archive/2024/mar.txt', '--out-dir', 'out'], dir);
    expect(result.code).toBe(0);
    expect(await listFiles(join(dir, 'out'))).toEqual(['2023/jan.json', '2024/mar.json']);
  });

  it('does not search the output folder when it lies inside the input', async () => {
    const dir = await folder({ 'a.txt': minutesText('A'), 'out/old.txt': minutesText('Old') });
    const result = await run(['parse', '.', '--out-dir', 'out'], dir);
    expect(result.code).toBe(0);
    expect(await listFiles(join(dir, 'out'))).toEqual(['a.json', 'old.txt']);
  });

  it('reports a folder or glob without documents, and exits 2 when nothing matches at all', async () => {
    const dir = await folder({ 'a.txt': minutesText('A'), 'empty/notes.xlsx': BINARY });
    const none = await run(['parse', 'nothing/*.txt', '--out-dir', 'out'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^minutes: nothing\/\*\.txt: .*\[no-files-matched\]$/m);
    const some = await run(['parse', 'a.txt', 'empty', '--out-dir', 'out'], dir);
    expect(some.code).toBe(0);
    expect(some.stderr).toMatch(/^minutes: empty: .*\[no-files-matched\]$/m);
    expect(await listFiles(join(dir, 'out'))).toEqual(['a.json']);
  });
});

describe('writing safely', () => {
  it('detects output-name collisions before writing anything (exit 2)', async () => {
    const dir = await folder({ 'in/a.txt': minutesText('A'), 'in/a.md': minutesText('A again'), 'in/b.txt': minutesText('B') });
    const result = await run(['parse', 'in', '--out-dir', 'out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join('in', 'a.md')} and ${join('in', 'a.txt')} would both be written to ${join('out', 'a.json')}`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('skips existing outputs unless --force', async () => {
    const dir = await folder({ 'in/a.txt': minutesText('A'), 'in/b.txt': minutesText('B'), 'out/a.json': '{"stale":true}\n' });
    const first = await run(['parse', 'in', '--out-dir', 'out'], dir);
    expect(first.code).toBe(0);
    expect(await readFile(join(dir, 'out/a.json'), 'utf8')).toBe('{"stale":true}\n');
    expect(first.stderr).toContain('--force overwrites them');
    expect(lastLine(first.stderr)).toBe('1 converted, 0 failed, 1 skipped');

    const forced = await run(['parse', 'in', '--out-dir', 'out', '--force'], dir);
    expect(forced.code).toBe(0);
    expect((await readJson(join(dir, 'out/a.json'))).source.name).toBe(join('in', 'a.txt'));
    expect(lastLine(forced.stderr)).toBe('2 converted, 0 failed, 0 skipped');
  });

  it('never overwrites an input, even with --force', async () => {
    const input = minutesText('Kept');
    const dir = await folder({ 'in/notes.json': input, 'in/a.txt': minutesText('A') });
    const result = await run(['parse', 'in/notes.json', 'in/a.txt', '--out-dir', 'in', '--force'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is an input');
    expect(await readFile(join(dir, 'in/notes.json'), 'utf8')).toBe(input);
    expect(existsSync(join(dir, 'in/a.json'))).toBe(false);

    const single = await run(['parse', 'in/a.txt', '-o', 'in/a.txt'], dir);
    expect(single.code).toBe(2);
    expect(await readFile(join(dir, 'in/a.txt'), 'utf8')).toBe(minutesText('A'));
  });

  it('leaves no temporary files behind', async () => {
    const dir = await folder({ 'in/a.txt': minutesText('A'), 'in/b.txt': minutesText('B') });
    await run(['parse', 'in', '--out-dir', 'out'], dir);
    expect(await listFiles(join(dir, 'out'))).toEqual(['a.json', 'b.json']);
  });
});

describe('failures', () => {
  it('reports each bad file with its path and reason while the good ones convert (exit 1)', async () => {
    const dir = await folder({ 'in/good1.txt': minutesText('One'), 'in/binary.txt': BINARY, 'in/empty.txt': '', 'in/good2.txt': minutesText('Two') });
    const result = await run(['parse', 'in', '--out-dir', 'out'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^minutes: in\/binary\.txt: .*\[binary-file\]$/m);
    expect(result.stderr).toMatch(/^minutes: in\/empty\.txt: .*\[empty-file\]$/m);
    expect(await listFiles(join(dir, 'out'))).toEqual(['good1.json', 'good2.json']);
    expect(lastLine(result.stderr)).toBe('2 converted, 2 failed, 0 skipped');
  });

  it('exits 2 when the only input fails, as for one file', async () => {
    const dir = await folder({ 'in/binary.txt': BINARY });
    expect((await run(['parse', 'in', '--out-dir', 'out'], dir)).code).toBe(2);
    expect((await run(['parse', 'in/binary.txt'], dir)).code).toBe(2);
  });

  it('stops at the first failure with --fail-fast', async () => {
    const files: Record<string, string | Uint8Array> = { 'in/a-bad.txt': BINARY };
    for (let i = 0; i < 6; i++) files[`in/b${i}.txt`] = minutesText(`Item ${i}`);
    const dir = await folder(files);
    const result = await run(['parse', 'in', '--out-dir', 'out', '--fail-fast', '--jobs', '1'], dir);
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toBe('0 converted, 1 failed, 6 skipped');
    expect(await listFiles(join(dir, 'out'))).toEqual([]);
  });
});

describe('output streams', () => {
  it('streams one JSON document a line in input order with --format ndjson', async () => {
    const files: Record<string, string | Uint8Array> = {};
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      // Alternate large and small documents, so that they finish out of order on two threads.
      const name = `in/${String(i).padStart(2, '0')}.txt`;
      files[name] = i % 2 === 0 ? minutesText(`Item ${i}`).repeat(40) : minutesText(`Item ${i}`);
      names.push(name);
    }
    files['in/05-bad.txt'] = BINARY;
    const dir = await folder(files);
    const result = await run(['parse', 'in', '--format', 'ndjson', '--jobs', '2'], dir);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { source: { name: string } }).source.name)).toEqual(names.map((name) => join(name)));
    expect(lastLine(result.stderr)).toBe('12 converted, 1 failed, 0 skipped');
  });

  it('reads stdin among other inputs for ndjson', async () => {
    const dir = await folder({ 'a.txt': minutesText('A') });
    const result = await run(['parse', '-', 'a.txt', '--format', 'ndjson'], dir, { stdin: minutesText('From stdin') });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { source: { name: string | null } }).source.name)).toEqual([null, 'a.txt']);
  });

  it('writes one document to stdout without a summary line', async () => {
    const dir = await folder({ 'a.txt': minutesText('A') });
    const result = await run(['parse', 'a.txt'], dir);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { source: { name: string } }).source.name).toBe('a.txt');
    expect(result.stderr).toBe('');
  });

  it('prints several documents as json as one array, exactly as JSON.stringify would', async () => {
    const dir = await folder({ 'a.txt': minutesText('A'), 'b.txt': minutesText('B') });
    const several = await run(['parse', 'a.txt', 'b.txt'], dir);
    expect(several.code).toBe(0);
    const documents = [JSON.parse((await run(['parse', 'a.txt'], dir)).stdout), JSON.parse((await run(['parse', 'b.txt'], dir)).stdout)];
    expect(several.stdout).toBe(`${JSON.stringify(documents, null, 2)}\n`);
    // A folder is several documents even when it holds one, so the shape never depends on it.
    const folderOfOne = await run(['parse', '.', '--ignore', 'b.txt'], dir);
    expect(JSON.parse(folderOfOne.stdout)).toHaveLength(1);
  });

  it('writes ndjson to one -o file, and no file when nothing converts', async () => {
    const dir = await folder({ 'a.txt': minutesText('A'), 'b.txt': minutesText('B'), 'bad.txt': BINARY });
    const result = await run(['parse', 'a.txt', 'bad.txt', 'b.txt', '--format', 'ndjson', '-o', 'all.ndjson'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = (await readFile(join(dir, 'all.ndjson'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { source: { name: string } }).source.name)).toEqual(['a.txt', 'b.txt']);
    expect((await run(['parse', 'bad.txt', 'bad.txt', '--format', 'ndjson', '-o', 'none.ndjson'], dir)).code).toBe(2);
    expect(await listFiles(dir)).toEqual(['a.txt', 'all.ndjson', 'b.txt', 'bad.txt']);
  });

  it('refuses ndjson with --out-dir and a bad --jobs, writing nothing', async () => {
    const dir = await folder({ 'a.txt': minutesText('A') });
    expect((await run(['parse', 'a.txt', '--format', 'ndjson', '--out-dir', 'out'], dir)).code).toBe(2);
    expect((await run(['parse', 'a.txt', '--jobs', '0', '--out-dir', 'out'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('writes Markdown files under --out-dir, and refuses several Markdown documents on stdout', async () => {
    const dir = await folder({ 'in/a.txt': minutesText('A'), 'in/b.txt': minutesText('B') });
    const result = await run(['parse', 'in', '--out-dir', 'out', '--format', 'markdown'], dir);
    expect(result.code).toBe(0);
    expect(await listFiles(join(dir, 'out'))).toEqual(['a.md', 'b.md']);
    const several = await run(['parse', 'in', '--format', 'markdown'], dir);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--out-dir');
  });
});

describe('--jobs', () => {
  it('gives the same outputs with 1 and 2 jobs, PDFs included', async () => {
    const files: Record<string, string | Uint8Array> = {};
    for (let i = 0; i < 6; i++) files[`in/t${i}.txt`] = minutesText(`Item ${i}`);
    const dir = await folder(files);
    for (const name of ['chicago-district-council-001-closed-notice-2023-06-01', 'east-palo-alto-planning-commission-minutes-2020-01-27']) {
      await copyFile(FIXTURE_PDF(name), join(dir, 'in', `${name}.pdf`));
    }
    const one = await run(['parse', 'in', '--out-dir', 'one', '--jobs', '1'], dir);
    const two = await run(['parse', 'in', '--out-dir', 'two', '--jobs', '2'], dir);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    const names = await listFiles(join(dir, 'one'));
    expect(names).toHaveLength(8);
    expect(await listFiles(join(dir, 'two'))).toEqual(names);
    for (const name of names) {
      expect(await readFile(join(dir, 'two', name), 'utf8')).toBe(await readFile(join(dir, 'one', name), 'utf8'));
    }
  });
});

describe('progress', () => {
  it('draws a bar only when stderr is a terminal, and --quiet leaves only errors', async () => {
    const dir = await folder({ 'in/a.txt': minutesText('A'), 'in/b.txt': minutesText('B'), 'in/bad.txt': BINARY });
    const plain = await run(['parse', 'in', '--out-dir', 'plain'], dir);
    expect(plain.stderr).not.toContain('\r');
    const terminal = await run(['parse', 'in', '--out-dir', 'terminal'], dir, { tty: true });
    expect(terminal.stderr).toContain('files/s');
    expect(lastLine(terminal.stderr)).toMatch(/2 converted, 1 failed, 0 skipped$/);
    const quiet = await run(['parse', 'in', '--out-dir', 'quiet', '--quiet'], dir, { tty: true });
    expect(quiet.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^minutes: in\/bad\.txt: .*\[binary-file\]$/)]);
    expect((await stat(join(dir, 'quiet/a.json'))).isFile()).toBe(true);
  });
});

describe('through bin/minutes.js', () => {
  it('converts a folder with a bad file: exit 1, the reason on stderr, the summary last', async () => {
    const dir = await folder({ 'in/a/x.txt': minutesText('X'), 'in/bad.txt': BINARY });
    const bin = new URL('../bin/minutes.js', import.meta.url).pathname;
    const error = await promisify(execFile)(process.execPath, [bin, 'parse', 'in', '--out-dir', 'out'], { cwd: dir }).catch((e: unknown) => e);
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^minutes: in\/bad\.txt: .*\[binary-file\]$/m);
    expect(lastLine(stderr)).toBe('1 converted, 1 failed, 0 skipped');
    expect(await listFiles(join(dir, 'out'))).toEqual(['a/x.json']);
  });
});
