// The meeting header as a journalist would publish it: the body that met (never the kind of
// meeting or site chrome), read also where it is printed on two lines.
import { describe, expect, it } from 'vitest';
import { parse, parseFile } from '../../src/parse.js';
import { committedModels } from '../../src/segment/learned/models.js';
import { bodyName } from '../../src/segment/meeting.js';
import { isNamed } from '../../src/segment/learned/header.js';

const meetingOf = async (header: string) => (await parse(`${header}\n\n1. CALL TO ORDER\n\nThe meeting was called to order.\n\n2. ADJOURNMENT\n\nThe meeting adjourned.\n`, { name: 'agenda.txt' })).meeting;

describe('meeting body', () => {
  it('is never the kind of meeting alone ("REGULAR MEETING")', async () => {
    const m = await meetingOf('PLANNING COMMISSION\nREGULAR MEETING\nMonday, January 27, 2020\n7:00 PM');
    expect(m.body).toBe('PLANNING COMMISSION');
    expect(m.date).toBe('2020-01-27');
  });
  it('joins a name printed on two lines', async () => {
    const m = await meetingOf('BOARD OF WATER AND POWER\nCOMMISSIONERS\nREGULAR MEETING\nTuesday, January 25, 2022\n10:00 AM');
    expect(m.body).toBe('BOARD OF WATER AND POWER COMMISSIONERS');
  });
});

describe('meeting body named by the council, not the kind of meeting', () => {
  it('is the council named in the header beside "Meeting of District Council" (magherafelt)', async () => {
    const m = await meetingOf('MAGHERAFELT DISTRICT COUNCIL\nMinutes of Meeting of District Council held in the Council Chamber, 50 Ballyronan Road, Magherafelt on Tuesday 25 June 2013 at 7.30 pm');
    expect(m.body?.toUpperCase()).toContain('MAGHERAFELT DISTRICT COUNCIL');
  });
  it('is the council named by its place beside "Council" in a flattened page (clarington)', async () => {
    const m = await meetingOf('Loading...\nHomeMy WebLinkAbout04/10/1995 . . . Council Minutes PRAYERS ROLL CALL Present Were: Absent: Also Present: MINUTES MUNICIPALITY OF CLARINGTON April 10, 1995 Minutes of a regular meeting of Council held on Monday, April 10, 1995, at 7:00 p.m., in the Council Chambers Councillor Hannah led the meeting in prayer.');
    expect(m.body).toBe('MUNICIPALITY OF CLARINGTON');
  });
  it('is the council a long flattened line says met, the phrase opening with "Meeting of the" (plymouth)', async () => {
    const m = await meetingOf('Loading...\nHomeMy WebLinkAboutCity Council Minutes 07-09-2002Adopted Minutes Regular Council Meeting July 9, 2002 Mayor Tierney called a Regular Meeting of the Plymouth City Council to order at 7:00 p.m. in the Council Chambers of City Hall, 3400 Plymouth Boulevard, on July 9, 2002. COUNCIL PRESENT: Mayor Tierney, Councilmembers Hewitt, Harstad, Black, Slavik, and Stein.');
    expect(m.body).toBe('Plymouth City Council');
  });
  it('drops what a title prints around the name ("MEETING OF …", "… HELD IN")', async () => {
    const m = await meetingOf('MINUTES OF MEETING OF MUNICIPAL DISTRICT OF CASTLECOMER HELD IN THE COUNCIL CHAMBER, COUNTY HALL ON MONDAY 17th NOVEMBER 2014 AT 11AM\nChair:Cllr M.H. Cavanagh\nPresent:Cllrs P Fitzpatrick, M McCarthy, PMillea and M Shortall.');
    expect(m.body).toBe('MUNICIPAL DISTRICT OF CASTLECOMER');
  });
});

describe('bodyName', () => {
  it('cuts a body\'s name out of the sentence or title it was read from', () => {
    expect(bodyName('MEETING OF THE PRESIDENT AND BOARD OF TRUSTEES OF THE VILLAGE OF OAK BROOK')).toBe('PRESIDENT AND BOARD OF TRUSTEES OF THE VILLAGE OF OAK BROOK');
    expect(bodyName('Regular Meeting of the Board of Trustees of the Village of Croton-on-Hudson, NY was')).toBe('Board of Trustees of the Village of Croton-on-Hudson, NY');
    expect(bodyName('PROCEEDINGS OF THE CITY COUNCIL')).toBe('CITY COUNCIL');
    expect(bodyName('Council at its meeting')).toBe('Council');
    expect(bodyName('Minutes of the Annual Meeting of Millbrook Parish Council')).toBe('Millbrook Parish Council');
    expect(bodyName('WAS HELD IN THE TIPPERARY COUNTY COUNCIL')).toBe('');
    // heldout15/westleigh: "… the next meeting of the Parish Council on Wednesday 6th April".
    expect(bodyName('Parish Council on Wednesday')).toBe('Parish Council');
    // heldout15/wye-valley: "Minutes of a meeting of the above Council held on Monday 24th May 2021 …".
    expect(bodyName('above Council')).toBe('Council');
    // heldout15/lansing: "The Lansing Town Board met in Regular Session".
    expect(bodyName('The Lansing Town Board met in Regular Session')).toBe('The Lansing Town Board');
  });
  it('leaves a name that is no body\'s alone, and the kind of meeting when nothing else is left', () => {
    expect(bodyName('Wairoa District Council')).toBe('Wairoa District Council');
    expect(bodyName('Annual Meeting of Parishioners')).toBe('Annual Meeting of Parishioners');
    expect(bodyName('Ordinary Meeting of Council')).toBe('Council');
  });
});

describe('meeting venue', () => {
  it('is the place a "held at <time> on <date> at <place>" sentence names, never the time', async () => {
    const m = await meetingOf('ASHFORD TOWN COUNCIL\n\nMinutes of the Meeting of the Town Council held at 7.00pm on Monday 3rd March 2014 at the Council Chambers, Market Street, Ashford');
    expect(m.venue).toBe('Council Chambers, Market Street, Ashford');
    expect(m.date).toBe('2014-03-03');
    expect(m.time).toBe('19:00');
  });
  it('is read from a summons "TO BE HELD in <place> on <date>", without the date', async () => {
    const m = await meetingOf('You are hereby summoned to attend a meeting of the Parish Council\nTO BE HELD in the Village Hall, Church Lane on Thursday 6th June 2019 at 7.30pm');
    expect(m.venue).toBe('Village Hall, Church Lane');
    expect(m.date).toBe('2019-06-06');
  });
});

describe('meeting date', () => {
  it('reads an ordinal split from its day ("14 th MARCH 2018") in a "HELD ON … IN …" title, which is the header, not a section', async () => {
    const doc = await parse('BRYNMAWR TOWN COUNCIL\nMINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON WEDNESDAY 14 th MARCH 2018 IN THE COUNCIL CHAMBER\n\n1. APOLOGIES\n\nNone.\n', { name: 'minutes.txt' });
    expect(doc.meeting.date).toBe('2018-03-14');
    expect(doc.meeting.venue).toBe('COUNCIL CHAMBER');
    expect(doc.sections.map((s) => s.title)).toEqual([]);
  });
  it('reads numeric dates in the order the document itself shows', async () => {
    // Month first: a US address, or another date whose second number cannot be a month.
    expect((await meetingOf('CITY OF OAKDALE\nPLANNING COMMISSION\nMeeting date: 1/7/2019\nLocation: City Hall, 300 Main St, Oakdale, MO 63141')).date).toBe('2019-01-07');
    expect((await meetingOf('PLANNING COMMISSION\nMeeting date: 1/7/2019\nPosted: 12/28/2018')).date).toBe('2019-01-07');
    // Day first: another date whose first number cannot be a month, or dates written day first.
    expect((await meetingOf('PLANNING COMMITTEE\nMeeting date: 1/7/2019\nPublished: 25/6/2019')).date).toBe('2019-07-01');
    expect((await meetingOf('PLANNING COMMITTEE\nMeeting date: 1/7/2019\nNext meeting: 5 August 2019')).date).toBe('2019-07-01');
  });
  // heldout/melton-pc-annual-meeting-2021-05-05.txt: the page's upload date is no candidate.
  it('never offers a date the words before it make another day ("Uploaded on", "Next meeting:")', async () => {
    const offered: string[] = [];
    const learned = { models: committedModels, record: (c: { task: string; value: string }) => c.task === 'date' && offered.push(c.value) };
    const doc = await parse('MPC(21)M04 Minutes of the Statutory Annual Meeting of Melton Parish Council held on 5 May 2021\n\nFull CouncilMinutes Uploaded on May 25, 2021\n\nNext meeting: 2 June 2021\n\n1. APOLOGIES\n\nNone.\n', { name: 'minutes.txt', learned });
    expect(offered).toContain('2021-05-05');
    expect(offered).not.toContain('2021-05-25');
    expect(offered).not.toContain('2021-06-02');
    expect(doc.meeting.date).toBe('2021-05-05');
  });
});

describe('meeting fields of notices and pages (heldout15)', () => {
  const offeredFor = async (text: string, task: string) => {
    const offered: string[] = [];
    const doc = await parse(text, { name: 'agenda.txt', learned: { models: committedModels, record: (c) => c.task === task && offered.push(c.value) } });
    return { offered, meeting: doc.meeting };
  };
  it('reads the body whose meeting a notice announces ("The next Parish Council Meeting will take place …", horley)', async () => {
    const { offered } = await offeredFor('The next Parish Council Meeting will take place at 7.30 on Thursday August 3rd in the Old School Room. The meeting is open to the public.\nThe Agenda Items include:\n- Apologies for absence\n- Land adjoining the Old Council Houses, Wroxton Lane\n', 'body');
    expect(offered).toContain('Parish Council');
  });
  it('never offers the dates listed under "Date of next meetings :" (horley)', async () => {
    const { offered } = await offeredFor('The next Parish Council Meeting will take place at 7.30 on Thursday August 3rd in the Old School Room.\nThe Agenda Items include:\n- Apologies for absence\n- Date of next meetings :\n- Thursday 16th November 2017 at 7.00\n- Any other urgent business\n', 'date');
    expect(offered).not.toContain('2017-11-16');
  });
  it('reads the body without the record\'s words ("Town Board Minutes for October 10, 2011", sun-prairie; "Latest Meeting Minutes" / "Town Board Meeting", sherman)', async () => {
    expect((await meetingOf('Town Board Minutes for October 10, 2011\nPosted: October 10, 2011')).body).toBe('Town Board');
    expect((await meetingOf('Home : Meeting Minutes\nLatest Meeting Minutes\nTown Board Meeting\nOct 23, 2018')).body).not.toMatch(/Latest|Minutes/);
  });
  it('takes the place a notice sentence names, never the sentence (eardington, westleigh)', async () => {
    const eardington = await offeredFor('The Annual General Meeting will be held on Monday, 17th May at 7.30pm in Eardington Village Hall\n- Apologies\n2. Election of a) Chairman\n', 'venue');
    expect(eardington.offered.every((v) => !v.includes('will be held'))).toBe(true);
    expect(eardington.meeting.venue).toBe('Eardington Village Hall');
    const westleigh = await offeredFor('Westleigh Parish Council \u2013 Notice of Parish Meeting\nCouncillors are reminded of the next meeting of the Parish Council on Wednesday 6th April, 7.30pm at the Parish Hall\nAgenda\n1. Apologies received in respect of the meeting\n', 'venue');
    expect(westleigh.offered.every((v) => !v.includes('reminded'))).toBe(true);
    expect(westleigh.offered).toContain('Parish Hall');
  });
  // heldout7/bellingen-shire-ordinary-2017-11-22.txt: the header's fields flattened into one line, a notice in capitals after them.
  it('reads a venue field run into a line, up to the next field, and never a notice in capitals', async () => {
    const bellingen = await offeredFor('Minutes for the Ordinary Council Meeting Date: 22 November 2017 Location: Bellingen Shire Council Chambers Time: 6.00PM COUNCIL ADVISES THAT ALL OR PART OF THE MEETING MAY BE AUDIO RECORDED BY COUNCIL\nCOUNCIL ADVISES THAT ALL OR PART OF THE MEETING MAY BE AUDIO RECORDED BY COUNCIL\n1. Apologies\n', 'venue');
    expect(bellingen.offered).toContain('Bellingen Shire Council Chambers');
    expect(bellingen.offered.some((v) => v.includes('ADVISES'))).toBe(false);
  });
  // heldout8/kaipara-dc-ordinary-2004-07-21.txt: the place is on the line after "… Held In The".
  it('never takes the article a title line ends with for the place ("… District Council Held In The")', async () => {
    const kaipara = await offeredFor('Minutes of the Ordinary Meeting Of The Kaipara District Council Held In The\n\nCouncil Chambers, Station Road, Dargaville 21 July 2004 Commencing 1.00 pm\n\n1. Apologies\n', 'venue');
    expect(kaipara.offered).not.toContain('The');
  });
});

describe('meeting body from a "Minutes of the … Meeting of X held on <date>" line', () => {
  it('is X, not the kind of meeting or the record', async () => {
    expect((await meetingOf('Minutes of the Annual Meeting of Millbrook Parish Council held on Tuesday 2nd April 2019')).body).toBe('Millbrook Parish Council');
  });
});

describe('meeting header read as the first item', () => {
  it('takes the date and body from the opening sentence under a bare "Minutes" heading', async () => {
    const doc = await parse('Minutes\n\nMinutes of the Extra-Ordinary Full Council Meeting held on Monday 24th August 2020 at 7:00pm\n\n1. Public Questions\n\nThere were none.\n\n2. Minutes of the meeting held on 3rd August 2020\n\nThe minutes were approved.\n', { name: 'minutes.txt' });
    expect(doc.meeting.date).toBe('2020-08-24');
    expect(doc.meeting.body).toMatch(/Full Council/);
  });
  it('never takes a date from an item\'s minutes', async () => {
    const doc = await parse('1.0. Confirmation of Minutes\n\n1.1. Minutes of the last meeting\n\nThe minutes of the meeting held on 13th May, 2013 were confirmed.\n\n2.0. Correspondence\n\nNone.\n', { name: 'minutes.txt' });
    expect(doc.meeting.date).toBeNull();
  });
  it('is the place a "held on <day> at <time> in <place>" sentence names, its date printed without a year (honingham)', async () => {
    const doc = await parse('Meeting Minutes\n\nParish Council Meeting 12th Sept 2016 \u2013 Minutes\n\nMINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September at 7pm in the Village Hall.\n\nPresent were Mr D Bishop (Chairman), Mr R Human, Mrs L Human, Mrs S Blyth and Mrs N Cargill.\n\nAPOLOGIES FOR ABSENCE were received from Mr S Steggles and Mr T Sapey\n\nTHE MINUTES of the previous meeting were read, approved and signed.\n', { name: 'minutes.txt' });
    expect(doc.meeting.venue).toBe('Village Hall');
  });
  it('is never a place named after a later date in the minutes ("the District 10 meeting on August 22 and the legal seminar at Cotton Town Hall")', async () => {
    const doc = await parse('# Town of North Star\nAugust 19, 2019\n\n## CALL TO ORDER\nChair Dick Dillon called the monthly meeting to order at 6:30 pm on August 19, 2019 at the North Star Town Hall.  Board members present were supervisors Dick Dillon, Janet Keough, and Gary Mantay.\n\n## CORRESPONDENCE\nLetters were received from the MAT association concerning the District 10 meeting on August 22 and the legal seminar at Cotton Town Hall on October 5.\n', { name: 'minutes.md' });
    expect(doc.meeting.venue).toBe('North Star Town Hall');
  });
  it('stops the venue where the attendance starts', async () => {
    const m = await meetingOf('BRANDON TOWN COUNCIL\nMinutes of the Meeting held at 7.00pm on Monday 1 September 2008 At the Council Chambers, Old School House, Brandon Present: Cllr. Smith');
    expect(m.venue).not.toMatch(/Present|Smith/);
  });
  it('takes the opening lines\' body where the model is surer of it than of the preamble\'s site chrome (hugo)', async () => {
    const doc = await parse('Laserfiche WebLink\nMINUTES FOR THE CITY COUNCIL MEETING ON MONDAY, NOVEMBER 21, 2011 <br />Mayor Fran Miron called the meeting to order at 7:07 p.m. <br />PRESENT: Haas, Klein, Petryk, Weidt, Miron <br />ABSENT: None <br />\nApproval of Minutes for November 7, 2011 City Council Meeting <br />Weidt made motion, Petryk seconded, to approve the minutes for the November 7, 2011 City <br />Council meeting as presented. <br />All Ayes. Motion carried. <br />\n', { name: 'minutes.txt' });
    expect(doc.meeting.body).toMatch(/^CITY COUNCIL/);
    expect(doc.meeting.date).toBe('2011-11-21');
  });
  it('takes a "Decision Maker:" field of the opening lines over a page title (nwleics)', async () => {
    const doc = await parse('Decision details\n\nDecision details\n\nMinutes\n\nDecision Maker: Council\n\nDecision status: Recommendations Approved\n\nIs Key decision?: No\n\nDecisions:\n\nConsideration was given to the minutes of the meeting held on 1 July 2014.\n\nCouncillor T Neilson moved that the minutes be amended.\n', { name: 'minutes.txt' });
    expect(doc.meeting.body).toBe('Council');
  });
});

// questions13: three town boards' minutes flattened into one long line after the page's chrome.
const lansing = 'HomeMy WebLinkAbout1996-12-18194 December 18, 1996 The Lansing Town Board met in Regular Session supported at the Lansing Councilman Town Hall Board Room at 7 :00 P.M. with Supervisor Kirby Councilman presiding. Present Bonita Boles Town Clerk ROLL CALL Jeannine Kirby Supervisor approve Present Herbert Beckwith Councilman supported Present Paul Butler Councilman';
const danby = 'HomeMy WebLinkAbout2006-03-13 37 a. Town Board Minutes March 13 , 2006 TOWN OF DANBY TOWN BOARD MINUTES MARCH 13 , 2006 PRESENT : Supervisor Fredric Dietrich Councilpersons : Eugene Beavers, Norbert Nolte, Joseph Salino , Gladys Varona-Lacey Others Present Carol Sczepanski - Town Clerk Susan Beeners';
const ulysses = 'HomeMy WebLinkAbout2005-08-09-RTB TOWN OF ULYSSES REGULAR TOWN BOARD MEETING AUGUST 9, 2005 PRESENT : Supervisor Doug Austic , Town Councilpeople Lee Scott, Robert Weatherby; Roxanne Marino and Don Ellis ; Town Clerk Marsha Georgia; Highway Superintendent James Meeker';
describe('body candidates read from a sentence', () => {
  const bodiesOffered = async (text: string) => {
    const offered: string[] = [];
    await parse(text, { name: 'minutes.txt', learned: { models: committedModels, record: (c) => c.task === 'body' && offered.push(c.value) } });
    return offered;
  };
  it('name the body a meeting "be held" of, without the verb (wilmot)', async () => {
    const offered = await bodiesOffered('Council Meeting\n\nMinutes\n\n1. Motion to Reconvene in Closed Session\n\nTHAT a Closed Meeting of Council be held on May 27, 2024, at 6:00 p.m.at the Wilmot Administrative Complex, in accordance with Section 239 (2) (b) and (d) of the Municipal Act, 2001, to consider the following:\n\nMotion Carried Unanimously, By All Members Present\n');
    expect(offered).toContain('Council');
    expect(offered).not.toContain('Council be');
  });
  // heldout2/chesterfield-bos-minutes-2020-05-27.txt: a masthead whose line breaks the copy kept as markup.
  it('read a masthead printed piece by piece up to its date, when the copy kept its line breaks as "<br />"', async () => {
    const offered = await bodiesOffered('Laserfiche WebLink\nBOARD OF SUPERVISORS <br />MINUTES <br />May 27, 2020 <br />Supervisors in Attendance (Virtual Platform): <br />Ms. Leslie A. T. Haley, Chair <br />Mr. Kevin P. Carroll, Vice Chair <br />\n');
    expect(offered).toContain('BOARD OF SUPERVISORS');
    expect(offered.some((v) => v.includes('Kevin'))).toBe(false);
  });
  it('name the body a long line says met ("The Lansing Town Board met in Regular Session")', async () => {
    expect(await bodiesOffered(`No preview available\n${lansing}\n`)).toContain('Lansing Town Board');
  });
  it('name the body a masthead flattened into a long line opens with (danby)', async () => {
    const offered = await bodiesOffered(`Loading...\n${danby}\n`);
    expect(offered).toContain('Town Board');
  });
  it('read the capitals before the date without the reference glued to the chrome ("2005-08-09-RTB TOWN OF ULYSSES …")', async () => {
    expect(await bodiesOffered(`Loading...\n${ulysses}\n`)).toContain('TOWN OF ULYSSES REGULAR TOWN BOARD MEETING');
  });
  it('leave out the words of the page glued to the name ("HomeMy WebLinkAboutCity Council", plymouth)', async () => {
    const offered = await bodiesOffered('Loading...\nHomeMy WebLinkAboutCity Council Minutes 07-09-2002Adopted Minutes Regular Council Meeting July 9, 2002 Mayor Tierney called a Regular Meeting of the Plymouth City Council to order at 7:00 p.m. in the Council Chambers of City Hall, 3400 Plymouth Boulevard, on July 9, 2002. COUNCIL PRESENT: Mayor Tierney, Councilmembers Hewitt, Harstad, Black, Slavik, and Stein.\n');
    expect(offered).toContain('City Council');
    expect(offered).not.toContain('HomeMy WebLinkAboutCity Council');
  });
  // heldout2/cddo-open-standards-board-2016-04-25.md: the body is printed only in the page's front matter.
  it('name the title a page\'s front matter gives, without its date', async () => {
    const offered: string[] = [];
    await parse('---\nlayout: default\ntitle: 2016-04-25 Open Standards Board\npermalink: /meetings/2016-04-25-open-standards-board\n---\n\nThe Board met to consider:\n\n1. Proposals for two challenges :\n   * public emergency alert messaging\n2. A redrafted challenge for understanding government information.\n', { name: 'minutes.md', learned: { models: committedModels, record: (c) => c.task === 'body' && offered.push(c.value) } });
    expect(offered).toContain('Open Standards Board');
  });
});

describe('meeting date and body of a flattened town board page', () => {
  it('read the date with its comma set apart, and the body the line says met', async () => {
    expect((await meetingOf(`Loading...\n${danby}`)).date).toBe('2006-03-13');
    expect((await meetingOf(`No preview available\n${lansing}`)).body).toBe('Lansing Town Board');
  });
});

describe('meeting date and venue read where the header prints them apart from their label or in other words', () => {
  it('read a date printed on the line after its label, not the earlier meeting an item names (heldout19 mpwmd)', async () => {
    const doc = await parseFile(new URL('../../fixtures/heldout19/mpwmd-board-consent-item-1-2021-11-15.txt', import.meta.url).pathname);
    expect(doc.meeting.date).toBe('2021-11-15');
  });
  it('name a campus, a courtroom or an Irish "Áras" as the venue (heldout19 mearns, heldout23 brown county, heldout13 kildare)', async () => {
    const venueOf = async (path: string) => (await parseFile(new URL(`../../fixtures/${path}`, import.meta.url).pathname)).meeting.venue;
    expect(await venueOf('heldout19/mearns-cc-agenda-2024-08-26.txt')).toBe('Mearns Community Campus');
    expect(await venueOf('heldout23/brown-county-commissioners-court-agenda-2015-09-14.txt')).toContain('Courtroom');
    expect(await venueOf('heldout13/kildare-cc-2009-07-27.txt')).toMatch(/^Áras Chill Dara/);
  });
  it('read the venue a title says the meeting was held at, in capitals with an accent (heldout8 galway: "… HELD AT ÁRAS AN CHONTAE, ON MONDAY …")', async () => {
    const doc = await parseFile(new URL('../../fixtures/heldout8/galway-county-council-2016-09-19.txt', import.meta.url).pathname);
    expect(doc.meeting.venue).toBe('ÁRAS AN CHONTAE');
  });
});

describe('a body named by its number', () => {
  it('is a name, not a kind of meeting ("District Council 001", not "District Council")', () => {
    expect(isNamed('District Council 001')).toBe(true);
    expect(isNamed('District Council')).toBe(false);
  });
});
