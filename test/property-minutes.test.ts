// Property tests on realistic minutes (test/helpers/arbitraries.ts `realisticMinutes`): numbered
// items with sub-items, headings plain, in capitals, as Markdown headings or bold; resolutions
// with movers and outcomes, questions with their labels, bullets, vote tables, running page
// headers and footers, odd Unicode, CRLF. On every one: parse throws nothing, the document
// validates, no text is lost in the JSON or in the Markdown, and the Markdown reads back the
// same (items, numbers, titles, resolutions, questions, speakers) and renders the same.
// Explore with FC_SEED=random FC_RUNS_SCALE=20; a failure found that way is fixed at its cause
// and kept as a plain case in test/invariants-regressions.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { realisticMinutes, runs, type RealisticMinutes } from './helpers/arbitraries.js';
import { assertNoTextLost, assertNoTextLostInMarkdown, assertValid } from './helpers/invariants.js';
import { roundTrip, roundTripView } from './helpers/round-trip.js';

/** Deeper exploration (FC_RUNS_SCALE) takes longer than the default test timeout. */
const timeout = 60_000 * Math.max(1, Number(process.env.FC_RUNS_SCALE ?? '1'));

async function parsed({ text, name }: RealisticMinutes) {
  return parse(text, { name });
}

describe('property: realistic minutes', () => {
  it('parse never throws, the document validates, and no text is lost in the JSON or the Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(realisticMinutes, async (minutes) => {
        const document = await parsed(minutes);
        assertValid(document);
        assertNoTextLost(document, minutes.text);
        assertNoTextLostInMarkdown(document, minutes.text);
      }),
      runs(60),
    );
  }, timeout);

  it('the Markdown reads back the same and renders the same (with and without front matter)', async () => {
    await fc.assert(
      fc.asyncProperty(realisticMinutes, fc.boolean(), async (minutes, frontMatter) => {
        const document = await parsed(minutes);
        const { first, reread, second } = await roundTrip(document, { frontMatter });
        assertValid(reread);
        expect(roundTripView(reread, { meeting: frontMatter })).toEqual(roundTripView(document, { meeting: frontMatter }));
        expect(second).toBe(first);
      }),
      runs(60),
    );
  }, timeout);
});
