// A document with no items that stops mid-sentence: a copy cut short before its first item.
// (When there are items, the last one is truncated instead: see item-truncated.)
import type { Block } from '../../model/schema.js';
import { wordCount } from '../../segment/shape.js';
import { documentBlocks } from '../nodes.js';
import { defineRule } from '../rule.js';

/** Breaks off in a word or after a comma, in a paragraph long enough to be a sentence (not a name). */
const breaksOff = (block: Block) => block.type === 'paragraph' && /[A-Za-z\u00c0-\u024f,;(\u2013-]$/.test(block.text) && wordCount(block.text) >= 8;

export const documentTruncated = defineRule({
  id: 'document-truncated',
  examples: {
    ok: `Committee of the Whole Minutes

Committee of the Whole - Tuesday, 10th December, 2024 7.00 pm

Present: Mayor Roy, Councillor Lee

Councillor Lee declared a conflict of interest regarding Item 5.4.1, noting that he owns land nearby.
`,
    notOk: `Committee of the Whole Minutes

Committee of the Whole - Tuesday, 10th December, 2024 7.00 pm

Present: Mayor Roy, Councillor Lee

Councillor Lee declared a conflict of interest regarding Item 5.4.1, noting that he owns land nearby. Councillor Lee did not t
`,
  },
  *check(document) {
    if (document.items.length > 0) return;
    const last = documentBlocks(document).reduce<Block | null>((a, b) => (a === null || b.position.end.offset > a.position.end.offset ? b : a), null);
    if (last && breaksOff(last)) yield { args: undefined, position: last.position };
  },
});
