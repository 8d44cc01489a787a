// The meeting date is not printed with a year. Agenda item pages are fragments of a meeting's
// pages and never print it, so they are not reported.
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

export const meetingMissingDate = defineRule({
  id: 'meeting-missing-date',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['Parish Council - Tuesday, 10th December, 2024 7.00 pm', 'Parish Council']),
  },
  *check(document) {
    if (document.kind === 'item' || document.meeting.date !== null) return;
    const header = document.preamble.find((block) => block.part === 'meeting');
    yield { args: undefined, position: header?.position ?? null };
  },
});
