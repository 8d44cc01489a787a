// Text that no recognizer placed: kept under `unclassified`, one message per block so that a
// reader can see what the tool did not understand.
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

export const unclassifiedText = defineRule({
  id: 'unclassified-text',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['Agenda and minutes', 'Use the search options below to find recent decisions.\n\nAgenda and minutes']),
  },
  *check(document) {
    for (const block of document.unclassified) {
      const lines = block.position.end.line - block.position.start.line + 1;
      yield { args: { lines }, position: block.position };
    }
  },
});
