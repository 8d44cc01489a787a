// Text that is not valid UTF-8, read as Windows-1252. The reader records the message with the
// first bad byte's position; the rule carries it forward so that it can be configured like the
// others.
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

export const encodingFallback = defineRule({
  id: 'encoding-fallback',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['RESOLVED that the payments be agreed.', 'RESOLVED that the fee of £5 be agreed.']),
    encoding: 'windows-1252',
  },
  *check(document) {
    for (const d of document.diagnostics) if (d.code === 'encoding-fallback') yield { message: d.message, position: d.position };
  },
});
