// The meeting date is not printed with a year. Agenda item pages are fragments of a meeting's
// pages and never print it, so they are not reported.
import { defineRule } from '../rule.js';

export const meetingMissingDate = defineRule({
  id: 'meeting-missing-date',
  examples: {
    ok: `Agenda and minutes

Parish Council - Tuesday, 10th December, 2024 7.00 pm

Present: Cllr L Turner (Chair), Cllr V Allen

1. Declaration of Interests
There were no declarations of interest.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of 12 November 2024 be approved.
3. Finance
RESOLVED that the payments be agreed.
`,
    notOk: `Agenda and minutes

Parish Council

Present: Cllr L Turner (Chair), Cllr V Allen

1. Declaration of Interests
There were no declarations of interest.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of 12 November 2024 be approved.
3. Finance
RESOLVED that the payments be agreed.
`,
  },
  *check(document) {
    if (document.kind === 'item' || document.meeting.date !== null) return;
    const header = document.preamble.find((block) => block.part === 'meeting');
    yield { args: undefined, position: header?.position ?? null };
  },
});
