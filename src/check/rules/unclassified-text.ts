// Text that no recognizer placed: kept under `unclassified`, one message per block so that a
// reader can see what the tool did not understand.
import { defineRule } from '../rule.js';

export const unclassifiedText = defineRule({
  id: 'unclassified-text',
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
    notOk: `Use the search options below to find recent decisions.

Agenda and minutes

Parish Council - Tuesday, 10th December, 2024 7.00 pm

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
    for (const block of document.unclassified) {
      const lines = block.position.end.line - block.position.start.line + 1;
      yield { args: { lines }, position: block.position };
    }
  },
});
