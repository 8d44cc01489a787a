// Headings run into their text in a document without item numbers: a label before a colon (or
// in title case before a full stop), or words in capitals that open a line of ordinary text.
//
//   Apologies: G. Gott, T. Manley
//   Minutes: It was proposed by G. Clere and seconded by P. Markwell that the minutes …
//   Matters Arising: Cemetery - the left hand side of the foot path needs more soil …
//   APOLOGIES FOR ABSENCE were received from Mr S Steggles and Mr T Sapey
//   FINANCE. A cheque was signed to Mr E Perrett, for mower service, for £150.75.
//
// Such a lead is a heading only by repetition: three or more lines of the document open with one
// of a kind (each a few title-like words), two or more of them in procedural words. Fields of
// the header and the record ("Present:", "Venue:", "Seconded by:") stay fields, except
// "Apologies:", which minutes record as an item of business; decision words ("RESOLVED that")
// open decisions.
// Examples, each `line → title` when the document shows the convention (run as tests by test/segment/examples.test.ts):
//
//   Matters Arising: Cemetery - the foot path needs more soil. → Matters Arising
//   Chair’s Report: Report given by Cllr Whitwell.             → Chair’s Report
//   Apologies: G. Gott, T. Manley                              → Apologies
//   Present: R. Lankfer - Chairman, Mrs. Willis                → none
//   RESOLVED: That the minutes be approved.                    → none
//   Note: the meeting was held online.                         → none
//   It was agreed: to write to the council.                    → none
//   APOLOGIES FOR ABSENCE were received from Mr S Steggles     → APOLOGIES FOR ABSENCE
//   THE MINUTES of the previous meeting were read, approved and signed. → THE MINUTES
//   FINANCE. A cheque was signed to Mr E Perrett.              → FINANCE
//   Call to Order. Chairperson L Updike called the meeting.    → Call to Order
//   Audit/Pay Bills. The Board reviewed the invoices.          → Audit/Pay Bills
//   Mr Smith. He said the hall was booked.                     → none
//   RESOLVED that the minutes be signed.                       → none
//   MR SMITH said that the hall was booked.                    → none
//   CONSENT AGENDA                                             → none
//   MINUTES of the meeting of EXAMPLE PARISH COUNCIL held on Monday → none
import type { Line } from '../../extract/line.js';
import type { Candidate } from '../headings.js';
import { cueLine, documentTitle, isProcedural } from '../headings.js';
import { readItemNumbers } from '../numbering.js';
import { isCaps, isProse, isTitleLike, readField, wordCount } from '../shape.js';
import { outcomeLabel } from '../vocabulary.js';

/** How many lines must open with a label, and how many of those labels must be procedural. */
const MIN_LEADS = 3;
const MIN_PROCEDURAL = 2;

/** The label a line opens with before a colon and its text ("Matters Arising: Cemetery …" → 15), or null. */
export function colonLeadEnd(text: string): number | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 50 || !/^\s+\S/.test(text.slice(colon + 1))) return null;
  const label = text.slice(0, colon).trim();
  if (!/^\p{Lu}/u.test(label) || wordCount(label) > 6 || !isTitleLike(label, 50) || isProse(label) || /[.,;]/.test(label)) return null;
  // Fields stay fields ("Present:", "Seconded by:"), but for apologies; cue words open a decision.
  const field = readField(text);
  if (field !== null && !/^apologies$/i.test(field.name)) return null;
  if (cueLine.test(text) || outcomeLabel.test(text) || readItemNumbers(text).length > 0) return null;
  // "It was agreed: …", "The Clerk reported: …": a sentence that opens a quotation, not a label.
  if (/^(?:it|the|this|there|we|he|she|they|a|an)\s/i.test(label)) return null;
  return colon;
}

/** A word of a title in title case: capitalised, or a joining word. */
const titleWord = /^(?:\p{Lu}[\p{L}'\u2019&-]*(?:\/\p{Lu}[\p{L}'\u2019&-]*)?|of|to|the|and|for|from|on|in|a|an|at|with)$/u;

/**
 * The title-case words a line opens with before a full stop and a sentence ("Call to Order.
 * Chairperson L Updike called …" → 13, "Audit/Pay Bills. The Board reviewed …" → 15), or null:
 * two to six words, two capitalised words of two letters or more, the first not in capitals,
 * no title of a person.
 */
function stopLeadEnd(text: string): number | null {
  const m = /^([^.:;,]{3,50})\.\s+(?=\p{Lu})/u.exec(text);
  if (!m) return null;
  const words = m[1]!.split(' ');
  const capitalised = words.filter((w) => /^\p{Lu}\p{L}/u.test(w));
  // A lead in capitals ("MATTERS ARISING from the Minutes. …") is the other kind (capsLeadEnd).
  if (words.length < 2 || words.length > 6 || capitalised.length < 2 || !words.every((w) => titleWord.test(w)) || !/^\p{Lu}\p{Ll}/u.test(words[0]!)) return null;
  if (/^(?:Mrs?|Ms|Miss|Dr|Cllr|Councillor|Cr|Rev|Mayor|Chair(?:man|person)?|Supervisor)$/.test(words[0]!) || cueLine.test(text) || readField(m[1]!) !== null) return null;
  return m[1]!.length;
}

/** The label a line opens with before a colon, or in title case before a full stop. */
export const labelLeadEnd = (text: string): number | null => colonLeadEnd(text) ?? stopLeadEnd(text);

/**
 * The capitals a line opens with before ordinary text ("APOLOGIES FOR ABSENCE were received …"
 * → 21, "FINANCE. A cheque …" → 7), or null: a few words, four capitals or more, then a word in
 * lower case or a sentence.
 */
export function capsLeadEnd(text: string): number | null {
  const m = /^((?:[A-Z][A-Z&'\u2019/-]*\s){0,7}[A-Z][A-Z&'\u2019/-]*)(?:\.\s+(?=[A-Z0-9])|\s+(?=[a-z]))/.exec(text);
  if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 4 || !/[a-z]{2}/.test(text.slice(m[0].length, m[0].length + 40))) return null;
  const lead = m[1]!;
  // "MINUTES of the meeting of X COUNCIL held on …": the document's own title.
  if (documentTitle.test(text)) return null;
  // Decision words and titles of people open text, not headings.
  if (cueLine.test(text) || /^(?:MRS?|MS|MISS|DR|CLLR|COUNCILLOR|CR|REV|THE CHAIR(?:MAN)?|THE CLERK|I|A)$/.test(lead.split(/\s/)[0]!) || /^(?:RESOLVED|AGREED|NOTED|CARRIED|APPROVED|MOVED|PROPOSED|SECONDED)\b/.test(lead)) return null;
  return isCaps(lead) ? lead.length : null;
}

/** The headings run in (after a colon, or in capitals) that the document shows by repetition, among lines not `taken`. */
export function colonLeads(lines: readonly Line[], taken: ReadonlySet<number>): Candidate[] {
  const byColon: Candidate[] = [];
  const byCaps: Candidate[] = [];
  lines.forEach((line, index) => {
    if (taken.has(index) || line.md?.list || line.md?.table || line.md?.frontMatter) return;
    const colon = labelLeadEnd(line.text);
    const end = colon ?? capsLeadEnd(line.text);
    if (end === null) return;
    const title = line.text.slice(0, end).trim();
    let runIn = end + (colon !== null || line.text[end] === '.' ? 1 : 0);
    while (runIn < line.text.length && /\s/.test(line.text[runIn]!)) runIn++;
    (colon !== null ? byColon : byCaps).push({ index, lineCount: 1, readings: [], title, procedural: isProcedural(title.replace(/^the\s/i, '')), strong: true, runIn });
  });
  const shown = (found: Candidate[]) => {
    const labels = new Set(found.map((c) => c.title!.toLowerCase()));
    const procedural = new Set(found.filter((c) => c.procedural).map((c) => c.title!.toLowerCase()));
    return labels.size >= MIN_LEADS && procedural.size >= MIN_PROCEDURAL;
  };
  const [colons, caps] = [unrepeated(byColon), unrepeated(byCaps)];
  return [...(shown(colons) ? colons : []), ...(shown(caps) ? caps : [])].sort((a, b) => a.index - b.index);
}

/**
 * The leads without those printed with the same words MIN_LEADS times or more: a record that
 * recurs under the headings ("Voting AYE: Updike Pogue and Yelk" / "Voting Nay: none" after each
 * motion), not a heading of business, which a meeting takes up once or twice.
 */
function unrepeated(found: readonly Candidate[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const c of found) counts.set(c.title!.toLowerCase(), (counts.get(c.title!.toLowerCase()) ?? 0) + 1);
  return found.filter((c) => counts.get(c.title!.toLowerCase())! < MIN_LEADS);
}
