// Template text left unfilled: "Key decision: Yes/No", "Signed by: .....", "[insert date]",
// "approved/ approved as amended/ deferred/ rejected". Each occurrence is reported.
import { documentNodes, positionIn } from '../nodes.js';
import { defineRule } from '../rule.js';

/** Choices a template offers, of which the author keeps one. */
const choice = '(?:yes|no|approved(?: as amended)?|deferred|rejected|refused|agreed|not agreed|carried|lost|granted)';

/** Each with a character every match of it holds: a text without it is not searched (most are not). */
const wordPlaceholders = [
  // "Yes/No", "approved/ approved as amended/ deferred/ rejected"
  { re: new RegExp(`\\b${choice}(?: ?/ ?${choice}){1,6}\\b`, 'gi'), cue: '/' },
  // "[insert date]", "[Insert name of officer]"
  { re: /\[insert\b[^\]]{0,200}\]/gi, cue: '[' },
];

/** Dot leaders of a table of contents end in a page number: "Apologies ........ 3". */
const dotLeader = /^\s?\d{1,4}$/;

/** Choices inside a longer slash list ("carried/agreed/passed") describe outcomes, not a blank. */
const inLongerList = (text: string, start: number, end: number) =>
  text.charCodeAt(start - 1) === 0x2f || text.charCodeAt(end) === 0x2f || (text.charCodeAt(end) === 0x20 && text.charCodeAt(end + 1) === 0x2f);

interface Found {
  index: number;
  text: string;
}

/**
 * The blanks of one text, in the order the rule reports them: choices and "[insert …]" not inside
 * a longer list of words, then runs of 5 or more dots ("....." as a blank to write on, not the
 * "..." of an ellipsis) that are not a dot leader before a page number. The dots are scanned by a
 * loop, not /\.{5,}/g: on a line of millions of dots that regular expression's backtracking
 * overflows the stack. Lines can be megabytes long: the loops allocate little besides what they report.
 */
function blanksIn(text: string): Found[] {
  const found: Found[] = [];
  for (const { re, cue } of wordPlaceholders) {
    if (!text.includes(cue)) continue;
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      const end = match.index + match[0].length;
      if (!inLongerList(text, match.index, end)) found.push({ index: match.index, text: match[0] });
    }
  }
  for (let start = text.indexOf('.....'); start >= 0; start = text.indexOf('.....', start)) {
    let end = start + 5;
    while (text.charCodeAt(end) === 0x2e) end++;
    // What follows a dot leader is at most a space and four digits.
    const leader = text.length - end <= 5 && dotLeader.test(text.slice(end));
    if (!leader) found.push({ index: start, text: text.slice(start, end) });
    start = end;
  }
  return found;
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
      for (const found of blanksIn(node.text)) yield { args: { text: found.text }, position: positionIn(node, found.index, found.text.length) };
    }
  },
});
