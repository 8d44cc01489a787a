// Case-insensitive regular expression literals, rewritten for the bundle (scripts/bundle.mjs: the
// command line and its workers; the library in dist/ keeps its sources) as case-sensitive ones
// that match the same strings.
//
// V8 compiles an expression on its first use, in every run. With the `i` flag (and no `u`), it asks
// ICU for the case variants of each letter, again at each pass over the expression's text: about a
// third of compiling the ~230 case-insensitive expressions that `minutes parse` of a 3-item text
// file runs. Written as classes (`[Cc]` for `c`) they compile without asking: that run went from
// 781 to 764 million instructions, `minutes validate` of it from 799 to 782 (callgrind; `node -e ''`
// is 504).
//
// Exact by construction: each piece that matches one character (a character, a class, an escape
// such as `\w`) becomes the class of the UTF-16 code units that V8 itself matches with the piece
// under the `i` flag, found by running it over all 65 536 of them (without the `u` flag an
// expression reads code units, so the class is the whole answer). Groups, quantifiers, anchors and
// lookarounds stay as they are. An expression with a backreference (compared case-insensitively
// under `i`) keeps its flag. A rewritten literal's `source` and `flags` differ from the original's:
// no code reads them (an expression built from another's `source` is built at run time, not here).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const { RegExpParser } = require('@eslint-community/regexpp');

const parser = new RegExpParser({ strict: false, ecmaVersion: 2025 });

/** Every UTF-16 code unit once, at the index of its value. */
const allUnits = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, unit) => unit));

/** The code units that `piece` (an expression matching one code unit) matches under `flags`. */
function unitsOf(piece, flags) {
  return [...allUnits.matchAll(new RegExp(piece, `g${flags}`))].map((match) => match.index);
}

const escape = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;
const inClass = (unit) => (/[\w ]/.test(String.fromCharCode(unit)) ? String.fromCharCode(unit) : escape(unit));

/** A class of the given code units (ascending), as ranges. */
function classOf(units) {
  let text = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1] === units[j] + 1) j++;
    text += j === i ? inClass(units[i]) : `${inClass(units[i])}${j > i + 1 ? '-' : ''}${inClass(units[j])}`;
    i = j + 1;
  }
  return `[${text}]`;
}

const sameUnits = (a, b) => a.length === b.length && a.every((unit, i) => unit === b[i]);

/** Each one-unit piece's case-sensitive form, by its text. */
const pieces = new Map();

function caseSensitivePiece(raw) {
  let piece = pieces.get(raw);
  if (piece === undefined) {
    const folded = unitsOf(raw, 'i');
    piece = sameUnits(folded, unitsOf(raw, '')) ? raw : classOf(folded);
    pieces.set(raw, piece);
  }
  return piece;
}

/** `text` with each edit's span (in order, apart) replaced by its text. */
function withEdits(text, edits) {
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

/**
 * The case-sensitive form of a case-insensitive expression: `{ source, flags }` without `i`, or
 * null when the expression has no `i` flag, reads code points (`u`, `v`) or has a backreference.
 */
export function caseSensitive(source, flags) {
  if (!flags.includes('i') || /[uv]/.test(flags)) return null;
  const edits = [];
  let backreference = false;
  const visit = (node) => {
    if (node.type === 'Backreference') backreference = true;
    else if (node.type === 'Character' || node.type === 'CharacterClass' || (node.type === 'CharacterSet' && node.kind !== 'any')) {
      edits.push({ start: node.start, end: node.end, text: caseSensitivePiece(node.raw) });
    } else for (const child of [...(node.alternatives ?? []), ...(node.elements ?? []), ...(node.element ? [node.element] : [])]) visit(child);
  };
  visit(parser.parsePattern(source, 0, source.length, { unicode: false }));
  if (backreference) return null;
  return { source: withEdits(source, edits), flags: flags.replace('i', '') };
}

/** The regular expression literals of a TypeScript or JavaScript source: where each is, its source and flags. */
export function regularExpressionLiterals(text, fileName) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const slash = literal.lastIndexOf('/');
      literals.push({ start: node.getStart(file), end: node.end, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return literals;
}

/** A TypeScript or JavaScript source with its case-insensitive regular expression literals rewritten. */
export function withCaseSensitiveLiterals(text, fileName) {
  const edits = [];
  for (const literal of regularExpressionLiterals(text, fileName)) {
    const rewritten = caseSensitive(literal.source, literal.flags);
    if (rewritten !== null) edits.push({ start: literal.start, end: literal.end, text: `/${rewritten.source}/${rewritten.flags}` });
  }
  return withEdits(text, edits);
}

/** An esbuild plugin that rewrites the literals of the project's own sources (`root`/src/). */
export function caseFoldPlugin(root) {
  const own = `${root}src/`;
  return {
    name: 'case-fold',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) =>
        args.path.startsWith(own) ? { contents: withCaseSensitiveLiterals(await readFile(args.path, 'utf8'), args.path), loader: 'ts' } : undefined,
      );
    },
  };
}
