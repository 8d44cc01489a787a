// Items and titles of PDFs read from the document's own print (issue 15): what the reader
// measures (gaps between runs, fonts, sizes) decides where a title ends, whatever its wording.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { sourceOfPages } from '../../src/read/pdf.js';
import type { TextRun } from '../../src/read/pdf-worker.js';
import { segment } from '../../src/segment/index.js';

/** A run of text: x and y in points from the top left of the page; 11pt glyphs about half an em wide. */
const run = (text: string, x: number, y: number, font = 'body', size = 11): TextRun => ({ text, x, y, width: text.length * size * 0.5, size, upright: true, font });
/** Runs one after another on a row at `y`, each `gap` points after the one before. */
const row = (y: number, x: number, gap: number, ...texts: string[]): TextRun[] => {
  const out: TextRun[] = [];
  for (const text of texts) {
    const r = run(text, x, y);
    out.push(r);
    x += r.width + gap;
  }
  return out;
};

async function parsePdf(runs: TextRun[]) {
  const source = sourceOfPages([{ runs }], { name: 'agenda.pdf', sha256: '' });
  return segment(source, await extract(source));
}

describe('a numbered title set apart from what follows it on its line', () => {
  it('ends where the reader sees a gap wider than words have: a description, a time column', async () => {
    const parsed = await parsePdf([
      run('AGENDA', 250, 40),
      ...row(70, 72, 4, '1.', 'Welcome and Apologies'),
      run('1:30', 460, 70),
      ...row(90, 72, 4, '2.', 'Golf Course Annual Report for 2021-2022'),
      run('The Board will receive', 380, 90),
      run('an annual report on the golf course operations for the year, and may note and file it.', 90, 104),
      // A cell that goes on with a dash goes on with the title.
      ...row(124, 72, 4, '3.', 'Financial Performance Report'),
      run('– Carriann Hall, Financial Services', 300, 124),
      // Every word of a justified line stretched apart: one title, not cells.
      ...row(144, 72, 24, '4.', 'AWARD', 'OF', 'CONTRACT', 'FOR', 'STREET', 'SIGNS'),
      run('The Council will award the contract for the replacement of street signs in the city.', 90, 158),
    ]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome and Apologies'],
      ['2', 'Golf Course Annual Report for 2021-2022'],
      ['3', 'Financial Performance Report – Carriann Hall, Financial Services'],
      ['4', 'AWARD OF CONTRACT FOR STREET SIGNS'],
    ]);
    // No text lost: what followed the title on its line is the item's text.
    expect(JSON.stringify(parsed.items[0])).toContain('1:30');
    expect(JSON.stringify(parsed.items[1])).toContain('The Board will receive an annual report');
  });
});

describe('an agenda whose headings are printed like its body', () => {
  // A centred masthead in bold under "AGENDA", then headings in the body's type at the margin,
  // one with a note in a cell of its own ("CALL TO ORDER ⇥ Chair Ramirez").
  const runs = [
    run('AGENDA', 260, 40, 'bold', 12),
    run('REGULAR MEETING', 240, 56, 'bold', 12),
    run('PLANNING COMMISSION', 230, 72, 'bold', 12),
    run('CITY HALL COUNCIL CHAMBERS', 215, 88, 'bold', 12),
    run('CALL TO ORDER', 72, 120),
    run('Chair Ramirez', 400, 120),
    run('ROLL CALL', 72, 140),
    run('All members of the Commission were present at the start of the meeting.', 72, 150),
    run('A. MINUTES OF THE PREVIOUS MEETING', 72, 160),
    run('The Commission will approve the minutes of its meeting of October 18, 2022.', 72, 174),
    run('B. PUBLIC HEARINGS', 72, 194),
    run('The Commission will hear the application for a conditional use permit at 14270 Amar Road.', 72, 208),
    run('ADJOURNMENT', 72, 228),
  ];

  it('keeps the masthead, set in and in a type no heading uses, out of the items; a heading before a note in its own cell is one', async () => {
    const parsed = await parsePdf(runs);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'CALL TO ORDER'],
      [null, 'ROLL CALL'],
      ['A', 'MINUTES OF THE PREVIOUS MEETING'],
      ['B', 'PUBLIC HEARINGS'],
      [null, 'ADJOURNMENT'],
    ]);
    expect(JSON.stringify(parsed.items[0])).toContain('Chair Ramirez');
  });

  it('a masthead in the headings’ own type, or at the margin, is no evidence', async () => {
    const same = runs.map((r) => ({ ...r, font: 'body', size: 11 }));
    const titles = (await parsePdf(same)).items.map((i) => i.title);
    expect(titles.slice(0, 3)).toEqual(['REGULAR MEETING', 'PLANNING COMMISSION', 'CITY HALL COUNCIL CHAMBERS']);
  });
});
