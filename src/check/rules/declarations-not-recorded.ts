// Minutes that do not record declarations of interest, not even "There were none".
import { defineRule } from '../rule.js';

export const declarationsNotRecorded = defineRule({
  id: 'declarations-not-recorded',
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

Present: Cllr L Turner (Chair), Cllr V Allen

1. Public Forum
There were no members of the public present.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of 12 November 2024 be approved.
3. Finance
RESOLVED that the payments be agreed.
`,
  },
  *check(document) {
    if (document.kind === 'minutes' && document.declarations.recorded === 'notRecorded') yield { args: undefined, position: null };
  },
});
