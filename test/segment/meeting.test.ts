// The meeting header as a journalist would publish it: the body that met (never the kind of
// meeting or site chrome), read also where it is printed on two lines.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

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
