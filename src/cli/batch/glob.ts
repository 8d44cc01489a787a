// A small glob matcher for quoted globs and --ignore patterns: `*`, `?`, `[a-z]`, `[!x]`, `**`
// (any number of folders), `{a,b}` and `\` escapes, on `/`-separated relative paths.
// Written without regular expressions and with the greedy wildcard algorithm, so matching costs
// at most (pattern length × path length) whatever the input; `path.matchesGlob` is experimental
// in Node 20 (it prints a warning) and absent before 20.17.
import { UsageError } from '../errors.js';

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // *
  | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };

/** One path segment of a pattern; `**` is the globstar that spans folders. */
type Segment = Token[] | 'globstar';

export type Matcher = (path: string) => boolean;

const MAX_PATTERNS = 1024;

/** True when the text has glob syntax, so that it is expanded rather than read as a path. */
export function hasMagic(text: string): boolean {
  for (const char of text) if (char === '*' || char === '?' || char === '[' || char === '{') return true;
  return false;
}

// The leading folders of a pattern that hold no glob syntax, and the rest:
// `archive/2023/**/*.pdf` → base `archive/2023`, rest `**/*.pdf`.
export function splitBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  let i = 0;
  while (i < segments.length - 1 && !hasMagic(segments[i]!) && !segments[i]!.includes('\\')) i++;
  const base = segments.slice(0, i).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base, rest: segments.slice(i).join('/') };
}

/** Whether the pattern can match paths deeper than its own number of segments. */
export function isDeep(pattern: string): boolean {
  return expandBraces(pattern).some((p) => p.split('/').includes('**'));
}

export function compileGlob(pattern: string): Matcher {
  const alternatives = expandBraces(pattern).map(parsePattern);
  return (path) => {
    const parts = path.split('/').filter((part) => part !== '');
    return alternatives.some((segments) => matchSegments(segments, parts));
  };
}

/** `{a,b}c` → `ac`, `bc`; nested braces work; a brace without a comma is literal. */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, commas } = open;
  const head = pattern.slice(0, start);
  const tail = pattern.slice(end + 1);
  const bounds = [start, ...commas, end];
  const results: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const expanded of expandBraces(head + pattern.slice(bounds[k]! + 1, bounds[k + 1]) + tail)) {
      results.push(expanded);
      if (results.length > MAX_PATTERNS) throw new UsageError(`glob "${pattern}" expands to more than ${MAX_PATTERNS} patterns`);
    }
  }
  return results;
}

/** The first `{` whose matching `}` encloses a top-level comma. */
function findBrace(pattern: string): { start: number; end: number; commas: number[] } | null {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === '\\') i++;
      else if (char === '{') depth++;
      else if (char === ',' && depth === 1) commas.push(i);
      else if (char === '}' && --depth === 0) {
        if (commas.length > 0) return { start, end: i, commas };
        break;
      }
    }
  }
  return null;
}

function parsePattern(pattern: string): Segment[] {
  return pattern
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part === '**' ? 'globstar' : parseSegment(part)));
}

function parseSegment(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const char = part[i]!;
    if (char === '\\' && i + 1 < part.length) tokens.push({ kind: 'char', char: part[++i]! });
    else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '[') {
      const parsed = parseClass(part, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', char });
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** `[abc]`, `[a-z]`, `[!a]` or `[^a]` starting at `start`; null when unclosed (then `[` is literal). */
function parseClass(part: string, start: number): { token: Token; end: number } | null {
  let i = start + 1;
  const negated = part[i] === '!' || part[i] === '^';
  if (negated) i++;
  const ranges: Array<[string, string]> = [];
  // A `]` right after the opening bracket is a member, as in POSIX.
  for (let first = true; i < part.length; first = false) {
    let char = part[i]!;
    if (char === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    if (char === '\\' && i + 1 < part.length) char = part[++i]!;
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      ranges.push([char, part[i + 2]!]);
      i += 3;
    } else {
      ranges.push([char, char]);
      i++;
    }
  }
  return null;
}

/** Segments against path parts; a globstar takes any number of parts (greedy, one backtrack point). */
function matchSegments(segments: Segment[], parts: string[]): boolean {
  return greedy(segments.length, parts.length, (s) => segments[s] === 'globstar', (s, p) => {
    const segment = segments[s]!;
    return segment !== 'globstar' && matchSegment(segment, parts[p]!);
  });
}

function matchSegment(tokens: Token[], name: string): boolean {
  // `*` and `?` never match the dot that starts a hidden name, as in the shell.
  if (name.startsWith('.') && tokens[0]?.kind !== 'char') return false;
  return greedy(tokens.length, name.length, (t) => tokens[t]!.kind === 'star', (t, c) => matchChar(tokens[t]!, name[c]!));
}

function matchChar(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return true;
    case 'class':
      return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
    case 'star':
      return false;
  }
}

/**
 * The classic wildcard match: on a mismatch, go back to the last star and let it take one more
 * item. Correct for stars that match any run, and at most patternLength × textLength steps.
 */
function greedy(patternLength: number, textLength: number, isStar: (p: number) => boolean, matches: (p: number, t: number) => boolean): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < textLength) {
    if (p < patternLength && isStar(p)) {
      starP = p++;
      starT = t;
    } else if (p < patternLength && matches(p, t)) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (p < patternLength && isStar(p)) p++;
  return p === patternLength;
}
