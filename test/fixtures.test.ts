// Every fixture through the whole pipeline: the output validates against the schema, its
// structural view (test/helpers/structure.ts) matches the reviewed expected.json, and it agrees
// with the fixture's gold annotation item by item (number, title, decision present, cut off),
// except where the list below says why not. Over all fixtures with a gold annotation it scores at
// least what issue 2 asks of the parser; the held-out documents, which no rule was written for,
// keep the floor they have reached, so that a rule made for one publisher cannot quietly cost others.
//
// A missing expected.json fails; `UPDATE=1 npx vitest run test/fixtures.test.ts` writes them.
import { describe, expect, it } from 'vitest';
import { Document } from '../src/model/schema.js';
import { parseFile } from '../src/parse.js';
import { corpusDocuments, fixtures, folderDocuments, golden, readJson } from './helpers/fixtures.js';
import { measure, norm, Tally, type Gold } from './helpers/gold.js';
import { structure } from './helpers/structure.js';
import { join } from 'node:path';

const all = fixtures();

/** Fixtures whose parse knowingly disagrees with their gold annotation, and why. */
const knownDisagreements: Record<string, string> = {
  'pdf-cuyahoga-board-of-health-agenda-2019-04-24':
    'the agenda ends on a table row without a full stop, which the end-of-document test reads as text cut off (item 16 truncated)',
  'pdf-ladwp-board-agenda-2022-01-25':
    'the kind is read as minutes from the header; the gold says agenda. And the numbered entries under its lettered ones are read as items (outline/nested.ts): this gold leaves them out, while the golds of agendas printed the same way (heldout5 port-of-la, html lawa, heldout6 manhattan-beach) annotate them as items',
  'seed-004': "a report's recommendation ('For the strategy to be adopted …') is read as a decision; the gold records none",
};

describe('fixtures', () => {
  for (const fixture of all) {
    it(`${fixture.name}: validates and matches expected.json`, async () => {
      const document = await parseFile(fixture.input, { name: fixture.relative });
      expect(() => Document.parse(document)).not.toThrow();
      const view = structure(document);
      const reviewed = golden(fixture, view);
      expect(reviewed, `${fixture.name}/expected.json is missing: run UPDATE=1 and review it`).not.toBeNull();
      expect(view).toEqual(reviewed);
    });
  }
});

/** What the gold annotation records, and the same read from a parse, in one comparable form. */
const goldView = (gold: Gold) => ({
  kind: gold.kind,
  items: gold.items.map((i) => ({ number: i.number ?? null, title: norm(i.title), decision: i.hasResolution, truncated: i.truncated })),
});
const parsedView = (document: Document) => ({
  kind: document.kind,
  items: document.items.map((i) => ({ number: i.number, title: norm(i.title), decision: i.resolutions.length > 0, truncated: i.truncated })),
});

describe('fixtures agree with their gold annotation', () => {
  for (const fixture of all) {
    const gold = readJson<Gold>(join(fixture.dir, 'gold.json'));
    if (!gold) continue;
    const reason = knownDisagreements[fixture.name];
    // A known disagreement is an expected failure: once it is fixed the test says so.
    const test = reason ? it.fails : it;
    test(`${fixture.name}${reason ? ` (known: ${reason})` : ''}`, async () => {
      const document = await parseFile(fixture.input, { name: fixture.relative });
      expect(parsedView(document)).toEqual(goldView(gold));
    });
  }
  it('lists only fixtures that exist', () => {
    for (const name of Object.keys(knownDisagreements)) expect(all.map((f) => f.name)).toContain(name);
  });
});

describe('accuracy against the gold annotations', () => {
  it('text and Markdown: item F1, titles and resolution presence at least 90%', async () => {
    const tally = new Tally();
    for (const fixture of all.filter((f) => !f.input.endsWith('.pdf'))) {
      const gold = readJson<Gold>(join(fixture.dir, 'gold.json'));
      if (!gold) continue;
      measure(tally, gold, await parseFile(fixture.input, { name: fixture.relative }));
    }
    expect(tally.f1()).toBeGreaterThanOrEqual(0.9);
    expect(tally.rate('titles')).toBeGreaterThanOrEqual(0.9);
    expect(tally.rate('resolutions')).toBeGreaterThanOrEqual(0.9);
    expect(tally.rate('kind')).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * Held-out corpora that arrived after the floor below was set, each held at the level it had
 * reached when it landed (its first-seen figures are in its README), for the parser to raise:
 * real documents from new publishers are not made easier to pass a floor set on others.
 */
const corpusFloors: Record<string, { f1: number; titles: number; resolutions: number }> = {
  heldout10: { f1: 0.7, titles: 0.73, resolutions: 0.87 },
  heldout12: { f1: 0.57, titles: 0.66, resolutions: 0.87 },
  // Raised with the capital headings of flattened OCR text (s5-items): heldout13 finds 4 items more
  // (72 of 76; resolution presence right on 66 of 68 items -> 69 of 72); questions11 matches
  // lakeville's item, its title not exact (titles 12/12 -> 12/13).
  heldout13: { f1: 0.97, titles: 0.8, resolutions: 0.95 },
  questions11: { f1: 0.87, titles: 0.92, resolutions: 0.88 },
};

describe('accuracy on the held-out documents', () => {
  const tallies = new Map<string, Tally>();
  const tallyOf = async (corpus: string) => {
    if (tallies.size === 0)
      // The held-out documents, and those of a floored corpus of another kind (questions11).
      for (const { name, path } of new Map([...corpusDocuments(), ...Object.keys(corpusFloors).flatMap(folderDocuments)].map((d) => [d.path, d])).values()) {
        const gold = readJson<Gold>(path.replace(/\.(?:txt|md|pdf)$/, '.gold.json'));
        if (!gold) continue;
        const folder = name.split('/')[0]!;
        const key = folder in corpusFloors ? folder : 'others';
        if (!tallies.has(key)) tallies.set(key, new Tally());
        measure(tallies.get(key)!, gold, await parseFile(path));
      }
    return tallies.get(corpus)!;
  };
  it('item F1 and titles at least 85%, resolution presence at least 90%', async () => {
    const tally = await tallyOf('others');
    expect(tally.f1()).toBeGreaterThanOrEqual(0.85);
    expect(tally.rate('titles')).toBeGreaterThanOrEqual(0.85);
    expect(tally.rate('resolutions')).toBeGreaterThanOrEqual(0.9);
  });
  for (const [corpus, floor] of Object.entries(corpusFloors))
    it(`${corpus}: no lower than when it landed (item F1 ${floor.f1}, titles ${floor.titles}, resolutions ${floor.resolutions})`, async () => {
      const tally = await tallyOf(corpus);
      expect(tally.f1()).toBeGreaterThanOrEqual(floor.f1);
      expect(tally.rate('titles')).toBeGreaterThanOrEqual(floor.titles);
      expect(tally.rate('resolutions')).toBeGreaterThanOrEqual(floor.resolutions);
    });
});
