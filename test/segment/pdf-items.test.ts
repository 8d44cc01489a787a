// Items and titles of PDFs read from the document's own print (issue 15): what the reader
// measures (gaps between runs, fonts, sizes) decides where a title ends, whatever its wording.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
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

describe('a numbered title wrapped over lines of its paragraph', () => {
  it('runs on over the lines printed in its type and ends where the print changes', async () => {
    const bold = (text: string, x: number, y: number) => run(text, x, y, 'bold');
    const parsed = await parsePdf([
      run('AGENDA', 250, 40),
      ...[bold('1.', 72, 70), bold('ASSEMBLY BILL 361 FINDINGS FOR SPECIAL BROWN ACT', 90, 70)],
      bold('REQUIREMENTS FOR TELECONFERENCE MEETINGS -', 90, 84),
      run('City Council make the following findings so that meetings can continue.', 90 + 43 * 5.5 + 4, 84),
      run('The Council has reconsidered the circumstances of the state of emergency.', 90, 98),
      ...[bold('2.', 72, 124), bold('PROFESSIONAL SERVICES AGREEMENT WITH R3 CONSULTING GROUP,', 90, 124)],
      bold('INC. FOR ASSISTANCE WITH SOLID WASTE PROGRAM ADMINISTRATION -', 90, 138),
      run('Approve the Professional Services Agreement with R3 Consulting Group, Inc.', 90, 152),
    ]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'ASSEMBLY BILL 361 FINDINGS FOR SPECIAL BROWN ACT REQUIREMENTS FOR TELECONFERENCE MEETINGS'],
      ['2', 'PROFESSIONAL SERVICES AGREEMENT WITH R3 CONSULTING GROUP, INC. FOR ASSISTANCE WITH SOLID WASTE PROGRAM ADMINISTRATION'],
    ]);
    // No text lost: the text after the title on its last line is the item's.
    expect(JSON.stringify(parsed.items[0])).toContain('City Council make the following findings');
  });

  it('printed like its text, ends at its first sentence, at a dash before a description, or at a cell', async () => {
    const parsed = await parsePdf([
      run('AGENDA', 250, 40),
      ...row(70, 72, 4, '1.', 'M-1560-22; Miscellaneous application for an accessory structure exceeding'),
      run('8ft in height at 136 Rocky Point Road. Lot 67, Tract 17606. This project is', 90, 84),
      run('exempt from CEQA pursuant to California Administrative Code Title 14.', 90, 98),
      // A line laid out to its end wraps at a comma too.
      ...row(124, 72, 4, '2.', 'NC-1747-22, G-1681-22, and SC-142-22; Neighborhood Compatibility,'),
      run('Grading Permit, and Sports Court application at 1505 Chelsea Road. Lot 15,', 90, 138),
      run('Block 1350, Tract 7140. This project is exempt from CEQA.', 90, 152),
      ...row(178, 72, 4, '3.', '9665 WILSHIRE BOULEVARD Conditional Use Permit (PL2200226) -'),
      run('Request for a Conditional Use Permit to allow a vehicle sales use to occupy the', 90, 192),
      run('ground floor of an existing building.', 90, 206),
      // A description set apart from the title's last words by a wide gap, as on a first line.
      ...row(232, 72, 4, '4.', 'Brace Canyon Park Ballfield Life Cycle Assessment and Triple'),
      ...row(246, 90, 30, 'Bottom Line Analysis', 'The Board will receive a report on the ballfield project.'),
    ]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'M-1560-22; Miscellaneous application for an accessory structure exceeding 8ft in height at 136 Rocky Point Road'],
      ['2', 'NC-1747-22, G-1681-22, and SC-142-22; Neighborhood Compatibility, Grading Permit, and Sports Court application at 1505 Chelsea Road'],
      ['3', '9665 WILSHIRE BOULEVARD Conditional Use Permit (PL2200226)'],
      ['4', 'Brace Canyon Park Ballfield Life Cycle Assessment and Triple Bottom Line Analysis'],
    ]);
    expect(JSON.stringify(parsed.items[0])).toContain('Lot 67, Tract 17606.');
    expect(JSON.stringify(parsed.items[2])).toContain('Request for a Conditional Use Permit');
  });

  it('a line of a word or two in each cell is a justified line, not a title before a cell', async () => {
    const parsed = await parsePdf([
      run('AGENDA', 250, 40),
      ...row(70, 72, 14, '1.', 'NC-1745-22 and', 'M-1548-22;', 'Remand to', 'Planning', 'Commission'),
      run('Neighborhood Compatibility applications for a remodel at 760 Via Del Monte. Lot', 90, 84),
      run('12, Block 1537, Tract 6884.', 90, 98),
      ...row(124, 72, 4, '2.', 'Director’s Report'),
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['NC-1745-22 and M-1548-22; Remand to Planning Commission', 'Director’s Report']);
  });
});

describe('a number printed again beside its item', () => {
  it('is no heading where the items’ headings share a print and the copy is printed apart', async () => {
    const runs: TextRun[] = [run('AGENDA', 250, 40)];
    const items = [
      'November 15, 2022 Planning Commission Action Minutes',
      'Administrative Approvals',
      'Application for a fence at 136 Rocky Point Road',
      'Application for a wall at 1677 Rico Place',
      'Application for a structure at 2609 Via Ramon',
    ];
    // Each item's attachment is listed under it, set in, with the item's number: "4 - 1677 RICO PLACE".
    const attachments = ['Action Min-11-15-22 PC Mtg', 'Administrative Approvals List-12-20-22', '136 Rocky Point Road-Plans', '1677 RICO PLACE', '2609 VIA RAMON'];
    items.forEach((title, k) => {
      const y = 70 + k * 80;
      runs.push(...row(y, 72, 4, `${k + 1}.`, title));
      runs.push(run('Applicant: Kelsey Fair, 2020 Perry Avenue, Redondo Beach, with the owner’s consent.', 90, y + 14));
      runs.push(run('Owner: Hedi and Mark Sampson of Redondo Beach.', 90, y + 28));
      runs.push(...row(y + 58, 108, 4, `${k + 1} -`, attachments[k]!));
    });
    const parsed = await parsePdf(runs);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual(items.map((title, k) => [String(k + 1), title]));
    // The copies stay in their items' text.
    expect(JSON.stringify(parsed.items[3])).toContain('1677 RICO PLACE');
  });
});

describe('unnumbered headings printed alike', () => {
  const bold = (text: string, y: number) => run(text, 72, y, 'bold');
  const agenda = [
    run('AGENDA', 250, 40),
    ...[bold('CALL TO ORDER', 70), bold('ROLL CALL', 84)],
    ...[bold('COUNCIL RESPONSE', 110), bold('STAFF COMMENTS', 136), bold('NEW BUSINESS', 162)],
    ...row(176, 90, 4, '1.', 'Review of the first quarter budgets'),
    run('The Council will receive and file the report of the finance director on the budgets.', 90, 190),
    ...row(216, 90, 4, '2.', 'Annual report of the parks department'),
    run('The Council will receive the annual report of the parks department for the year.', 90, 230),
    ...[bold('TABLED ITEMS', 256), bold('ADDITIONAL COMMENTS FROM THE BOARD', 270), bold('ADJOURNMENT', 284)],
  ];

  it('are siblings, not groups of groups; stacked with an item, they are items too', async () => {
    const parsed = await parsePdf(agenda);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'CALL TO ORDER'],
      [null, 'ROLL CALL'],
      [null, 'COUNCIL RESPONSE'],
      [null, 'STAFF COMMENTS'],
      ['1', 'Review of the first quarter budgets'],
      ['2', 'Annual report of the parks department'],
      [null, 'TABLED ITEMS'],
      [null, 'ADDITIONAL COMMENTS FROM THE BOARD'],
      [null, 'ADJOURNMENT'],
    ]);
    // "NEW BUSINESS" groups the numbered items.
    expect(parsed.items[4]!.section).toBe('section-new-business');
  });
});

describe('long entries of a real Word agenda (heldout21 Omaha)', () => {
  // 72 numbered paragraphs with a hanging indent: ordinances and resolutions of up to 13 lines,
  // ordinals with a raised "th", hyphens at line ends, a Unicode copy of the body font for the
  // words with curly quotes, "– see attached" and the clerk's "((…))" after the entry.
  const path = fileURLToPath(new URL('../../fixtures/heldout21/omaha-city-council-agenda-2012-10-16.pdf', import.meta.url));
  const titles = parseFile(path).then((d) => new Map(d.items.map((i) => [i.number, i.title])));

  it('runs a title on over its paragraph, past a raised ordinal, a semicolon and a second printing of the body font', async () => {
    const t = await titles;
    expect(t.get('8')).toBe(
      'Res. that the preliminary plat entitled BUCKY’S CROSSROADS PLAZA ADDITION, located northeast of 78th and Dodge Streets, is hereby accepted; and, the preparation of the final plat of this subdivision is hereby authorized – Inside City',
    );
    expect(t.get('15')).toBe('Menco Corporation, dba “Convenient World”, 2302 South 20th Street, requests permission to appoint Kay Bae manager of their present Class “C” Liquor License location');
  });

  it('joins a word hyphenated at a line end without a space, and keeps enumerators inside the sentence', async () => {
    const t = await titles;
    expect(t.get('6')).toContain('in a R7-Medium-Density Multiple-Family Residential District');
    expect(t.get('44')).toMatch(/^Ord\. \(1\) to approve \(a\) an Agreement between the City of Omaha/);
  });

  it('ends the title before the pointer to the papers and the clerk’s instruction, which stay in the item', async () => {
    const d = await parseFile(path);
    const item5 = d.items.find((i) => i.number === '5')!;
    expect(item5.title).toBe('Ord. to rezone property located East of 99th Street and South of Redick Avenue from LI-Limited Industrial District to R7-Medium-Density Multiple Family Residential District');
    expect(JSON.stringify(item5.minutes)).toContain('((PUBLIC HEARING TODAY');
    const item7 = d.items.find((i) => i.number === '7')!;
    expect(item7.title).toMatch(/and to provide for an effective date$/);
    expect(JSON.stringify(item7.minutes)).toContain('see attached');
  });
});
