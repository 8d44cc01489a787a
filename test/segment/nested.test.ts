// Numbered items held by lettered or roman ones (src/segment/outline/nested.ts): each numbered
// entry under a lettered or roman entry is an item with its printed number; lettered points under
// a numbered item, numbers under a third outline and numbered sentences stay text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/schema.js';
import { parse, parseFile } from '../../src/parse.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { lostText } from '../helpers/text-accounting.js';

const doc = (lines: string[]) => parse(lines.join('\n'), { name: 'synthetic.txt' });
const items = (d: Document) => d.items.map((i) => [i.number, i.title]);

describe('numbered items under lettered or roman ones', () => {
  it('numbers under lettered entries are items: started again under one, going on under the next', async () => {
    const text = [
      'BOARD OF HARBOR COMMISSIONERS',
      'REGULAR MEETING AGENDA',
      '',
      'A. ROLL CALL',
      '',
      'B. APPROVAL OF THE MINUTES',
      'Minutes of the meeting of 2 December 2021.',
      '',
      'C. CONSENT ITEMS',
      '',
      '1. RESOLUTION NO. 21-101 - AGREEMENT WITH ACME DREDGING',
      'Recommendation: Board resolve to approve the agreement.',
      '',
      '2. RESOLUTION NO. 21-102 - LEASE OF BERTH 54',
      'Recommendation: Board resolve to approve the lease.',
      '',
      'D. REGULAR ITEMS',
      '',
      '3. RESOLUTION NO. 21-103 - CRUISE TERMINAL REPAIRS',
      'Recommendation: Board resolve to award the contract.',
      '',
      'E. CLOSED SESSION',
      '',
      '1. CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION',
      'Case: Harbor Tenants v. City.',
      '',
      '2. CONFERENCE WITH REAL PROPERTY NEGOTIATORS',
      'Property: Berth 200.',
      '',
      'F. ADJOURNMENT',
    ];
    const d = await doc(text);
    expect(items(d)).toEqual([
      ['A', 'ROLL CALL'],
      ['B', 'APPROVAL OF THE MINUTES'],
      ['C', 'CONSENT ITEMS'],
      ['1', 'RESOLUTION NO. 21-101 - AGREEMENT WITH ACME DREDGING'],
      ['2', 'RESOLUTION NO. 21-102 - LEASE OF BERTH 54'],
      ['D', 'REGULAR ITEMS'],
      ['3', 'RESOLUTION NO. 21-103 - CRUISE TERMINAL REPAIRS'],
      ['E', 'CLOSED SESSION'],
      ['1', 'CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION'],
      ['2', 'CONFERENCE WITH REAL PROPERTY NEGOTIATORS'],
      ['F', 'ADJOURNMENT'],
    ]);
    expect(lostText(d, text.join('\n'))).toEqual([]);
  });

  it('lettered points under numbered items, numbers under a third outline and numbered sentences stay text', async () => {
    const d = await doc([
      'EXAMPLE PARISH COUNCIL',
      'Minutes of the meeting held on 4 March 2024',
      '',
      '1. APOLOGIES',
      'Apologies were received from Cllr Green.',
      '',
      '2. PLANNING',
      'a) 24/0012 Extension at 4 High Street - no objection',
      'b) 24/0013 Garage at Mill Lane - objection',
      '',
      '3. FINANCE',
      'Payments were approved.',
    ]);
    expect(items(d).map(([n]) => n)).toEqual(['1', '2', '3']);

    const agenda = await doc([
      'AIRPORT COMMISSIONERS',
      'REGULAR MEETING AGENDA',
      '',
      'I. ROLL CALL',
      '',
      'II. CLOSED SESSION ITEMS',
      '',
      'A. CONFERENCE WITH REAL PROPERTY NEGOTIATORS',
      '1. Regarding Property Negotiations for Lease 8600',
      '2. Regarding Rental Amounts for the Terminal Leases',
      '',
      'III. ADJOURNMENT',
      '',
      'Public participation',
      '1. To watch the meeting only: meetings are broadcast live on the city channel and streamed on the website.',
      '2. If you plan to speak during the meeting, join by video call a quarter of an hour before it starts.',
    ]);
    expect(items(agenda).map(([n]) => n)).toEqual(['I', 'II', 'III']);
  });

  it('a real agenda page (LAWA board, HTML): consent items 1-5 under VII and regular items 6-8 under VIII', async () => {
    const path = join(fixturesDir, 'html', 'lawa-board-of-airport-commissioners-agenda-2022-03-03.html');
    const d = await parseFile(path);
    const numbers = d.items.map((i) => i.number);
    expect(numbers.slice(numbers.indexOf('VII'), numbers.indexOf('IX') + 1)).toEqual(['VII', '1', '2', '3', '4', '5', 'VIII', '6', '7', '8', 'IX']);
    // The closed session's lettered entries and their numbered negotiations stay inside IX.
    expect(numbers.slice(numbers.indexOf('IX'))).toEqual(['IX', 'X', 'XI', 'XII', 'XIII']);
    // (No text lost on this page: test/html.test.ts checks every page.)
  });

  it('a real agenda (Rancho Palos Verdes, PDF): ceremonial items 1-4 before the lettered consent calendar, hearings 1-2 with titles wrapped past 160 characters after it', async () => {
    const d = await parseFile(join(fixturesDir, 'heldout9', 'rancho-palos-verdes-city-council-agenda-2022-12-06.pdf'));
    const numbers = d.items.map((i) => i.number).filter((n) => n !== null);
    expect(numbers).toEqual(['1', '2', '3', '4', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', '1', '2']);
    expect(d.items.find((i) => i.number === '4')?.title).toBe('Council Reorganization');
  });
  it('letters that run on from one roman entry to the next are items (RTD agenda, heldout17: A-C under XI, D-F under XII)', async () => {
    const d = await parseFile(join(fixturesDir, 'heldout17', 'rtd-board-agenda-2018-02-27.txt'));
    const numbers = d.items.map((i) => i.number);
    expect(numbers.slice(numbers.indexOf('XI'), numbers.indexOf('XIII') + 1)).toEqual(['XI', 'A', 'B', 'C', 'XII', 'D', 'E', 'F', 'XIII']);
    // "Recommended Action" / "Recommended Changes to Special Event Services" name business, not a recommendation's text;
    // a title ending in "&" wraps; the "1." "2." list under E (after "…:") does not end the letters.
    const title = (n: string) => d.items.find((i) => i.number === n)?.title;
    expect([title('XII'), title('E'), title('A')]).toEqual([
      'Recommended Action',
      'Recommended Changes to Special Event Services',
      'Contract Amendment; 1st year (2018) option 2017-2019 Street Improvements & Shelter Installations Contract # 37DM002',
    ]);
  });

  it('Markdown headings one level below their roman entry, lettered again under each, are items numbered with it (Port of Alsea, heldout17)', async () => {
    const d = await parseFile(join(fixturesDir, 'heldout17', 'port-of-alsea-board-minutes-2018-06-28.md'));
    const numbers = d.items.map((i) => i.number);
    expect(numbers.slice(numbers.indexOf('VII'), numbers.indexOf('IX') + 1)).toEqual(['VII', 'VII.A', 'VII.B', 'VII.C', 'VIII', 'VIII.A', 'VIII.B', 'VIII.C', 'IX']);
    // The applicants' numbered list under VII.A stays its text.
    expect(d.items.find((i) => i.number === 'VII.A')?.minutes.map((b) => b.text).join('\n')).toContain('Mark St. John, Alsea');
  });
});
