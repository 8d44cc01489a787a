// Minutes that do not record declarations of interest, not even "There were none".
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

export const declarationsNotRecorded = defineRule({
  id: 'declarations-not-recorded',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['1. Declaration of Interests\nThere were no declarations of interest.', '1. Public Forum\nThere were no members of the public present.']),
  },
  *check(document) {
    if (document.kind === 'minutes' && document.declarations.recorded === 'notRecorded') yield { args: undefined, position: null };
  },
});
