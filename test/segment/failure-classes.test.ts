// The failure classes of issue 15, each as a small synthetic document in the layout seen on
// publishers no fixture comes from: what a reader checks is which items are found, their
// numbers and titles, and that no text is lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parse, parseFile } from '../../src/parse.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Document } from '../../src/model/schema.js';

const doc = (lines: string[]) => parse(lines.join('\n'), { name: 'synthetic.txt' });
const items = (d: Document) => d.items.map((i) => [i.number, i.title]);
/** Lines `from` to `to` (1-based, inclusive) of a fixture, as printed. */
const fixtureLines = (path: string, from: number, to: number) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8').split('\n').slice(from - 1, to);
const numbers = (d: Document) => d.items.map((i) => i.number).filter((n) => n !== null);
const titleOf = (d: Document, number: string) => d.items.find((i) => i.number === number)?.title;

describe('issue 15 failure classes', () => {
  it('labels with a word and a dash, contents leaders', async () => {
    const d = await doc([
      'SHIRE OF EXAMPLE',
      'ORDINARY COUNCIL MEETING',
      '',
      'ITEM - 1     CONFIRMATION OF MINUTES.............. 1',
      'ITEM - 2     PUBLIC QUESTION TIME................. 1',
      'ITEM - 3     ROAD RESEALING PROGRAM............... 2',
      '',
      'ITEM - 1     CONFIRMATION OF MINUTES',
      'The minutes of the meeting held on 3 March were confirmed.',
      '',
      'ITEM - 2     PUBLIC QUESTION TIME',
      'No questions were received.',
      '',
      'ITEM - 3     ROAD RESEALING PROGRAM',
      'The council considered the report on the resealing program.',
    ]);
    expect(items(d).slice(-3)).toEqual([
      ['1', 'CONFIRMATION OF MINUTES'],
      ['2', 'PUBLIC QUESTION TIME'],
      ['3', 'ROAD RESEALING PROGRAM'],
    ]);
    expect(d.meeting.venue ?? '').not.toMatch(/ITEM/);
  });

  it('minute references with several slashes', async () => {
    const d = await doc([
      'Example Parish Council',
      'Minutes of the meeting held on 12 June 2002',
      '',
      '31/06/02. Minutes of the last meeting',
      'The minutes were approved and signed.',
      '32/06/02. Matters arising',
      'There were none.',
      '33/06/02. Planning applications',
      'The council had no objection to the application.',
    ]);
    expect(items(d)).toEqual([
      ['31/06/02', 'Minutes of the last meeting'],
      ['32/06/02', 'Matters arising'],
      ['33/06/02', 'Planning applications'],
    ]);
  });

  it('run-in headings split at the first sentence break', async () => {
    const d = await doc([
      'Example Town Council',
      'Minutes of the meeting of 3 June 2024',
      '',
      '12/24-1 Apologies. Apologies were received from Cllr Brown and Cllr Green.',
      '12/24-2 Declarations of interest. None were declared.',
      '12/24-3 Minutes. The minutes of 6 May were approved and signed.',
      '12/24-4 Finance. The payments list was approved. It was noted that the audit is due.',
    ]);
    expect(items(d)).toEqual([
      ['12/24-1', 'Apologies'],
      ['12/24-2', 'Declarations of interest'],
      ['12/24-3', 'Minutes'],
      ['12/24-4', 'Finance'],
    ]);
    expect(d.items[2]!.minutes.map((b) => b.text).join(' ')).toContain('The minutes of 6 May were approved and signed.');
  });

  it('one-line OCR text without numbers', async () => {
    const body =
      'Loading... Page 1 of 3 JUNE 3, 1991 The Town Council met in regular session at 7:30 p.m. in the Council Chambers with Mayor Smith presiding. ' +
      'INVOCATION Pastor Lee of the First Church gave the invocation and led the pledge of allegiance. ' +
      'ROLL CALL Present were Councilmen Adams, Baker, Clark and Davis. Absent was Councilman Evans. ' +
      'MINUTES It was MOVED by Adams and seconded by Baker to approve the minutes of May 20, 1991. Motion carried. ' +
      'PARKS AND RECREATION It was MOVED by Clark and seconded by Davis to accept the bid for the park shelter. Motion carried unanimously. ' +
      'ADJOURNMENT There being no further business the meeting was adjourned at 9:15 p.m.';
    const d = await doc([body]);
    expect(d.items.map((i) => i.title)).toEqual(['INVOCATION', 'ROLL CALL', 'MINUTES', 'PARKS AND RECREATION', 'ADJOURNMENT']);
    expect(d.meeting.body ?? '').not.toMatch(/Loading/);
  });

  it("one-line OCR: the viewer's chrome around it is furniture, never an item or the body (heldout12 colchester, questions13 lansing, heldout9 charles-sturt)", async () => {
    const colchester = await doc(fixtureLines('heldout12/colchester-county-ns-council-2008-01-31.txt', 1, 5));
    expect(colchester.items.map((i) => i.title)).not.toContain('C:\\Documents and Settings\\Colchester\\Desktop\\New');
    expect(colchester.furniture.map((b) => b.text)).toEqual(['C:\\Documents and Settings\\Colchester\\Desktop\\New', 'C:\\Documents and Settings\\Colchester\\Desktop\\New']);
    const lansing = await doc(fixtureLines('questions13/lansing-ny-town-board-1996-12-18.txt', 1, 2));
    expect(lansing.items.map((i) => i.title)).not.toContain('No preview available');
    expect(lansing.furniture.map((b) => b.text)).toEqual(['No preview available']);
    const sturt = await doc(fixtureLines('heldout9/charles-sturt-council-2021-05-10.txt', 1, 7));
    expect(sturt.furniture.map((b) => b.text)).toEqual(['←', '→', 'Page content transcription', 'If your browser does not render page correctly, please read the page content below']);
    expect(sturt.meeting.body).toBe('City of Charles Sturt');
    // The synthetic illustration with its viewer's status on a line of its own.
    const loading = await doc(['Loading...', 'JUNE 3, 1991 The Town Council met in regular session at 7:30 p.m. with Mayor Smith presiding. INVOCATION Pastor Lee gave the invocation. ROLL CALL Present were Councilmen Adams and Baker. PARKS It was MOVED by Adams and seconded by Baker to accept the bid for the park shelter. Motion carried. ADJOURNMENT There being no further business the meeting was adjourned at 9:15 p.m. The minutes were recorded by the Town Clerk and approved as read at the next meeting of the council.']);
    expect(loading.furniture.map((b) => b.text)).toEqual(['Loading...']);
    expect(loading.items.map((i) => i.title)).toEqual(['INVOCATION', 'ROLL CALL', 'PARKS', 'ADJOURNMENT']);
  });

  it("a page numbered line by line in its margin: the numbers are furniture, no item's labels (questions11 st-anthony, questions12 lino-lakes)", async () => {
    // The viewer printed each line's end as a tag: the lines as the page printed them.
    const printed = (path: string) => fixtureLines(path, 2, 2)[0]!.split('<br />').map((l) => l.trim());
    const anthony = await doc(printed('questions11/st-anthony-mn-city-council-2001-10-23-page7.txt'));
    expect(numbers(anthony)).toEqual([]);
    expect(anthony.furniture.map((b) => b.text).slice(0, 4)).toEqual(['Page 7', '1', '2', '3']);
    const lino = await doc(printed('questions12/lino-lakes-mn-city-council-work-session-laserfiche-page35.txt'));
    expect(numbers(lino)).toEqual([]);
    expect(lino.furniture.map((b) => b.text).slice(0, 3)).toEqual(['89', '90', '91']);
    // An agenda's numbered titles on lines of their own are no margin.
    const agenda = await doc(['Agenda', '1 Apologies', '2 Declarations of interest', '3 Minutes of the last meeting', '4 Planning applications', '5 Finance', '6 Correspondence']);
    expect(numbers(agenda)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('one-line OCR: two capital headings after a sentence end show the style, and others printed so count too (heldout13 yakima, south-west-oxford)', async () => {
    const yakima = await doc([
      'Loading...',
      'HomeMy WebLinkAbout12/14/1985 Adjourned Meeting 210 DECEMBER 14, 1985 ADJOURNED MEETING - BUDGET WRAP -UP The City Council met in session on this date at 9:30 a.m. in the Council Chambers of City Hall, Yakima, Washington. ' +
        'Mayor Barnett indicated the budget wrap -up session would follow the sequence of the 1986 Budget Policy Issues /Decisions handout dated November 14, 1985. ' +
        'FIRE Referring to page 1 of the 1986 Budget Policy Issues /Decisions, dated November 14, 1985, it was MOVED by Foy, seconded by Buchanan, to adopt Item A to call for a RFP only for a fire station relocation study. Unanimously carried by voice vote. Carmichael absent. ' +
        'POLICE It was MOVED by Beauchamp, seconded by Berndt, to approve the DA IV Upgrade of the Non- Commissioned Assistant Records Supervisor. Unanimously carried by voice vote. Carmichael absent.',
    ]);
    expect(yakima.items.map((i) => i.title)).toEqual(['FIRE', 'POLICE']);
    const oxford = await doc([
      'TOWNSHIP OF SOUTH-WEST OXFORD COUNCIL MEETING MINUTES July 19, 2011',
      '',
      '1 TOWNSHIP OF SOUTH-WEST OXFORD COUNCIL MEETING MINUTES July 19, 2011 MEMBERS PRESENT: Mayor: David Mayberry Councillors: Gerry Mitchell, D. Anne Vanhoucke, Jim Pickard MEMBERS ABSENT: STAFF PRESENT: Mary Ellen Greb, CAO Dianne Harnett, Deputy Clerk ' +
        'MEETING CALLED TO ORDER The meeting was called to order at 9:02 a.m. by Mayor David Mayberry. ADDITIONS TO AGENDA Councillor Pickard - verbal report from the Energy Committee ' +
        'APPROVAL OF AGENDA Resolution No. 1 Moved by Ron Sackrider Seconded by Gerry Mitchell RESOLVED that the agenda for the July 19, 2011 meeting of Council be approved. DECLARATION OF PECUNIARY INTEREST There were no declarations.',
    ]);
    expect(oxford.items.map((i) => i.title)).toEqual(['APPROVAL OF AGENDA', 'DECLARATION OF PECUNIARY INTEREST']);
    // The document's title after a page number, and the attendance labels ("MEMBERS PRESENT:"), are no headings.
    expect(oxford.items.flatMap((i) => i.minutes.map((b) => b.text)).join(' ')).not.toMatch(/^TOWNSHIP|MEMBERS PRESENT/);
  });

  it('one-line text cut at labels no prose reads, each title ending where its sentence begins (questions5 louth-dundalk)', async () => {
    const louth = await doc(fixtureLines('questions5/louth-dundalk-municipal-district-2019-12-03.txt', 1, 1));
    expect(numbers(louth)).toEqual(['113/19', '114/19', '115/19', '116/19']);
    expect(louth.items.slice(1).map((i) => i.title)).toEqual(['Matters Arising', 'Housing Progress Report', 'Operations and Marine Progress Report']);
    expect(louth.items[2]!.minutes.map((b) => b.text).join(' ')).toMatch(/^Members discussed the report/);
    // The several-slashes illustration flattened onto one line.
    const parish = await doc([
      'Example Parish Council Minutes of the meeting held on 12 June 2002 at the Village Hall. Present: Cllrs Brown, Green and White, and the Clerk. ' +
        '31/06/02. Apologies Apologies were received from Cllr Black, who was away on holiday, and from the County Councillor. ' +
        '32/06/02. Matters Arising It was noted that the bench on the green had been repaired and that the new dog bin was in place. ' +
        '33/06/02. Planning Applications Members considered the application for an extension at Mill Cottage and had no objection to it. ' +
        '34/06/02. Finance Payments were approved.',
    ]);
    expect(items(parish)).toEqual([
      ['31/06/02', 'Apologies'],
      ['32/06/02', 'Matters Arising'],
      ['33/06/02', 'Planning Applications'],
      ['34/06/02', 'Finance'],
    ]);
  });

  it('a cue line (a table cell "Items") discards no text above it', async () => {
    const d = await doc([
      'Harbour Board',
      'Minutes of the meeting held on 4 July 2024',
      '',
      'PR24/05 Apologies',
      'Apologies were received from Mr Hall.',
      'PR24/06 Declarations of interest',
      'Member | Items | Interest',
      'Mr Hall | PR24/07 | Owns a berth',
      'PR24/07 Harbour Car Park',
      'The board approved the car park charges.',
    ]);
    expect(items(d)).toEqual([
      ['PR24/05', 'Apologies'],
      ['PR24/06', 'Declarations of interest'],
      ['PR24/07', 'Harbour Car Park'],
    ]);
  });

  it("a table's 'Item' column under numbered headings heads rows inside an item, not the list of items (heldout17 Hawke's Bay)", async () => {
    const d = await doc(fixtureLines('heldout17/hbrc-coastal-hazards-joint-committee-minutes-2019-03-18.txt', 1, 145));
    expect(numbers(d)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(items(d).slice(0, 3)).toEqual([
      ['1', 'Welcome/Apologies/Notices'],
      ['2', 'Conflict of Interest Declarations'],
      ['3', 'Confirmation of Minutes of the Clifton to Tangoio Coastal Hazards Strategy Joint Committee held on 10 December 2018'],
    ]);
    // The table's rows are the text of item 5, which asked for them.
    expect(d.items[4]!.minutes.map((b) => b.text).join(' ')).toMatch(/Item Topic Raised by 1\. Climate rally/);
    // Above the list of items, "No. Item" still heads it.
    expect(items(await doc(['Example Parish Council', 'Agenda', 'No. Item', '1 Apologies', '2 Minutes', '3 Finance']))).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes'],
      ['3', 'Finance'],
    ]);
  });

  it('titles wrapped over the lines of a text laid out at one width, as the text of a PDF prints them (heldout15 santa-ana, heldout17 sjusd)', async () => {
    const d = await doc(fixtureLines('heldout15/santa-ana-city-council-minutes-2024-03-05.txt', 1, 260));
    const titled = (start: string) => d.items.find((i) => i.title?.startsWith(start))?.title;
    expect([titled('Certificate of Recognition Presented by Mayor'), titled('Certificates of Recognition presented'), titled('Minutes from the Regular'), titled('Appoint Ernie')]).toEqual([
      'Certificate of Recognition Presented by Mayor Amezcua to the Santa Ana High School Wrestling Team for Exceptional Athletic Performance',
      'Certificates of Recognition presented by Councilmember Hernandez to Felipe Guerrero and Martha Calderon for Outstanding Contribution to the Community',
      'Minutes from the Regular Meeting of December 19, 2023, January 16, 2024 and February 20, 2024',
      'Appoint Ernie Aguilar Nominated by Councilmember Hernandez as a Landlord Representative to the Rental Housing Board for a Full -Term Expiring in 2027',
    ]);
    // A lead opening the next line ("Department( s): Finance …") is the item's text.
    expect(titled('Receive and File Quarterly Report of Investments')).toBe('Receive and File Quarterly Report of Investments as of December 31, 2023');
    // A sentence after a title in title case is its text, though the title's line fills the width.
    const sjusd = await doc(fixtureLines('heldout17/sjusd-board-minutes-2020-03-31.txt', 1, 168));
    expect(sjusd.items.find((i) => i.number === 'D-9')?.title).toBe('Resolution No. 2984: Lease Amendment for Cottage Elementary School New Construction Project');
    // A layout's lists printed further in end further in too (pdftotext -layout, heldout19 smud):
    // the width counts the indentation, and a date the title wraps onto goes on with it.
    const smud = await doc(fixtureLines('heldout19/smud-board-agenda-2023-11-16.txt', 1, 191));
    expect(smud.items.filter((i) => ['3', '4'].includes(i.number ?? '')).map((i) => i.title)).toEqual([
      'Approve revised Board member compensation for service rendered at the request of the Board (pursuant to Resolution 23-06-02) for the period of October 1, 2023, through October 15, 2023',
      'Approve Board member compensation for service rendered at the request of the Board (pursuant to Resolution 23-06-02) for the period of October 16, 2023, through November 15, 2023.',
    ]);
    // A web page's text, a paragraph to a line, is laid out at no width: a long title ends on its line.
    const page = await doc([
      'Example Town Council',
      'Minutes of the meeting held on 3 May 2024',
      '1. Petition for a pedestrian crossing on the High Street near the primary school',
      'Residents Against Speeding presented a petition with two hundred signatures to the council.',
      '2. Finance',
      'The payments were approved.',
    ]);
    expect(items(page)[0]).toEqual(['1', 'Petition for a pedestrian crossing on the High Street near the primary school']);
  });

  it("titles a document breaks after their first word, under labels alone on their line (heldout17 Hawke's Bay)", async () => {
    const d = await doc(fixtureLines('heldout17/hbrc-coastal-hazards-joint-committee-minutes-2019-03-18.txt', 1, 330));
    const title = (n: string) => titleOf(d, n);
    expect([title('4'), title('6'), title('7'), title('8')]).toEqual([
      'Actions from Previous Clifton to Tangoio Coastal Hazards Strategy Joint Committee',
      'Formal Confirmation of Member Organisations’ Appointments and 2018 Terms of Reference Adoption',
      "Project Manager's Update",
      'Current Coastal Projects Update',
    ]);
    // A document that shows no such break keeps a one-word title to its line.
    expect(items(await doc(['Example Parish Council', 'Minutes of the meeting held on 3 May 2024', '1.', 'Apologies', 'Cllr Brown sent apologies.', '2.', 'Finance', 'Payments were approved.']))).toEqual([
      ['1', 'Apologies'],
      ['2', 'Finance'],
    ]);
  });

  it('numbered entries printed further in than their entry, starting again under each, are items (html creve-coeur)', async () => {
    const d = await doc(fixtureLines('html/creve-coeur-planning-zoning-agenda-2019-01-07.txt', 1, 50));
    expect(numbers(d)).toEqual(['1', '2', '1', '3', '4', '1', '5', '6', '7', '1', '2', '8', '1', '10']);
    expect(d.items.find((i) => i.title === 'ROLL CALL')!.minutes).toEqual([]);
    expect(d.items.map((i) => i.title)).toContain('December 17, 2018 Planning and Zoning Commission Draft Meeting Minutes');
    // A list printed further in after the last entry, under headings of its own, is no entry's (walnut-creek's ways to take part).
    const walnut = await doc(fixtureLines('html/walnut-creek-planning-commission-agenda-2022-05-12.txt', 1, 230));
    expect(numbers(walnut)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('a list printing "1." for each entry, then going on in typed numbers, is numbered by place (heldout19 mearns)', async () => {
    const d = await doc(fixtureLines('heldout19/mearns-cc-agenda-2024-08-26.txt', 1, 40));
    expect(numbers(d).slice(0, 6)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(items(d).slice(1, 4)).toEqual([
      ['2', 'Approval of minutes of last meeting'],
      ['3', 'Matters Arising'],
      ['4', 'Declarations of Interest'],
    ]);
    // The Markdown prints the "1." as printed and reads back numbered by place.
    const markdown = renderMarkdown(d);
    expect(markdown).toMatch(/^### 1\. Approval of minutes of last meeting$/m);
    const reread = await parse(markdown, { name: 'mearns.md', format: 'markdown' });
    expect(items(reread)).toEqual(items(d));
    // "1." printed again and again where the numbering goes on with "2." numbers no place.
    const e = await doc(['Agenda', '1. Apologies', '1. Minutes', '1. Finance', '2. Planning', '3. Correspondence']);
    expect(numbers(e)).toEqual(['1', '2', '3']);
  });

  it('stray numbers do not hijack the run', async () => {
    const d = await doc([
      'Example Parish Council',
      'Agenda',
      '',
      '1.',
      'Declarations',
      'Cllr Green',
      '9',
      '2.',
      'Apologies',
      'To receive apologies.',
      '3.',
      'Minutes',
      'To approve the minutes of the meeting held on',
      '15 May 2024',
      '4.',
      'Finance',
      'To approve payments.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Declarations'],
      ['2', 'Apologies'],
      ['3', 'Minutes'],
      ['4', 'Finance'],
    ]);
  });

  // Not fixed yet: an expected failure, so that fixing it shows.
  it('table rows flattened with pipes', async () => {
    const d = await doc([
      'Example District Council',
      'Agenda',
      '',
      'No. | Item |',
      'Apologies for Absence |',
      'Declarations of Interest |',
      'Minutes of the Previous Meeting |',
      'Planning Applications |',
    ]);
    expect(d.items.map((i) => i.title)).toEqual(['Apologies for Absence', 'Declarations of Interest', 'Minutes of the Previous Meeting', 'Planning Applications']);
  });

  it('table rows flattened with pipes, the number in a cell of its own (heldout14 frodsham)', async () => {
    const d = await doc([
      'Community Committee Agenda 20.06.17',
      '[ftctable]No | Item |',
      '1 | Appointment of Chair |',
      '2 | Appointment of Deputy Chair |',
      '3 | TOR for the year',
      'To note the Terms of Reference agreed at the Annual Meeting on 22 May. |',
      '11 | Park Lane Play Areas |',
      '11.1 | To note that council agreed not to sell the park. |',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Appointment of Chair'],
      ['2', 'Appointment of Deputy Chair'],
      ['3', 'TOR for the year'],
      ['11', 'Park Lane Play Areas'],
      ['11.1', 'To note that council agreed not to sell the park.'],
    ]);
  });

  it('single-item decision pages in a new layout', async () => {
    const d = await doc([
      'Issue - meetings',
      '',
      'Meeting: 14/03/2019 - Cabinet (Item 37)',
      '',
      '37 To approve the budget for 2019/20',
      'Decision:',
      'The Cabinet approved the budget.',
    ]);
    expect(items(d)).toEqual([['37', 'To approve the budget for 2019/20']]);
    expect(d.meeting.date).toBe('2019-03-14');
    expect(d.meeting.body).toBe('Cabinet');
    // The page's title over the meeting's line, then the heading printed with the number the meeting gave it (heldout10 trafford).
    const trafford = await doc(fixtureLines('heldout10/trafford-executive-minutes-iid41211.txt', 1, 12));
    expect(items(trafford)).toEqual([['50', 'MINUTES']]);
    expect([trafford.meeting.date, trafford.meeting.body]).toEqual(['2021-11-22', 'Executive']);
  });

  it('two labels on one line: the minute reference is the reference, never the title', async () => {
    const d = await doc([
      'Example Parish Council',
      'Minutes of the meeting held on 7 May 2023',
      '',
      'P117/23     3.    CHAIRMAN\'S ANNOUNCEMENTS',
      'The chairman welcomed members.',
      'P118/23     4.    APOLOGIES FOR ABSENCE',
      'Apologies were received from Cllr Brown.',
      'P119/23     5.    MINUTES',
      'The minutes were approved.',
    ]);
    expect(d.items.map((i) => [i.number, i.reference, i.title])).toEqual([
      ['3', 'P117/23', "CHAIRMAN'S ANNOUNCEMENTS"],
      ['4', 'P118/23', 'APOLOGIES FOR ABSENCE'],
      ['5', 'P119/23', 'MINUTES'],
    ]);
  });

  it('sub-lists stay inside their item', async () => {
    const d = await doc([
      'Example Borough Council',
      'Minutes of the meeting held on 2 April 2024',
      '',
      '1. Apologies',
      'None.',
      '2. Public Participation',
      'List of Speakers',
      '1. Mr A – spoke on parking',
      '2. Ms B – spoke on the library',
      '3. Planning',
      'The committee considered the applications.',
      '4. Finance',
      'The accounts were approved.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Public Participation'],
      ['3', 'Planning'],
      ['4', 'Finance'],
    ]);
  });

  it('a lone numbered line printed unlike the headings around it stays inside its item', async () => {
    const d = await doc([
      'Example Council',
      'Minutes of the Ordinary Council Meeting held on 28 September 2021',
      '',
      'APOLOGIES',
      'Apologies were received from Councillor Brown.',
      'DISCLOSURES OF INTERESTS',
      'Councillor Raciti declared a pecuniary interest in Item',
      '15 Notice of Motion: Fee Waiver For Sporting Fields',
      'as her son belongs to the club.',
      'She left the meeting during the discussion.',
      'CONFIRMATION OF MINUTES',
      'The minutes were confirmed as a correct record.',
    ]);
    expect(items(d)).toEqual([
      [null, 'APOLOGIES'],
      [null, 'DISCLOSURES OF INTERESTS'],
      [null, 'CONFIRMATION OF MINUTES'],
    ]);
  });

  it('unnumbered items printed among numbered ones: the others printed alike are items too', async () => {
    const d = await doc([
      'Example Parish Council',
      'Minutes of the meeting held on 18 May 2011',
      '',
      '1. Minutes of the last Meeting',
      '',
      'The minutes were approved.',
      '',
      '2. Matters Arising',
      '',
      'The grit bins had been collected.',
      '',
      'Internal Audit',
      '',
      'The Clerk informed the meeting that the audit had taken place.',
      '',
      'Adoption of Financial Regulations',
      '',
      'The regulations were adopted.',
      '',
      'Adoption of Annual Accounts',
      '',
      'The accounts were adopted.',
      '',
      'Future Meetings',
      '',
      'Meetings will be held every six weeks.',
      '',
      '3. Planning',
      '',
      'No applications were received.',
    ]);
    expect(d.items.map((i) => i.title)).toEqual([
      'Minutes of the last Meeting',
      'Matters Arising',
      'Internal Audit',
      'Adoption of Financial Regulations',
      'Adoption of Annual Accounts',
      'Future Meetings',
      'Planning',
    ]);
  });

  it('titles are not wrapped into the next heading', async () => {
    const d = await doc([
      'CITY OF EXAMPLE',
      'CITY COUNCIL AGENDA',
      '',
      '1. OPEN FORUM',
      'CALL TO ORDER',
      'Mayor Jones called the meeting to order.',
      '2. PLEDGE OF ALLEGIANCE',
      '3. APPROVE AGENDA',
    ]);
    expect(d.items.map((i) => i.title)).toContain('OPEN FORUM');
    expect(d.items.map((i) => i.title)).not.toContain('OPEN FORUM CALL TO ORDER');
  });
  it('names of those present, initials first, are no lettered items', async () => {
    const d = await doc([
      'Example County Council',
      'Minutes of the monthly meeting held on 15 November 2004',
      '',
      'Present: Councillors',
      'A. Byrne, B. Carroll, C. Doyle,',
      'F. Egan, P. Flynn, F. Gallagher,',
      'I. Hughes, G. Kelly, M. Lynch,',
      'K. Moran, T. Nolan, J. Quinn,',
      'P. Ryan, T. Walsh, O. Young',
      '',
      'Minute No. 150/04',
      'Votes of Sympathy',
      'Members passed a vote of sympathy to the family of a former employee.',
      '',
      'Minute No. 151/04',
      'Votes of Congratulations',
      'Votes of congratulations were passed to the local boxing club.',
    ]);
    expect(items(d)).toEqual([
      ['150/04', 'Votes of Sympathy'],
      ['151/04', 'Votes of Congratulations'],
    ]);
  });

  it('numbered paragraphs inside an item are no sub-items', async () => {
    const d = await doc([
      'Example District Council',
      'Minutes of the Council meeting held on 25 June 2013',
      '',
      '1 Apologies',
      '',
      'Apologies were received from Councillor Brown.',
      '',
      '2 Co-option of Councillor',
      '',
      '2.1 Accordingly, it was',
      '',
      'Proposed by Councillor Green, seconded by Councillor White, and resolved that Mr Black be co-opted.',
      '',
      '3 Minutes',
      '',
      '3.1 Members referred to page 14 of the minutes, item 11, and requested that the following amendment be made to the record of the debate on the notice of motion',
      '',
      '3.2 Following discussion it was',
      '',
      'Resolved that the minutes be approved.',
      '',
      '4 Planning',
      '',
      '4.1 Applications',
      'No objections were raised.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Co-option of Councillor'],
      ['3', 'Minutes'],
      ['4', 'Planning'],
      ['4.1', 'Applications'],
    ]);
  });

  it('running minute numbers of four digits in flattened text', async () => {
    const d = await doc([
      'Example Town Council',
      'Minutes of the meeting held on 20 September 2017. PRESENT: Cllr A Jones (Mayor) Cllr B Smith Cllr C Evans Cllr D Hughes Cllr E Thomas. ' +
        'APOLOGIES: Cllr F Morgan Cllr G Price. The Town Clerk was in attendance. Prior to the meeting the heritage trust gave an overview of its lottery bid. ' +
        '1358 DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest will be taken as and when they arise. ' +
        '1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: The minutes of the meeting held on 19 July 2017 were confirmed and signed as a true record. ' +
        '1360 MATTERS ARISING There were no matters arising from the minutes of 19 July 2017.',
    ]);
    expect(items(d)).toEqual([
      ['1358', 'DECLARATIONS OF INTEREST FROM MEMBERS'],
      ['1359', 'MINUTES OF THE LAST FULL COUNCIL MEETING'],
      ['1360', 'MATTERS ARISING'],
    ]);
  });

  // Lines of the Wye Valley agenda and minutes (heldout15): running minute numbers of four digits
  // with their own full stop, the title in sentence case, glued to the number in the minutes.
  it('running minute numbers of four digits with a full stop', async () => {
    const agenda = await doc([
      '3574. Police Report',
      '3575. To receive apologies for absence',
      '3576. Public Session (15 mins) to receive & consider any matters raised by',
      'members of the public for future consideration.',
      '3577. Declarations of interest for items on the agenda',
      '3580. To consider & approve accounts for payment:-',
      'Merlin Environmental Services Ltd',
      'Clerk\'s Salary & Expenses',
      '3581. To discuss Planning Applications:-',
      'DIM/2023/01192- Stable at Stream Cottage, Forge Road, Tintern',
    ]);
    expect(items(agenda).map(([number]) => number)).toEqual(['3574', '3575', '3576', '3577', '3580', '3581']);
    const minutes = await doc([
      'Minutes of a meeting of the above Council held on Monday 24th May 2021 at 7.00pm in Tintern Village Hall.',
      '',
      '3079.Police Report:  Attached.',
      '',
      '3080.Apologies for absence:  None.',
      '',
      '3084.Accounts for payment:-',
      "Clerk's Salary & Expenses - \u00a3370.27 (Ch. No. 300229)",
      'All approved for payment.',
      '',
      '3085.   Planning Permissions:   None.',
    ]);
    expect(items(minutes)).toEqual([
      ['3079', 'Police Report'],
      ['3080', 'Apologies for absence'],
      ['3084', 'Accounts for payment'],
      ['3085', 'Planning Permissions'],
    ]);
  });

  // Santa Ana's OCR minutes (heldout15): after item 18, the speakers on it are numbered 1 to 62,
  // each a sentence; their 16 … would go on from the items' 15 past the items' own 16 to 18.
  it('a list numbered again from 1 inside an item, printed as prose, numbers no items', async () => {
    const d = await doc(fixtureLines('heldout15/santa-ana-city-council-minutes-2024-03-05.txt', 271, 380));
    expect(numbers(d)).toEqual(['15', '16', '17', '18']);
  });

  // Santa Ana again: closed session items 1-4 under a paragraph ending in ":", then
  // "CEREMONIAL PRESENTATIONS" numbered 1-4 again, and the consent calendar going on at 5.
  it('a first run under no part heading, then a part numbered again from 1 that carries the numbering on', async () => {
    const d = await doc(fixtureLines('heldout15/santa-ana-city-council-minutes-2024-03-05.txt', 45, 200));
    expect(numbers(d)).toEqual(['1', '2', '3', '4', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  // Tampa's agenda as Markdown (heldout16): a list 1-23 of long paragraphs, most of them prose,
  // the short ones (1, 2) and two long ones (17, 23) titled as headings.
  it('numbered paragraphs of prose that fill a hole of the numbering exactly are items', async () => {
    const d = await parse(fixtureLines('heldout16/tampa-city-council-agenda-meeting-2572.md', 1, 45).join('\n'), { name: 'tampa.md' });
    expect(numbers(d)).toEqual(Array.from({ length: 23 }, (_, n) => String(n + 1)));
    // Each title opens with its file number ("File No. CM25-12906 Karen Clay to present …"):
    // the document's reference, printed before the title, with any notes in brackets after it.
    expect(d.items[0]!.title).toBe('Karen Clay to present a 5-minute presentation on what her new 501c3 organization is about.');
    expect(d.items[0]!.reference).toBe('File No. CM25-12906');
    expect(d.items[7]!.title).toMatch(/^Resolution approving the acceptance of grant funds/);
    expect(d.items[7]!.reference).toBe('File No. PS25-15050');
  });

  // A single title opening so is no convention of the document: "Ref No. 12 …" among others keeps its words.
  it('one title that opens with a number after "No." keeps it', async () => {
    const d = await doc(['1. Apologies for absence', '2. File No. CM25-12906 Karen Clay to present a presentation', '3. Correspondence']);
    expect(d.items[1]!.title).toBe('File No. CM25-12906 Karen Clay to present a presentation');
  });

  // Sherman's web minutes (heldout15): each entry printed as a list of its own, every one "1.";
  // the first two are paragraphs of prose, two more run their text on after a dash.
  it('entries that all print "1." are items in order, the prose ones that lead up to the first heading too', async () => {
    const d = await doc(fixtureLines('heldout15/sherman-wi-town-board-minutes-2018-10-23.txt', 1, 48));
    expect(items(d)).toEqual([
      ['1', 'The meeting was called to order by Chair Gerald Luke at 9:03 AM.'],
      ['1', 'Public Comment'],
      ['1', 'Clarke Lane Snowplowing 2018-2019 season'],
      ['1', 'Budget workshop continued'],
      ['1', 'Public Comment- none'],
      ['1', 'Adjournment'],
    ]);
  });

  // Sun Prairie's minutes (heldout15): headings run into their text after a colon or, in title
  // case, a full stop; the vote recorded after each motion opens its lines with the same words.
  it('leads in title case before a full stop are headings; a lead printed again and again is a record, not a heading', async () => {
    const d = await doc(fixtureLines('heldout15/sun-prairie-town-board-minutes-2011-10-10.txt', 1, 40));
    const titles = d.items.map((i) => i.title);
    expect(titles.slice(0, 5)).toEqual(['Call to Order', 'Statement of Public Notice', 'Pledge of Allegiance', 'Approve Minutes of Prior Meetings', 'Presentation from the Public']);
    expect(titles).toContain('Audit/Pay Bills');
    expect(titles.filter((t) => /^Voting/.test(t ?? ''))).toEqual([]);
  });

  // Horley's agenda on a village blog (heldout15): a flat list of dashes under "The Agenda Items
  // include:", the next meeting's date a bullet under "Date of next meetings :".
  it('a flat bulleted list under a line ending in ":" is the list of items', async () => {
    const d = await doc(fixtureLines('heldout15/horley-pc-agenda-2017-08-03.txt', 1, 18));
    expect(d.items.map((i) => i.title)).toEqual([
      'Apologies for absence',
      'Declaration of Interests',
      'Minutes of the meeting held on 18th May 2017',
      'Matters arising',
      'Finance',
      '2017/18 budget monitoring report',
      'Land adjoining the Old Council Houses, Wroxton Lane',
      'Planning Report',
      'Applications for charitable donations',
      'Fireworks event held on July 8th',
      'Annual Parochial Church Meeting',
      'Reports from external organisations',
      'Date of next meetings',
      'Any other urgent business',
    ]);
  });

  // Lines of the carnamah fixture (heldout9): a contents list run together, each entry ending in its page number.
  it('contents rows run together on short lines, numbered to three levels', async () => {
    const d = await doc([
      'SHIRE OF CARNAMAH',
      'ORDINARY MEETING OF COUNCIL – 20 November 2019',
      'MINUTES',
      '',
      'DISCLAIMER 5 1. DECLARATION OF OPENING 6 2. RECORD OF ATTENDANCE 6 Present Apologies Leave of Absence (previously approved) 3. RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE 6 4. PUBLIC QUESTION TIME 6',
      '',
      'DISCUSSION 7 9. CONFIRMATION OF MINUTES 7 9.1 Ordinary Meeting of Council – 16 October 2019',
      '',
      '10. MANAGEMENT REPORTS 9 10.1 FINANCE REPORTS 9 10.1.1 Accounts for Payment 9',
    ]);
    expect(items(d)).toEqual([
      ['1', 'DECLARATION OF OPENING'],
      ['2', 'RECORD OF ATTENDANCE'],
      ['3', 'RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE'],
      ['4', 'PUBLIC QUESTION TIME'],
      ['9', 'CONFIRMATION OF MINUTES'],
      ['9.1', 'Ordinary Meeting of Council – 16 October 2019'],
      ['10', 'MANAGEMENT REPORTS'],
      ['10.1', 'FINANCE REPORTS'],
      ['10.1.1', 'Accounts for Payment'],
    ]);
  });

  // A line of the saldanha-bay fixture (heldout10): minute references with a letter, slash and dash, read by the label grammar.
  it('contents rows run together with references for labels', async () => {
    const d = await doc([
      'SALDANHA BAY MUNICIPALITY MINUTES OF A SPECIAL COUNCIL MEETING HELD ON THURSDAY, 28 JANUARY 2021',
      'INDEX ITEM NR SUBJECT PAGE R1/1-21 OPENING 4 R2/1-21 OFFICIAL ANNOUNCEMENTS 4 R3/1-21 LEAVE OF ABSENCE 5 R4/1-21 DECLARATION OF INTEREST WITH REGARDS TO MATTERS 5',
    ]);
    expect(items(d)).toEqual([
      ['R1/1-21', 'OPENING'],
      ['R2/1-21', 'OFFICIAL ANNOUNCEMENTS'],
      ['R3/1-21', 'LEAVE OF ABSENCE'],
      ['R4/1-21', 'DECLARATION OF INTEREST WITH REGARDS TO MATTERS'],
    ]);
  });

  it('a short line whose numbers follow no page number stays one line', async () => {
    const d = await doc(['Example Parish Council', 'Minutes', '', '1. Apologies were received from Cllr Smith 2. Minutes of 4 May were approved 3. Planning']);
    expect(items(d).filter(([n]) => n !== null)).toEqual([['1', 'Apologies were received from Cllr Smith 2. Minutes of 4 May were approved 3. Planning']]);
  });

  it('numbers glued to a title in capitals', async () => {
    const d = await doc([
      'Example Parish Council',
      'AGENDA',
      '',
      '1APOLOGIES To receive apologies for absence under the Local Government Act 1972 and to decide whether the reasons given are acceptable to the council.',
      '2DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY) To receive declarations of interest in items on the agenda under the code of conduct.',
      '3MINUTES To approve, as a correct record, the minutes of the meeting held on 1st July 2021.',
      '4COUNCIL REPORTS',
    ]);
    expect(items(d)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY)'],
      ['3', 'MINUTES'],
      ['4', 'COUNCIL REPORTS'],
    ]);
  });
  it('a heading in capitals run into its text keeps only the heading as its title', async () => {
    const d = await doc([
      'TOWN OF EXAMPLE',
      'REGULAR COUNCIL MEETING MINUTES NOVEMBER 14, 2017',
      '',
      'COUNCIL PRESENT: Mayor Doug Smith; Councillors Carlson, Courage and Moore',
      '',
      'CALL TO ORDER: The meeting was called to order at 7:01 p.m. by Mayor Doug Smith',
      '',
      'ADOPTION OF AGENDA: Moved by Councillor Moore that the agenda be accepted as presented',
      '',
      'CORRESPONDENCE',
      '',
      '1. CORRES: Town of Example RE: 36th Annual Santa Claus Parade – November 25, 2017',
      '',
      'Councillor Moore will attend.',
      '',
      '2. CORRES: Example Library Board RE: Annual Report 2016-2017',
      '',
      'Received for information.',
    ]);
    expect(d.items.map((i) => i.title).slice(0, 2)).toEqual(['CALL TO ORDER', 'ADOPTION OF AGENDA']);
    expect(d.items.map((i) => i.title)).toContain('CORRES: Town of Example RE: 36th Annual Santa Claus Parade – November 25, 2017');
    expect(d.items[0]!.minutes.map((b) => b.text).join(' ')).toContain('The meeting was called to order at 7:01 p.m.');
  });
  it('Markdown list items that all print "1." are items in turn', async () => {
    const d = await parse(
      [
        '# Example Parish Council',
        '',
        'Minutes of the meeting held on 3 October 2013',
        '',
        '1. **Apologies for Absence.** Apologies were received from Mrs Page.',
        '',
        '1. **Declarations of Interest.** There were no declarations of interest.',
        '',
        '1. **Minutes of the last meeting.** The minutes were confirmed as a true record.',
        '',
        '4. **Reports.** The chairman reported on the allotments.',
        '',
        '5. **Finance.** The accounts were approved.',
      ].join('\n'),
      { name: 'synthetic.md' },
    );
    expect(items(d)).toEqual([
      ['1', 'Apologies for Absence'],
      ['1', 'Declarations of Interest'],
      ['1', 'Minutes of the last meeting'],
      ['4', 'Reports'],
      ['5', 'Finance'],
    ]);
  });

  it('a Markdown number alone in its list item, its title the paragraph after it', async () => {
    // limerick-newcastle-west (questions): a PDF converter's "1." on a line of its own.
    const d = await parse(
      [
        'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST',
        '',
        '1.',
        '',
        'Adoption of Minutes',
        '',
        '**(a)**',
        '',
        'Circulated, copy of draft Minutes of Meeting of Municipal District of Newcastle',
        '',
        'West, held on 5th April, 2023.',
        '',
        '2.',
        '',
        'Disposal of Land',
        '',
        'Members noted the proposal.',
      ].join('\n'),
      { name: 'synthetic.md' },
    );
    expect(items(d)).toEqual([
      ['1', 'Adoption of Minutes'],
      ['2', 'Disposal of Land'],
    ]);
  });

  it('an agenda then its minutes on one page: the minutes, under a line naming their kind, are items again', async () => {
    // wheldrake (questions8): the agenda's entries, then "Minutes draft" and the same numbers with their text.
    const d = await doc([
      'Annual Parish Meeting (May 2016)',
      '',
      '17 May 2016 , 7:00pm',
      'Church Cottage',
      '',
      'Agenda',
      '',
      'Chairman: David Randon',
      '',
      '1. Introduction',
      '',
      '2. Apologies',
      '',
      '3. Open Forum',
      '',
      'Minutes draft',
      '',
      '1.  Introduction',
      '',
      'The chairman, David Randon, opened the meeting and welcomed all who were present.',
      '',
      '2.  Apologies',
      '',
      'Chairman present. No apologies applicable at this meeting.',
      '',
      '3. Open Forum',
      '',
      'There then followed a question and answer session on various topics.',
      '',
      '3.1 Oil and Gas Licensing',
      '',
      'Clarification requested regarding the potential Oil and Gas licensing in the area.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Introduction'],
      ['2', 'Apologies'],
      ['3', 'Open Forum'],
      ['1', 'Introduction'],
      ['2', 'Apologies'],
      ['3', 'Open Forum'],
      ['3.1', 'Oil and Gas Licensing'],
    ]);
    // Without the line naming the minutes, the titles printed again are the agenda's papers.
    const e = await doc(['Agenda', '', '1. Introduction', '2. Apologies', '3. Open Forum', '', '1. Introduction', 'The chairman opened the meeting.', '2. Apologies', 'There were none.', '3. Open Forum', 'Residents asked about parking.']);
    expect(items(e).map(([n]) => n)).toEqual(['1', '2', '3']);
  });

  it("the document's title with its kind after a dash is no item, nor is a line printed unlike the items inside one", async () => {
    // honingham (heldout9).
    const d = await doc([
      'Meeting Minutes',
      '',
      'Parish Council Meeting 12th Sept 2016 – Minutes',
      '',
      'MINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September at 7pm in the Village Hall.',
      '',
      'Present were Mr D Bishop (Chairman), Mr R Human, Mrs L Human, Mrs S Blyth and Mrs N Cargill.',
      '',
      'APOLOGIES FOR ABSENCE were received from Mr S Steggles and Mr T Sapey',
      '',
      'THE MINUTES of the previous meeting were read, approved and signed.',
      '',
      'FINANCE. A cheque was signed to Mr E Perrett, for mower service, for £150.75.',
      '',
      'Payment was made for equipment for the Bowls Club area:',
      '',
      'Marker Cones   £37.47',
      '',
      'Payment for these was made to Mr D Bishop, a total of £368.10',
      '',
      'PLANNING. A letter had been received from Broadland District Council, stating that the application had been approved.',
    ]);
    expect(items(d).map(([, t]) => t)).toEqual(['APOLOGIES FOR ABSENCE', 'THE MINUTES', 'FINANCE', 'PLANNING']);
  });

  it('a title that starts with a date, after its label, is a title (a line that opens with a date is none: see the agenda then its minutes)', async () => {
    // palos-verdes-estates (heldout8): a title that starts with a date, after its label, is a title.
    const e = await doc(['AGENDA', '', '1. November 15, 2022 Planning Commission Action Minutes', '', '2. Administrative Approvals', '', '3. Director’s Report']);
    expect(items(e)[0]).toEqual(['1', 'November 15, 2022 Planning Commission Action Minutes']);
  });

  it('labels closed by a dot and a bracket ("1.)")', async () => {
    // tower-lakes (heldout12): a village web page's numbering.
    const d = await doc([
      'Date: February 18, 2007',
      'Time: 7:30pm',
      'Location: Village Hall',
      '1.) Roll Call, Pledge and Sign In: Attendance; President Leitner (call in); Trustees Merkle, Parro, deVries, Baggett, Bolger.',
      '2.) Public Comments: None',
      '3.',
      'Approval of Minutes: A Motion to approve minutes, with the',
      'correction of the',
      '5.) Treasuruer’s Report: (I) A motion by Tr. Parro and seconded by Tr. Baggett to approve the monthly expenditures as presented.',
    ]);
    // The separator the headings show (": ") ends the title under a number alone on its line too.
    expect(items(d)).toEqual([
      ['1', 'Roll Call, Pledge and Sign In'],
      ['2', 'Public Comments'],
      ['3', 'Approval of Minutes'],
      ['5', 'Treasuruer’s Report'],
    ]);
  });

  it('numbering that starts again under each part heading', async () => {
    const d = await doc([
      'CITY OF EXAMPLE',
      'REGULAR MEETING AGENDA',
      '',
      'CALL TO ORDER: 6:30 p.m.',
      '',
      'COMMITTEE REPORTS: Reports on committee meetings held.',
      '1. PARKS COMMITTEE REPORT - Receive and file.',
      '2. TRAFFIC COMMITTEE REPORT - Receive and file.',
      '',
      'PUBLIC HEARINGS:',
      '1. ZONING TEXT AMENDMENT - Hold the hearing and adopt the ordinance.',
      '',
      'GENERAL BUSINESS:',
      '1. STREET SIGN CONTRACT - Award the contract.',
      '2. ANNUAL AUDIT - Receive the report.',
      '3. COMMITTEE ASSIGNMENTS - Approve the assignments.',
      '',
      'ADJOURNMENT:',
    ]);
    const numbered = items(d).filter(([n]) => n !== null);
    expect(numbered.map(([n]) => n)).toEqual(['1', '2', '1', '1', '2', '3']);
    expect(numbered.map(([, t]) => t)).toContain('ZONING TEXT AMENDMENT');
    expect(d.sections?.map((s) => s.title) ?? []).toEqual(expect.arrayContaining(['PUBLIC HEARINGS', 'GENERAL BUSINESS']));
  });

  it('a second session numbered again, opening with some of the first one’s business, lettered points in both (heldout9 la-habra-heights)', async () => {
    const d = await doc([
      'AGENDA',
      'A REGULAR MEETING OF THE LA HABRA HEIGHTS CITY COUNCIL',
      'December 12, 2022',
      '',
      'CLOSED SESSION',
      '1. CALL MEETING TO ORDER',
      '2. ROLL CALL',
      'A. Norm Zezula, Mayor Pro Tempore',
      'B. Brian Bergman, Council Member',
      '3. PUBLIC COMMENTS',
      '4. ADJOURN TO CLOSED SESSION TO DISCUSS THE FOLLOWING:',
      'A. CONFERENCE WITH LEGAL COUNSEL - EXISTING LITIGATION',
      '5. RECONVENE AND STATEMENT FROM CLOSED SESSION',
      '--------------------------------',
      'REGULAR BUSINESS AT 6:30 P.M.',
      '1. CALL MEETING TO ORDER',
      '2. ROLL CALL',
      'A. Norm Zezula, Mayor Pro Tempore',
      'B. Brian Bergman, Council Member',
      '3. FLAG SALUTE',
      '4. PRESENTATIONS, COMMENDATIONS AND PROCLAMATIONS',
      '5. PUBLIC COMMENTS',
      '6. HONOR OUTGOING MAYOR ROY FRANCIS',
      '7. SELECT MAYOR AND MAYOR PRO TEMPORE',
    ]);
    expect(items(d).filter(([n]) => n !== null).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5', '1', '2', '3', '4', '5', '6', '7']);
  });

  it('page chrome glued to the labels: a page number before "7.", a page header before the flattened "1." (heldout13 portpatrick, rotorua)', async () => {
    const portpatrick = await doc([
      'Portpatrick Community Council',
      'Minutes of the meeting held on 29 October 2019',
      '',
      '5. Acknowledge and Sign the Amended Scheme for Establishment of Community Councils in Dumfries & Galloway as Constitution',
      '',
      'This was signed by June Hoad and Carlyn McDougall',
      '',
      '6. Consider the appointment of an independent examiner of Accounts',
      '',
      'Peter Walker has done this in past – he stated he will do it for one more year.',
      '',
      '1 7. Dumfries & Galloway Community Council Overview',
      '',
      'KP stated that Community Councils play an important role in DGC.',
    ]);
    expect(items(portpatrick).at(-1)).toEqual(['7', 'Dumfries & Galloway Community Council Overview']);
    const rotorua = await doc([
      '1 Council meeting Doc No. RDC-787502 14 December 2017 File No: 01-15-010\\25 NOTICE OF AN ORDINARY MEETING OF COUNCIL to be held on Thursday, 14 December 2017 at 9:30am in the Council Chamber, Rotorua Lakes Council Chairperson: Mayor Chadwick Members: Cr Donaldson (Deputy) Cr Bentley Cr Gould Cr Hunt Cr Kent Quorum: 6 A G E N D A ' +
        '1. OPENING KARAKIA 2. APOLOGIES (INCLUDES LEAVE OF ABSENCE NOTIFICATION) 3. DECLARATIONS OF INTEREST Members need to stand aside from decision-making when a conflict arises between their role as a Member of the Council and any private or other external interest they might have.',
    ]);
    expect(items(rotorua)).toEqual([
      ['1', 'OPENING KARAKIA'],
      ['2', 'APOLOGIES (INCLUDES LEAVE OF ABSENCE NOTIFICATION)'],
      ['3', 'DECLARATIONS OF INTEREST'],
    ]);
  });

  it('a single capital word with a colon is a label inside its item, not a heading', async () => {
    const d = await doc([
      'EXAMPLE COUNCIL',
      'Minutes of the meeting held on 2 April 2024',
      '',
      'APOLOGIES',
      'There were no apologies.',
      'PUBLIC QUESTIONS',
      'QUESTION:',
      'When will the bus shelter be repaired?',
      'REPLY:',
      'The shelter will be repaired in May.',
      'FINANCE',
      'The accounts were approved.',
    ]);
    expect(items(d).map(([, t]) => t)).toEqual(['APOLOGIES', 'PUBLIC QUESTIONS', 'FINANCE']);
  });

  it('a contents list with page numbers: the numbers are no part of the titles, a wrapped row is one title', async () => {
    const d = await doc([
      'EXAMPLE DISTRICT COUNCIL',
      'Minutes of a meeting of the Council held on 10 September 2019',
      'Table of Contents',
      '1.         Prayer  1',
      '2.         Apologies  2',
      '3.         Seal',
      'Register  2',
      '4.         Conflicts',
      'of Interest 2',
      '',
      '1.         Prayer',
      'The meeting opened with a prayer.',
      '2.         Apologies',
      'There were no apologies.',
      '3.         Seal Register',
      'The Seal Register was laid on the table.',
      '4.         Conflicts of Interest',
      'There were no declarations of conflicts of interest.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Prayer'],
      ['2', 'Apologies'],
      ['3', 'Seal Register'],
      ['4', 'Conflicts of Interest'],
    ]);
  });

  it('titles ending in numbers that go up and down are no contents list', async () => {
    const d = await doc([
      'EXAMPLE COUNCIL',
      'Minutes of the meeting held on 2 April 2024',
      '',
      '1. Plan Change 7',
      '2. Plan Change 3',
      '3. Plan Change 5',
      '4. Apologies',
    ]);
    expect(items(d).map(([, t]) => t)).toEqual(['Plan Change 7', 'Plan Change 3', 'Plan Change 5', 'Apologies']);
  });

  it('a number on its own line, its title wrapped over the lines below', async () => {
    const d = await doc([
      'EXAMPLE PARISH COUNCIL',
      'Minutes of the annual meeting held on 8 May 2017',
      '',
      '3.',
      'Present',
      'Mr Kallaway (Chair), Mr Bendle and Mrs Hay.',
      '4.',
      'Declarations',
      'of Interest',
      'Mr Kallaway declared a personal interest in item 6.',
      '5.',
      'Public Participation',
      'There were no members of the public present.',
    ]);
    expect(items(d).map(([, t]) => t)).toEqual(['Present', 'Declarations of Interest', 'Public Participation']);
  });

  it('the type of a linked paper printed after the title is no part of it', async () => {
    const d = await doc([
      'EXAMPLE BOARD',
      'Agenda for the meeting on 15 September 2021',
      '',
      '1. Minutes of the last board meeting (Word)',
      'To approve the minutes of the public board meeting held on 21 July.',
      '2. Integrated performance report (PDF)',
      'To receive the report.',
    ]);
    expect(items(d).map(([, t]) => t)).toEqual(['Minutes of the last board meeting', 'Integrated performance report']);
  });

  it('title-case headings run into their text after the separator the document shows for it', async () => {
    const d = await doc([
      'EXAMPLE COMMUNITY COUNCIL',
      'Minutes of the meeting held on 19 October 2023',
      '',
      '82/23 Apologies: Cllr. A Edwards sent his apologies.',
      '83/23 Declarations of Interest: There were no declarations of interest made at this meeting.',
      "84/23 County Councillor's Report:",
      'The County Councillor reported on the new bus timetable.',
      '85/23 Finance – Cllr Jones presented the accounts',
    ]);
    expect(items(d)).toEqual([
      ['82/23', 'Apologies'],
      ['83/23', 'Declarations of Interest'],
      ['84/23', "County Councillor's Report"],
      ['85/23', 'Finance – Cllr Jones presented the accounts'],
    ]);
  });

  it('a colon printed with a dash (":-") is the same separator, ending a title or the heading line (questions11 glentham)', async () => {
    const d = await doc([
      'Minutes of the Meeting of the Parish Council held on 26/1/2023 in the Village Hall',
      '',
      '1. Co-option of Councillors: No interest.',
      '2. Apologies for Absence and Reasons Given:- Cllrs R. Francis & S. Shaw.',
      '3.  To receive declarations of interest in accordance with the 2011 Localism Act:-  None.',
      '4. Notes of last meeting on 24th November to be approved as minutes:-',
      '  The minutes were signed as a true record. ',
      '5. Chair and Council’s Comments:-  Cllr Smith asked about the enforcement issue raised at the previous meeting. The clerk confirmed it had been reported to WLDC but no action had been taken to date.',
      '6. Reports from County & District Councillors:-  Cllr Bunney gave information on forthcoming elections and the fact that photo ID will be needed.',
      '7. Crime & Vandalism:- PCSO’s report previously circulated. ',
    ]);
    expect(items(d)).toEqual([
      ['1', 'Co-option of Councillors'],
      ['2', 'Apologies for Absence and Reasons Given'],
      ['3', 'To receive declarations of interest in accordance with the 2011 Localism Act'],
      ['4', 'Notes of last meeting on 24th November to be approved as minutes'],
      ['5', 'Chair and Council’s Comments'],
      ['6', 'Reports from County & District Councillors'],
      ['7', 'Crime & Vandalism'],
    ]);
  });

  it('capitals giving way to text are the separator when the headings show it (questions10 cefn)', async () => {
    const d = await doc([
      'MINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT GEORGE EDWARDS HALL, .',
      '',
      '37.PRESENT Councillors: P Blackwell, B Cook, A Ennis, Mrs J Jones, D Metcalfe & Mrs G Wright Also PCSO Abi Land & four members of the public representing Cefn Creates',
      '',
      '38. APOLOGIES Apologies for absence were received from Councillors: Mrs S Benbow-Jones M Hughes, Mrs L Prescott-Ennis & Mrs I Twigg',
      '',
      '39. TO RECEIVE A FIRE & SAFETY PRESENTATION FROM MIKE DAVIES The Chairman welcomed Mr Davies to the meeting and asked him to commence with his presentation. Mr Davies was thanked for his very informative and interesting presentation and left the meeting.',
      '',
      '40.TO RECEIVE DECLARATION OF INTEREST Councillor P Vaughan declared an interest in agenda item 11, correspondence item no 11 member of Cefn Mawr Museum.',
    ]);
    expect(items(d)).toEqual([
      ['37', 'PRESENT'],
      ['38', 'APOLOGIES'],
      ['39', 'TO RECEIVE A FIRE & SAFETY PRESENTATION FROM MIKE DAVIES'],
      ['40', 'TO RECEIVE DECLARATION OF INTEREST'],
    ]);
  });

  it('a separator in one title, or after a kind of entry, or in titles printed as sentences, ends no title', async () => {
    const one = await doc([
      'EXAMPLE BOARD',
      'Agenda for the meeting on 15 September 2021',
      '',
      '1. Apologies',
      '2. Impact report: cardiovascular disease prevention',
      '3. Any other business',
    ]);
    expect(items(one).map(([, t]) => t)).toContain('Impact report: cardiovascular disease prevention');
    const kinds = await doc([
      'EXAMPLE TOWNSHIP',
      'Council agenda, 4 September 2018',
      '',
      '1. Call to Order.',
      '2. Adoption of the Agenda.',
      '3. Disclosure of Pecuniary Interest.',
      '4. Resolution: Adopt the minutes of the meeting held August 7, 2018.',
      '5. Resolution: Amend accepted materials for the recycling program.',
      '6. Delegation: Mr Rennette regarding the boundary road.',
      '7. Adjournment:',
    ]);
    expect(items(kinds).map(([, t]) => t).slice(3)).toEqual([
      'Resolution: Adopt the minutes of the meeting held August 7, 2018.',
      'Resolution: Amend accepted materials for the recycling program.',
      'Delegation: Mr Rennette regarding the boundary road.',
      'Adjournment',
    ]);
  });

  it('a decision in capitals run into the heading is text, not title; a lettered reference joined by a dot numbers the item', async () => {
    const d = await doc([
      'EXAMPLE COMMUNITY COUNCIL',
      'Minutes of the meeting held on 19 October 2023',
      '',
      '85/23 Public Observations',
      'There were none.',
      '86/23 Confirmation of the Minutes of the Meeting held on 21st September 2023– RESOLVED that the minutes be signed as a true record.',
    ]);
    expect(items(d).at(-1)).toEqual(['86/23', 'Confirmation of the Minutes of the Meeting held on 21st September 2023']);
    expect(d.items.at(-1)!.resolutions.length).toBeGreaterThan(0);
    const references = await doc(['EXAMPLE MUNICIPAL DISTRICT', 'Minutes of the annual meeting, 14 June 2021', '', 'No. Item', '', 'CMD.74.21', '', 'Election of the Cathaoirleach', 'Cllr Smith was elected.', 'CMD.75.21', 'Election of the Leas Cathaoirleach', 'Cllr Jones was elected.']);
    expect(items(references)).toEqual([
      ['CMD.74.21', 'Election of the Cathaoirleach'],
      ['CMD.75.21', 'Election of the Leas Cathaoirleach'],
    ]);
  });

  it('numbered lines of prose are headings run into their text where the document shows its separator, even when the text holds the motion', async () => {
    const d = await doc([
      'Example Parish Meeting',
      'Minutes of the meeting held on Thursday 12th May 2022 at 7.30pm',
      '001 Welcome: The Chair welcomed all in attendance and thanked everyone for giving their time.',
      '002 Apologies: Councillor Drew was visiting family out of the area. Councillors proposed, seconded and resolved unanimously to accept these apologies.',
      '003 Approval of the minutes from 20th May 2021: It was proposed to accept the minutes as a true record by all. They were signed by the Chair.',
      '004 Matters Arising: None.',
      '005 Questions from the Public: A member of the public asked if planning applications could be printed. The clerk said that they could.',
      '006 CONFIRMATION OF MINUTES MOTION: That the minutes be adopted. Moved Cllr A, seconded Cllr B. Carried.',
    ]);
    expect(items(d)).toEqual([
      ['001', 'Welcome'],
      ['002', 'Apologies'],
      ['003', 'Approval of the minutes from 20th May 2021'],
      ['004', 'Matters Arising'],
      ['005', 'Questions from the Public'],
      ['006', 'CONFIRMATION OF MINUTES'],
    ]);
    // Without the separator shown by the document, a numbered paragraph that records a motion stays text.
    const plain = await doc(['Example Parish Meeting', 'Minutes of the meeting held on 12 May 2022', '1. Apologies', 'None.', '2. Minutes', 'Cllr A proposed and Cllr B seconded that the minutes be approved.', '3. Finance', 'The accounts were noted.']);
    expect(items(plain)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes'],
      ['3', 'Finance'],
    ]);
  });

  it("a motion's numbered clauses under its movers are no items, nor is a heading over the meeting's empty fields", async () => {
    const d = await doc([
      'MINUTES',
      '',
      'REGULAR BUSINESS MEETING OF CITY COUNCIL',
      '',
      'Meeting #:',
      'Date:',
      'Location:',
      'Council Chamber, City Hall',
      'PRESENT:',
      '• Mayor A. Smith, in the Chair',
      '• Councillor B. Jones',
      '',
      'The meeting was opened at 1:00 p.m.',
      '',
      '• Moved By: Councillor Jones',
      '  Seconded By: Councillor Brown',
      '  1. That City Council suspend the rules for this meeting;',
      '  2. That the request to speak from A. Person be added to item 8.3;',
      '  3. That the following letters be added to item 10.1:',
      '    1. Speak - C. Wilson, dated January 23, 2019;',
      '    2. Comments - N. Nagy, dated January 24, 2019',
    ]);
    expect(items(d).filter(([n]) => n !== null)).toEqual([]);
    expect(d.items.map((i) => i.title)).not.toContain('REGULAR BUSINESS MEETING OF CITY COUNCIL');
  });

  it("initials in a list of staff, a label's list of roles, and numbers printed after the title", async () => {
    const d = await doc([
      'Example Regional Council Minutes',
      'Meeting held in the Council Chamber on Tuesday 28 November 2023',
      '',
      'STAFF:',
      'R. Bartlett, Chief Administrative Officer; and M. Panneton, Director, Legislative',
      'Services. J. Bailey, Director, Planning; K. Spooner, Senior Manager, Permits; and',
      'S. LeBlanc, Manager, Bylaw Services, attended the meeting.',
      '',
      'In Attendance:',
      'Full Meeting',
      'Independent Financial Advisor',
      'Communications Manager',
      'Economist',
      'Part Meeting',
      'Media Specialist',
      '',
      'Apologies (Item 1.0)',
      'There were no apologies.',
      'Declarations of Conflicts of Interest (Item 2.0)',
      'It was advised that councillors should declare an interest.',
      'Financial Report (Item 3.0)',
      'The report was received.',
    ]);
    expect(items(d)).toEqual([
      ['1.0', 'Apologies'],
      ['2.0', 'Declarations of Conflicts of Interest'],
      ['3.0', 'Financial Report'],
    ]);
  });
  it('labels printed last, in brackets, closing titles wrapped over their lines (San Juan USD minutes, heldout17)', async () => {
    const d = await doc(fixtureLines('heldout17/sjusd-board-minutes-2020-03-31.txt', 1, 168));
    expect(numbers(d)).toEqual(['A', 'B', 'D-1', 'D-2', 'D-3', 'D-4', 'D-5', 'D-6', 'D-7', 'D-8', 'D-9', 'D-10', 'F-1', 'M']);
    const title = (n: string) => titleOf(d, n);
    expect([title('B'), title('D-1'), title('D-9'), title('F-1')]).toEqual([
      'Minutes Approved',
      'Personnel',
      // A reference named before the title is part of it; the label printed last numbers the item.
      'Resolution No. 2984: Lease Amendment for Cottage Elementary School New Construction Project',
      'California Voting Rights Act Public Hearing No. 1: Potential Composition of By-Trustee Areas Pursuant to Elections Code section 10010, subdivision (a)(1)',
    ]);
    // A number in brackets after a title counts things; a lower-case letter is a clause.
    expect(numbers(await doc(['Planning applications (3)', 'Two were approved.', 'Correspondence (2)', 'Noted.', 'Finance (4)', 'Paid.']))).toEqual([]);
  });

  it('a summons whose last line ends in ":" introduces the items, not the points of one', async () => {
    const d = await doc([
      'Notice of Meeting I hereby summon you to attend a meeting of Example Community Council to be held on Wednesday 24 July 2024 at 6.30pm. To discuss the following agenda:',
      '1) To receive apologies for absence.',
      '2) To record all declarations of interest.',
      '3) Sustainable Grant update',
      '4) To receive correspondence and agree responses.',
    ]);
    expect(items(d).map(([n]) => n)).toEqual(['1', '2', '3', '4']);
    // Inside an item, a line ending in ":" still opens a list of points.
    const e = await doc(['1. Apologies', 'None.', '2. Planning', 'The council noted:', '1. The application was approved.', '2. The appeal was dismissed.', '3. Finance', 'Noted.']);
    expect(items(e).map(([n]) => n)).toEqual(['1', '2', '3']);
  });
  it('labels glued to their title ("1.APOLOGIES", "2.Apologies"), and a numbered paragraph whose motion follows its first sentence', async () => {
    const d = await doc([
      'PC Meeting Minutes - 21st March 2023',
      'PRESENT: Councillors A Wilson (Chairman), B Patrick, C Richardson.',
      '1.APOLOGIES FOR ABSENCE. Cllr N. Eaves – his apology and reason was accepted.',
      '2.DECLARATIONS OF INTEREST. Cllr Richardson – Item 6, Playpark Trees.',
      '3.MINUTES OF MEETING, Jan 24th 2023. There were two amendments. It was proposed by Cllr Patrick and seconded by Cllr Wilson that the minutes be signed.',
      '4.Reports from visiting representatives',
      'D/Cllr Jackson summarised his report.',
      '5.COUNCIL ELECTIONS IN MAY. Reminder as to the deadlines for nomination forms.',
    ]);
    expect(items(d)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'MINUTES OF MEETING, Jan 24th 2023.'],
      ['4', 'Reports from visiting representatives'],
      ['5', 'COUNCIL ELECTIONS IN MAY'],
    ]);
  });
  it('timestamped minutes: the recording time before each heading is no part of its label (questions12 bozeman)', async () => {
    const d = await doc([
      'LINKED MINUTES OF THE MEETING OF THE CITY COMMISSION',
      'BOZEMAN, MONTANA',
      'June 15, 2009',
      '0:04:59 A. Call to Order - 6 p.m. -City Commission Room, City Hall, 121 North Rouse',
      'Deputy Mayor Krauss called the meeting to order at 6 p.m.',
      '0:05:03 B. Pledge of Allegiance and a Moment of Silence',
      '0:05:53 C. Changes to the Agenda',
      'Deputy Mayor Krauss asked City Manager Chris Kukulski if there were any changes to the',
      'agenda.',
      '0:05:59 Chris Kukulski, City Manager',
      'Mr. Kukulski stated that there is a name change on one of the items on the Consent Agenda.',
      '0:06:58 D. Public Service Announcement -Fireworks Ordinance (McLane)',
      '0:07:01 Rich McLane, Police Lieutenant',
      "Lt. McLane gave a power point presentation regarding the City's Fireworks Ordinance.",
    ]);
    expect(items(d)).toEqual([
      ['A', 'Call to Order - 6 p.m. -City Commission Room, City Hall, 121 North Rouse'],
      ['B', 'Pledge of Allegiance and a Moment of Silence'],
      ['C', 'Changes to the Agenda'],
      ['D', 'Public Service Announcement -Fireworks Ordinance (McLane)'],
    ]);
  });

  it("a minute's reference printed after each agenda title, numbered on from title to title, is the item's reference (questions12 lapford)", async () => {
    const d = await doc([
      'LAPFORD PARISH COUNCIL',
      '',
      'Minutes of the Council Meeting held on Tuesday 3 March 2020 at 7:30 pm in The Orchard Centre, Lapford, , EX17 6PZ PRESENT Cllr I Hemsworth (Chair), Cllr S Briant-Evans, Cllr B Clinch. IN ATTENDANCE Parish Clerk: Dr J Cross',
      '',
      '1. APOLOGIES FOR ABSENCE 20.060 Apologies were received from Cllr Heal and Cllr Eginton. Cllr Squires had stated that she would be delayed as she had another commitment. ' +
        '2. DECLARATION OF INTEREST 20.061 Register of Interests Cllr Egan declared a new interest as she had joined the Lapford Youth and Playing Field Trust as a committee member. ' +
        '20.064 Dispensations No requests were received for dispensations from councillors on matters in which they have a Disclosable Pecuniary Interest. ' +
        '3. PUBLIC PARTICIPATION SESSION 20.065 The Chair invited representations from the members of the public.',
    ]);
    expect(d.items.map((i) => [i.number, i.title, i.reference])).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE', '20.060'],
      ['2', 'DECLARATION OF INTEREST', '20.061'],
      ['3', 'PUBLIC PARTICIPATION SESSION', '20.065'],
    ]);
    // A number ending one title only, or numbers that do not follow each other, stay in the title.
    const e = await doc([
      'Example Parish Council',
      'Minutes of the meeting held on 3 March 2020',
      '1. Apologies for absence',
      'None.',
      '2. Planning application 20/0123',
      'No objection.',
      '3. Accounts',
      'Paid.',
    ]);
    expect(items(e).map(([, t]) => t)).toContain('Planning application 20/0123');
    // Papers' references, rising by more than the minutes inside one item (heldout9 winnipeg, as `minutes` writes it in Markdown).
    const f = await parse(
      [
        '## Items',
        '',
        '### 1 Subdivision and Rezoning – 1415 Regent Avenue West – DASZ 21/2018',
        '',
        'ADOPTED',
        '',
        '### 2 Rezoning – 140 Alfred Avenue – DAZ 213/2018',
        '',
        'ADOPTED',
        '',
        '### 3 Rezoning – 1181 Chamberlain Avenue – DAZ 216/2018',
        '',
        'ADOPTED',
      ].join('\n'),
      { name: 'winnipeg.md' },
    );
    expect(f.items.map((i) => [i.title, i.reference])).toEqual([
      ['Subdivision and Rezoning – 1415 Regent Avenue West – DASZ 21/2018', null],
      ['Rezoning – 140 Alfred Avenue – DAZ 213/2018', null],
      ['Rezoning – 1181 Chamberlain Avenue – DAZ 216/2018', null],
    ]);
  });

  it('unnumbered headings run into their text after a colon or in capitals, shown by repetition', async () => {
    const d = await doc([
      'Example Parish Council Minutes',
      'Present: R. Lankfer - Chairman, Mrs. Willis, R Markwell',
      'Apologies: G. Gott, T. Manley',
      'Minutes: It was proposed by G. Clere and seconded by P. Markwell that the minutes be signed as a correct record.',
      'Matters Arising: Cemetery - the foot path needs more soil placed behind the gravel board.',
      'Correspondence: Norfolk Link and the playing field leaflet were noted.',
    ]);
    expect(items(d)).toEqual([
      [null, 'Apologies'],
      [null, 'Minutes'],
      [null, 'Matters Arising'],
      [null, 'Correspondence'],
    ]);
    const e = await doc([
      'MINUTES of the meeting of EXAMPLE PARISH COUNCIL held on Monday 12th September at 7pm in the Village Hall.',
      'Present were Mr D Bishop (Chairman) and Mrs S Blyth.',
      'APOLOGIES FOR ABSENCE were received from Mr S Steggles and Mr T Sapey',
      'MATTERS ARISING from the Minutes. A cheque has been received from the parish council.',
      'FINANCE. A cheque was signed to Mr E Perrett, for mower service, for £150.75.',
      'PLANNING. A letter had been received from the district council about the application.',
    ]);
    expect(items(e).map(([, t]) => t)).toEqual(['APOLOGIES FOR ABSENCE', 'MATTERS ARISING', 'FINANCE', 'PLANNING']);
  });

  it('compound numbers under a Markdown list item, where "3.1." is no list marker, are its sub-items (heldout19 forpd)', async () => {
    const d = await parse(fixtureLines('heldout19/forpd-policy-committee-special-agenda-2024-08-12.md', 1, 40).join('\n'), { name: 'forpd.md' });
    expect(items(d).slice(2, 6)).toEqual([
      ['3', 'AGENDA'],
      ['3.1', 'Standing Policy Review Committee'],
      ['3.1.i', 'Review And Discussion Of Policy Updates: Tree Policy, Chair Dedication Policy.'],
      ['4', 'ADJOURNMENT'],
    ]);
    // A line of the item's text that only starts with its number is no sub-item.
    const e = await parse(['# Agenda', '', '1. **Minutes**  ', '1.5 million people were counted.', '2. **Budget**'].join('\n'), { name: 'synthetic.md' });
    expect(numbers(e)).toEqual(['1', '2']);
  });

  it('an item taken out of order, "10." printed between "8." and "9.", is an item where it is printed (heldout17 hbrc)', async () => {
    const d = await parse(readFileSync(new URL('../../fixtures/heldout17/hbrc-coastal-hazards-joint-committee-minutes-2019-03-18.txt', import.meta.url), 'utf8'), { name: 'hbrc.txt' });
    expect(numbers(d).slice(-3)).toEqual(['8', '10', '9']);
    expect(titleOf(d, '10')).toBe('WORKSHOP on funding workstream – NOTES');
    // A number past the items' last one plus one (a clause of a policy quoted in an item) is none.
    const e = await doc([
      'Minutes',
      '1. Apologies',
      'None.',
      '2. Minutes',
      'The minutes were approved.',
      '3. Parking Policy',
      '9. Residents Permits',
      '4. Finance',
      'The accounts were noted.',
    ]);
    expect(numbers(e)).toEqual(['1', '2', '3', '4']);
  });

  it('an unnumbered procedural heading ending in a full stop, as the numbered headings do, is an item (heldout19 smud)', async () => {
    const d = await doc(fixtureLines('heldout19/smud-board-agenda-2023-11-16.txt', 1, 90));
    expect(items(d).slice(0, 3)).toEqual([
      [null, 'Call to Order'],
      ['1', 'Approval of the Agenda.'],
      ['2', 'Committee Chair Reports.'],
    ]);
    // Where the numbered headings print no full stop, a line ending in one stays text.
    const e = await doc(['Agenda', 'Call to Order.', 'a. Roll Call.', '', '1. Approval of the Agenda', '2. Committee Chair Reports', '3. Budget']);
    expect(items(e).map(([n]) => n)).toEqual(['1', '2', '3']);
  });

  it('text flattened onto one line: headings in capitals before a colon cut it, a field naming people does not (questions13 ulysses)', async () => {
    const d = await parse(readFileSync(new URL('../../fixtures/questions13/ulysses-ny-town-board-2005-08-09.txt', import.meta.url), 'utf8'), { name: 'ulysses.txt' });
    expect(items(d).map(([, t]) => t)).toEqual(['APPROVAL OF MINUTES : RTB 7/12/2005, SBM 7/13/2005', 'APPROVAL OF CLAIMS']);
    const e = await doc([
      'Loading... TOWN BOARD MEETING JUNE 3, 1991 The Town Board met at the Town Hall at 7:30 pm. COUNCIL PRESENT: Mayor Lee, Councilmembers Hewitt and Black. ' +
        'The meeting was opened by the Mayor. APPROVAL OF MINUTES : The minutes of the meeting of May 6 were approved as presented by the clerk. ' +
        'The Mayor thanked the staff for their work on the budget. PARKS AND RECREATION : The board discussed the summer programme and the pool hours for the season.',
    ]);
    expect(items(e).map(([, t]) => t)).toEqual(['APPROVAL OF MINUTES', 'PARKS AND RECREATION']);
  });

  it('a numbered list whose every entry names a person is who spoke, not the items (heldout2 cootamundra)', async () => {
    const d = await doc(fixtureLines('heldout2/cootamundra-gundagai-ordinary-council-2019-12-10.txt', 1, 24));
    expect(numbers(d)).toEqual([]);
    expect(titleOf(d, '1')).toBeUndefined();
    // The heading over the list is the list's, inside the item it falls in.
    expect(items(d)).toEqual([[null, 'ADJOURN MEETING FOR OPEN FORUM']]);
  });

  // Burton-cum-Walden's minutes (heldout21, a PDF): item 11 lists its invoices as bullets under
  // "…the following invoices:", then the document's numbering goes on at 12.
  it('a numbered heading right after a list of bullets goes on with the numbering, not the list', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout21/burton-cum-walden-pc-minutes-2025-04-01.pdf', import.meta.url)));
    expect(numbers(d).slice(-3)).toEqual(['11', '12', '15']);
    expect(titleOf(d, '12')).toBe('Notice of meetings and reports of meeting attended');
    // The bullets stay points of item 11.
    expect(JSON.stringify(d.items.find((i) => i.number === '11')!.minutes)).toContain('West Burton Village Hall rental');
  });

  // Headings in title case ending in a colon, each on a line of its own with its text after a
  // blank line (heldout22 Campton, heldout9 Gilchrist); over a numbered list one groups it.
  it('title-case headings ending in a colon, set apart from their text, are items; over numbered lines they group them', async () => {
    const gilchrist = await doc(fixtureLines('heldout9/gilchrist-county-bocc-2003-02-17.txt', 1, 80));
    expect(items(gilchrist)).toEqual([
      [null, 'Call to Order'],
      [null, 'Agenda Changes'],
      ['1', 'Approval of Bills'],
      ['2', 'Approval of Purchase Order #300844; Milton Weeks, $3,032.21'],
      ['3', 'Approval of Budget Entries: #BE3-018 and #BE3-019'],
    ]);
    const campton = await doc(fixtureLines('heldout22/campton-township-board-special-minutes-2001-12-05.txt', 1, 30));
    expect(items(campton).at(-1)).toEqual([null, 'Adjournment']);
    // A label of one word ("REPLY:"), a speaker ("The Mayor:") or a field's name ("Answered By:") is none.
    const labels = await doc(['Minutes of the meeting', '', 'Answered By:', '', 'The Mayor', '', 'REPLY:', '', 'A report is being prepared.']);
    expect(labels.items).toEqual([]);
  });

  // Brown County's notice (heldout23): a lettered top level A. … H., the court's business
  // numbered 1 … 11 under D. The numbered run is the longer chain, but it sits inside one entry
  // of the lettered one, which holds it.
  it('a lettered top level holding a numbered list under one entry: both are items, the letters the top level (heldout23 brown-county)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout23/brown-county-commissioners-court-agenda-2015-09-14.txt', import.meta.url)));
    expect(numbers(d)).toEqual(['A', 'B', 'C', 'D', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', 'E', 'F', 'G', 'H']);
    expect(titleOf(d, 'H')).toBe('Adjournment or recess');
    expect(d.items.at(-1)!.truncated).toBe(false);
    // A numbered agenda with lettered points under an item keeps its numbers for items.
    const points = await doc(['Agenda', '', '1. Apologies', '2. Planning', 'A. 12 High Street', 'B. 3 Mill Lane', 'C. 9 Church Road', '3. Finance', '4. Close']);
    expect(numbers(points)).toEqual(['1', '2', '3', '4']);
    // Three levels (heldout5 cuyahoga: "V. COMMITTEE REPORTS" / "A. MANAGEMENT" / "1." … "VI."): the lettered middle level, inside one roman entry, is no top level.
    const three = await parseFile(fileURLToPath(new URL('../../fixtures/heldout5/cuyahoga-community-college-board-agenda-2019-09-26.pdf', import.meta.url)));
    expect(numbers(three).filter((n) => /^[A-D]$/.test(n))).toEqual([]);
  });

  // Cunderdin's notice (heldout24): an HTML list whose entries also carry typed letters.
  it('an entry with two labels, a number and a typed letter: the letter is its reference, never its title (heldout24 cunderdin)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout24/cunderdin-electors-agm-notice-2019-05-21.txt', import.meta.url)));
    expect(items(d)).toEqual([
      ['1', 'Receiving of the Audit Report'],
      ['2', 'Receiving of the 2017/18 Annual Financial Report'],
      ['3', 'Receiving of the President\u2019s Report'],
      ['4', 'Receiving of the Chief Executive Officer\u2019s Report'],
      ['5', 'Receiving of the 2017/18 Annual Report'],
    ]);
    expect(d.items.map((i) => i.reference)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)']);
    // A point that opens a sentence in small letters is no second label.
    const prose = await doc(['Minutes', '', '1. Apologies', 'None.', '2. a) the clerk reported on the budget.']);
    expect(titleOf(prose, '2') ?? '').not.toBe('the clerk reported on the budget.');
  });

  // Suffolk Libraries' AGM minutes (heldout23, a PDF): a table whose title cell prints on the
  // line above its number cell ("Minutes" / "3." / "The minutes from the AGM 2014 were accepted …").
  it('a number alone on its line under its title, its text after it: the title is the line above (heldout23 suffolk AGM minutes)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout23/suffolk-libraries-agm-minutes-2015-09-10.pdf', import.meta.url)));
    expect(items(d)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Apologies for Absence'],
      ['3', 'Minutes'],
      ['4', 'Annual Report'],
      ['5', 'Accounts 2014/15'],
      ['6', 'Appointment of Auditor'],
      ['7', 'Announcement of the election of 2 Suffolk Libraries IPS Ltd Board Members'],
      ['8', 'Guest Speaker'],
      ['9', 'Closing Remarks'],
    ]);
    // A number under a line of capitals with its title after it keeps the title after it.
    const after = await doc(['AGENDA', '', 'PART A', '3.', 'Apologies for absence', '4.', 'Minutes of the last meeting']);
    expect(items(after)).toEqual([
      ['3', 'Apologies for absence'],
      ['4', 'Minutes of the last meeting'],
    ]);
  });

  // Genoa Charter Township's agenda page (heldout24): unnumbered entries ending in a colon, one
  // under the other, then a group heading over the numbered ones.
  it('a stack of lines ending in a colon are headings, the last over numbered lines a group (heldout24 genoa)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout24/genoa-township-board-agenda-2019-10-21.txt', import.meta.url)));
    expect(items(d).slice(0, 5)).toEqual([
      [null, 'Call to Order'],
      [null, 'Pledge of Allegiance'],
      [null, 'Call to the Public (Public comment will be limited to two minutes per person)*'],
      ['1', 'Payment of Bills.'],
      ['2', 'Request to Approve Minutes: October 7, 2019'],
    ]);
    expect(numbers(d)).toEqual(['1', '2', '3', '4', '5']);
    // One line ending in a colon over a numbered list opens the list: its points, no items.
    const list = await doc(['Minutes', '', '1. Apologies', 'None.', '2. Planning', 'The council resolved:', '1. To object to the application', '2. To inform the applicant', '3. Finance']);
    expect(numbers(list)).toEqual(['1', '2', '3']);
  });

  // Cotuit Fire District's agenda and minutes (heldout24): unnumbered headings, each a paragraph
  // of its own line, some over bullets and ending in a colon.
  it('without numbers, headings printed as most of the items are (set apart, with or without a colon) are items; a line printed otherwise is text (heldout24 cotuit)', async () => {
    const agenda = await parseFile(fileURLToPath(new URL('../../fixtures/heldout24/cotuit-fire-commissioners-agenda-2011-11-17.txt', import.meta.url)));
    expect(items(agenda).map(([, t]) => t)).toEqual([
      'Call to Order',
      'Review & Approval of any previous meeting minutes',
      'Public Comments',
      'Fire Chief\u2019s Report',
      'Old Business',
      'New Business',
      'Executive Session: Not needed',
      'Approval of Warrants',
    ]);
    // The bullets under a heading ending in a colon are its points.
    expect(JSON.stringify(agenda.items.find((i) => i.title === 'Old Business'))).toContain('ISO Rating');
    const minutes = await parseFile(fileURLToPath(new URL('../../fixtures/heldout24/cotuit-fire-commissioners-minutes-2010-07-22.txt', import.meta.url)));
    expect(items(minutes).map(([, t]) => t)).toEqual(['Public Comments', 'Chief\u2019s Report', 'Old Business']);
    expect(JSON.stringify(minutes.items[1])).toContain('No Chief\u2019s Report, will be carried over');
  });

  // The New York City Council's committee minutes (heldout21, a PDF): "Present:" over names wrapped after a comma.
  it('the rest of a list of names, wrapped after a comma, is no heading (heldout21 nyc-council-finance)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout21/nyc-council-finance-minutes-2013-05-21.pdf', import.meta.url)));
    expect(items(d).map(([n]) => n)).toEqual([null, 'T2013-6219']);
    expect(items(d)[0]![1]).toBe('Roll Call');
    // A line with no comma of its own after such a line may still head an item.
    const e = await doc(['Minutes of the meeting', '', 'Apologies', 'Cllr A, Cllr B,', 'Planning', 'The council had no objection to the application.']);
    expect(items(e).map(([, t]) => t)).toContain('Planning');
  });

  // Coral Gables' Legistar agenda (heldout25, a PDF): "A.-1.  24-6951  Congratulations to …", the
  // levels joined by ".-", a file number in a column of its own, numbered business under "D." with
  // sub-items of its own ("1. … requesting no action:" / "1.-1." … "1.-12.").
  it('labels joined by ".-", a file-number column, and sub-items of numbered business under a letter (heldout25 coral-gables)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout25/coral-gables-city-commission-agenda-2024-02-27.pdf', import.meta.url)));
    const got = numbers(d);
    for (const n of ['A.-1', 'A.-3', 'D', 'D.-5', '1', '1.-1', '1.-12', '2', '2.-1', '2.-2', 'E.-3', 'F.-12', 'H.-1', 'K']) expect(got).toContain(n);
    // The file number is the entry's reference, never its title; the title is the column after it, wrapped.
    const first = d.items.find((i) => i.number === 'A.-1')!;
    expect(first.reference).toBe('24-6951');
    expect(first.title).toBe('Congratulations to Keep Coral Gables Beautiful on receiving the 2023 Award for Innovative Impact from the Florida Recycling Partnership Foundation');
    expect(d.items.filter((i) => /^\d{2}-\d{4}\b/.test(i.title ?? ''))).toEqual([]);
    expect(titleOf(d, '1.-10')).toBe('Retirement Board Meeting of January 11, 2024.');
  });

  // Akron's council agenda (heldout5, HTML): part headings that are links to a script of the
  // agenda viewer ("CONSENT AGENDA", a javascript: link), and items titled each by one sentence
  // of legislation, with the committee it goes to after it, numbered again under each part.
  it('one-sentence numbered paragraphs are the items where the document titles most so; headings linked to a script are headings (heldout5 akron)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout5/akron-city-council-agenda-2019-09-16.html', import.meta.url)));
    expect(d.items[0]!.number).toBe('1');
    expect(d.items[0]!.title).toBe('ORDINANCE accepting a vacation plat for a portion of Young Street and additional land to be dedicated as Evans Avenue; and declaring an emergency. PLANNING');
    expect(numbers(d).slice(0, 11)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '1', '2', '3']);
    expect(d.items.length).toBeGreaterThanOrEqual(30);
    // Numbered clauses of a decision stay one sentence each inside their item.
    const e = await doc([
      'Minutes of the meeting',
      '',
      '1. Apologies',
      'None were received.',
      '',
      '2. Budget',
      'Resolved:',
      '',
      '(1) that the budget be approved.',
      '',
      '(2) that the reserves be reviewed.',
      '',
      '(3) that the report be noted.',
    ]);
    expect(items(e)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Budget'],
    ]);
  });

  // Hermosa Beach's council agenda (heldout5, a PDF): the ways to comment ("1. IN PERSON - …" /
  // "2. ZOOM - …" … "5. ECOMMENT") printed under each part that takes public comment.
  it('a numbered list printed again elsewhere in the document is boilerplate, not items held by an entry (heldout5 hermosa-beach)', async () => {
    const d = await parseFile(fileURLToPath(new URL('../../fixtures/heldout5/hermosa-beach-city-council-agenda-2023-01-10.pdf', import.meta.url)));
    expect(d.items.map((i) => i.title)).not.toContain('IN PERSON');
    expect(numbers(d)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']);
    // Its text stays in the entry it is printed under.
    expect(JSON.stringify(d.items.find((i) => i.number === 'IX'))).toContain('ECOMMENT');
  });
});
