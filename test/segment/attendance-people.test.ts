// Attendance entries are people (a name, a role or both): lines taken from real minutes.
import { describe, expect, it } from 'vitest';
import { isPersonEntry, readAttendance } from '../../src/segment/attendance.js';
import { parsePerson } from '../../src/segment/people.js';
import type { Line } from '../../src/extract/line.js';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t, cells: 1 }) as unknown as Line);

describe('isPersonEntry', () => {
  it('takes people and roles', () => {
    for (const e of ['Cllr L Turner (Chair)', 'General Manager', 'Supervisor of IT, K. Jeffreys', 'Councillor Shawn Scott (left @ 2:00 p.m. before Item 11 a)', 'Mrs S Knowles']) expect(isPersonEntry(parsePerson(e))).toBe(true);
  });
  it('never takes a sentence, an agenda line or a count of the public', () => {
    for (const e of ['The Chairman welcomed everyone to the meeting', 'Item No Item under discussion', 'PART ONE – OPEN TO THE PUBLIC', 'There were no absences', '4 members of the public', 'Sixteen Members of the Public', 'General agreement that this was a good start', 'Meeting was Chaired by Rob Weatherson', 'HNP = Horsley Neighbourhood Plan'])
      expect(isPersonEntry(parsePerson(e))).toBe(false);
  });
  // heldout5/hawkes-bay-dhb ("Public Agenda" under the attendance), heldout9/winnipeg (a disposition's
  // headings), heldout2/auburn (the times a councillor was out, wrapped onto a line of its own),
  // questions7/sutton-coldfield (a note of the clerk's under "Present:").
  it('never takes an agenda\'s heading, a day of the year, a time or what someone advised', () => {
    for (const e of ['Public Agenda', 'COUNCIL MEETING – MARCH 21', 'REPORT OF THE EXECUTIVE POLICY COMMITTEE dated March 5', '21pm until 9.23pm and from 9.25pm until 9.28pm and until 9.50pm)', 'Under item 4(v) of the Town Council Standing Orders, the Town Clerk advised Committee that for this'])
      expect(isPersonEntry(parsePerson(e))).toBe(false);
  });
});

describe('attendance entries are one person each', () => {
  // heldout7/northland (its "Full Meeting" / "Part Meeting" column heads), heldout13/south-west-oxford,
  // heldout/napier, heldout5/hawkes-bay-dhb, southland (a logo's alt text), heldout3/horowhenua.
  it('never takes a heading or a note of the list for a person', () => {
    for (const e of ['Full Meeting', 'Part Meeting', 'MEETING CALLED TO ORDER', 'Public Forum', 'media', 'sdclogo', 'other staff', 'from 12.41pm']) expect(isPersonEntry(parsePerson(e))).toBe(false);
  });
  // questions18/pontarddulais (a table's cells flattened without separators).
  it('reads titled names run together as one person each, a role in brackets with its name', () => {
    const { attendance } = readAttendance(lines('PRESENT:\nCllr P.J Waterhouse (Mayor) Cllr R. Waterhouse\nCllr D. Richards Cllr E. Miles Cllr G. John Cllr E. Davies'));
    expect(attendance.present).toEqual([
      { name: 'Cllr P.J Waterhouse', role: 'Mayor' },
      { name: 'Cllr R. Waterhouse', role: null },
      { name: 'Cllr D. Richards', role: null },
      { name: 'Cllr E. Miles', role: null },
      { name: 'Cllr G. John', role: null },
      { name: 'Cllr E. Davies', role: null },
    ]);
  });
  // heldout3/horsley-np-working-group (names with their initials, four to a line).
  it('reads names each followed by their initials in brackets as one person each', () => {
    const { attendance } = readAttendance(lines('Present:\nJane Archer (JA) Alan Caudwell (AC) Robert Gegg (RG)'));
    expect(attendance.present.map((p) => p.name)).toEqual(['Jane Archer', 'Alan Caudwell', 'Robert Gegg']);
  });
  it('keeps one person whose title has a word before it, or a phrase before the title', () => {
    const { attendance } = readAttendance(lines('Present:\nCouncillor County Councillor Stephen Davies'));
    expect(attendance.present).toHaveLength(1);
  });
});

describe('readAttendance', () => {
  // heldout7/west-vancouver-council-2021-03-29.txt: the list is a sentence saying how they attended.
  it('keeps the people a sentence says attended, without how ("… and M. Wong attended the meeting via electronic communication")', () => {
    const { attendance } = readAttendance(lines('PRESENT:\nS. Thompson, and M. Wong attended the meeting via electronic communication'));
    expect(attendance.present.map((p) => p.name)).toEqual(['S. Thompson', 'M. Wong']);
  });
  it('keeps the people of a list and drops its count of the public (wilshamstead)', () => {
    const { attendance } = readAttendance(lines('PRESENT: Nigel Jacobs (Chair), Claire Poutlon (BRCC), Borough Councillor Graeme Coombes and, Lizzie Barnicoat (Clerk) and two members of the public.'));
    expect(attendance.present.map((p) => p.name)).toEqual(['Nigel Jacobs', 'Claire Poutlon', 'Borough Councillor Graeme Coombes', 'Lizzie Barnicoat']);
  });
  it('stops the list where the minutes begin (horsley)', () => {
    const { attendance } = readAttendance(lines('Apologies:\nPolly Gegg (PG) Jude Smith (JS)\nGeneral agreement that this was a good start\nJN wanted to know if possible to accelerate an early draft of'));
    expect(attendance.apologies.map((p) => p.name)).toEqual(['Polly Gegg', 'Jude Smith']);
  });
  it('reads a name out of "… were present" (bracebridge heath)', () => {
    const { attendance } = readAttendance(lines('Present:\nMrs R Fraser were present'));
    expect(attendance.present.map((p) => p.name)).toEqual(['Mrs R Fraser']);
  });
});

// Labels inside a list of people, from real minutes: a label that names a group ("Officials:",
// "STAFF PRESENT:", "Regrets:") puts the entries after it in that group, any other label is the
// role of the person it opens ("Cathaoirleach: Councillor T. Brennan"); no label is an entry.
describe('readAttendance: labels inside the list', () => {
  const entries = (people: { name: string | null; role: string | null }[]) => people.map((p) => [p.name, p.role]);
  // heldout4/louth-county-council-2004-11-15.txt
  it('reads an inner role label as the role, and group labels for the entries after them', () => {
    const { attendance } = readAttendance(lines('In attendance: Cathaoirleach: Councillor T. Brennan\nOther Members: Councillors M. Bellew, D. Breathnach,\nOfficials: Ms. M. Moloney, County Manager'));
    expect(entries(attendance.present)).toEqual([
      ['Councillor T. Brennan', 'Cathaoirleach'],
      ['Councillor M. Bellew', null],
      ['Councillor D. Breathnach', null],
    ]);
    expect(entries(attendance.alsoPresent)).toEqual([['Ms. M. Moloney', 'County Manager']]);
  });
  // heldout4/claresholm-regular-council-2017-11-14.txt
  it('reads groups named by their words ("COUNCIL PRESENT", "STAFF PRESENT", "MEDIA PRESENT") and roles run into a value', () => {
    const { attendance } = readAttendance(
      lines(
        'COUNCIL PRESENT: Mayor Doug MacPherson; Councillors: Kieth Carlson, Donna Courage and Craig Zimmer\nABSENT: None\nSTAFF PRESENT: Chief Administrative Officer: Marian Carlson, Finance Assistant: Karine Wilhauk\nMEDIA PRESENT: Rob Vogt',
      ),
    );
    expect(entries(attendance.present)).toEqual([
      ['Mayor Doug MacPherson', null],
      ['Kieth Carlson', 'Councillor'],
      ['Donna Courage', 'Councillor'],
      ['Craig Zimmer', 'Councillor'],
    ]);
    expect(entries(attendance.alsoPresent)).toEqual([
      ['Marian Carlson', 'Chief Administrative Officer'],
      ['Karine Wilhauk', 'Finance Assistant'],
      ['Rob Vogt', null],
    ]);
  });
  // heldout9/manitoulin-sudbury-dsb-board-2021-09-23.txt, heldout4/whanganui-dc-council-2017-10-03.txt
  it('takes "Regrets:" as apologies and "Officers in Attendance:" as also present', () => {
    const { attendance } = readAttendance(lines('Present: Bruce Killah, Richard Malette\nRegrets: David Santi\nOfficers in Attendance: Mr Kym Fell (Chief Executive)'));
    expect(entries(attendance.apologies)).toEqual([['David Santi', null]]);
    expect(entries(attendance.alsoPresent)).toEqual([['Mr Kym Fell', 'Chief Executive']]);
  });
  // questions10/cefn-community-council-2019-09-24.txt
  it('gives a plural title with a colon to each name ("… received from Councillors: Mrs S Benbow-Jones, …")', () => {
    const { attendance } = readAttendance(lines('Apologies for absence were received from Councillors: Mrs S Benbow-Jones, Mrs L Prescott-Ennis & Mrs I Twigg'));
    expect(attendance.apologies.map((p) => p.name)).toEqual(['Mrs S Benbow-Jones', 'Mrs L Prescott-Ennis', 'Mrs I Twigg']);
  });
  it('ends the list at a label that names no group and opens a sentence ("CALL TO ORDER: The meeting was called …")', () => {
    const { attendance } = readAttendance(lines('Present: Bruce Killah\nCALL TO ORDER: The meeting was called to order at 7:01 p.m. by Mayor Doug MacPherson'));
    expect(entries(attendance.present)).toEqual([['Bruce Killah', null]]);
  });
});
