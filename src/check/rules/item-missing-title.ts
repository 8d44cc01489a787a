// An item without a title: the heading was lost in the copy (ModernGov pages often lose the
// first row's number and title), so the item is known only by its text.
import { edit, moderngovPage } from './examples.js';
import { defineRule } from '../rule.js';

export const itemMissingTitle = defineRule({
  id: 'item-missing-title',
  examples: {
    ok: moderngovPage,
    // The first two numbers and a title lost in the copy, and the last item gone.
    notOk: edit(
      moderngovPage,
      ['13.\n\nApologies for Absence\n', ''],
      ['14.\n\n', ''],
      ['\n\n\n15.\n\nRegional Care Co-operative pdf icon PDF 125 KB\n\n\nMinutes:\n\nThe report was noted.\n', '\n'],
    ),
  },
  *check(document) {
    for (const item of document.items) if (item.title === null) yield { args: undefined, position: item.position };
  },
});
