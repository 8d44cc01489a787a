// What a quoted glob or an --ignore pattern matches (picomatch with the documented syntax), and
// what expanding globs, folders and --ignore gives.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/cli/batch/expand.js';
import { compileGlob, splitGlob } from '../src/cli/batch/glob.js';
import { tree } from './helpers/batch.js';

describe('compileGlob', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['*.txt', '.hidden.txt', false],
    ['.*.txt', '.hidden.txt', true],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['**/*.pdf', 'x.pdf', true],
    ['**/*.pdf', 'a/b/c/x.pdf', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/x/y/c', false],
    ['**', 'anything/at/all', true],
    // `**` next to other text is one `*`, as in the shell.
    ['**.txt', 'a.txt', true],
    ['**.txt', 'a/b.txt', false],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[!a-c]x', 'dx', true],
    ['[!a-c]x', 'ax', false],
    ['[^a-c]x', 'ax', false],
    ['[!a]', '/', false],
    ['[]]', ']', true],
    ['[a', '[a', true],
    ['[a-c]x', '[a-c]x', false],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['*.{txt,md}', 'a.md', true],
    ['*.{txt,md}', 'a.pdf', false],
    ['{a,b{c,d}}.txt', 'bd.txt', true],
    ['{a}.txt', '{a}.txt', true],
    ['*a*b*c', 'xxaxxbxxc', true],
    ['*a*b*c', 'xxaxxbxxd', false],
    ['*.TXT', 'a.txt', false],
    // A leading `!`, `+(...)`, parentheses, `|` and quotes are not syntax.
    ['!a.txt', '!a.txt', true],
    ['!a.txt', 'b.txt', false],
    ['+(a).txt', '+(a).txt', true],
    ['+(a).txt', 'a.txt', false],
    ['notes (1)*.pdf', 'notes (1) v2.pdf', true],
    ['notes (1)*.pdf', 'notes 1.pdf', false],
    ['a|b', 'a', false],
    ['[ab]+', 'ab', false],
    ['"a"', 'a', false],
  ];
  it.each(cases)('%s on %s is %s', (pattern, path, expected) => {
    expect(compileGlob(pattern)(path)).toBe(expected);
  });
});

describe('splitGlob', () => {
  it('splits the folder part without glob syntax from the rest', () => {
    expect(splitGlob('archive/2023/**/*.pdf')).toEqual({ base: 'archive/2023', glob: '**/*.pdf' });
    expect(splitGlob('*.txt')).toEqual({ base: '', glob: '*.txt' });
    expect(splitGlob('/abs/*.txt')).toEqual({ base: '/abs', glob: '*.txt' });
    expect(splitGlob('/*.txt')).toEqual({ base: '/', glob: '*.txt' });
    expect(splitGlob('a/{x,y}/*.txt')).toEqual({ base: 'a', glob: '{x,y}/*.txt' });
    expect(splitGlob('a/\\[x\\]/*.txt')).toEqual({ base: 'a/[x]', glob: '*.txt' });
  });

  it('takes a path without glob syntax as a path', () => {
    for (const path of ['a/b.txt', 'notes (1).txt', '!a.txt', '{a}.txt']) expect(splitGlob(path)).toBeNull();
  });
});

describe('expandInputs', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  async function expand(files: string[], args: string[], ignore: string[] = []) {
    const { dir, cleanup } = await tree(Object.fromEntries(files.map((file) => [file, 'x'])));
    cleanups.push(cleanup);
    const expansion = await expandInputs(args, { cwd: dir, ignore, exclude: join(dir, 'out') });
    return { names: expansion.files.map((file) => file.name), empty: expansion.empty, roots: expansion.roots.map((root) => root.slice(dir.length)) };
  }
  const files = [
    'a/x.txt',
    'a-b.txt',
    'a/photo.jpg',
    'a/.hidden/h.txt',
    'a/node_modules/m.txt',
    '2023/jan.txt',
    '2023/notes.xlsx',
    '2023/sub/deep.md',
    '2024/draft-feb.txt',
    '2024/mar.TXT',
    'empty/notes.xlsx',
    '.archive/drafts/d.txt',
    '.archive/keep.txt',
    'out/old.txt',
  ];

  it('searches a folder in name order, skipping hidden folders, node_modules, non-documents and the output folder', async () => {
    const { names, roots } = await expand(files, ['.']);
    expect(names).toEqual(['2023/jan.txt', '2023/sub/deep.md', '2024/draft-feb.txt', '2024/mar.TXT', 'a/x.txt', 'a-b.txt'].map((name) => join(name)));
    expect(roots).toEqual(['']);
  });

  it('takes the files a glob matches whatever their type, and searches the folders it matches', async () => {
    expect((await expand(files, ['20*/*'])).names).toEqual(['2023/jan.txt', '2023/notes.xlsx', '2023/sub/deep.md', '2024/draft-feb.txt', '2024/mar.TXT'].map((name) => join(name)));
    expect((await expand(files, ['*'])).names).toEqual(['2023/jan.txt', '2023/sub/deep.md', '2024/draft-feb.txt', '2024/mar.TXT', 'a/x.txt', 'a-b.txt'].map((name) => join(name)));
    expect((await expand(files, ['**/*.{txt,md}'])).names).toEqual(['2023/jan.txt', '2023/sub/deep.md', '2024/draft-feb.txt', 'a/x.txt', 'a-b.txt'].map((name) => join(name)));
    expect((await expand(files, ['[!a0-1]*/[!.]*.txt'])).names).toEqual([join('2023/jan.txt'), join('2024/draft-feb.txt')]);
    expect((await expand(files, ['.archive/*.txt'])).names).toEqual([join('.archive/keep.txt')]);
  });

  it('ignores names at any depth, and paths from the current folder', async () => {
    expect((await expand(files, ['.'], ['draft-*', 'sub'])).names).toEqual(['2023/jan.txt', '2024/mar.TXT', 'a/x.txt', 'a-b.txt'].map((name) => join(name)));
    expect((await expand(files, ['**/*.txt'], ['2023', 'a/'])).names).toEqual([join('2024/draft-feb.txt'), 'a-b.txt']);
    expect((await expand(files, ['.'], ['./20*/', '*/x.txt'])).names).toEqual([join('a-b.txt')]);
    expect((await expand(files, ['.archive'], ['**/drafts'])).names).toEqual([join('.archive/keep.txt')]);
  });

  it('reports a glob or folder that gives no document, and searches a hidden folder given by name', async () => {
    const { names, empty, roots } = await expand(files, ['nothing/*.txt', '2023/*.pdf', 'empty', 'a/.hidden', 'a-b.txt']);
    expect(names).toEqual([join('a/.hidden/h.txt'), 'a-b.txt']);
    expect(empty).toEqual(['nothing/*.txt', '2023/*.pdf', 'empty']);
    expect(roots).toEqual(['/nothing', '/2023', '/empty', '/a/.hidden', ''].map((root) => (root ? join(root) : root)));
  });
});
