// Property tests (issue 7, item 1): for arbitrary text and for real documents mutated the ways
// copies break them, `parse` throws nothing but an InputError for inputs that are not documents,
// always returns a document that validates against the zod contract, and loses no text. Strings
// use fast-check's 'grapheme' and 'binary' units, not the ASCII default. fast-check prints the
// seed and the shrunk counterexample on failure; replay one with
//   FC_SEED=<seed> FC_PATH=<path> npx vitest run test/property.test.ts -t '<test name>'
// and run deeper with FC_RUNS_SCALE=10.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseOptions } from '../src/index.js';
import { cleanText } from '../src/read/clean.js';
import { type LineEnding, type TestEncoding } from './helpers/encodings.js';
import {
  binaryString,
  graphemeString,
  unicodeEncoding,
  joinLines,
  markdownSoup,
  minutesSoup,
  mutatedDocument,
  mutatedText,
  realDocuments,
  runs,
  type MutatedDocument,
} from './helpers/arbitraries.js';
import { assertNoCrash, assertNoTextLost, assertNoTextLostInMarkdown, assertValid, prepare, tryParse, type Expectation } from './helpers/invariants.js';
import { cleanLine } from './helpers/text-accounting.js';

/** One input: the text, how it is saved, and how it is handed to parse. */
interface Input {
  text: string;
  encoding: TestEncoding;
  format?: ParseOptions['format'];
}

type Invariant = 'never throws' | 'always validates' | 'no text lost' | 'no text lost in Markdown';

async function holds(invariant: Invariant, input: Input): Promise<void> {
  const { bytes, expect: expectation }: { bytes: Uint8Array; expect: Expectation } = prepare(input.text, input.encoding);
  const outcome = await tryParse(bytes, input.format ? { format: input.format } : {});
  if (invariant === 'never throws') return assertNoCrash(outcome, expectation);
  if (!outcome.ok) return; // a throw is the first property's business
  if (invariant === 'always validates') return assertValid(outcome.document);
  if (expectation.text === null) return;
  if (invariant === 'no text lost') assertNoTextLost(outcome.document, expectation.text);
  else assertNoTextLostInMarkdown(outcome.document, expectation.text);
}

const INVARIANTS: Invariant[] = ['never throws', 'always validates', 'no text lost', 'no text lost in Markdown'];
/** Rendering Markdown twice and reading it back costs several parses: a third of the runs. */
const runsOf = (invariant: Invariant, numRuns: number) => runs(invariant === 'no text lost in Markdown' ? Math.ceil(numRuns / 3) : numRuns);

const format = fc.constantFrom<ParseOptions['format']>(undefined, undefined, 'text', 'markdown');
const input = (text: fc.Arbitrary<string>, formats = format, encodings = unicodeEncoding): fc.Arbitrary<Input> =>
  fc.record({ text, encoding: encodings, format: formats });

/** The input families, each with its runs per invariant. */
const families: { name: string; arbitrary: fc.Arbitrary<Input>; numRuns: number }[] = [
  {
    name: 'grapheme strings (one line and many)',
    arbitrary: input(fc.oneof(graphemeString(300), joinLines(fc.array(graphemeString(60), { maxLength: 20 })))),
    numRuns: 300,
  },
  {
    name: 'binary strings (any code point, controls included)',
    arbitrary: input(fc.oneof(binaryString(300), joinLines(fc.array(binaryString(40), { maxLength: 20 })))),
    numRuns: 300,
  },
  { name: 'minutes-like line soups', arbitrary: input(minutesSoup), numRuns: 300 },
  { name: 'Markdown soups', arbitrary: input(markdownSoup, fc.constantFrom<ParseOptions['format']>(undefined, 'markdown')), numRuns: 200 },
  {
    name: 'minutes-like line soups saved as Windows-1252',
    arbitrary: input(minutesSoup, fc.constant(undefined), fc.constant('windows-1252' as const)),
    numRuns: 200,
  },
];

const asInput = (doc: MutatedDocument): Input => ({ text: mutatedText(doc), encoding: doc.encoding });
const isMarkdownFixture = (name: string) => name.endsWith('.md');

/** Real documents mutated: lines shuffled, swapped, duplicated, deleted, split, joined; labels, odd spaces and lines injected. */
const mutatedFamilies: { name: string; arbitrary: fc.Arbitrary<MutatedDocument>; numRuns: number }[] = [
  { name: 'real text documents, mutated, in UTF-8 and UTF-16', arbitrary: mutatedDocument((n) => !isMarkdownFixture(n), unicodeEncoding), numRuns: 200 },
  {
    name: 'real text documents, mutated, in Windows-1252',
    arbitrary: mutatedDocument((n) => !isMarkdownFixture(n), fc.constant('windows-1252' as const)),
    numRuns: 100,
  },
  // 55 KB of Markdown: a window of up to 150 of its lines keeps a run fast.
  { name: 'a real Markdown document, cut to a window and mutated', arbitrary: mutatedDocument(isMarkdownFixture, unicodeEncoding, 150), numRuns: 150 },
];

describe('property: parse on arbitrary text', () => {
  for (const family of families) {
    describe(family.name, () => {
      for (const invariant of INVARIANTS) {
        it(invariant, async () => {
          await fc.assert(fc.asyncProperty(family.arbitrary, (i) => holds(invariant, i)), runsOf(invariant, family.numRuns));
        });
      }
    });
  }
});

describe('property: parse on real documents, mutated and re-encoded', () => {
  it('has real documents to mutate', () => {
    expect([...realDocuments.keys()].filter((n) => !isMarkdownFixture(n)).length).toBeGreaterThanOrEqual(10);
    expect([...realDocuments.keys()].filter(isMarkdownFixture).length).toBeGreaterThanOrEqual(1);
  });
  for (const family of mutatedFamilies) {
    describe(family.name, () => {
      for (const invariant of INVARIANTS) {
        it(invariant, async () => {
          await fc.assert(fc.asyncProperty(family.arbitrary, (doc) => holds(invariant, asInput(doc))), runsOf(invariant, family.numRuns));
        });
      }
    });
  }
});

/** What must not depend on how a file was saved: kind, meeting, items and resolutions. */
const essentials = (document: Awaited<ReturnType<typeof tryParse>>) =>
  document.ok
    ? {
        kind: document.document.kind,
        format: document.document.source.format,
        meeting: document.document.meeting,
        items: document.document.items.map((i) => ({
          number: i.number,
          title: i.title,
          truncated: i.truncated,
          resolutions: i.resolutions.map((r) => ({ text: r.text, outcome: r.outcome })),
        })),
      }
    : { error: (document.error as { code?: string }).code ?? String(document.error) };

const lineEndingOf: Record<LineEnding, '\n' | '\r\n' | '\r'> = { lf: '\n', crlf: '\r\n', cr: '\r' };

describe('property: how a mutated document is saved does not change what is read', () => {
  it('two Unicode encodings and line endings of the same text give the same kind, meeting, items and resolutions', async () => {
    // Unicode encodings only: Windows-1252 has its own tests (test/encodings.test.ts and the families above).
    const variant = fc.record({ encoding: unicodeEncoding, ending: fc.constantFrom<LineEnding>('lf', 'crlf', 'cr') });
    await fc.assert(
      fc.asyncProperty(mutatedDocument((n) => !isMarkdownFixture(n)), variant, variant, async (doc, a, b) => {
        const base = { ...doc, ending: '\n' as const };
        const [x, y] = [a, b].map((v) => {
          const text = mutatedText({ ...base, ending: lineEndingOf[v.ending] });
          return prepare(text, v.encoding);
        });
        fc.pre(x!.expect.text !== null && y!.expect.text !== null);
        fc.pre(x!.expect.text!.replace(/\r\n?/g, '\n') === y!.expect.text!.replace(/\r\n?/g, '\n'));
        const [px, py] = await Promise.all([tryParse(x!.bytes), tryParse(y!.bytes)]);
        expect(essentials(py)).toEqual(essentials(px));
      }),
      runs(150),
    );
  });
});

describe('property: the test oracle cleans lines as the reader does', () => {
  it('cleanLine (test helper) equals cleanText (src/read/clean.ts) on one-line binary strings', () => {
    fc.assert(
      fc.property(fc.oneof(binaryString(200), graphemeString(200)), (s) => {
        const line = s.replace(/[\r\n]/g, ' ');
        expect(cleanLine(line)).toBe(cleanText(line));
      }),
      runs(500),
    );
  });
});
