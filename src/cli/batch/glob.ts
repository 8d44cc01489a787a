// Quoted globs and --ignore patterns, matched by picomatch on `/`-separated relative paths.
// (`path.matchesGlob` is experimental in Node 20 and prints a warning.)
import { sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * The syntax the CLI documents: `*`, `?`, `[a-z]`, `[!a-z]`, `**`, `{a,b}` and `\` escapes; `*` and
 * `?` do not match a leading dot unless `dot` is set. `posix` makes `[!a-z]` a negated class
 * (without it picomatch reads the `!` as a member: micromatch/picomatch#187); a leading `!` and
 * extglobs such as `+(a|b)` are read literally. `windows: false` keeps `\` an escape on every
 * system: callers turn Windows separators into `/` first.
 */
const syntax = { windows: false, posix: true, nonegate: true, noextglob: true, fastpaths: false } as const;
/** The same for telling a glob from a path: a leading `!` or a `(` alone is not glob syntax. */
const scanOptions = { nonegate: true, noparen: true } as const;

export type Matcher = (path: string) => boolean;

export function compileGlob(pattern: string, { dot = false } = {}): Matcher {
  // Even without extglobs picomatch reads `(`, `)` and `|` as regular-expression groups, `+` after
  // `]` as a repeat and `"` as a quote, so `notes (1)*.pdf` would not match `notes (1).pdf`; here
  // they are plain characters.
  const literal = pattern.replace(/\\.|[()|+"]/gs, (text) => (text.length === 1 ? `\\${text}` : text));
  // makeRe rather than picomatch(): that one also takes a path equal to the pattern text as a match.
  const regex = picomatch.makeRe(literal, { ...syntax, dot });
  return (path) => regex.test(path);
}

/** An argument with glob syntax split into the folder to search and the glob below it; null for a plain path. */
export function splitGlob(arg: string): { base: string; glob: string } | null {
  const text = toSlashes(arg);
  const { isGlob, glob } = picomatch.scan(text, scanOptions);
  if (!isGlob) return null;
  // The folder is a path, so its escapes are dropped (`a/\[x\]/*.txt` searches the folder `a/[x]`).
  const { base } = picomatch.scan(text, { ...scanOptions, unescape: true });
  return { base, glob: withoutEmptySegments(glob) };
}

/** The number of folder levels a glob can reach: unbounded with `**`. */
export function globDepth(glob: string): number {
  return glob.includes('**') ? Infinity : glob.split('/').length;
}

/** A user's pattern with `/` separators, no empty segments and no leading `./` (`./a//b/` is `a/b`). */
export function normalisePattern(pattern: string): string {
  const normal = withoutEmptySegments(toSlashes(pattern));
  return normal.startsWith('./') ? normal.slice(2) : normal;
}

function toSlashes(text: string): string {
  return sep === '/' ? text : text.replaceAll(sep, '/');
}

function withoutEmptySegments(pattern: string): string {
  return pattern
    .split('/')
    .filter((segment) => segment !== '')
    .join('/');
}
