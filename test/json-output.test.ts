// The JSON output is written in pieces as it is made (src/render/json.ts), and several documents
// to one file as an array built from each one's pieces (src/cli/render-output.ts). Joined, the
// pieces must be exactly what JSON.stringify prints of the whole, on real documents and on any
// JSON-like value (lists at every depth, empty ones, members JSON leaves out).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../src/render/json.js';
import { jsonArray } from '../src/cli/render-output.js';
import { parseFile, type Document } from '../src/index.js';
import { parse } from '../src/parse.js';
import { fixtures } from './helpers/fixtures.js';

/** Minutes of `items` numbered items, each with a paragraph and a resolution. */
const minutes = (items: number) =>
  Array.from({ length: items }, (_, i) => `${i + 1}. Report ${i + 1}\n\nThe committee considered report ${i + 1} on the budget.\n\nRESOLVED: that the report be noted.\n`).join('\n');

const joined = (value: unknown) => [...jsonPieces(value as Document)].join('');
const stringified = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Values JSON.stringify treats specially among ordinary ones. */
const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), { toJSON: () => ['made', { by: [] }] }, [], {}, [[]], '', -0, NaN);
const jsonLike = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), odd, tie('list'), tie('record')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  record: fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
})).record;

describe('JSON written in pieces', () => {
  it('joins to JSON.stringify(value, null, 2) on any JSON-like value', () => {
    fc.assert(
      fc.property(jsonLike, (value) => {
        expect(joined(value)).toBe(stringified(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('joins to JSON.stringify of every fixture document, and of minutes large enough to need many pieces', async () => {
    const documents = await Promise.all(fixtures((f) => !f.input.endsWith('.pdf')).map((f) => parseFile(f.input, { name: f.relative })));
    documents.push(await parse(minutes(600)));
    for (const document of documents) expect(joined(document)).toBe(stringified(document));
    expect([...jsonPieces(documents.at(-1)!)].length).toBeGreaterThan(10);
  });

  it('frames several documents as the array JSON.stringify prints of them', async () => {
    const documents = [await parse(minutes(2)), await parse(minutes(120))];
    const framed = documents.map((document) => [...jsonArray.item(jsonPieces(document))].join(''));
    expect(`${jsonArray.start}${framed.join(jsonArray.separator)}${jsonArray.end}`).toBe(stringified(documents));
  });
});
