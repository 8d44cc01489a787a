// Text that is not valid UTF-8, read as Windows-1252. The reader records the message with the
// first bad byte's position; the rule carries it forward so that it can be configured like the
// others.
import { defineRule } from '../rule.js';

export const encodingFallback = defineRule({
  id: 'encoding-fallback',
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

1. Declaration of Interests
There were no declarations of interest.
2. Minutes of the Previous Meeting
RESOLVED that the minutes of 12 November 2024 be approved.
3. Finance
RESOLVED that the fee of £5 be agreed.
`,
    encoding: 'windows-1252',
  },
  *check(document) {
    for (const d of document.diagnostics) if (d.code === 'encoding-fallback') yield { message: d.message, position: d.position };
  },
});
