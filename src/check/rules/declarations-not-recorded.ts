// Minutes that do not record declarations of interest, not even "There were none", neither in
// the parsed declarations nor in the wording ("no conflict of interest declarations": evidence.ts).
import { edit, parishMinutes } from './examples.js';
import { recordsDeclarations } from '../evidence.js';
import { defineRule } from '../rule.js';

export const declarationsNotRecorded = defineRule({
  id: 'declarations-not-recorded',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['1. Declaration of Interests\nThere were no declarations of interest.', '1. Public Forum\nThere were no members of the public present.']),
  },
  *check(document) {
    if (document.kind === 'minutes' && !recordsDeclarations(document)) yield { args: undefined, position: null };
  },
});
