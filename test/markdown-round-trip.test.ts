// Issue 4: the Markdown output converts back. Over every fixture (text, Markdown, PDF) and the
// held-out documents, parsing the rendered Markdown gives the same items, numbers, titles,
// resolutions, answers and speakers; and Markdown → JSON → Markdown is a fixpoint, checked on
// the fixtures and, with fast-check, on generated minutes and on mutated real documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseFile } from '../src/parse.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { generatedMinutes, mutatedDocument, mutatedText, runs } from './helpers/arbitraries.js';
import { corpusDocuments, fixtures } from './helpers/fixtures.js';
import { roundTrip, roundTripView } from './helpers/round-trip.js';

const documents = [...fixtures().map((f) => ({ name: f.name, path: f.input })), ...corpusDocuments()];

describe('Markdown round trip', () => {
  for (const { name, path } of documents) {
    it(`${name}: reads back the same and renders the same`, async () => {
      const original = await parseFile(path);
      for (const frontMatter of [false, true]) {
        const { first, reread, second } = await roundTrip(original, { frontMatter });
        expect(roundTripView(reread)).toEqual(roundTripView(original));
        expect(second).toBe(first);
      }
    });
  }
});

/** Parses any input and renders it twice round: the second rendering must equal the first. */
async function isFixpoint(input: string, name = 'generated.txt'): Promise<void> {
  let document;
  try {
    document = await parse(input, { name });
  } catch {
    return; // not a document (empty, binary): nothing to render
  }
  const first = renderMarkdown(document);
  const { first: again, second } = await roundTrip(await parse(first, { name: 'first.md' }));
  expect(again).toBe(first);
  expect(second).toBe(first);
}

describe('Markdown → JSON → Markdown is a fixpoint', () => {
  it('on generated minutes', async () => {
    await fc.assert(fc.asyncProperty(generatedMinutes, (text) => isFixpoint(text)), runs(150));
  });
  it('on real documents mutated (lines shuffled, split, joined, relabelled)', async () => {
    await fc.assert(fc.asyncProperty(mutatedDocument(), async (doc) => isFixpoint(mutatedText(doc), doc.name)), runs(100));
  });
});
