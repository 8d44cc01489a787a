// Running headers and footers: lines at the same place on most pages (counted from a page edge,
// or from a printed page number in Markdown converted from a PDF) are furniture; text that only
// repeats stays. Checked on small made-up pages and on the San Francisco agenda converted to
// Markdown, whose every page carries a six-line header.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorBands, findFurniture, pageBands, pagedFurniture, separate } from '../src/extract/furniture.js';
import { extract } from '../src/extract/index.js';
import { makeLine, type Line } from '../src/extract/line.js';
import { parse } from '../src/parse.js';
import { read } from '../src/read/index.js';
import { formFeedPages } from '../src/read/source.js';

/** Lines of made-up pages, with each page's [from, to) range of line indices. */
function pages(...texts: string[][]): { lines: Line[]; ranges: [number, number][] } {
  const lines: Line[] = [];
  const ranges: [number, number][] = [];
  for (const page of texts) {
    const from = lines.length;
    for (const text of page) lines.push(makeLine(text, 0, 0));
    ranges.push([from, lines.length]);
  }
  return { lines, ranges };
}

const furnitureOf = (...texts: string[][]) => {
  const { lines, ranges } = pages(...texts);
  return [...findFurniture(lines, pageBands(ranges))].sort((a, b) => a - b).map((i) => lines[i]!.text);
};

describe('running headers and footers of pages', () => {
  it('are the lines at the same place on most pages, page numbers aside', () => {
    const page = (n: number, ...body: string[]) => ['Planning Commission January 27, 2020 Minutes', ...body, `Page ${n} of 4`];
    expect(
      furnitureOf(page(1, 'CALL TO ORDER', 'Motion carried.'), page(2, 'Motion carried.', 'RESULT: APPROVED'), page(3, 'PUBLIC COMMENT'), page(4, 'ADJOURNMENT')),
    ).toEqual([
      'Planning Commission January 27, 2020 Minutes',
      'Page 1 of 4',
      'Planning Commission January 27, 2020 Minutes',
      'Page 2 of 4',
      'Planning Commission January 27, 2020 Minutes',
      'Page 3 of 4',
      'Planning Commission January 27, 2020 Minutes',
      'Page 4 of 4',
    ]);
  });

  it('leave text that repeats at the same place on only a few pages', () => {
    // "RESULT: APPROVED" heads two pages of five and ends a third; "Motion carried." ends two.
    expect(
      furnitureOf(
        ['RESULT: APPROVED', 'AYES: Brown, Bello', '1. Minutes', 'Motion carried.'],
        ['RESULT: APPROVED', 'AYES: Garcia', '2. Finance', 'Motion carried.'],
        ['3. Planning', 'The committee discussed the report.', 'RESULT: APPROVED'],
        ['4. Parks', 'Deferred to March.'],
        ['5. Adjournment', 'The meeting closed at 9 pm.'],
      ),
    ).toEqual([]);
  });

  it('need two pages at least', () => {
    expect(furnitureOf(['Board of Health', 'Agenda', 'Page 1'])).toEqual([]);
    expect(furnitureOf(['Board of Health', 'Agenda'], ['Board of Health', 'Minutes'])).toEqual(['Board of Health', 'Board of Health']);
  });

  it('are found on a page that prints them a line lower, under a stamp', () => {
    const header = ['Cuyahoga County Board of Health - AGENDA - April 24, 2019'];
    const found = furnitureOf(['REVISED', ...header, '1. Call to Order'], [...header, 'A. Resolution'], [...header, 'B. Resolution'], [...header, 'SCHEDULE C']);
    expect(found).toEqual(Array(4).fill(header[0]));
  });
});

describe('page numbers in Markdown', () => {
  const anchored = (texts: string[]) => {
    const lines = texts.map((t) => makeLine(t, 0, 0));
    return [...findFurniture(lines, anchorBands(lines))].sort((a, b) => a - b).map((i) => lines[i]!.text);
  };

  it('anchor the header printed with them; a question before a page break on two pages stays', () => {
    const question = 'Question: Shall this Ordinance be PASSED?';
    const items = ['Budget', 'Zoning', 'Lease', 'Parks', 'Water'];
    const page = (n: number) => [
      n % 3 === 0 ? question : `Sponsor: ${items[n - 1]}`,
      'City of Example',
      `Page ${n}`,
      'Printed at 8:21 pm on 10/30/25',
      `${n * 2}. ${items[n - 1]} ordinance`,
      n % 2 === 0 ? 'Additional documents:' : `Sponsors: Supervisor ${items[n - 1]}`,
    ];
    const lines = [1, 2, 3, 4, 5].flatMap(page);
    expect(lines.filter((l) => l === question)).toHaveLength(1);
    const found = anchored([question, 'Ordinance amending the Code.', ...lines, question]);
    expect(found).toEqual([1, 2, 3, 4, 5].flatMap((n) => ['City of Example', `Page ${n}`, 'Printed at 8:21 pm on 10/30/25']));
  });

  it('are recognised as printed: "Page 3 of 13", "3 of 13", "- 3 -", but not a sentence', () => {
    const bands = (text: string) => anchorBands([makeLine(text, 0, 0)]).length;
    expect(['Page 3 of 13', 'Page 3', 'Pg. 3', '3 of 13', '- 3 -', 'Page 3/13'].map(bands)).toEqual([1, 1, 1, 1, 1, 1]);
    // The markers converters write between pages (heldout15 Santa Ana, heldout17 SMFD).
    expect(['--- PAGE 3 ---', '<!-- Page 2 -->', '[Page 3]', '**Page 3 of 13**'].map(bands)).toEqual([1, 1, 1, 1]);
    expect(['See page 3', 'Page 3 of the report', '3', 'Pages', '3.', '(3)', '-- 3.', '# 3'].map(bands)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('take the San Francisco agenda header off every page, and nothing else', async () => {
    const path = new URL('../fixtures/sf-board-of-supervisors-agenda-2025-11-04/input.md', import.meta.url);
    const markdown = readFileSync(path, 'utf8');
    const { lines, furniture } = await extract(await read(new TextEncoder().encode(markdown), { name: 'agenda.md' }));
    const counts = new Map<string, number>();
    for (const line of furniture) counts.set(line.text.replace(/\d+/g, '#'), (counts.get(line.text.replace(/\d+/g, '#')) ?? 0) + 1);
    // 17 printed page numbers; the last page's header is cut off after its third line.
    expect(Object.fromEntries(counts)).toEqual({
      'City and County of San Francisco': 17,
      'Page #': 17,
      'Printed at #:# pm on #/#/#': 17,
      'Board of Supervisors': 16,
      'Meeting Agenda': 16,
      'Tuesday, November #, #': 16,
    });
    expect(lines.filter((l) => l.text.startsWith('Question: Shall this'))).toHaveLength(markdown.split('Question: Shall this').length - 1);
    // The same words as content, at the head of the document, stay.
    expect(lines[0]!.text).toBe('BOARD OF SUPERVISORS CITY AND COUNTY OF SAN FRANCISCO AGENDA');
  });
});

describe('page furniture of text taken from a PDF', () => {
  const furnitureOfFile = async (path: string) => {
    const bytes = readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
    const { lines, furniture } = await extract(await read(new Uint8Array(bytes), { name: path }));
    return { lines: lines.map((l) => l.text), furniture: furniture.map((l) => l.text) };
  };

  it('sets aside the page markers a converter wrote and the footer printed above each (Santa Ana minutes)', async () => {
    const { lines, furniture } = await furnitureOfFile('heldout15/santa-ana-city-council-minutes-2024-03-05.txt');
    const pages = [...Array(17).keys()].map((n) => n + 1);
    expect(furniture).toEqual(pages.flatMap((n) => [`--- PAGE ${n} ---`, `CITY COUNCIL ${n} MARCH 5, 2024`]));
    // The same words as content stay: the chamber's name and the open session's heading.
    expect(lines.filter((l) => /^CITY COUNCIL/.test(l))).toEqual(['CITY COUNCIL CHAMBER', 'CITY COUNCIL REGULAR OPEN SESSION']);
  });

  it('reads form feeds as page breaks: the minute-book page number at the foot of each page goes, the stamp on the first stays', async () => {
    const { lines, furniture } = await furnitureOfFile('heldout17/sjusd-board-minutes-2020-03-31.txt');
    expect(furniture).toEqual(['2230', '2231', '2232']);
    expect(lines.slice(0, 3)).toEqual(['D', '04/14/2020', 'San Juan Unified School District']);
  });

  it('gives what stands after a form feed the page it is on', async () => {
    const bytes = readFileSync(new URL('../fixtures/heldout17/sjusd-board-minutes-2020-03-31.txt', import.meta.url));
    const document = await parse(new Uint8Array(bytes), { name: 'minutes.txt' });
    const pageOf = (start: string) => document.items.find((item) => item.heading?.text.startsWith(start))?.position?.page;
    expect([pageOf('Personnel (D-1)'), pageOf('Business/Financial Report (D-3)'), pageOf('Adjournment (M)')]).toEqual([1, 2, 3]);
  });

  it('finds nothing where no line recurs at the pages\' edges (RTD agenda, three pages)', async () => {
    const { furniture } = await furnitureOfFile('heldout17/rtd-board-agenda-2018-02-27.txt');
    expect(furniture).toEqual([]);
  });

  it('knows a page by its form feed alone, a trailing one making no empty page', () => {
    expect(formFeedPages('one\ftwo\fthree\f')).toEqual([0, 4, 8, 14]);
    expect(formFeedPages('no page breaks')).toBeNull();
    const lines = ['a', 'Minutes', 'b', 'Minutes', 'c'].map((text, i) => makeLine(text, i * 2, 0));
    // 'a\nMinutes\fb\nMinutes\fc': two pages end with 'Minutes'; the last page holds only 'c'.
    expect([...pagedFurniture(lines, [0, 4, 8, 10])].sort()).toEqual([1, 3]);
  });
});

describe('separate', () => {
  it('splits lines into content and furniture, each in order', () => {
    const { lines } = pages(['a', 'b', 'c', 'd']);
    const { lines: content, furniture } = separate(lines, new Set([0, 2]));
    expect(content.map((l) => l.text)).toEqual(['b', 'd']);
    expect(furniture.map((l) => l.text)).toEqual(['a', 'c']);
  });
});
