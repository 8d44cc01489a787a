// How a PDF prints each line (font, size, indent; read/source.ts `LineStyle`), carried from the
// text runs the reader returns to the lines the segmenter sees: the text itself never changes.
// The PDF worker runs from dist/: `npm run build` first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { extractPdf } from '../src/extract/pdf.js';
import { read } from '../src/read/index.js';
import { documentStyles, layOut, layOutPage, sourceOfPages } from '../src/read/pdf.js';
import { segment } from '../src/segment/index.js';
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
  it('the font and size of its first words, where it starts, and the print it goes on in', () => {
    const runs = [
      run('1.', 36, 100),
      run('CALL TO ORDER', 72, 100, { font: 'bold', size: 14 }),
      run('The Mayor opened the meeting.', 72 + 13 * 6 + 6, 100),
      run('Present were the members.', 72, 118),
    ];
    const { text, styles } = layOutPage(runs);
    expect(text).toBe('1. CALL TO ORDER The Mayor opened the meeting.\nPresent were the members.\n');
    // The label's font is not the line's: its first words (a bullet, a number) are skipped.
    expect(styles[0]).toEqual({ font: 'bold', size: 14, x: 36, leadEnd: '1. CALL TO ORDER '.length, rest: { font: 'body', size: 12 } });
    expect(styles[1]).toEqual({ font: 'body', size: 12, x: 72 });
    // The text is what it was without styles.
    expect(layOut(runs)).toBe(text);
  });

  it('a blank line (a paragraph gap) has no style; a line in one print goes on in none', () => {
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

describe('over the whole document', () => {
  /** Two pages: body text from x 72, headings in bold out in the margin at x 36. */
  const pages = [
    layOutPage([
      run('1.', 36, 100),
      run('MINUTES', 54, 100, { font: 'bold' }),
      run('Confirmed as a true record of the meeting.', 54 + 7 * 6 + 6, 100),
      run('The minutes of the last meeting were read and confirmed as a true record.', 72, 114),
    ]),
    layOutPage([
      run('2.', 36, 100),
      run('The Council', 54, 100),
      run('RESOLVED', 54 + 11 * 6 + 6, 100, { font: 'bold' }),
      run('to adopt the budget, as the finance committee had recommended it.', 72, 114),
      run('Signed', 300, 128, { size: 9 }),
    ]),
  ];

  it('indents are measured from the body margin, where most text starts on all pages', () => {
    expect(documentStyles(pages).map((s) => s?.x)).toEqual([-36, 0, -36, 0, 228]);
  });

  it('a line opening in a print that stands out (bold before body text) has a lead; bold inside body text does not', () => {
    const [minutes, , council] = documentStyles(pages);
    expect(minutes!.leadEnd).toBe('1. MINUTES '.length);
    expect(council!.leadEnd).toBeUndefined();
    // Larger before smaller stands out too.
    const larger = layOutPage([run('ROLL CALL', 72, 100, { size: 9 }), run('Chair Ungoco, Vice-Chair Tokashiki', 200, 100, { size: 8.5 })]);
    expect(documentStyles([larger])[0]!.leadEnd).toBe('ROLL CALL\t'.length);
  });
});

/** A PDF source of one page of laid-out text with the styles of its lines. */
function styledSource(text: string, lineStyles: (LineStyle | null)[]): Source {
  return { name: null, format: 'pdf', encoding: 'pdf', sha256: '', text, lineStarts: lineStartsOf(text), pageStarts: [0], lineStyles, messages: [] };
}

describe('lines carry their style', () => {
  it('onto Line.pdf; a lead that stands out is the line’s boldLead, an index into the cleaned text without its dash', () => {
    const text = '4.\tPLANNING  MATTERS - Report of the Clerk\nThe report was noted.\n';
    const head: LineStyle = { font: 'bold', size: 12, x: -36, leadEnd: text.indexOf('Report') };
    const source = styledSource(text, [head, { font: 'body', size: 11, x: 0 }]);
    const { lines } = extractPdf(source);
    expect(lines[0]!.text).toBe('4. PLANNING MATTERS - Report of the Clerk');
    expect(lines[0]!.pdf).toEqual({ font: 'bold', size: 12, x: -36 });
    expect(lines[0]!.text.slice(0, lines[0]!.boldLead)).toBe('4. PLANNING MATTERS');
    expect(lines[1]!.pdf).toEqual({ font: 'body', size: 11, x: 0 });
    expect(lines[1]!.boldLead).toBeUndefined();
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

describe('segmentation', () => {
  /** An agenda page: lettered headings in 9pt, each run into a note in smaller print or followed by text. */
  const agenda = (note: (text: string, x: number, y: number) => TextRun) => [
    run('Planning Commission Agenda', 200, 60, { size: 14 }),
    run('A.', 42, 100, { size: 9 }),
    run('ROLL CALL', 81, 100, { size: 9 }),
    note('Chair Ungoco, Vice-Chair Tokashiki, Commissioners Dillavou', 160, 100),
    run('B.', 42, 130, { size: 9 }),
    run('PUBLIC HEARING', 81, 130, { size: 9 }),
    run('The Commission will hear the application for 216 14th Street.', 81, 144, { size: 9 }),
    run('C.', 42, 174, { size: 9 }),
    run('ADJOURNMENT', 81, 174, { size: 9 }),
  ];

  it('a heading run into a note in smaller print ends where the print changes; text is never lost', async () => {
    const smaller = (text: string, x: number, y: number) => run(text, x, y, { size: 8 });
    const source = sourceOfPages([{ runs: agenda(smaller) }], { name: 'agenda.pdf', sha256: '' });
    const document = segment(source, await extract(source));
    expect(document.items.map((i) => [i.number, i.title])).toEqual([
      ['A', 'ROLL CALL'],
      ['B', 'PUBLIC HEARING'],
      ['C', 'ADJOURNMENT'],
    ]);
    expect(JSON.stringify(document.items[0])).toContain('Chair Ungoco');
  });

  it('the same note in the heading’s own print, a space after it, stays in the title: no style, no cut', async () => {
    // A word's space after "ROLL CALL" (further off, the reader would part the note as a cell of its own).
    const same = (text: string, _x: number, y: number) => run(text, 81 + 'ROLL CALL'.length * 6 + 2.5, y, { size: 9 });
    const source = sourceOfPages([{ runs: agenda(same) }], { name: 'agenda.pdf', sha256: '' });
    const document = segment(source, await extract(source));
    expect(document.items[0]!.title).toMatch(/^ROLL CALL\s+Chair Ungoco/);
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
