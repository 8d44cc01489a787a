// Minutes that do not say who attended: no "Present:" list, no apologies, not even "none".
import { defineRule } from '../rule.js';

export const attendanceNotRecorded = defineRule({
  id: 'attendance-not-recorded',
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

Parish Council - Tuesday, 10th December, 2024 7.00 pm

1. Declaration of Interests
There were no declarations of interest.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of 12 November 2024 be approved.
3. Finance
RESOLVED that the payments be agreed.
`,
  },
  *check(document) {
    if (document.kind === 'minutes' && document.attendance.recorded === 'notRecorded') yield { args: undefined, position: null };
  },
});
