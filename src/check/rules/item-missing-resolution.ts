// An item of minutes that records no decision. Procedural items that decide nothing
// ("Apologies", "Declarations of interest", "Public forum") are not reported, nor items whose
// text records an outcome the parser did not extract ("CARRIED", "Motion passed", "It was agreed
// that …") or that there was nothing to decide ("There were no petitions."), nor are truncated
// items: their decision may be in the text that was cut off (item-truncated reports those),
// nor a heading item whose decisions are its sub-items' ("6 Finance" then "6.1 To Agree Payments").
import type { Item } from '../../model/schema.js';
import { isProceduralTitle, itemRecordsOutcome } from '../evidence.js';
import { numberKey } from '../numbering.js';
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

const headsSubItems = (item: Item, next: Item | undefined): boolean =>
  item.minutes.length === 0 && item.number !== null && next?.number != null && numberKey(next.number).startsWith(`${numberKey(item.number)}.`);

export const itemMissingResolution = defineRule({
  id: 'item-missing-resolution',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['3. Finance\nRESOLVED that the payments be agreed.', '3. Finance\nThe Clerk reported on the accounts.']),
  },
  *check(document) {
    if (document.kind !== 'minutes') return;
    for (const [i, item] of document.items.entries()) {
      if (item.resolutions.length > 0 || item.truncated || headsSubItems(item, document.items[i + 1])) continue;
      if ((item.title !== null && isProceduralTitle(item.title)) || itemRecordsOutcome(item)) continue;
      yield { args: undefined, position: item.heading?.position ?? item.position };
    }
  },
});
