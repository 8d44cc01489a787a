// The rules, in one explicit list: the order is the order of their messages at one position.
// Adding a rule: a file here, an entry in the catalog (src/model/diagnostics.ts), a line below
// and docs/rules/<id>.md (test/rules.test.ts checks all four agree).
import { attendanceNotRecorded } from './attendance-not-recorded.js';
import { declarationsNotRecorded } from './declarations-not-recorded.js';
import { documentTruncated } from './document-truncated.js';
import { emptyLabel } from './empty-label.js';
import { encodingFallback } from './encoding-fallback.js';
import { itemMissingNumber } from './item-missing-number.js';
import { itemMissingResolution } from './item-missing-resolution.js';
import { itemMissingTitle } from './item-missing-title.js';
import { itemTruncated } from './item-truncated.js';
import { lostLink } from './lost-link.js';
import { meetingMissingDate } from './meeting-missing-date.js';
import { numberingDuplicate } from './numbering-duplicate.js';
import { numberingGap } from './numbering-gap.js';
import { pointSequenceGap } from './point-sequence-gap.js';
import { segmentationSuspect } from './segmentation-suspect.js';
import { templatePlaceholder } from './template-placeholder.js';
import { unclassifiedText } from './unclassified-text.js';

export const rules = [
  encodingFallback,
  documentTruncated,
  itemTruncated,
  meetingMissingDate,
  attendanceNotRecorded,
  declarationsNotRecorded,
  segmentationSuspect,
  itemMissingTitle,
  itemMissingNumber,
  numberingDuplicate,
  numberingGap,
  pointSequenceGap,
  itemMissingResolution,
  templatePlaceholder,
  emptyLabel,
  lostLink,
  unclassifiedText,
] as const;

export type RuleId = (typeof rules)[number]['id'];

export const ruleIds = rules.map((rule) => rule.id) as [RuleId, ...RuleId[]];

export const isRuleId = (id: string): id is RuleId => (ruleIds as string[]).includes(id);
