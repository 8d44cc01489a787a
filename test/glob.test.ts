// The glob matcher behind quoted globs and --ignore.
import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, hasMagic, splitBase } from '../src/cli/batch/glob.js';

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
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[!a-c]x', 'dx', true],
    ['[^a-c]x', 'ax', false],
    ['[]]', ']', true],
    ['[a', '[a', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['*.{txt,md}', 'a.md', true],
    ['*.{txt,md}', 'a.pdf', false],
    ['{a,b{c,d}}.txt', 'bd.txt', true],
    ['{a}.txt', '{a}.txt', true],
    ['*a*b*c', 'xxaxxbxxc', true],
    ['*a*b*c', 'xxaxxbxxd', false],
  ];
  it.each(cases)('%s on %s is %s', (pattern, path, expected) => {
    expect(compileGlob(pattern)(path)).toBe(expected);
  });

  it('takes linear-ish time on a pathological pattern (no backtracking blow-up)', () => {
    // Exponential matchers never finish this; the greedy one needs pattern × text steps.
    const matches = compileGlob(`${'*a'.repeat(30)}b`);
    expect(matches('a'.repeat(5000))).toBe(false);
  });
});

describe('helpers', () => {
  it('splits the folder part without glob syntax from the rest', () => {
    expect(splitBase('archive/2023/**/*.pdf')).toEqual({ base: 'archive/2023', rest: '**/*.pdf' });
    expect(splitBase('*.txt')).toEqual({ base: '', rest: '*.txt' });
    expect(splitBase('/abs/*.txt')).toEqual({ base: '/abs', rest: '*.txt' });
    expect(splitBase('/*.txt')).toEqual({ base: '/', rest: '*.txt' });
  });

  it('knows glob syntax and expands braces', () => {
    expect(hasMagic('a/b.txt')).toBe(false);
    expect(hasMagic('a/*.txt')).toBe(true);
    expect(expandBraces('x.{a,b}.{c,d}')).toEqual(['x.a.c', 'x.a.d', 'x.b.c', 'x.b.d']);
    expect(() => expandBraces('{a,b}'.repeat(11))).toThrow(/more than/);
  });
});
