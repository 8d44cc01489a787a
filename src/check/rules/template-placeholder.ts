// Template text left unfilled: "Key decision: Yes/No", "Signed by: .....", "[insert date]",
// "approved/ approved as amended/ deferred/ rejected". Each occurrence is reported.
import { documentNodes, positionIn } from '../nodes.js';
import { defineRule } from '../rule.js';

/** Choices a template offers, of which the author keeps one. */
const choice = '(?:yes|no|approved(?: as amended)?|deferred|rejected|refused|agreed|not agreed|carried|lost|granted)';

const placeholders = [
  // "Yes/No", "approved/ approved as amended/ deferred/ rejected"
  new RegExp(`\\b${choice}(?: ?/ ?${choice}){1,6}\\b`, 'gi'),
  // "[insert date]", "[Insert name of officer]"
  /\[insert\b[^\]]{0,200}\]/gi,
  // "....." as a blank to write on (not the "..." of an ellipsis)
  /\.{5,}/g,
];

/** Dot leaders of a table of contents end in a page number: "Apologies ........ 3". */
const dotLeader = /^\s?\d{1,4}$/;

/** Choices inside a longer slash list ("carried/agreed/passed") describe outcomes, not a blank. */
const inLongerList = (text: string, start: number, end: number) => text[start - 1] === '/' || /^ ?\//.test(text.slice(end, end + 2));

/** Whether a match is a blank to fill in rather than a page number's dot leader or a list of words. */
function isPlaceholder(text: string, match: RegExpMatchArray): boolean {
  const end = match.index! + match[0].length;
  if (match[0].startsWith('.')) return !dotLeader.test(text.slice(end));
  return !inLongerList(text, match.index!, end);
}

export const templatePlaceholder = defineRule({
  id: 'template-placeholder',
  examples: {
    ok: `Title of meeting: Cabinet

Date of meeting: 6 February 2024

Key decision: No

Subject: Parks Strategy

1.1 The strategy was approved by Cabinet on 6 February 2024.
`,
    notOk: `Title of meeting: Cabinet

Date of meeting: 6 February 2024

Key decision: Yes/No

Subject: Parks Strategy

1.1 The strategy was approved/ approved as amended/ deferred/ rejected by ..... on .....
`,
  },
  *check(document) {
    for (const node of documentNodes(document)) {
      for (const re of placeholders) {
        for (const match of node.text.matchAll(re)) {
          if (isPlaceholder(node.text, match)) yield { args: { text: match[0] }, position: positionIn(node, match.index, match[0].length) };
        }
      }
    }
  },
});
