// A label whose value was a link that the copy lost: "Email: or Tel: 023 9284 1704" (the e-mail
// address was a mailto link), "Contact: Stewart Agland Email:", "available to watch at".
import { documentNodes, positionIn } from '../nodes.js';
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

const contactLabel = '(?:e-?mail|tel(?:ephone)?|phone|fax|web(?:site)?|url|link)';

/** A contact label followed by nothing, "or", "and" or the next label. */
const emptyContact = new RegExp(`\\b${contactLabel} ?:(?= ?(?:$|[,;]|or\\b|and\\b|${contactLabel} ?:))`, 'gi');

/** A sentence that ends where its link was: "… is available to watch at". */
const danglingLink = /\b(?:(?:available|watch|view|viewed|found|accessed|downloaded)(?: online)? (?:at|from|on|here)|visit) ?:?$/gi;

/**
 * Whether `text` ends as a dangling link must: its last word one that ends the pattern, then an
 * optional space and colon. Tried before the pattern, which is tried at every position otherwise.
 */
function mayDangle(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x3a) end--;
  if (text.charCodeAt(end - 1) === 0x20) end--;
  const tail = text.slice(Math.max(0, end - 5), end).toLowerCase();
  return tail.endsWith('at') || tail.endsWith('from') || tail.endsWith('on') || tail.endsWith('here') || tail.endsWith('visit');
}

/** The parish minutes with a contact line, whose email is what the copy can lose. */
const withContact = edit(parishMinutes, ['Present:', 'Contact: Karen Martin, Clerk Email: clerk@example.org Tel: 023 9284 1704\n\nPresent:']);

export const lostLink = defineRule({
  id: 'lost-link',
  examples: {
    ok: withContact,
    notOk: edit(withContact, ['Email: clerk@example.org Tel', 'Email: or Tel']),
  },
  *check(document) {
    for (const node of documentNodes(document)) {
      // An empty contact label ends in a colon, a dangling link in one of its last words: text
      // without them is not searched for them.
      const patterns = [...(node.text.includes(':') ? [emptyContact] : []), ...(mayDangle(node.text) ? [danglingLink] : [])];
      for (const re of patterns) {
        for (const match of node.text.matchAll(re)) yield { args: { text: match[0] }, position: positionIn(node, match.index, match[0].length) };
      }
    }
  },
});
