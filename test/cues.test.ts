// Cue gates (src/segment/cues.ts) skip a pattern only on texts it cannot match: the cue words read
// from a pattern's source must be in every text it matches, and the committed list of each gate's
// words (src/segment/cue-words.json, written by `npm run cues`) must be what the reader gives now.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSensitive, regularExpressionLiterals } from '../scripts/lib/case-fold.mjs';
import { corpusDocuments } from '../scripts/lib/corpora.mjs';
import '../src/index.js';
import '../src/check/index.js';
import committed from '../src/segment/cue-words.json' with { type: 'json' };
import { cueWordList, cueWords, gated, holdsCue, wordsOf } from '../src/segment/cues.js';

const srcDir = new URL('../src/', import.meta.url).pathname;
const sources = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(srcDir, f));
const literals = sources.flatMap((file) => regularExpressionLiterals(readFileSync(file, 'utf8'), file));

// Lines of real documents (the fixtures' text and Markdown, blind corpora left out), as printed,
// in capitals and in lower case.
const documents = corpusDocuments(new URL('../fixtures/', import.meta.url).pathname).filter((d) => !d.blind && /\.(?:txt|md)$/.test(d.path));
const lines = [...new Set(documents.flatMap((d) => readFileSync(d.path, 'utf8').split('\n')).filter((line) => /[a-z]/i.test(line)))];
const texts = lines.flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()]);

/** How many texts `pattern` matches; fails on one it matches that lacks all of `cues`. */
function checkNecessary(pattern: RegExp, cues: ReadonlySet<string>): number {
  let matched = 0;
  for (const text of texts) {
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    matched++;
    if (!holdsCue(cues, text)) expect.fail(`${pattern} matches ${JSON.stringify(text)}, which holds none of its cue words ${[...cues].join(' ')}`);
  }
  return matched;
}

describe('cue gates', () => {
  it('reads the words of a text as \\w runs, lower-cased, split where a character outside ASCII stands', () => {
    expect([...wordsOf("Council-Chamber's HALL, café\u212Aroom 2")]).toEqual(['council', 'chamber', 's', 'hall', 'caf', 'room', '2']);
  });

  it('reads cue words from word alternatives between boundaries, and none where a match need not hold a whole word', () => {
    expect([...cueWords('\\b(?:chambers?|hall|town hall|call-?in)\\b')!].sort()).toEqual(['call', 'callin', 'chamber', 'chambers', 'hall', 'town']);
    expect([...cueWords('^[Aa][Pp][Oo][Ll][Oo][Gg][Ii][Ee][Ss](?:\\s[Ff][Oo][Rr]\\s[Aa][Bb][Ss][Ee][Nn][Cc][Ee])?:')!]).toEqual(['apologies']);
    // The strongest place: "seconded", not the short words before it.
    expect([...cueWords('^(?:moved|proposed)\\s(?:by\\s)?(.{2,80}?),?\\s(?:and\\s)?seconded\\s')!]).toEqual(['seconded']);
    expect(cueWords('\\d{1,3}[.)]\\s')).toBeUndefined();
    expect(cueWords('hall')).toBeUndefined(); // "hallway", "townhall": not a whole word
    expect([...cueWords('\\b(?:hall|\\w+ room)\\b')!]).toEqual(['hall', 'room']);
    expect(cueWords('\\b(?:hall|\\w+room)\\b')).toBeUndefined();
    expect(cueWords('(?<![a-z])hall\\b')).toBeUndefined(); // "2hall" is one word
    expect(cueWords('\\bhal\\p{L}\\b')).toBeUndefined();
  });

  it('runs a gated pattern only on texts that hold a cue word, with the same result', () => {
    const venue = gated('test.venue', () => /\b(?:chambers?|hall)\b/i);
    expect(venue.test('Council Chambers, Town Hall')).toBe(true);
    expect(venue.exec('the HALL')?.[0]).toBe('HALL');
    expect(venue.test('Hallway 2')).toBe(false);
    expect(() => gated('test.venue', () => /\bhall\b/)).toThrow(/named twice/);
  });

  it("finds in every real line a pattern of the sources matches one of the pattern's cue words (as written, and case-folded as in the bundle)", () => {
    expect(texts.length).toBeGreaterThan(20000);
    let read = 0;
    let matched = 0;
    for (const literal of literals) {
      const flags = literal.flags.replace(/[gy]/g, '');
      if (flags.includes('i') && flags.includes('u')) continue;
      const forms = [{ source: literal.source, flags }, caseSensitive(literal.source, flags)].filter((form) => form !== null);
      for (const form of forms) {
        const cues = cueWords(form.source);
        if (!cues) continue;
        read++;
        matched += checkNecessary(new RegExp(form.source, form.flags), cues);
      }
    }
    expect(read).toBeGreaterThan(300);
    expect(matched).toBeGreaterThan(5000);
    // Hundreds of patterns over ~60 000 texts: 10-40 s on a loaded 2-core machine, past vitest's 30 s default.
  }, 120_000);

  it('lists the cue words the reader gives for every gate (npm run cues), each found in every real line its pattern matches', () => {
    const list = cueWordList();
    expect(Object.keys(list).filter((name) => !name.startsWith('test.'))).toEqual(Object.keys(committed));
    for (const [name, words] of Object.entries(committed)) {
      expect(list[name], name).toEqual(words);
    }
    expect(Object.keys(committed).length).toBeGreaterThan(50);
  });
});
