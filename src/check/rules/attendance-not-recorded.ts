// Minutes that do not say who attended: no "Present:" list, no apologies, not even "none".
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

export const attendanceNotRecorded = defineRule({
  id: 'attendance-not-recorded',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['Present: Cllr L Turner (Chair), Cllr V Allen\n\n', '']),
  },
  *check(document) {
    if (document.kind === 'minutes' && document.attendance.recorded === 'notRecorded') yield { args: undefined, position: null };
  },
});
