// Where a document's numbered headings end when the text runs on after them on the same line:
// the document's own separator, read from its headings together, not from any one line.
//
//   82/23 Apologies: Cllr. A Edwards sent his apologies.          ← ": " then a sentence
//   83/23 Declarations of Interest: There were no declarations.   ← again
//   84/23 County Councillor's Report:                             ← a heading ending in ":"
//   4. Declarations of Interest – none                            ← " – " then a verdict
//   6. Confirmation of the minutes of 6 August – Agreed
//   2. Apologies for Absence and Reasons Given:- Cllrs R. Francis & S. Shaw.   ← ":-", the colon's other print
//   4. Notes of last meeting to be approved as minutes:-
//   39. TO RECEIVE A FIRE & SAFETY PRESENTATION FROM MIKE DAVIES The Chairman welcomed Mr Davies.  ← capitals giving way to text
//   37.PRESENT Councillors: P Blackwell, B Cook
//
// Once two headings show it (text after it that is a sentence or a verdict, or a heading ending
// in it), every numbered heading that prints the separator ends there, and what follows is its
// text ("2. Apologies for Absence – Cllr Cannon"). One "Impact report: cardiovascular disease
// prevention" among headings without the separator keeps its whole title.
import type { Line } from '../../extract/line.js';
import { isProcedural, type Candidate } from '../headings.js';
import { splitSentences } from '../sentences.js';
import { endsSentence, wordCount } from '../shape.js';
import { gapBetween, readLabels } from './label.js';

/** Where a separator is printed in a heading's text: its offset and length, or null. */
type Separator = (rest: string) => { at: number; length: number } | null;

const printed =
  (re: RegExp): Separator =>
  (rest) => {
    const m = re.exec(rest);
    return m ? { at: m.index, length: m[0].length } : null;
  };

/**
 * A title in capitals (five letters or more) giving way to a capitalised word or to its first
 * lettered point ("… MIKE DAVIES The Chairman …", "DELEGATIONS a) Frances Smith …"): the case is
 * the separator. Other words in lower case after the capitals qualify the title ("CLOSED SESSION
 * (not on video)", "… MEETING at 8:43 p.m.").
 */
const capsRun = /^(?:[^\sa-z]+\s+)*?[^\sa-z]+(?=\s+(?:[A-Z][a-z]|[a-z][.)]\s))/;
const caseBreak: Separator = (rest) => {
  const m = capsRun.exec(rest);
  return m && (m[0].match(/[A-Z]/g)?.length ?? 0) >= 5 ? { at: m[0].length, length: 0 } : null;
};

/** A colon (alone, or with a dash after it, ":-") before a space or the end, or a spaced dash. */
const PRINTED: readonly Separator[] = [printed(/:[-\u2013\u2014]?(?=\s|$)/), printed(/ \u2013(?= )/), printed(/ \u2014(?= )/), printed(/ -(?= )/)];

/** What a document's headings may show as their separator: a printed one, or capitals giving way to text. */
const SEPARATORS: readonly Separator[] = [...PRINTED, caseBreak];

/** A title names a subject in a few words: the text before the separator. */
const MAX_TITLE_WORDS = 15;

/** The text before a separator names the heading's subject: a few words, no open bracket ("250946 [Appropriation - …]"). */
function titleBefore(rest: string, at: number): boolean {
  const before = rest.slice(0, at);
  const opened = (open: string, close: string) => before.split(open).length !== before.split(close).length;
  return wordCount(before) <= MAX_TITLE_WORDS && !opened('[', ']') && !opened('(', ')') && !endsSentence(before);
}

/**
 * The end of the title a separator sets off at the start of `rest` ("Apologies: Councillor Drew
 * was away. …" → 9), or null when no separator follows a few words that name a subject.
 */
export function headBeforeSeparator(rest: string): number | null {
  let first: { at: number; length: number } | null = null;
  for (const separator of PRINTED) {
    const found = separator(rest);
    if (found && found.at > 0 && (first === null || found.at < first.at)) first = found;
  }
  return first !== null && titleBefore(rest, first.at) && rest.slice(first.at + first.length).trim().length > 0 ? first.at : null;
}

/** The length of the title in `head` (the text before a separator): without a cue word printed last ("… MEETING MOTION"). */
export function titleInHead(head: string): number {
  const cue = /\s(?:motion|resolved|recommendation|officer'?s recommendation)$/i.exec(head);
  return cue ? cue.index : head.length;
}

/** How many headings must show a separator before it is the document's. */
const MIN_SHOWN = 2;

/** "none", "Agreed", "Noted": a verdict printed after the heading. */
const verdict = /^(?:none|nil|n\/a|agreed|noted|approved|carried|resolved|received|deferred|adopted)\.?$/i;

/** Text that runs on as text: a sentence (or sentences, the last cut off: "Supervisor Kessler made a motion to adjourn. … Meeting adjourned at 11:05 AM"), or a verdict. */
const runsOnAsText = (after: string) => verdict.test(after) || ((endsSentence(after) || splitSentences(after).length > 1) && wordCount(after) >= 3);

/** What a document's numbered headings show of one separator. */
interface Evidence {
  /** Headings that show it ends their title: text after it that runs on as text, or the title ending in it. */
  shown: number;
  /** The words printed before it in several headings ("Resolution"): kinds of entry, not titles. */
  kinds: Set<string>;
}

function evidenceOf(separator: Separator, rests: readonly string[]): Evidence {
  // Headings printed as sentences ("To note declarations of interest.") end in a full stop
  // whatever they say: a sentence after the separator is then no sign of text.
  const without = rests.filter((rest) => separator(rest) === null);
  const titlesAreSentences = without.length > 0 && 2 * without.filter((rest) => endsSentence(rest)).length >= without.length;
  const before = new Map<string, number>();
  for (const rest of rests) {
    const at = separator(rest)?.at ?? -1;
    if (at > 0) before.set(rest.slice(0, at).toLowerCase(), (before.get(rest.slice(0, at).toLowerCase()) ?? 0) + 1);
  }
  const kinds = new Set([...before].filter(([, n]) => n > 1).map(([words]) => words));
  let shown = 0;
  for (const rest of rests) {
    const found = separator(rest);
    const at = found?.at ?? -1;
    const after = found ? rest.slice(at + found.length).trim() : '';
    if (at <= 0 || !titleBefore(rest, at) || after === '') {
      // A heading that ends in the separator ("County Councillor's Report:").
      if (at > 0 && after === '' && wordCount(rest) <= MAX_TITLE_WORDS) shown++;
      continue;
    }
    if (kinds.has(rest.slice(0, at).toLowerCase())) continue;
    if (verdict.test(after) || (!titlesAreSentences && runsOnAsText(after))) shown++;
  }
  return { shown, kinds };
}

/**
 * The candidates with their titles cut at the document's separator (and their text running on
 * after it), or unchanged when the document shows no separator of its own; a reference printed
 * after each title is taken out of it (withReferences).
 */
export function separatedTitles(candidates: readonly Candidate[], lines: readonly Line[]): Candidate[] {
  // A number alone on its line ("3." / "Approval of Minutes: A Motion to approve …") heads the line under it.
  const alone = (c: Candidate) => c.readings[0]!.rest === '' && c.lineCount >= 2;
  const numbered = candidates.filter(
    (c) => c.readings.length > 0 && (c.lineCount === 1 || alone(c)) && c.title !== null && !c.contents && lines[c.index]!.md?.heading === undefined,
  );
  const restOf = (c: Candidate) => (alone(c) ? lines[c.index + 1]!.text : c.readings[0]!.rest);
  const rests = numbered.map(restOf);
  let chosen: { separator: Separator; evidence: Evidence } | null = null;
  for (const separator of SEPARATORS) {
    const evidence = evidenceOf(separator, rests);
    if (evidence.shown >= MIN_SHOWN && evidence.shown > (chosen?.evidence.shown ?? 0)) chosen = { separator, evidence };
  }
  const titled = new Set(numbered.map((c) => c.index));
  if (chosen === null) return withReferences([...candidates], titled);
  const { separator, evidence } = chosen;
  const cut = new Set(numbered);
  const separated = candidates.map((c) => {
    if (!cut.has(c)) return c;
    const line = lines[alone(c) ? c.index + 1 : c.index]!;
    const rest = restOf(c);
    const found = separator(rest);
    const at = found?.at ?? -1;
    if (!found || at <= 0 || !titleBefore(rest, at) || evidence.kinds.has(rest.slice(0, at).toLowerCase())) return c;
    // A heading that ends in the separator ("… as minutes:-") keeps its line; its title ends before it.
    if (rest.slice(at + found.length).trim() === '') return { ...c, title: rest.slice(0, at).trim(), procedural: isProcedural(rest.slice(0, at)) };
    const end = titleInHead(rest.slice(0, at));
    const title = rest.slice(0, end).trim();
    // The text starts after the separator, or with the cue word before it.
    const textAt = end < at ? end + 1 : at + found.length;
    return { ...c, ...(alone(c) ? { lineCount: 2 } : {}), title, procedural: isProcedural(title), runIn: line.text.length - rest.length + textAt };
  });
  return withReferences(separated, titled);
}

/**
 * A reference printed before each title: a word, "No." or "#" and a code, then any notes in
 * brackets and a dash ("File No. CM25-12906 Karen Clay to present …", "File No. AB2-25-03
 * (UNAN; Clendenin absent)  - An ordinance approving …").
 */
const leadReference = /^([A-Z][a-z]{1,15}\.?\s(?:No\.|#)\s?[A-Z0-9][\w./-]*)\s+((?:\([^()]{1,160}\)\s*)*(?:[-–—]\s+)?)(?=\S)/;

/** A code of digits in parts, with capitals before them at most ("24-6951", "PR24/07"): a file or minute reference. */
export const referenceCode = /^[A-Z]{0,4}\d{1,6}(?:[-/.]\d{1,6})+$/;

/** Such a code alone before a title that starts with a capital ("24-6951 Congratulations to …", as a file-number column reads back). */
const bareLeadReference = /^([A-Z]{0,4}\d{1,6}(?:[-/.]\d{1,6})+)\s+(?=\p{Lu})/u;

/**
 * The numbered headings' titles, with the reference each prints before its title taken out of
 * it, when the document shows it so: two titles or more, and half of the numbered titles or
 * more, open with one word before "No." ("File No. …"), or with a bare code of one shape
 * ("24-6951", "24-7089": digits for digits). The heading keeps what it printed.
 */
export function withLeadReferences(candidates: readonly Candidate[]): Candidate[] {
  const titled = candidates.filter((c) => c.readings.length > 0 && c.title !== null && !c.contents);
  const leads = new Map<Candidate, RegExpExecArray>();
  for (const c of titled) {
    const m = leadReference.exec(c.title!) ?? bareLeadReference.exec(c.title!);
    // The code holds a digit ("CM25-12906"): "File No. Twelve" is a title.
    if (m && /\d/.test(m[1]!)) leads.set(c, m);
  }
  // What the leads share: the word before "No.", or a bare code's shape.
  const words = new Set([...leads.values()].map((m) => (m[1]!.includes(' ') ? m[1]!.split(' ')[0] : m[1]!.replace(/\d/g, '0'))));
  if (leads.size < MIN_SHOWN || words.size !== 1 || 2 * leads.size < titled.length) return [...candidates];
  return candidates.map((c) => {
    const m = leads.get(c);
    if (!m) return c;
    const title = c.title!.slice(m[0].length);
    return { ...c, title, procedural: isProcedural(title), readings: c.readings.map((r) => ({ ...r, reference: m[1]! })) };
  });
}

/** A minute reference skips at most this many numbers from one item to the next: the minutes recorded inside an item. */
const MAX_SKIPPED = 9;

/** A number with its parts ("20.060", "20/061") printed last in a title. */
const lastNumber = /\s(\d{1,4}(?:[./]\d{1,4})+)$/;

/**
 * The numbered headings' titles, with the reference each prints after its title taken out of
 * it ("1. APOLOGIES FOR ABSENCE 20.060 Apologies were …", "2. DECLARATION OF INTEREST 20.061 …":
 * a minute's reference printed between the agenda's title and the text). A number ending a
 * title is a reference when the document shows it so: two titles or more end in one, every one
 * of them of one family, each numbered on from the one before (20.061 → 20.065: the minutes
 * between were the item's own). Papers' references rise by more ("Rezoning – … – DAZ 213/2018",
 * "… DAZ 216/2018"), and "BUDGET 2020/21" ends in a year, no label.
 */
export function withReferences(candidates: Candidate[], titled: ReadonlySet<number>): Candidate[] {
  const ends = candidates.flatMap((c) => {
    const m = titled.has(c.index) ? lastNumber.exec(c.title ?? '') : null;
    const label = m ? readLabels(m[1]!)[0] : undefined;
    return label ? [{ c, at: m!.index, label }] : [];
  });
  const ordered = ends.every((e, k) => {
    const gap = k === 0 ? 0 : gapBetween(ends[k - 1]!.label.value, e.label.value);
    return e.label.family === ends[0]!.label.family && gap >= 0 && gap <= MAX_SKIPPED;
  });
  if (ends.length < MIN_SHOWN || !ordered) return candidates;
  const at = new Map(ends.map((e) => [e.c, e]));
  return candidates.map((c) => {
    const end = at.get(c);
    if (!end) return c;
    const title = c.title!.slice(0, end.at);
    return { ...c, title, procedural: isProcedural(title), readings: c.readings.map((r) => ({ ...r, reference: end.label.number })) };
  });
}
