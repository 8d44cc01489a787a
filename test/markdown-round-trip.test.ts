// Issue 4: the Markdown output converts back. Over every fixture (text, Markdown, PDF) and the
// held-out documents, parsing the rendered Markdown gives the same items, numbers, titles,
// resolutions, answers and speakers; and Markdown → JSON → Markdown is a fixpoint, checked on
// the fixtures and, with fast-check, on generated minutes and on mutated real documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseFile } from '../src/parse.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { committedModels } from '../src/segment/learned/models.js';
import { generatedMinutes, mutatedDocument, mutatedText, runs, type MutatedDocument } from './helpers/arbitraries.js';
import { corpusDocuments, fixtures } from './helpers/fixtures.js';
import { roundTrip, roundTripView } from './helpers/round-trip.js';

const documents = [...fixtures().map((f) => ({ name: f.name, path: f.input })), ...corpusDocuments()];

describe('Markdown round trip', () => {
  for (const { name, path } of documents) {
    it(`${name}: reads back the same and renders the same`, async () => {
      const original = await parseFile(path);
      for (const frontMatter of [false, true]) {
        const { first, reread, second } = await roundTrip(original, { frontMatter });
        expect(roundTripView(reread, { meeting: frontMatter })).toEqual(roundTripView(original, { meeting: frontMatter }));
        expect(second).toBe(first);
      }
    });
  }
});

describe('a bold title run into its numbered paragraph', () => {
  // "9. **Planning Matters: …** The Chairman said …": the bold run is the title, whether the
  // number makes a Markdown list or not (a no-break space after "9." keeps it a paragraph).
  for (const gap of [' ', '\u00a0 ']) {
    it(`is the item's title and reads back the same (${JSON.stringify(gap)} after the number)`, async () => {
      const markdown = [
        '# Minutes of the Parish Council meeting held on 3 October 2013',
        `1.${gap}**Apologies.** Apologies were received from Cllr Grey.`,
        `2.${gap}**Planning Matters: Barn at Church Farm (21/00123/F)** The Clerk said that the applicant had withdrawn the application after the site visit. Members noted the report and asked to be told of any new application.`,
        `3.${gap}**Correspondence:** A letter from the Borough Council was noted.`,
      ].join('\n\n');
      const document = await parse(markdown, { name: 'bold-titles.md' });
      expect(document.items.map((i) => [i.number, i.title])).toEqual([
        ['1', 'Apologies'],
        ['2', 'Planning Matters: Barn at Church Farm (21/00123/F)'],
        ['3', 'Correspondence'],
      ]);
      expect(document.items[1]!.minutes.map((b) => b.text).join(' ')).toMatch(/^The Clerk said that the applicant/);
      for (const frontMatter of [false, true]) {
        const { first, reread, second } = await roundTrip(document, { frontMatter });
        expect(roundTripView(reread, { meeting: frontMatter })).toEqual(roundTripView(document, { meeting: frontMatter }));
        expect(second).toBe(first);
      }
    });
  }
});

describe('a sentence under the headers the Markdown writes over questions', () => {
  // questions6/kirkby-on-bain-pc-2020-09-03.txt: the Markdown prints "Member question 1 of 2: …"
  // over the point the questions were read from; read back, those headers must not move the
  // point's sentences to another place among the item's paragraphs, or the decision model weighs
  // them differently and a decision read in the document is lost in its Markdown.
  it('is weighed as a decision with the same features in the document and in its Markdown', async () => {
    const text = [
      'Minutes of the Parish Council meeting held on 3 September 2020',
      '',
      '35. To receive reports from outside bodies',
      'a) County Councillor Patricia Bradwell asked the council if Kirkby Lane verges had been repaired. Councillor Midgley told her that they have been done but have been damaged again since the repairs have been carried out. She also asked the council if Roughton road speed limit signs had been moved yet but the council had no updates on this.',
    ].join('\n');
    const weighed = async (input: string, name: string) => {
      const seen = new Map<string, string[]>();
      const document = await parse(input, { name, learned: { models: committedModels, record: (c) => c.task === 'decision' && seen.set(c.value, Object.keys(c.features).sort()) } });
      return { document, seen };
    };
    const source = await weighed(text, 'kirkby.txt');
    expect(source.document.items[0]!.questions).toHaveLength(2);
    const markdown = renderMarkdown(source.document);
    expect(markdown).toMatch(/Member question 1 of 2:/);
    const reread = await weighed(markdown, 'kirkby.md');
    const sentence = 'Councillor Midgley told her that they have been done but have been damaged again since the repairs have been carried out.';
    expect(source.seen.get(sentence)).toBeDefined();
    expect(reread.seen.get(sentence)).toEqual(source.seen.get(sentence));
    expect(roundTripView(reread.document, { meeting: false })).toEqual(roundTripView(source.document, { meeting: false }));
  });
});

describe('an item\'s text read as its purpose in minutes', () => {
  // heldout13/north-frontenac-township-council.txt (its lines, the header without the word
  // "MINUTES", item 2 left out: its motion, read first, says at once that the document is
  // minutes and item 1's sentence is then its minutes): the items are read as an agenda's, their opening paragraphs as their purpose unless
  // they record a decision (item 4's "… BE IT RESOLVED THAT Council receives …", read inside its
  // sentence), until a decision says the document is minutes. Read back as minutes, a paragraph is
  // a purpose only under its label, or item 1's sentence would be its minutes.
  it('is printed under "Purpose:" and reads back the same', async () => {
    const text = [
      'Regular Meeting of Council for The Corporation of the Township of North Frontenac, held, at the Clar Mill Fire Hall, Upstairs Meeting Room, 6648 Road 506, Plevna, Ontario.',
      '',
      '1. CALL TO ORDER',
      'The Meeting was called to order by Mayor Higgins at 9:00 a.m.',
      '',
      '4. DELEGATIONS',
      '(See presentation included in the Council Agenda for today s Meeting) Moved by Councillor Hermer, Seconded by Councillor Bedard # BE IT RESOLVED THAT Council receives for information the presentation from Frances Smith, Warden and Kelly Pender, CAO of the County of Frontenac regarding County of Frontenac updates and thanks them for their time spent today.',
    ].join('\n');
    const document = await parse(text, { name: 'north-frontenac.txt' });
    expect(document.kind).toBe('minutes');
    expect(document.items[0]!.minutes.map((b) => b.part)).toEqual(['purpose']);
    expect(document.items.slice(1).map((i) => i.resolutions.map((r) => [r.text.slice(0, 40), r.secondedBy?.name]))).toEqual([
      [['THAT Council receives for information th', 'Councillor Bedard']],
    ]);
    for (const frontMatter of [false, true]) {
      const { first, reread, second } = await roundTrip(document, { frontMatter });
      expect(first).toMatch(/#### Purpose:\n\nThe Meeting was called to order/);
      expect(roundTripView(reread, { meeting: frontMatter })).toEqual(roundTripView(document, { meeting: frontMatter }));
      expect(second).toBe(first);
    }
  });
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

/**
 * Mutated documents that random exploration (FC_SEED=random) once found not to be fixpoints,
 * each fixed at its cause and replayed here on every run.
 */
const foundByExploration: MutatedDocument[] = [
  // A paragraph of bold fields ("**Title of meeting:** Cabinet" / "**Date of meeting:** …").
  { name: 'seed-004_e63172f83fb14039.txt', window: null, mutations: [{ op: 'duplicate', at: 0, to: 0 }, { op: 'join', at: 7 }], ending: 'mixed', encoding: 'utf-8' },
  // A flattened agenda printed twice on one line: its numbering starts again.
  { name: 'morro-bay-council-1985-01-28.txt', window: null, mutations: [{ op: 'duplicate', at: 981399003, to: 21 }, { op: 'join', at: 716916070 }], ending: '\n', encoding: 'utf-8' },
  // "- Declaration of Interests" as an entry of the attendance list.
  { name: 'culcheth-glazebury-pc-2024-12-10.txt', window: null, mutations: [{ op: 'shuffle', seed: 612508017 }], ending: '\n', encoding: 'utf-8' },
  // The last item ends mid-sentence in the Markdown, not in the source (the unclassified text moved up).
  { name: 'oxfordshire-cabinet-2019-01-22.txt', window: null, mutations: [{ op: 'shuffle', seed: 1486340795 }], ending: '\n', encoding: 'utf-8' },
  // A bullet ("*", "–") alone on its line over lower-case text.
  { name: 'barnsley-agenda-item-17042-exempt.txt', window: null, mutations: [{ op: 'prefix', at: 1504245665, label: '*', sep: ' ' }], ending: '\n', encoding: 'utf-8' },
  { name: 'barnsley-agenda-item-17042-exempt.txt', window: null, mutations: [{ op: 'prefix', at: 1161407524, label: '\u2013', sep: ' ' }, { op: 'shuffle', seed: 0 }], ending: '\n', encoding: 'utf-8' },
  // A venue found after a date, ending in a full stop.
  { name: 'sf-board-of-supervisors-agenda-2025-11-04.md', window: null, mutations: [{ op: 'shuffle', seed: 215224390 }], ending: '\n', encoding: 'utf-8' },
  // A comment's speaker split from its sentence ("The" / "Cabinet Member noted …").
  { name: 'seed-001_ca3a0b9b00b65f02.txt', window: null, mutations: [{ op: 'blank', at: 0, count: 1 }, { op: 'split', at: 568213533, column: 1746577638 }], ending: '\n', encoding: 'utf-8' },
  // "* No. Item": a bulleted entry among the unclassified text, not the header of the items.
  { name: 'seed-000_453331043fc57572.txt', window: null, mutations: [{ op: 'split', at: 0, column: 0 }, { op: 'prefix', at: 1174558720, label: '*', sep: ' ' }], ending: '\n', encoding: 'utf-8' },
  // A comment after another comment's points (a second "Members' comments" heading).
  { name: 'seed-000_453331043fc57572.txt', window: null, mutations: [{ op: 'shuffle', seed: 1679878580 }], ending: '\n', encoding: 'utf-8' },
  // "1. PRESENT: Cr Denise Knight" among the people also present.
  { name: 'coffsharbour-ordinary-2021-09-09.txt', window: null, mutations: [{ op: 'split', at: 0, column: 0 }, { op: 'delete', at: 188856098 }, { op: 'prefix', at: 1770311173, label: '1.', sep: ' ' }, { op: 'shuffle', seed: 229415391 }], ending: '\n', encoding: 'utf-8' },
  // An agenda item whose text opens with a list, which would read back as its purpose.
  { name: 'portsmouth-full-council-agenda-2017-03-21.txt', window: null, mutations: [{ op: 'join', at: 518800737 }, { op: 'shuffle', seed: 30 }, { op: 'swap', a: 713141535, b: 724126479 }], ending: '\n', encoding: 'utf-8' },
  // Bullets stacked by a copy ("▪   • J. Romano").
  { name: 'whitby-committee-of-the-whole-escribe.txt', window: null, mutations: [{ op: 'shuffle', seed: 0 }, { op: 'prefix', at: 288137325, label: '\u25aa', sep: ' ' }], ending: '\n', encoding: 'utf-8' },
];

describe('Markdown → JSON → Markdown is a fixpoint', () => {
  for (const doc of foundByExploration) {
    it(`on ${doc.name} mutated (${doc.mutations.map((m) => m.op).join(', ')}), found by exploration`, async () => {
      await isFixpoint(mutatedText(doc), doc.name);
    });
  }
  it('on generated minutes', async () => {
    await fc.assert(fc.asyncProperty(generatedMinutes, (text) => isFixpoint(text)), runs(150));
    // 150 parses and renders of two: 28-52 s on a loaded 2-core machine, past vitest's 30 s default.
  }, 180_000);
  it('on real documents mutated (lines shuffled, split, joined, relabelled)', async () => {
    await fc.assert(fc.asyncProperty(mutatedDocument(), async (doc) => isFixpoint(mutatedText(doc), doc.name)), runs(100));
  }, 180_000);
});
