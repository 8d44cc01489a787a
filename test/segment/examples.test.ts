// The example lines documented at the top of each recognizer, run as unit tests of it: the
// comment is the specification a reader sees, and this test keeps it true. Each module lists
// its examples under a line ending "(run as tests by test/segment/examples.test.ts):", one
// `input → expected` per comment line, in the format the table below names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/segment/outline/label.js';
import { runInTitleEnd } from '../../src/segment/outline/run-in.js';
import { capsLeadEnd, labelLeadEnd } from '../../src/segment/outline/colon-leads.js';
import { styleOf } from '../../src/segment/outline/style.js';
import { makeLine } from '../../src/extract/line.js';
import { findDate } from '../../src/segment/dates.js';

/** Each module's examples, and how its output is written on the right of the arrow. */
const recognizers: Record<string, (input: string) => string> = {
  'src/segment/outline/run-in.ts': (text) => {
    const end = runInTitleEnd(text);
    return end === null ? 'none' : text.slice(0, end);
  },
  'src/segment/outline/colon-leads.ts': (text) => {
    const end = labelLeadEnd(text) ?? capsLeadEnd(text);
    return end === null ? 'none' : text.slice(0, end);
  },
  'src/segment/outline/style.ts': (text) => styleOf(makeLine(text, 0, 0), { index: 0, lineCount: 1, readings: [], title: text.replace(/\s\|$/, ''), procedural: false, strong: false }),
  'src/segment/dates.ts': (text) => findDate(text)?.iso ?? 'none',
  'src/segment/outline/label.ts': (line) => {
    const label = readLabels(line)[0];
    return label ? [label.number, label.family, label.value.join('.'), label.rest].join(' | ').trimEnd() : 'none';
  },
};

/** The `input → expected` lines of a module's header comment. */
function documentedExamples(path: string): { input: string; expected: string; cut: boolean }[] {
  const lines = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').split('\n');
  const from = lines.findIndex((l) => l.includes('(run as tests by test/segment/examples.test.ts):'));
  const out: { input: string; expected: string; cut: boolean }[] = [];
  for (const line of lines.slice(from + 1)) {
    if (!line.startsWith('//')) break;
    const arrow = line.indexOf(' → ');
    if (!line.startsWith('//   ') || arrow < 0) continue;
    const input = line.slice(5, arrow).trim();
    const expected = line.slice(arrow + 3).trim();
    // "…" at the end stands for text left out: the input is cut there, the output compared up to it.
    out.push({ input: input.replace(/ …$/, ''), expected: expected.replace(/ …$/, ''), cut: expected.endsWith(' …') });
  }
  return out;
}

describe('documented examples', () => {
  for (const [path, show] of Object.entries(recognizers)) {
    const examples = documentedExamples(path);
    it(`${path} documents examples`, () => expect(examples.length).toBeGreaterThan(3));
    for (const { input, expected, cut } of examples) {
      it(`${path}: ${input}`, () => (cut ? expect(show(input).startsWith(expected), show(input)).toBe(true) : expect(show(input)).toBe(expected)));
    }
  }
});
