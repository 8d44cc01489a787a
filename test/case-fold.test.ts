// The bundle's case-insensitive regular expression literals are rewritten as case-sensitive ones
// (scripts/lib/case-fold.mjs): each must match exactly what the original matches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseSensitive, regularExpressionLiterals, withCaseSensitiveLiterals } from '../scripts/lib/case-fold.mjs';
import { realDocuments } from './helpers/arbitraries.js';

const srcDir = new URL('../src/', import.meta.url).pathname;
const sources = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(srcDir, f));
const literals = sources.flatMap((file) => regularExpressionLiterals(readFileSync(file, 'utf8'), file));
const caseInsensitive = literals.filter((l) => l.flags.includes('i'));

/** What an expression finds in a text: every match (all of them for a global one) with its groups and place. */
function found(re: RegExp, text: string): unknown {
  re.lastIndex = 0;
  if (!re.global && !re.sticky) return re.exec(text);
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, ...m]);
}

describe('case-sensitive forms of case-insensitive expressions', () => {
  it("rewrites the sources' literals, and each finds what the original finds on real lines (as printed, in capitals, in lower case)", () => {
    expect(caseInsensitive.length).toBeGreaterThan(200);
    const lines = [...new Set([...realDocuments.values()].flatMap((text) => text.split('\n')).filter((line) => /[a-z]/i.test(line)))];
    const texts = lines.flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()]);
    expect(texts.length).toBeGreaterThan(1500);
    let rewritten = 0;
    let matching = 0;
    for (const literal of caseInsensitive) {
      const folded = caseSensitive(literal.source, literal.flags);
      if (folded === null) continue;
      rewritten++;
      expect(folded.flags).not.toContain('i');
      const original = new RegExp(literal.source, literal.flags);
      const rewrite = new RegExp(folded.source, folded.flags);
      for (const text of texts) {
        const expected = JSON.stringify(found(original, text));
        if (expected !== 'null' && expected !== '[]') matching++;
        const actual = JSON.stringify(found(rewrite, text));
        if (actual !== expected) expect(actual, `/${literal.source}/${literal.flags} on ${JSON.stringify(text)}`).toBe(expected);
      }
    }
    expect(rewritten).toBe(caseInsensitive.length);
    expect(matching).toBeGreaterThan(1000);
  });

  it('finds what the original finds where case folding is not one letter against one (Kelvin sign, long s, sharp s, dotted I, sigma)', () => {
    const patterns = ['k', 's+', 'i', '\u00df', '\u03c3', '[a-z]+', '[^a-z]', '[K-k]', '\\w+', '\\W', '[\\w-]+', '[^\\s\\d]', '[\u00e0-\u00ff]+', '\u212a', '(?<=\\bs)t', '\\bst(?!e)'];
    const alphabet = fc.constantFrom(...'aAkKsSiI \u212a\u017f\u00df\u1e9e\u0130\u0131\u03a3\u03c3\u03c2\u00e9\u00c9\u00ff\u0178-_0t\n');
    for (const pattern of patterns) {
      const folded = caseSensitive(pattern, 'gi');
      expect(folded).not.toBeNull();
      fc.assert(
        fc.property(fc.string({ unit: alphabet, maxLength: 24 }), (text) => {
          expect(found(new RegExp(folded!.source, folded!.flags), text)).toEqual(found(new RegExp(pattern, 'gi'), text));
        }),
        { seed: 1 },
      );
    }
  });

  it('keeps the flag of an expression with a backreference, or that reads code points', () => {
    expect(caseSensitive('(a)\\1', 'i')).toBeNull();
    expect(caseSensitive('\\p{Lu}a', 'iu')).toBeNull();
    expect(caseSensitive('abc', 'g')).toBeNull();
    expect(caseSensitive('^minutes\\s?:$', 'i')).toEqual({ source: '^[Mm][Ii][Nn][Uu][Tt][Ee][Ss]\\s?:$', flags: '' });
  });

  it('rewrites literals only, not what reads like one in strings, comments or divisions', () => {
    const text = "const a = /ab/gi; const b = x / 2 / y; const s = '/cd/i'; // /ef/i\nconst c = `${/g\\d/i.test(s)}`;";
    expect(withCaseSensitiveLiterals(text, 'x.ts')).toBe("const a = /[Aa][Bb]/g; const b = x / 2 / y; const s = '/cd/i'; // /ef/i\nconst c = `${/[Gg]\\d/.test(s)}`;");
  });
});
