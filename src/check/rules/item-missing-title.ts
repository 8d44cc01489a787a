// An item without a title: the heading was lost in the copy (ModernGov pages often lose the
// first row's number and title), so the item is known only by its text.
import { defineRule } from '../rule.js';

export const itemMissingTitle = defineRule({
  id: 'item-missing-title',
  examples: {
    ok: `Agenda and minutes

Cabinet - Thursday, 25th July, 2024 4.00 pm

No. Item


13.

Apologies for Absence


No apologies had been received.


14.

Declarations of Members' Interests


There were no declarations of interest.


15.

Regional Care Co-operative pdf icon PDF 125 KB


Minutes:

The report was noted.
`,
    notOk: `Agenda and minutes

Cabinet - Thursday, 25th July, 2024 4.00 pm

No. Item




No apologies had been received.


Declarations of Members' Interests


There were no declarations of interest.
`,
  },
  *check(document) {
    for (const item of document.items) if (item.title === null) yield { args: undefined, position: item.position };
  },
});
