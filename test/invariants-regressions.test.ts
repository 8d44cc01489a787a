// The causes of invariant failures found on real documents (test/invariants-corpora.test.ts) and
// by fast-check exploration (test/property-minutes.test.ts), each kept as a small document that
// shows it: the document validates, loses no text in JSON or Markdown, and its Markdown reads
// back the same and renders the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { assertNoTextLost, assertNoTextLostInMarkdown, assertValid } from './helpers/invariants.js';
import { roundTrip, roundTripView } from './helpers/round-trip.js';

/** Every invariant on `text` read as `name`; returns the document. */
async function holdsOn(text: string, name = 'case.txt') {
  const document = await parse(text, { name });
  assertValid(document);
  assertNoTextLost(document, text);
  assertNoTextLostInMarkdown(document, text);
  for (const frontMatter of [false, true]) {
    const { first, reread, second } = await roundTrip(document, { frontMatter });
    assertValid(reread);
    expect(roundTripView(reread, { meeting: frontMatter })).toEqual(roundTripView(document, { meeting: frontMatter }));
    expect(second).toBe(first);
  }
  return document;
}

describe('invariant regressions from real documents', () => {
  it('a motion printed as a numbered heading keeps its final ":" in the Markdown heading, so its resolution reads back the same (saskatoon)', async () => {
    const text = [
      // (Under its movers, "Moved By:" / "Seconded By:", such a list is the motion's clauses, no items: test/segment/failure-classes.test.ts.)
      'MINUTES', '', 'REGULAR MEETING OF THE BOARD', '',
      '    1. That the board approve the agenda as presented;',
      '    2. That the following letters be received and added to item 3.1:',
      '      1. Speak - Jane Doe, dated May 1, 2020;',
      '      2. Comments - John Roe, dated May 2, 2020',
      '    3. That the meeting continue.',
    ].join('\n');
    const document = await holdsOn(text);
    const colon = document.items.find((i) => i.resolutions.some((r) => r.text.endsWith(':')));
    expect(colon?.title).not.toMatch(/:$/);
    expect(renderMarkdown(document)).toContain(`### ${colon?.number}. ${colon?.title}:`);
  });

  it('an item taken from a list entry ending in ":" is printed without its dash, so it reads back with the same title (horley)', async () => {
    const text = [
      'The Agenda Items include:',
      '- Apologies for absence', '- Declaration of Interests', '- Minutes of the meeting held on 18th May 2017', '- Matters arising',
      '- Finance', '- Planning Report', '- Reports from external organisations',
      '- Date of next meetings :', '- Thursday 16th November 2017 at 7.00', '- Any other urgent business',
    ].join('\n');
    const document = await holdsOn(text);
    expect(document.items.map((i) => i.title)).toContain('Date of next meetings');
    expect(renderMarkdown(document)).toContain('### Date of next meetings:\n');
  });

  it('front matter gives back the meeting fields exactly, trailing dots and all (plymouth, clarington: body "Loading...")', async () => {
    const markdown = ['---', 'schemaVersion: "1.0"', 'kind: minutes', 'body: Loading...', 'date: 2002-07-09', 'time: 19:00', 'venue: Council Chambers.', '---', '', 'Minutes', '', '## Items', '', '### 1. Call to order', '', 'The Mayor opened the meeting.', ''].join('\n');
    const document = await parse(markdown, { name: 'minutes.md' });
    expect(document.meeting).toMatchObject({ body: 'Loading...', date: '2002-07-09', time: '19:00', venue: 'Council Chambers.' });
    expect(renderMarkdown(document, { frontMatter: true })).toBe(markdown);
  });

  it('a running header printed with each page number in text is furniture, as in the Markdown made of it (wairoa)', async () => {
    const page = (n: number) => [`Page ${n}`, '', 'EXTRAORDINARY COUNCIL MEETING MINUTES', '', '23 MAY 2019', ''];
    const text = [
      'EXTRAORDINARY COUNCIL MEETING MINUTES', '', '1. KARAKIA', '', 'Karakia was given by Cr Lambert.', '',
      '2. RESERVES BOARD', '', 'Elected members discussed:', '', 'CARRIED', '', ...page(1),
      'RESOLUTION 2019/16', '', 'Moved: Cr Harker', 'Seconded: Cr Eaglesome-Karekare', '',
      'That Council receives this report and appoints the Mayor to the board.', '', 'CARRIED', '', ...page(2),
      '3. PUBLIC EXCLUDED ITEMS', '', 'The meeting closed at 3.10 pm.', '', ...page(3),
    ].join('\n');
    const document = await holdsOn(text);
    expect(document.furniture.map((b) => b.text)).toContain('EXTRAORDINARY COUNCIL MEETING MINUTES');
    expect(document.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('a numbered paragraph of prose is titled by its first sentence, the next sentences are its text (wretton, wellesbourne)', async () => {
    const text = [
      'Minutes of the Parish Council meeting held on 13 May 2019',
      '1.\tApologies for Absence received and accepted from: Cllr. Mack and Councillor Cann.',
      '2.\tNo declarations of Interest made',
      '3.\tApproval of Minutes The minutes of the meeting held on 04.03.19 were confirmed as a true record. Minutes of the meetings held on 28.01.19 were also confirmed.',
      '4.\tReports',
      '4.1\tChairman’s Report: The Chairman had given a report during the Annual Parish meeting held prior to the Council meeting. The report is available as part of the minutes of that meeting.',
      '5.\tGrounds maintenance contract – It was noted that the footpaths had been entered historically. It was agreed these paths should be removed from the contract – Agreed',
      '6.\tDate of next meeting 8 July 2019',
    ].join('\n');
    const document = await holdsOn(text);
    expect(document.items.map((i) => i.number)).toEqual(expect.arrayContaining(['1', '2', '3', '5', '6']));
    const minutes = document.items[2]!;
    expect(minutes.title).toMatch(/^Approval of Minutes The minutes .* true record\.?$/);
    expect(minutes.minutes.map((b) => b.text).join(' ')).toBe('Minutes of the meetings held on 28.01.19 were also confirmed.');
  });

  it('a line that is one link, listed as an item\'s document, stays a link in the Markdown and reads back as one (lawa)', async () => {
    const video = (n: number) => `https://example.granicus.com/MediaPlayer.php?view_id=4&amp;clip_id=838&amp;meta_id=${n}`;
    const html = [
      '<!DOCTYPE html><html><head><title>Board of Airport Commissioners</title></head><body>',
      '<h1>Board of Airport Commissioners – Regular Meeting Agenda</h1><p>Thursday, March 3, 2022</p>',
      '<h2>ORDER OF BUSINESS</h2>',
      '<h3>I. ROLL CALL</h3>',
      `<p><a href="${video(1)}">Commissioner Sean O. Burton,</a></p>`,
      `<p><a href="${video(1)}">President Beatrice C. Hsu</a></p>`,
      '<h3>II. APPROVAL OF MINUTES</h3><p>Approval of the minutes of the regular meeting of February 17, 2022.</p>',
      '<h3>III. ADJOURNMENT</h3>',
      '</body></html>',
    ].join('\n');
    const document = await parse(html, { name: 'agenda.html' });
    assertValid(document);
    expect(document.items.find((i) => i.number === 'I')?.documents.map((d) => d.title)).toEqual(['Commissioner Sean O. Burton,', 'President Beatrice C. Hsu']);
    for (const frontMatter of [false, true]) {
      const { first, reread, second } = await roundTrip(document, { frontMatter });
      expect(first).toContain('[President Beatrice C. Hsu](https://example.granicus.com/');
      expect(reread.items.map((i) => i.documents)).toEqual(document.items.map((i) => i.documents));
      expect(second).toBe(first);
    }
  });

  it('a Markdown heading with two labels is numbered in the list the other headings are numbered in (akron: "14 D-152.")', async () => {
    const markdown = ['Agenda', '', '## Items', '', '### 12. Report of the Clerk', '', '### 13. D-505 Petition of Joe Blough', '', '### 14 D-152. 2014-2018 Capital Investment Program. (1/5/15)', '', '### 15 D-31. Petition of Lonnie Jones. (4/16/12)', '', '### 16. Adjournment', ''].join('\n');
    const document = await parse(markdown, { name: 'agenda.md' });
    expect(document.items.map((i) => [i.number, i.reference])).toEqual([['12', null], ['13', null], ['14', 'D-152'], ['15', 'D-31'], ['16', null]]);
    expect(document.items[2]!.title).toBe('2014-2018 Capital Investment Program. (1/5/15)');
  });

  it('an outcome word alone on its line ("Adopted") is not set in bold, which would read back as a sub-heading (Hawke\'s Bay)', async () => {
    const text = [
      'MINUTES OF THE BOARD MEETING HELD ON 24 JULY 2019', '',
      '11. MĀORI RELATIONSHIP BOARD', '', 'The Deputy Chair spoke to the meeting held 10 July 2019.', '',
      'RESOLUTION', '', 'That the HBDHB Board:', '', '1. Note the contents of this report.', '', 'Moved: Barbara Arnott', '', 'Adopted', '',
      '12. HEALTH CONSUMER COUNCIL', '', 'The Chair advised the outcomes of their meeting held on 11 July 2019.', '',
      'RECOMMENDATION', '', 'That the HBDHB Board:', '', '1. Note the content of the report.', '', 'Adopted', '',
      '13. CLINICAL COUNCIL', '', 'The Co-Chairs spoke to the report.', '', 'RESOLUTION', '', 'That the HBDHB Board:', '',
      'Appoint Trish Giddens to be a Trustee.', '', 'Moved: Ana Apatu', '', 'Seconded: Diana Kirton', '', 'Carried', '',
    ].join('\n');
    const document = await holdsOn(text);
    expect(document.items[0]!.resolutions.map((r) => r.outcome)).toEqual(['approved']);
    expect(renderMarkdown(document)).not.toContain('**Adopted**');
  });
});

/** Shrunk counterexamples of test/property-minutes.test.ts, each fixed at its cause. */
describe('invariant regressions found by fast-check exploration', () => {
  /** A labelled question whose answer runs on into the bulleted point given. */
  const answerThenPoint = (point: string) =>
    [
      'Cabinet - Tuesday, 1th March, 2024 7.00 pm', 'Venue: Council Chamber, Town Hall', '', 'Present: Councillors Smith', '',
      '1. Apologies for absence', '', 'Question from Councillor Smith', 'Question: The Committee considered the report of the Director.',
      'Response: The Committee considered the report of the Director.', '', point, '', '2. Apologies for absence',
    ].join('\n');

  it('an answer that runs on into a bulleted point reads back the same (the bullet glyph is the list marker, not the answer\'s text)', async () => {
    const document = await holdsOn(answerThenPoint('• The Committee considered the report of the Director.'), 'minutes.txt');
    expect(document.items[0]!.questions[0]!.answer).not.toContain('•');
  });

  it('a decision that ends an item whose text breaks off is read the same before the Markdown\'s truncation notice', async () => {
    const markdown = [
      'Cabinet - Tuesday, 1th March, 2024 7.00 pm', 'Venue: Council Chamber, Town Hall', '', 'Present: Councillors Smith', '',
      '## 1. Report of the Director of Finance', '', '• Māori Māori Māori.', '',
      'That the Council receives this report.', 'Moved: Councillor Smith', 'Seconded: Councillor Smith', 'CARRIED',
    ].join('\n');
    const document = await holdsOn(markdown, 'minutes.md');
    expect(document.items[0]!.truncated).toBe(true);
    // The item ends in a decision (its last paragraph is read as one), whatever the decision model
    // makes of the outcome run on after the mover fields (a probability near 0.5 that retraining moves).
    expect(document.items[0]!.resolutions.length).toBeGreaterThan(0);
    expect(document.items[0]!.minutes.at(-1)!.part).toBe('resolution');
  });

  it('an answer that runs on into a bulleted point that asks reads back the same', async () => {
    await holdsOn(answerThenPoint('• A member asked whether the figures included inflation.'), 'minutes.txt');
  });

  it('front matter gives back the contact exactly: a name and a role read from one line do not swap (west-lindsey)', async () => {
    const text = ['Agenda and minutes', '', 'Venue: Council Chamber - The Guildhall. View directions', '', 'Contact: Katie Storr  Democratic Services and Elections Team Manager (interim)', '', 'Items', 'No. Item', '', '35.', 'Apologies for absence', '', 'There were none.'].join('\n');
    const document = await holdsOn(text);
    const { reread } = await roundTrip(document, { frontMatter: true });
    expect(document.meeting.contact).not.toBeNull();
    expect(reread.meeting.contact).toEqual(document.meeting.contact);
  });

  it('a contact printed "<Role>: <Name>" has the role without the colon (epping-forest, blind: synthetic line of its form)', async () => {
    const text = ['MINUTES OF THE CABINET', 'held on 25 September 2008 at 7.30 pm', 'Contact: Democratic Services Officer: Jane Doe  Tel: 01992 564243', '', '1. Apologies', '', 'None were received.'].join('\n');
    const document = await holdsOn(text);
    expect(document.meeting.contact).toMatchObject({ name: 'Jane Doe', role: 'Democratic Services Officer', phone: '01992 564243' });
  });

  it('a title read as the first sentence of a heading line is printed without its full stop, so it reads back the same (portland, blind: synthetic lines of its form)', async () => {
    const text = ['PORTLAND, OREGON, CITY COUNCIL', 'JANUARY 12, 2011 9:30 AM', '', 'Item 25. Call the roll.', '', 'Item 26 Adams: Okay. Thank you.', '', 'Fritz: Aye.', '', 'Saltzman: Aye.'].join('\n');
    const document = await holdsOn(text);
    expect(document.items.find((i) => i.number === '26')?.title).toBe('Adams: Okay');
    expect(renderMarkdown(document)).toContain('### Item 26 Adams: Okay\n');
  });

  it('a question read from an item\'s opening text that runs on into the answerer\'s label is not parted from it by "Minutes:" (blind: synthetic lines of its form)', async () => {
    const text = [
      'Members may ask questions of the Cabinet as set out below.',
      'Councillor Anne Smith had given notice of the following question to the Cabinet Member for Roads',
      '“When will the bridge on Mill Lane reopen to traffic?”',
      'Councillor Bob Jones:',
      '“The bridge will reopen next month after the repairs.”',
    ].join('\n');
    const document = await holdsOn(text);
    expect(document.items[0]?.questions.map((q) => q.question)).toEqual(['“When will the bridge on Mill Lane reopen to traffic?”']);
    expect(renderMarkdown(document)).not.toContain('#### Minutes:');
  });

  it('a bulleted label line before any item is read without its bullet, as the Markdown reader reads it (blind: synthetic lines of its form)', async () => {
    const text = [
      '- Pledge recited by those present',
      '- Roll Call of Members: Mayor Brandt, present; Clerk Lindqvist, present;',
      'Councilor Ruiz made a motion to approve the library levy for the November 5, 2019 ballot. Second by Mayor Brandt. Motion Carried.',
    ].join('\n');
    const document = await holdsOn(text);
    expect(document.attendance.recorded).toBe('yes');
  });

  it('a row of stars printed between agenda sections is a rule, not a point, and reads back whole (omaha pdf)', async () => {
    const text = ['CITY COUNCIL AGENDA', '', '1. Call to order', '', 'The Council will meet at 2:00 p.m.', '', '* * * * * * * * * * * * * *', '', '2. Adjournment'].join('\n');
    const document = await holdsOn(text);
    const rule = document.items.flatMap((i) => i.minutes).find((b) => b.text.startsWith('*'));
    expect(rule).toMatchObject({ type: 'paragraph', text: '* * * * * * * * * * * * * *' });
    expect(renderMarkdown(document)).toContain('\\* '.repeat(13) + '\\*\n');
  });

  it('a motion followed by its attachment links keeps the links, so the attachments read back as documents (boarddocs page)', async () => {
    const html = [
      '<html><body><h1>Board of Education Special Meeting</h1><p>July 9, 2025</p>',
      '<h2>1. Recommendations of the Board</h2>',
      '<h3>1.A. Personnel Recommendations</h3>',
      '<p>RESOLVE to approve certified personnel recommendations as attached.</p>',
      '<ul><li><a href="files/staffing.pdf">Certified Staffing Agenda.pdf</a></li><li><a href="files/support.pdf">Support Staff Agenda.pdf</a></li></ul>',
      '<h3>1.B. Adjournment</h3><p>The meeting adjourned.</p>',
      '</body></html>',
    ].join('\n');
    const document = await parse(html, { name: 'board.html' });
    assertValid(document);
    const item = document.items.find((i) => i.documents.length > 0);
    expect(item?.documents.map((d) => d.href)).toEqual(['files/staffing.pdf', 'files/support.pdf']);
    expect(renderMarkdown(document)).toContain('- [Certified Staffing Agenda.pdf](files/staffing.pdf)');
    for (const frontMatter of [false, true]) {
      const { reread, second, first } = await roundTrip(document, { frontMatter });
      expect(roundTripView(reread, { meeting: frontMatter })).toEqual(roundTripView(document, { meeting: frontMatter }));
      expect(second).toBe(first);
    }
  });

  it('a Word file whose clerk typed the page breaks in sets them aside as furniture, and its closing line "… at 8.35pm" ends it whole (heldout10 newbiggin)', async () => {
    const document = await parse(new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'heldout10', 'newbiggin-pc-2019-09-03.docx'))), { name: 'newbiggin-pc-2019-09-03.docx' });
    expect(document.furniture.map((b) => b.text).filter((t) => /^Page \d of 3$/.test(t))).toEqual(['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    expect(document.items.at(-1)?.minutes.at(-1)?.text).toBe('The Chairman brought the meeting to a close at 8.35pm');
    expect(document.items.at(-1)?.truncated).toBe(false);
  });
});
