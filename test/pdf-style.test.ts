// How a PDF prints each line (font, size, indent; read/source.ts `LineStyle`), carried from the
// text runs the reader returns to the lines the segmenter sees: the text itself never changes.
// The PDF worker runs from dist/: `npm run build` first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { extractPdf } from '../src/extract/pdf.js';
import { read } from '../src/read/index.js';
import { layOut, layOutPage } from '../src/read/pdf.js';
import type { TextRun } from '../src/read/pdf-worker.js';
import { lineStartsOf, type LineStyle, type Source } from '../src/read/source.js';
import { fixtures } from './helpers/fixtures.js';

/** A run of body text (font "body", 12pt); x and y in points from the top left. */
const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x,
  y,
  width: text.length * 6,
  size: 12,
  upright: true,
  font: 'body',
  ...extra,
});

describe('layout keeps each line’s style', () => {
  it('the font and size of its first words, where it starts, and where its first font ends', () => {
    const runs = [
      run('1.', 36, 100),
      run('CALL TO ORDER', 72, 100, { font: 'bold', size: 14 }),
      run('The Mayor opened the meeting.', 72 + 13 * 6 + 6, 100),
      run('Present were the members.', 72, 118),
    ];
    const { text, styles } = layOutPage(runs);
    expect(text).toBe('1. CALL TO ORDER The Mayor opened the meeting.\nPresent were the members.\n');
    // The label's font is not the line's: its first words (a bullet, a number) are skipped.
    expect(styles[0]).toEqual({ font: 'bold', size: 14, x: 36, leadEnd: '1. CALL TO ORDER '.length });
    expect(styles[1]).toEqual({ font: 'body', size: 12, x: 72 });
    // The text is what it was without styles.
    expect(layOut(runs)).toBe(text);
  });

  it('a blank line (a paragraph gap) has no style; a line in one font has no lead', () => {
    const runs = [run('Minutes', 72, 100, { font: 'head' }), run('of the meeting', 72, 114, { font: 'head' }), run('Apologies were', 72, 160), run('received.', 72, 174)];
    const { text, styles } = layOutPage(runs);
    expect(text).toBe('Minutes\nof the meeting\n\nApologies were\nreceived.\n');
    const head = { font: 'head', size: 12, x: 72 };
    const body = { font: 'body', size: 12, x: 72 };
    expect(styles).toEqual([head, head, null, body, body]);
  });

  it('a reader that gives no fonts gives equal (empty) fonts, never a guess', () => {
    const { styles } = layOutPage([run('AGENDA', 72, 100, { font: undefined, size: 16 })]);
    expect(styles).toEqual([{ font: '', size: 16, x: 72 }]);
  });
});

/** A PDF source of one page of laid-out text with the styles of its lines. */
function styledSource(text: string, lineStyles: (LineStyle | null)[]): Source {
  return { name: null, format: 'pdf', encoding: 'pdf', sha256: '', text, lineStarts: lineStartsOf(text), pageStarts: [0], lineStyles, messages: [] };
}

describe('lines carry their style', () => {
  it('onto Line.pdf, the end of the first font as an index into the cleaned text', () => {
    const text = '4.\tPLANNING  MATTERS Report of the Clerk\nThe report was noted.\n';
    const head: LineStyle = { font: 'bold', size: 12, x: -36, leadEnd: text.indexOf('Report') };
    const source = styledSource(text, [head, { font: 'body', size: 11, x: 0 }]);
    const { lines } = extractPdf(source);
    expect(lines[0]!.text).toBe('4. PLANNING MATTERS Report of the Clerk');
    expect(lines[0]!.pdf).toEqual({ font: 'bold', size: 12, x: -36, leadEnd: '4. PLANNING MATTERS '.length });
    expect(lines[1]!.pdf).toEqual({ font: 'body', size: 11, x: 0 });
  });

  it('a line joined from a hyphenated word keeps its first line’s style', () => {
    const source = styledSource('7. ADMINIS-\nTRATION OF OATH\n', [
      { font: 'bold', size: 12, x: 0 },
      { font: 'body', size: 12, x: 0 },
    ]);
    expect(extractPdf(source).lines.map((l) => [l.text, l.pdf?.font])).toEqual([['7. ADMINISTRATION OF OATH', 'bold']]);
  });

  it('text and Markdown lines have none', async () => {
    for (const [name, body] of [
      ['a.txt', '1. CALL TO ORDER\nThe Mayor opened the meeting.\n'],
      ['a.md', '## 1. Call to order\n\nThe Mayor opened the meeting.\n'],
    ] as const) {
      const { lines } = await extract(await read(new TextEncoder().encode(body), { name }));
      expect(lines.every((l) => l.pdf === undefined)).toBe(true);
    }
  });
});

describe('a real PDF', () => {
  it('gives every line a style, one per line of its text, and its headings one font apart from the body', async () => {
    const input = fixtures((f) => f.name === 'pdf-hidden-hills-city-council-agenda-2022-12-12')[0]!.input;
    const source = await read(readFileSync(input), { name: input });
    expect(source.lineStyles).toHaveLength(source.lineStarts.length - 1);
    const { lines } = await extract(source);
    expect(lines.every((l) => l.pdf !== undefined)).toBe(true);
    // The style of the document's numbered headings ("1. CALL TO ORDER") recurs: one font, size and indent.
    const headings = lines.filter((l) => /^\d{1,2}\.\s[A-Z]{3}/.test(l.text) && /^[^a-z]+$/.test(l.text));
    expect(headings.length).toBeGreaterThan(3);
    const key = (l: (typeof lines)[number]) => `${l.pdf!.font} ${l.pdf!.size} ${l.pdf!.x}`;
    const counts = new Map<string, number>();
    for (const h of headings) counts.set(key(h), (counts.get(key(h)) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(headings.length / 2);
  });
});
