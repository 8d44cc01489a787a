// A document that opens with its own agenda is bounded by it (src/segment/outline/agenda-bound.ts):
// made-up agenda packs and minutes printed under their agenda. What a reader checks: the items
// are the agenda's entries, each entry's papers are its text (sub-headings, running headers and
// another meeting's minutes quoted inside it included), and no text is lost in JSON or Markdown.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import type { Document } from '../../src/model/schema.js';
import { assertNoTextLost, assertNoTextLostInMarkdown, assertValid } from '../helpers/invariants.js';
import { roundTrip, roundTripView } from '../helpers/round-trip.js';

const text = (lines: string[]) => lines.join('\n');
const doc = (lines: string[]) => parse(text(lines), { name: 'synthetic.txt' });
const items = (d: Document) => d.items.map((i) => [i.number, i.title]);
const itemText = (d: Document, number: string) => {
  const item = d.items.find((i) => i.number === number)!;
  return item.minutes.map((b) => ('text' in b ? b.text : '')).join('\n');
};

const pack = [
  'EXAMPLE DISTRICT HEALTH BOARD',
  'Board Meeting 28 August 2024',
  'Boardroom, 12 Example Street',
  '',
  'AGENDA',
  '1   Welcome and Karakia                Chair       9.00',
  '2   Apologies                          Chair',
  '3   Interests Register                 Chair',
  '4   Minutes of Previous Meeting        Chair       9.10',
  'Board Meeting 28 August 2024 - Agenda',
  'Item   Section                         Presenter   Time',
  '5   Matters Arising                    Chair',
  '6   Chief Executive Report             CEO         9.30',
  '7   Financial Performance Report       CFO         10.00',
  '8   Date of Next Meeting               Chair',
  '',
  'Board Meeting 28 August 2024 - Interests Register',
  'INTERESTS REGISTER',
  'Jane Roe        Trustee, Example Trust',
  'John Doe        Director, Sample Ltd',
  '',
  'Board Meeting 28 August 2024 - Minutes of Previous Meeting',
  'MINUTES OF PREVIOUS MEETING',
  'Minutes of the Board meeting held on 24 July 2024',
  '15.  APOLOGIES',
  'Apologies were received from Jane Roe.',
  '16.  CHIEF EXECUTIVE REPORT',
  'The report was received and noted.',
  '17.  FINANCE',
  'The board noted the financial position.',
  '',
  'Board Meeting 28 August 2024 - Chief Executive Report',
  '6   CHIEF EXECUTIVE REPORT',
  '1. Introduction',
  'This report covers the month of July.',
  '2. Staffing',
  'Staff numbers are stable at 1,240.',
  '3. Recommendation',
  'That the Board notes the report.',
  '',
  'Board Meeting 28 August 2024 - Financial Performance Report',
  '7   FINANCIAL PERFORMANCE REPORT',
  '1. Summary',
  'The result for July is a deficit of $0.2m.',
  '2. Forecast',
  'The year-end forecast is unchanged.',
];

describe('agenda bound', () => {
  it('takes the items from the agenda and gives each its papers', async () => {
    const d = await doc(pack);
    expect(items(d).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(items(d)[5]![1]).toMatch(/^Chief Executive Report/);
    // The papers, with their own numbered headings and the earlier meeting's minutes, stay in their item.
    expect(itemText(d, '4')).toContain('Apologies were received from Jane Roe.');
    expect(itemText(d, '6')).toContain('Staff numbers are stable at 1,240.');
    expect(itemText(d, '7')).toContain('The year-end forecast is unchanged.');
    expect(itemText(d, '6')).not.toContain('deficit');
    // The papers of an entry that the body repeats by title only (a running header) go to it too.
    expect(itemText(d, '3')).toContain('Director, Sample Ltd');
  });

  it('loses no text, validates and reads back the same from its Markdown', async () => {
    const d = await doc(pack);
    assertValid(d);
    assertNoTextLost(d, text(pack));
    assertNoTextLostInMarkdown(d, text(pack));
    const { reread } = await roundTrip(d, { frontMatter: true });
    expect(roundTripView(reread).items.map((i) => i.number)).toEqual(roundTripView(d).items.map((i) => i.number));
  });

  it('bounds minutes printed under the agenda they follow', async () => {
    const d = await doc([
      'Example Parish Council',
      'Minutes of the meeting held on 3 June 2024',
      'Agenda',
      '1. Apologies for absence',
      '2. Declarations of interest',
      '3. Minutes of the last meeting',
      '4. Planning applications',
      '',
      '1. Apologies for absence',
      'Cllr Green sent apologies.',
      '2. Declarations of interest',
      'There were none.',
      '3. Minutes of the last meeting',
      'It was RESOLVED that the minutes of 6 May be approved.',
      '1. The chairman signed them.',
      '2. A copy will be filed.',
      '4. Planning applications',
      'No objection was raised to 24/0012/FUL.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'Minutes of the last meeting'],
      ['4', 'Planning applications'],
    ]);
    expect(d.items[2]!.resolutions.length).toBe(1);
    expect(itemText(d, '4')).toContain('No objection was raised');
  });

  it('takes a list printed twice alike (ways to attend, then the same list again) for no agenda', async () => {
    const d = await doc([
      'Example City Council',
      'Agenda for the meeting on 3 June 2024',
      'You may attend:',
      '1. In person at the Council Chambers, 1 Main Street',
      '2. By video at the meeting link',
      '3. By phone on the toll free number',
      'Ways to attend, again:',
      '1. In person at the Council Chambers, 1 Main Street',
      '2. By video at the meeting link',
      '3. By phone on the toll free number',
      '',
      'AGENDA',
      '1. CALL TO ORDER',
      'The meeting opens at 6 pm.',
      '2. ROLL CALL',
      'The clerk calls the roll.',
      '3. PUBLIC COMMENT',
      'Speakers have three minutes each.',
      '4. ADJOURNMENT',
      'The meeting ends.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'CALL TO ORDER'],
      ['2', 'ROLL CALL'],
      ['3', 'PUBLIC COMMENT'],
      ['4', 'ADJOURNMENT'],
    ]);
  });

  it('leaves an agenda whose entries the body does not repeat as it is', async () => {
    const d = await doc([
      'Example Town Council',
      'Agenda for the meeting on 3 June 2024',
      '1. Apologies',
      'To receive apologies.',
      '2. Minutes',
      'To approve the minutes of 6 May.',
      '3. Finance',
      'To approve the payments list.',
      '1. Payments of £1,200',
      '2. Receipts of £400',
    ]);
    expect(items(d).map(([n]) => n)).toEqual(['1', '2', '3']);
  });
});
