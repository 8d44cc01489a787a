// An item without a number among numbered items. Procedural items ("Apologies", "Roll Call",
// "Adjournment", "Special order - Recognition of Commendations") are printed without numbers by
// design and are not reported.
import { isProcedural } from '../../segment/headings.js';
import { edit, moderngovPage } from './examples.js';
import { defineRule } from '../rule.js';

export const itemMissingNumber = defineRule({
  id: 'item-missing-number',
  examples: {
    ok: moderngovPage,
    notOk: edit(moderngovPage, ['13.\n\nApologies for Absence\n', '']),
  },
  *check(document) {
    if (!document.items.some((item) => item.number !== null)) return;
    for (const item of document.items) {
      if (item.number !== null || (item.title !== null && isProcedural(item.title))) continue;
      yield { args: undefined, position: item.heading?.position ?? item.position };
    }
  },
});
