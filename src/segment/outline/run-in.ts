// A heading run into its text on one line: the title ends at the first sentence break, or where
// a title in capitals gives way to ordinary text.
// Examples, each `text after the label → title` (run as tests by test/segment/examples.test.ts):
//
//   Minutes. The minutes of 6 May were approved and signed.  → Minutes
//   Declarations of interest. None were declared.           → Declarations of interest
//   CALL TO ORDER: The meeting was called to order at 7:01 p.m. by the Mayor → CALL TO ORDER
//   APOLOGIES FOR ABSENCE. Cllr N. Eaves – his apology was accepted. → APOLOGIES FOR ABSENCE
//   PLAYPARK TREES. 3 Trees removed by the landowner.       → PLAYPARK TREES
//   COUNCIL PRESENT: Mayor Doug Smith; Councillors Carlson, Courage and Moore → none
//   CORRES: Town of RE: 36th Annual Santa Claus Parade – November 25, 2017 → none
//   ROAD RESEALING PROGRAM The council considered the report of the works engineer → ROAD RESEALING PROGRAM
//   DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY) To receive declarations of interest in items on the agenda → DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY)
//   PARKS COMMITTEE REPORT - Authorize the purchase of a patrol vehicle → PARKS COMMITTEE REPORT
//   ANNUAL FINANCING REVIEW - City                           → ANNUAL FINANCING REVIEW
//   PUBLIC HEARINGS - TO COMMENCE AT 6:30 P.M.               → none
//   RESOLUTION (2019-47) Approval of the Consent Agenda as set forth in the attached schedules: → none
//   Finance. The payments list was approved. It was noted.   → Finance
//   The minutes of the last meeting were approved.           → none
//   Apologies                                                → none
//   Confirmation of the Minutes of 21st September 2023– RESOLVED that the minutes be signed → Confirmation of the Minutes of 21st September 2023
//   Minutes - RESOLVED: That the minutes be approved.        → Minutes
//   Resolved matters arising from the audit                  → none
import { splitSentences } from '../sentences.js';
import { isCaps, wordCount } from '../shape.js';

/** Short enough to be a title: a few words, no sentence of its own. */
const MAX_TITLE_WORDS = 10;

/**
 * Where a title in capitals ends and sentence-case text begins: "CONSENT CALENDAR An item may be
 * placed on the consent calendar …", "CALL TO ORDER: The meeting was …" (the text runs on for a
 * while, so a short capital phrase before a name is no heading).
 */
export function capsTitleEnd(text: string): number | null {
  // "PARKS COMMITTEE REPORT - Authorize the …": a dash between the capitals and the text.
  const dashed = /^(.{3,150}?)\s[-\u2013\u2014]\s(?=[A-Z][a-z])/.exec(text);
  if (dashed && /[A-Z]{3}/.test(dashed[1]!) && isCaps(dashed[1]!) && !isCaps(text.slice(dashed[0].length))) return dashed[1]!.length;
  // "APOLOGIES FOR ABSENCE. Cllr N. Eaves – his apology …": capitals ended by a full stop, then text not in capitals.
  const stop = /^((?:(?:[A-Z0-9]|\([A-Z])[A-Z0-9&'\u2019,/()-]*\s){0,11}(?:[A-Z0-9]|\([A-Z])[A-Z0-9&'\u2019/()-]*[A-Z)])\.\s+(?=\S)/.exec(text);
  if (stop && /[A-Z]{3}/.test(stop[1]!) && isCaps(stop[1]!) && /[a-z]{2}/.test(text.slice(stop[0].length, stop[0].length + 60)) && !isCaps(text.slice(stop[0].length))) return stop[1]!.length;
  const m = /^((?:(?:[A-Z0-9]|\([A-Z])[A-Z0-9&'\u2019,/()-]*\s){0,11}(?:[A-Z0-9]|\([A-Z])[A-Z0-9&'\u2019/()-]*[A-Z)]):?\s(?=[A-Z][a-z]+\s[a-z])/.exec(text);
  if (!m || !/[A-Z]{3}/.test(m[1]!) || !isCaps(m[1]!) || text.length - m[0].length <= 40) return null;
  // After a colon, a sentence ("The meeting was called …"), not a title of its own ("Town of RE: Parade").
  return m[0].includes(':') && !sentenceCase(text.slice(m[0].length)) ? null : m[1]!.length;
}

/** Running text in sentence case: most of its first words begin in lower case. */
export function sentenceCase(text: string): boolean {
  const words = text.split(/\s+/, 20).filter((w) => /^[a-z]/i.test(w));
  return words.filter((w) => /^[a-z]/.test(w)).length >= 0.4 * words.length;
}

/** A decision in capitals run into the heading: "… 2023– RESOLVED that …", "Minutes - RESOLVED: …". */
const decisionRunIn = /\s?[-\u2013\u2014]\s?(?=(?:IT WAS )?(?:RESOLVED|AGREED)\b)/;

/** Where a title ends at a decision printed in capitals on its line, or null. */
export function decisionTitleEnd(text: string): number | null {
  const m = decisionRunIn.exec(text);
  return m && m.index > 0 && wordCount(text.slice(0, m.index)) <= 3 * MAX_TITLE_WORDS ? m.index : null;
}

/** The dash a decision run into a heading opens with ("– RESOLVED …" → 2), or 0: part of the heading line, not of the text. */
export function decisionLead(text: string): number {
  const m = decisionRunIn.exec(text);
  return m && m.index === 0 ? m[0].length : 0;
}

/** Where the title of a run-in heading ends in `text` (the text after the label), or null when it is not one. */
export function runInTitleEnd(text: string): number | null {
  const decision = decisionTitleEnd(text);
  if (decision !== null) return decision;
  const caps = capsTitleEnd(text);
  if (caps !== null) return caps;
  const sentences = splitSentences(text);
  if (sentences.length < 2) return null;
  const first = sentences[0]!.text;
  if (!first.endsWith('.') || wordCount(first) > MAX_TITLE_WORDS) return null;
  // A title names a subject; a sentence that opens with a pronoun or article is already text.
  if (/^(?:the|it|this|there|we|he|she|they)\b/i.test(first)) return null;
  return first.length - 1;
}
