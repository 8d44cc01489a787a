// Minutes that do not say who attended: no "Present:" list, roll call or apologies, not even
// "none", neither in the parsed attendance nor in the wording (evidence.ts).
import { edit, parishMinutes } from './examples.js';
import { recordsAttendance } from '../evidence.js';
import { defineRule } from '../rule.js';

export const attendanceNotRecorded = defineRule({
  id: 'attendance-not-recorded',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['Present: Cllr L Turner (Chair), Cllr V Allen\n\n', '']),
  },
  *check(document) {
    if (document.kind === 'minutes' && !recordsAttendance(document)) yield { args: undefined, position: null };
  },
});
