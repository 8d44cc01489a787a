// An item without a number among numbered items. Procedural items ("Apologies", "Roll Call",
// "Adjournment", "Special order - Recognition of Commendations") are printed without numbers by
// design and are not reported.
import { isProcedural } from '../../segment/headings.js';
import { defineRule } from '../rule.js';

export const itemMissingNumber = defineRule({
  id: 'item-missing-number',
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


14.

Declarations of Members' Interests


There were no declarations of interest.


15.

Regional Care Co-operative pdf icon PDF 125 KB


Minutes:

The report was noted.
`,
  },
  *check(document) {
    if (!document.items.some((item) => item.number !== null)) return;
    for (const item of document.items) {
      if (item.number !== null || (item.title !== null && isProcedural(item.title))) continue;
      yield { args: undefined, position: item.heading?.position ?? item.position };
    }
  },
});
