// Cue gates: a cheap, exact pre-test before a family of word alternatives.
//
// Many patterns name a family of words ("\b(?:chambers?|hall|room|…)\b", "^(?:apologies|
// declarations?|…)") that most texts they are tried on never hold. V8 compiles each expression on
// its first use, so on a small file most of the start-up's compiling goes to patterns that never
// match, and on a large one every sentence runs them. A text's words (its maximal runs of `\w`
// characters, lower-cased) are read once and shared by every gate (memoByText); a gated pattern
// runs only when the text holds one of its cue words, which are read from the pattern's own source:
// the words one of which every match holds as a whole word. The pattern still decides: a gate
// only skips texts it cannot match, so the result is the same, always.
import listed from './cue-words.json' with { type: 'json' };
import { memoByText } from './memo.js';

/** The cue words of each gate, as `npm run cues` read them from its pattern. */
const listedCues: Readonly<Record<string, readonly string[] | undefined>> = listed;

/** A text's words: each maximal run of `\w` characters, lower-cased (a run is ASCII, so lower-casing it changes no boundary). */
export const wordsOf = memoByText((text: string): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const word of text.match(/\w+/g) ?? []) words.add(word.toLowerCase());
  return words;
});

/** A pattern behind its cue gate: `test` and `exec` as the pattern's, run only on texts that hold a cue word. */
export interface Gated {
  /** The pattern (made on first use). */
  readonly pattern: RegExp;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** Whether `text` holds one of `cues` as a word. */
export function holdsCue(cues: ReadonlySet<string>, text: string): boolean {
  const words = wordsOf(text);
  if (words.size < cues.size) {
    for (const word of words) if (cues.has(word)) return true;
  } else {
    for (const cue of cues) if (words.has(cue)) return true;
  }
  return false;
}

/** Up to this many characters, a process's first document gates its patterns (gateDocument). */
const SMALL_DOCUMENT = 24 * 1024;
let gating = true;
let firstDocument = true;

/**
 * Sets the gates for the next document, of `length` characters. V8 compiles each pattern once in
 * a process, so gates pay only in its first document, and only in a small one: there most of the
 * start-up's compiling is of patterns that never match (`minutes parse` of one short file). In a
 * large document nearly every pattern runs sooner or later, and after the first document the
 * patterns that run are compiled: a gate would then cost more than the run it skips (reading each
 * text's words; a batch of small documents in one process took 29 % longer gated throughout).
 */
export function gateDocument(length: number): void {
  gating = firstDocument && length <= SMALL_DOCUMENT;
  firstDocument = false;
}

/** Every gate's pattern maker, by name. */
const registry = new Map<string, () => RegExp>();

/** The cue words of every gated pattern loaded so far, read from its source, by name (sorted): what cue-words.json holds. */
export function cueWordList(): Record<string, string[]> {
  const list: Record<string, string[]> = {};
  for (const name of [...registry.keys()].sort()) {
    const words = cueWords(registry.get(name)!().source);
    if (!words) throw new Error(`cue gate ${name}: no cue words read`);
    list[name] = [...words].sort();
  }
  return list;
}

/**
 * The pattern `make` gives, behind a gate of the cue words its source names. The pattern is made
 * when a text first passes the gate (V8 reads an expression's syntax when it is made, a pattern
 * that never runs costs nothing). Reading the cue words from the source takes longer than
 * compiling the pattern would (a few hundred microseconds, cold), so they are read once, by `npm
 * run cues`, into cue-words.json under the gate's name; a name missing there (a new gate before
 * `npm run cues`) is read on first use, and test/cues.test.ts fails until the list is written
 * again. Only for patterns without the `g` and `y` flags, whose `lastIndex` a skipped run would
 * not reset.
 */
export function gated(name: string, make: () => RegExp): Gated {
  if (registry.has(name)) throw new Error(`cue gate ${name}: named twice`);
  let made: RegExp | undefined;
  const patternOf = (): RegExp => {
    if (made) return made;
    const pattern = make();
    if (pattern.global || pattern.sticky) throw new Error(`cue gate ${name}: ${pattern} keeps a lastIndex`);
    // With both, V8 matches a letter with characters outside ASCII (K with the Kelvin sign), which
    // `\w` without `u` does not read as a word's.
    if (pattern.ignoreCase && pattern.unicode) throw new Error(`cue gate ${name}: ${pattern} folds case beyond ASCII`);
    return (made = pattern);
  };
  registry.set(name, patternOf);
  let cues: ReadonlySet<string> | undefined;
  const cuesOf = (): ReadonlySet<string> => {
    if (cues) return cues;
    const words = listedCues[name] ?? cueWords(patternOf().source);
    if (!words) throw new Error(`cue gate ${name}: no cue words read from ${patternOf()}`);
    return (cues = new Set(words));
  };
  // Once the pattern has run, V8 has compiled it, and running it costs about what the gate
  // does: the gate stands aside.
  let compiled = false;
  const mayMatch = (text: string) => compiled || !gating || (holdsCue(cuesOf(), text) && (compiled = true));
  return {
    get pattern() {
      return patternOf();
    },
    test: (text) => mayMatch(text) && patternOf().test(text),
    exec: (text) => (mayMatch(text) ? patternOf().exec(text) : null),
  };
}

// The reader: a small parser of the expression syntax the gated patterns use, and the words at
// places every match passes through. Anything it does not know (a back-reference, a property
// escape) makes it give no cue words rather than guess.

type Node =
  | { kind: 'char'; char: string }
  | { kind: 'set'; chars: ReadonlySet<string> | undefined; wordish: boolean }
  | { kind: 'boundary' }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'other' }
  | { kind: 'group'; look: boolean; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const isWordChar = (char: string) => /\w/.test(char);
/** The code ranges of `\w`: digits, capitals, '_', small letters. */
const wordRanges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
] as const;

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** The character `offset` past the reading point ('' past the end). */
  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private next(): string {
    return this.source[this.at++] ?? '';
  }

  /** The whole source's alternatives. */
  pattern(): Node[][] {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length) throw new Error('unbalanced group');
    return alternatives;
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      nodes.push(this.repeat(this.atom()));
    }
    return nodes;
  }

  private repeat(node: Node): Node {
    const rest = this.source.slice(this.at);
    const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!quantifier) return node;
    this.at += quantifier[0].length;
    if (quantifier[1]) return { kind: 'repeat', node, min: quantifier[1] === '+' ? 1 : 0, max: quantifier[1] === '?' ? 1 : Infinity };
    const min = Number(quantifier[2]);
    const max = quantifier[3] ? (quantifier[4] ? Number(quantifier[4]) : Infinity) : min;
    return { kind: 'repeat', node, min, max };
  }

  private atom(): Node {
    const char = this.next();
    if (char === '(') {
      const head = /^\?(?:<?[=!]|:|<[a-z]\w*>)?/i.exec(this.source.slice(this.at))?.[0] ?? '';
      this.at += head.length;
      const alternatives = this.alternatives();
      if (this.next() !== ')') throw new Error('unclosed group');
      return { kind: 'group', look: /^\?<?[=!]$/.test(head), alternatives };
    }
    if (char === '[') return this.set();
    if (char === '\\') return this.escape(false);
    if (char === '^') return { kind: 'start' };
    if (char === '$') return { kind: 'end' };
    if (char === '.') return { kind: 'other' };
    return { kind: 'char', char };
  }

  /** An escape: a character, or a class (`\s`, `\w` …) as a set of unknown members. */
  private escape(inSet: boolean): Node {
    const char = this.next();
    if (char === 'b' && !inSet) return { kind: 'boundary' };
    if (char === 's' || char === 'W') return { kind: 'set', chars: undefined, wordish: false };
    if (char === 'S' || char === 'w' || char === 'D' || char === 'd') return { kind: 'set', chars: undefined, wordish: true };
    // A property, a back-reference or a named one: not read.
    if (/[pPkc1-9]/.test(char)) throw new Error(`\\${char} not read`);
    if (char === 'u' || char === 'x') {
      const hex = /^(?:[\da-f]{4}|\{[\da-f]+\})/i.exec(this.source.slice(this.at))?.[0];
      if (char === 'u' && hex) {
        this.at += hex.length;
        return { kind: 'char', char: String.fromCodePoint(parseInt(hex.replace(/[{}]/g, ''), 16)) };
      }
      if (char === 'x' && /^[\da-f]{2}/i.test(this.source.slice(this.at))) {
        this.at += 2;
        return { kind: 'char', char: String.fromCharCode(parseInt(this.source.slice(this.at - 2, this.at), 16)) };
      }
    }
    const control = ({ t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' } as Record<string, string | undefined>)[char];
    if (control) return { kind: 'char', char: control };
    if (/[a-z\d]/i.test(char)) return { kind: 'other' };
    return { kind: 'char', char };
  }

  /** A class: its members when it lists characters only, and whether it may match a word character. */
  private set(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = !negated;
    let wordish = negated;
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      const char = this.next();
      const member: Node = char === '\\' ? this.escape(true) : { kind: 'char', char };
      if (this.peek() === '-' && this.peek(1) !== ']' && member.kind === 'char') {
        this.at++;
        const toChar = this.next();
        const to: Node = toChar === '\\' ? this.escape(true) : { kind: 'char', char: toChar };
        if (to.kind !== 'char') throw new Error('range to a class');
        const [low, high] = [member.char.charCodeAt(0), to.char.charCodeAt(0)];
        // A range of more than a few characters is no cue letter: its members are not listed.
        if (high - low > 3) known = false;
        for (let code = low; code <= Math.min(high, low + 3); code++) chars.add(String.fromCharCode(code));
        wordish ||= wordRanges.some(([from, to]) => low <= to && from <= high);
        continue;
      }
      if (member.kind === 'char') {
        chars.add(member.char);
        wordish ||= isWordChar(member.char);
      } else {
        known = false;
        wordish ||= member.kind !== 'set' || member.wordish;
      }
    }
    this.at++;
    return { kind: 'set', chars: known ? chars : undefined, wordish };
  }
}

/** The one lower-case word character a node matches ("c" for `c` and `[Cc]`), if it matches only that. */
function letterOf(node: Node): string | undefined {
  if (node.kind === 'char') return isWordChar(node.char) ? node.char.toLowerCase() : undefined;
  if (node.kind !== 'set' || !node.chars || node.chars.size === 0) return undefined;
  const lower = new Set([...node.chars].map((char) => char.toLowerCase()));
  const [letter] = lower;
  return lower.size === 1 && [...node.chars].every(isWordChar) ? letter : undefined;
}

/** Whether a node matches only non-word characters or a boundary between words (`\b`, `\s`, ` `, `-`, `^`, `$`). */
function isBound(node: Node): boolean {
  if (node.kind === 'boundary' || node.kind === 'start' || node.kind === 'end') return true;
  if (node.kind === 'char') return !isWordChar(node.char);
  if (node.kind === 'set') return !node.wordish;
  if (node.kind === 'repeat') return node.min >= 1 && isBound(node.node);
  return false;
}

/** Whether every way through `nodes` from `from` on passes a bound before any word character. */
function boundAfter(nodes: readonly Node[], from: number): boolean {
  const node = nodes[from];
  if (node === undefined) return false;
  if (isBound(node)) return true;
  // A lookaround matches no character: what follows it does.
  if (node.kind === 'group' && node.look) return boundAfter(nodes, from + 1);
  if (node.kind === 'group') return node.alternatives.every((alternative) => boundAfter([...alternative, ...nodes.slice(from + 1)], 0));
  if (node.kind === 'repeat' && node.min === 0 && node.max >= 1) return boundAfter(nodes, from + 1) && boundAfter([node.node, ...nodes.slice(from + 1)], 0);
  return false;
}

/** Whether every way to `to` in `nodes` ends with a bound before it (read backwards). */
function boundBefore(nodes: readonly Node[], to: number): boolean {
  const node = nodes[to - 1];
  if (node === undefined) return false;
  if (isBound(node)) return true;
  if (node.kind === 'group' && node.look) return boundBefore(nodes, to - 1);
  if (node.kind === 'group') return node.alternatives.every((alternative) => boundBefore([...nodes.slice(0, to - 1), ...alternative], to - 1 + alternative.length));
  if (node.kind === 'repeat' && node.min === 0 && node.max >= 1) return boundBefore(nodes, to - 1) && boundBefore([...nodes.slice(0, to - 1), node.node], to);
  return false;
}

const MAX_WORDS = 400;

/**
 * The whole words a match may hold from `nodes[from]` on, when a bound stands before it: each
 * path's letters up to its first bound. Undefined when a path meets anything else first (a `\w`,
 * a class of many letters), or when there are too many.
 */
function wordsFrom(nodes: readonly Node[], from: number, prefix: string, words: Set<string>): boolean {
  if (words.size > MAX_WORDS) return false;
  const node = nodes[from];
  if (node === undefined) return false;
  const letter = letterOf(node);
  if (letter !== undefined) return wordsFrom(nodes, from + 1, prefix + letter, words);
  if (prefix !== '' && boundAfter(nodes, from)) {
    words.add(prefix);
    return true;
  }
  if (node.kind === 'group' && !node.look) {
    return node.alternatives.every((alternative) => wordsFrom([...alternative, ...nodes.slice(from + 1)], 0, prefix, words));
  }
  if (node.kind === 'repeat' && node.min === 0 && node.max === 1) {
    return wordsFrom(nodes, from + 1, prefix, words) && wordsFrom([node.node, ...nodes.slice(from + 1)], 0, prefix, words);
  }
  if (node.kind === 'repeat' && node.min === 1 && node.max === 1) return wordsFrom([node.node, ...nodes.slice(from + 1)], 0, prefix, words);
  return false;
}

/** How sure a set of cue words is to rule a text out: its shortest word's length (a set of short, common words rules out little). */
const strength = (words: ReadonlySet<string>) => Math.min(...[...words].map((word) => word.length));

/**
 * The best cue words that every way through `nodes` passes as a whole word, looked for at the
 * places `from` to `to` (the rest is the context that bounds them).
 */
function sequenceCues(nodes: readonly Node[], from = 0, to = nodes.length): Set<string> | undefined {
  let best: Set<string> | undefined;
  const consider = (words: Set<string> | undefined) => {
    if (words && words.size > 0 && (!best || strength(words) > strength(best))) best = words;
  };
  for (let i = from; i < to; i++) {
    const node = nodes[i]!;
    if (boundBefore(nodes, i)) {
      const words = new Set<string>();
      if (wordsFrom(nodes, i, '', words)) consider(words);
    }
    // A group every match passes through: each of its alternatives, read in place, holds cue words of its own.
    if (node.kind === 'group' && !node.look) consider(choiceCues(node.alternatives, nodes.slice(0, i), nodes.slice(i + 1)));
    // The first time through a repeated group (what follows may be the group again).
    if (node.kind === 'repeat' && node.min >= 1 && node.node.kind === 'group' && !node.node.look) consider(choiceCues(node.node.alternatives, nodes.slice(0, i), []));
  }
  return best;
}

/** Cue words for a choice between `before` and `after`: every alternative's own, together. */
function choiceCues(alternatives: readonly Node[][], before: readonly Node[], after: readonly Node[]): Set<string> | undefined {
  const all = new Set<string>();
  for (const alternative of alternatives) {
    const words = sequenceCues([...before, ...alternative, ...after], before.length, before.length + alternative.length);
    if (!words) return undefined;
    for (const word of words) all.add(word);
  }
  return all;
}

/**
 * The words one of which every match of an expression with this source holds as a whole word
 * (lower case), or undefined when the source shows none. A case-sensitive pattern's words are
 * lower-cased too: a weaker test, still a necessary one.
 */
export function cueWords(source: string): ReadonlySet<string> | undefined {
  try {
    return choiceCues(new Reader(source).pattern(), [], []);
  } catch {
    return undefined;
  }
}
