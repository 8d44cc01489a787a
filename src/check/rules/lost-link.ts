// A label whose value was a link that the copy lost: "Email: or Tel: 023 9284 1704" (the e-mail
// address was a mailto link), "Contact: Stewart Agland Email:", "available to watch at".
import { documentNodes, positionIn } from '../nodes.js';
import { defineRule } from '../rule.js';

const contactLabel = '(?:e-?mail|tel(?:ephone)?|phone|fax|web(?:site)?|url|link)';

/** A contact label followed by nothing, "or", "and" or the next label. */
const emptyContact = new RegExp(`\\b${contactLabel} ?:(?= ?(?:$|[,;]|or\\b|and\\b|${contactLabel} ?:))`, 'gi');

/** A sentence that ends where its link was: "… is available to watch at". */
const danglingLink = /\b(?:(?:available|watch|view|viewed|found|accessed|downloaded)(?: online)? (?:at|from|on|here)|visit) ?:?$/gi;

export const lostLink = defineRule({
  id: 'lost-link',
  examples: {
    ok: `Agenda and minutes

Parish Council - Tuesday, 10th December, 2024 7.00 pm

Contact: Karen Martin, Clerk Email: clerk@example.org Tel: 023 9284 1704

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

Contact: Karen Martin, Clerk Email: or Tel: 023 9284 1704

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
    for (const node of documentNodes(document)) {
      for (const re of [emptyContact, danglingLink]) {
        for (const match of node.text.matchAll(re)) yield { args: { text: match[0] }, position: positionIn(node, match.index, match[0].length) };
      }
    }
  },
});
