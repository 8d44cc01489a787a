// A PDF's heading print (segment/outline/print.ts): the font, size and indent its accepted
// headings share, learned from the document; lines printed apart are no items, lines opening in
// it before other text are headings run into their text. Text and Markdown have no print.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Line } from '../../src/extract/line.js';
import { read } from '../../src/read/index.js';
import { sourceOfPages } from '../../src/read/pdf.js';
import type { TextRun } from '../../src/read/pdf-worker.js';
import { segment } from '../../src/segment/index.js';
import { headingPrints, printedApart, printOf, runInHeadings } from '../../src/segment/outline/print.js';

/** A PDF line: text, font, size and indent from the body margin. */
const line = (text: string, font: string, x = 0, size = 12, boldLead?: number): Line => ({
  text,
  start: 0,
  map: new Int32Array(text.length + 1).map((_, i) => i),
  gapBefore: 0,
  indent: 0,
  cells: 1,
  pdf: { font, size, x },
  ...(boldLead !== undefined ? { boldLead } : {}),
});

const document = [
  line('CITY OF WESTLAKE VILLAGE', 'bold', 110),
  line('1. CALL TO ORDER', 'bold', -36),
  line('The meeting was called to order at 6:30 p.m. by the Mayor of the city.', 'body'),
  line('2. ROLL CALL', 'bold', -36),
  line('All members were present at the start of the meeting, as the clerk recorded.', 'body'),
  line('PUBLIC COMMENTS: Members of the public may address the Council.', 'bold', -36, 12, 'PUBLIC COMMENTS:'.length),
  line('The Council RESOLVED to adopt the budget as it was recommended.', 'body', 0, 12, 'The Council'.length),
  line('Adoption of financial regulations', 'bold', 0),
];

describe('the heading print', () => {
  it('is what the accepted headings share, not the body text’s print', () => {
    const known = headingPrints(document, [1, 3])!;
    expect([...known.prints]).toEqual([printOf(document[1]!)]);
    // Headings printed like the body tell nothing by their print.
    const plain = [line('1. Apologies', 'body'), line('None were received at this meeting of the council.', 'body'), line('2. Minutes', 'body')];
    expect(headingPrints(plain, [0, 2])).toBeNull();
    // One heading alone is no repetition.
    expect(headingPrints(document, [1])).toBeNull();
  });

  it('sets apart a line centred or in another type; a line in the headings’ type in the text column is printed like them', () => {
    const known = headingPrints(document, [1, 3])!;
    expect(printedApart(document[0]!, known)).toBe(true); // centred letterhead
    expect(printedApart(document[2]!, known)).toBe(true); // body type
    expect(printedApart(document[7]!, known)).toBe(false); // bold at the margin
    expect(printedApart(document[3]!, known)).toBe(false);
  });

  it('finds headings run into their text where the line opens in the heading print', () => {
    const known = headingPrints(document, [1, 3])!;
    const found = runInHeadings(document, known, new Set([1, 3]));
    expect(found.map((c) => [c.index, c.title, document[c.index]!.text.slice(c.runIn)])).toEqual([[5, 'PUBLIC COMMENTS', 'Members of the public may address the Council.']]);
  });

  it('text and Markdown lines have no print', async () => {
    const { lines } = await extract(await read(new TextEncoder().encode('1. CALL TO ORDER\nThe Mayor opened the meeting.\n2. ROLL CALL\n'), { name: 'a.txt' }));
    expect(lines.map(printOf)).toEqual([null, null, null]);
    expect(headingPrints(lines, [0, 2])).toBeNull();
  });
});

/** A run of text: x and y in points from the top left of the page. */
const run = (text: string, x: number, y: number, font = 'body', size = 11): TextRun => ({ text, x, y, width: text.length * size * 0.5, size, upright: true, font });

describe('segmentation of a PDF', () => {
  // An agenda: a centred letterhead in the headings' font, numbered headings in bold out in the
  // margin, a heading in bold run into body text that reads like a field, body text at x 108.
  const runs: TextRun[] = [
    run('CITY OF LAKESIDE', 250, 60, 'bold', 12),
    run('Council Chambers, 1 Main Street', 230, 76, 'bold', 12),
    run('PUBLIC PARTICIPATION OPTIONS', 220, 92, 'bold', 12),
    run('The public may join this meeting by video or attend it in person in the Chambers.', 108, 108),
    run('1.', 72, 138, 'bold', 12),
    run('CALL TO ORDER', 90, 138, 'bold', 12),
    run('The Mayor will call the meeting to order and the clerk will note who is present today.', 108, 154),
    run('2.', 72, 166, 'bold', 12),
    run('APPROVAL OF MINUTES', 90, 166, 'bold', 12),
    run('Minutes of the regular meeting held on the ninth of November, for approval as printed.', 108, 182),
    run('Public Comments:', 72, 212, 'bold', 12),
    run('Members of the public may address the Council on items not on the agenda.', 72 + 16 * 6 + 6, 212),
    run('Speakers are asked to keep to three minutes each and to give their names first.', 108, 228),
    run('3.', 72, 258, 'bold', 12),
    run('ADJOURNMENT', 90, 258, 'bold', 12),
    run('The meeting will be adjourned to the next regular meeting of the Council in December.', 108, 274),
  ];

  it('finds the heading run into its text, which reads as a field by its wording, and keeps the letterhead out', async () => {
    const source = sourceOfPages([{ runs }], { name: 'agenda.pdf', sha256: '' });
    const parsed = segment(source, await extract(source));
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'APPROVAL OF MINUTES'],
      [null, 'Public Comments'],
      ['3', 'ADJOURNMENT'],
    ]);
    // No text lost: the run-in heading's text is in its item.
    expect(JSON.stringify(parsed.items[2])).toContain('Members of the public may address');
  });

  it('the same agenda in one font and size throughout is read by its wording alone: no run-in heading', async () => {
    const plain = runs.map((r) => ({ ...r, font: 'body', size: 11 }));
    const source = sourceOfPages([{ runs: plain }], { name: 'agenda.pdf', sha256: '' });
    const titles = segment(source, await extract(source)).items.map((i) => i.title);
    expect(titles).toEqual(['CALL TO ORDER', 'APPROVAL OF MINUTES', 'ADJOURNMENT']);
  });
});
