// bin/minutes.js loads the bundle through a V8 code cache (bin/load-cli.js). The cache is only
// ever a speed-up: a missing, corrupt or unwritable one must give the same output and exit code.
// Each case runs a copy of the built command (bin/ and dist/bundle/, from `npm run build`) in a
// folder of its own, so that no other test's runs touch its cache.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const input = join(root, 'fixtures/seed-001/input.txt');
const work = mkdtempSync(join(tmpdir(), 'minutes-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the command without any code cache. */
function copy(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'dist/bundle'), join(dir, 'dist/bundle'), { recursive: true, filter: (path) => !path.includes('code-cache') });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  return dir;
}

const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bin')) : []);

async function parse(dir: string, env: Record<string, string> = {}, file = input) {
  const { stdout, stderr } = await run(process.execPath, [join(dir, 'bin/minutes.js'), 'parse', file], { env: { ...process.env, ...env } });
  expect(stderr).toBe('');
  return stdout;
}

describe('the code cache', () => {
  it('is written by a first run, taken by the next, and changes no output', { timeout: 60_000 }, async () => {
    const dir = copy('fresh');
    const cache = join(dir, 'dist/bundle/code-cache');
    const first = await parse(dir);
    expect(JSON.parse(first).items.length).toBeGreaterThan(0);
    const [file] = cacheFiles(cache);
    expect(file).toBeDefined();
    const written = statSync(join(cache, file!)).mtimeMs;
    expect(await parse(dir)).toBe(first);
    // Taken, so not written again.
    expect(statSync(join(cache, file!)).mtimeMs).toBe(written);
    expect(cacheFiles(cache)).toEqual([file]);
  });

  it('a corrupt cache is rejected, the run is the same, and a good one replaces it', { timeout: 60_000 }, async () => {
    const dir = copy('corrupt');
    const cache = join(dir, 'dist/bundle/code-cache');
    const expected = await parse(dir);
    const [file] = cacheFiles(cache);
    const path = join(cache, file!);
    const garbage = Buffer.alloc(statSync(path).size, 0x5a);
    writeFileSync(path, garbage);
    expect(await parse(dir)).toBe(expected);
    expect(readFileSync(path).equals(garbage)).toBe(false);
  });

  it("goes to the user's cache folder when the package's cannot be written", { timeout: 60_000 }, async () => {
    const dir = copy('unwritable');
    // A file where the cache folder would be: it cannot be created.
    writeFileSync(join(dir, 'dist/bundle/code-cache'), '');
    const userCache = join(dir, 'user-cache');
    mkdirSync(userCache);
    const expected = await parse(copy('reference'));
    expect(await parse(dir, { XDG_CACHE_HOME: userCache })).toBe(expected);
    expect(cacheFiles(join(userCache, 'council-minutes/code-cache'))).toHaveLength(1);
    expect(await parse(dir, { XDG_CACHE_HOME: userCache })).toBe(expected);
  });

  it('covers the vendor files a document needs (Markdown): written once, taken next, same output', { timeout: 60_000 }, async () => {
    const dir = copy('markdown');
    const cache = join(dir, 'dist/bundle/code-cache');
    const markdown = join(dir, 'small.md');
    writeFileSync(markdown, `# Council\n\n${readFileSync(input, 'utf8')}`);
    const first = await parse(dir, {}, markdown);
    expect(JSON.parse(first).source.format).toBe('markdown');
    // The command line's cache and the Markdown packages' one.
    const files = cacheFiles(cache);
    expect(files).toHaveLength(2);
    const written = files.map((file) => statSync(join(cache, file)).mtimeMs);
    expect(await parse(dir, {}, markdown)).toBe(first);
    expect(cacheFiles(cache)).toEqual(files);
    expect(files.map((file) => statSync(join(cache, file)).mtimeMs)).toEqual(written);
  });
});
