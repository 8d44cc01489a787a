// An item whose text is cut off: ModernGov's "... view the full minutes text for item 15" link,
// or a document that ends inside the item. The message points at the link, else at the item's
// last block (where the text breaks off).
import type { Item, Position } from '../../model/schema.js';
import { truncationLink } from '../../segment/vocabulary.js';
import { blockNodes, itemBlocks } from '../nodes.js';
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

function linkPosition(item: Item): Position | null {
  for (const node of blockNodes(itemBlocks(item))) if (truncationLink.test(node.text)) return node.position;
  return null;
}

export const itemTruncated = defineRule({
  id: 'item-truncated',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['3. Finance\nRESOLVED that the payments be agreed.', '3. Finance\nThe Clerk reported on the accounts ... view the full minutes text for item 3.']),
  },
  *check(document) {
    for (const item of document.items) {
      if (!item.truncated) continue;
      const link = linkPosition(item);
      if (link) yield { args: { reason: 'link' }, position: link };
      else yield { args: { reason: 'end' }, position: itemBlocks(item).at(-1)?.position ?? item.position };
    }
  },
});
