// Heading candidates, line by line: a numbered heading ("15. Regional Care Co-operative",
// "414." then "Prayers" on the next line, "MM21/03  Environmental Planning …") or an unnumbered
// one ("Declarations of Members' Interests", "LEAVE OF ABSENCE"). Which candidates become items
// or sections is decided for the whole document in outline.ts.
import { linkOnlyHref, type Line } from '../extract/line.js';
import type { Format } from '../model/schema.js';
import { findDate, weekday } from './dates.js';
import { splitSentences } from './sentences.js';
import { readHeadingNumbers, readItemNumbers, readPointLabel, readTrailingItemNumber, type ItemNumber } from './numbering.js';
import { isCaps, isProse, isTitleLike, joinWrapped, readField, startsLower, trimEndChars, wordCount } from './shape.js';
import { isBareOutcome } from './motions.js';
import { namesPerson, speakerAt } from './people.js';
import { readOpener } from './question-labels.js';
import { capsTitleEnd, decisionLead, decisionTitleEnd, runInTitleEnd } from './outline/run-in.js';
import { headBeforeSeparator, referenceCode, titleInHead } from './outline/separator.js';
import { wrappedTitle } from './outline/wrapped.js';
import { attachmentArtefact, decisionRegister, documentEntry, documentTypeWord, labels, outcomeLabel, proceduralHeading, recommendationCue, truncationNotice } from './vocabulary.js';

export interface Candidate {
  /** Index of the heading's first line. */
  index: number;
  /** 1, or 2 when the number stands alone and the title is on the next line. */
  lineCount: number;
  readings: ItemNumber[];
  /** The title as printed (artefacts still attached), or null when only a number is printed. */
  title: string | null;
  /** Procedural wording ("Apologies", "Roll Call"): an item even without text under it. */
  procedural: boolean;
  /** Evidence that this is a heading by itself: an attachment artefact, capitals, a Markdown heading. */
  strong: boolean;
  /** A number after a line ending in ":" counts only if it continues the items' numbering exactly. */
  afterColon?: boolean;
  /** A Markdown heading or bold list item: a heading whose number may restart. */
  styled?: boolean;
  /** A numbered line whose text is prose: an item only where the numbering of the items needs it exactly. */
  weak?: boolean;
  /** A heading run into its text on its last line: the offset in that line where its text begins. */
  runIn?: number;
  /** A contents line ("ROAD RESEALING PROGRAM........ 2"): the same heading is printed again further on. */
  contents?: boolean;
  /** An item of an ordered Markdown list (the list's offset): its renderer numbers it, whatever it prints. */
  list?: number;
}

/** Lines that open text of their own kind and so never start an item. */
export const cueLine =
  /^(?:it was\s|it is\s)?(?:unanimously\s)?(?:and\s)?(?:resolved|moved|proposed\s(?:by|that)|seconded|carried|lost|agreed|motion|amendment|result|ayes|nays|noes|abstain|in response|resolution\s\d|councillor\s\S+\s(?:asked|said))\b/i;

/** "… proposed acceptance seconded by Cllr Ryves": a motion, not a heading, wherever its cue words fall. */
const motionWords = /\b(?:proposed|moved)\b.{1,120}\bseconded\b/i;

/** "Minutes of Stoke Ferry Annual Parish Council Meeting held in …": the document's own title. */
export const documentTitle = /^(?:(?:draft|open|confirmed|unconfirmed)\s)?(?:minutes|agenda|notice|summons)\s(?:of|for)\s/i;

/**
 * A line that heads a part of the document by its kind, as a page that holds an agenda and then
 * its minutes heads each: "Agenda", "Minutes draft", "Draft minutes. AGM. 2.5.14", or a
 * meeting's title with the kind after a dash ("Parish Council Meeting 12th Sept 2016 – Minutes").
 */
export const documentPart = /^(?:agenda|minutes\s\(?draft\)?|(?:draft|unconfirmed)\sminutes)(?:[.:]|$)|\bmeeting\b.{0,60}\s[-\u2013\u2014]\s(?:(?:draft|unconfirmed)\s)?(?:minutes|agenda)$/i;

const labelPatterns = Object.values(labels);
export const isLabel = (text: string): boolean => labelPatterns.some((re) => re.test(text));

/** A line of its own kind that is never a heading: a label, a field, a cue, a point. */
const isStructural = (line: Line): boolean => isStructuralText(line.text);

/** Text of its own kind that never heads anything ("RESOLVED:", "Moved:", "Decision:", a field): it labels what follows it. */
export function isStructuralText(text: string): boolean {
  return isLabel(text) || cueLine.test(text) || isBareOutcome(text) || outcomeLabel.test(text) || (recommendationCue.test(text) && !recommendedBusiness(text)) || readField(text) !== null || readPointLabel(text) !== null || isRule(text) || truncationNotice.test(text);
}

/**
 * A heading that names recommended business ("Recommended Action", "Recommended Changes to
 * Special Event Services"), not a recommendation's opening ("RECOMMENDED that …", "It is
 * recommended by the Committee that …"): a few words in title case, no sentence.
 */
const recommendedBusiness = (text: string) => /^Recommended\s\p{Lu}\p{Ll}/u.test(text) && wordCount(text) <= 8 && !/[.:;,]$/.test(text) && !/\b(?:that|by)\b/i.test(text);

/**
 * The document's own title ("Minutes of … Meeting held at the Village Hall on …") at its top,
 * not an item about earlier minutes ("Minutes of the meeting held on 14 February pdf icon …").
 */
const isDocumentTitle = (line: Line) =>
  documentTitle.test(line.text) &&
  !hasArtefact(line.text) &&
  !/\b(?:previous|last|preceding)\s(?:meeting|minutes)\b/i.test(line.text) &&
  // "… held on 12 June 2002 (in the Council Chamber)" names this meeting; "… held on 14 February" an earlier one.
  (!/\bheld\son\b/i.test(line.text) || /\b(?:19|20)\d\d$/.test(line.text) || heldOnDated(line.text));

/** "… held on Wednesday 14 th March 2018 in …": the date after "held on" has its year. */
function heldOnDated(text: string): boolean {
  const at = /\bheld\son\s/i.exec(text);
  const date = at ? findDate(text.slice(at.index + at[0].length)) : null;
  return date !== null && date.index <= 12;
}

/** Decision wording that never starts an agenda entry. */
const decisionCue = /^(?:it was\s)?(?:resolved|moved|seconded|carried|lost)\b/i;

const danglingWord = /\s(?:and|or|of|the|to|for|with|that|in|on|by|from|a|an|at|as|re|&)$/i;

/**
 * How many of the lines after a heading continue its title: capitals after capitals
 * ("… ELECTION RESULTS AND" / "PROPOSED RESOLUTION"), a title ending in "and" or "of", or a line
 * in lower case. Numbered lines, document names and prose end it.
 */
function titleRunsOn(lines: readonly Line[], i: number, title: string, format: Format): number {
  let count = 0;
  let last = title;
  // A PDF lays out a long entry (an ordinance's text) as one paragraph of many lines.
  const most = format === 'pdf' ? MAX_PDF_TITLE_LINES : 6;
  for (let k = i + 1; k < lines.length && count < most; k++) {
    const next = lines[k]!;
    const text = next.text;
    // "… RESULTS AND" / "PROPOSED RESOLUTION": a title cut at "and" runs on whatever follows.
    const cut = danglingWord.test(last) && isCaps(last) && isCaps(text);
    // A long line is a paragraph of its own, except in a PDF, which lays every paragraph out in lines.
    const paragraph = text.length > 120 && format !== 'pdf';
    if (next.md || readItemNumbers(text).length > 0 || readPointLabel(text) || (isStructural(next) && !cut) || documentEntry.test(text) || paragraph) break;
    // A new part of the document: "MINUTES - MORRO BAY CITY COUNCIL … JANUARY 28, 1985".
    // A date that a line filling its text's layout wraps onto ("… through" / "October 15, 2023") goes on with it.
    const datedWrap = format !== 'pdf' && wrapsInLayout(lines, lines[k - 1]!.text, next, format, lines[k - 1]!.indent);
    if (/^(?:minutes|agenda)\b/i.test(text) || (isDateOnly(text) && !startsLower(text) && !datedWrap)) break;
    // Capitals run on from a line long enough to have wrapped, or into a line that starts with a
    // joining word ("CONFIRMATION" / "OF MINUTES"); "1. OPEN FORUM" / "CALL TO ORDER" are two headings.
    const caps = isCaps(last) && isCaps(text) && !/[.:]$/.test(last) && (last.length >= 40 || /^(?:OF|AND|FOR|TO|IN|ON|WITH)\s/.test(text));
    // A PDF lays text out in lines: a long title line that does not end a sentence wraps (a
    // line of plain text fills its layout's width, label and all), unless a lead opens the next
    // line ("Department( s): Finance"); a title in title case goes on in title case, so a
    // sentence after it is its text ("… Joint Committee" / "The Terms of Reference was adopted by").
    const laidOut =
      wrapsInLayout(lines, format === 'pdf' ? last : lines[k - 1]!.text, next, format, lines[k - 1]!.indent) && !fieldLead.test(text) && (format === 'pdf' || sentenceWords(text) < 2 || sentenceWords(title) >= 2);
    if (!caps && !laidOut && !danglingWord.test(last) && !(startsLower(text) && !/[.:;!?]$/.test(last))) break;
    count++;
    last = text;
  }
  return count;
}

/** How many lines after its first a PDF title may run on over. */
const MAX_PDF_TITLE_LINES = 14;

/**
 * A PDF lays text out in lines: a long line that does not end a sentence wraps into the next line
 * of its paragraph. So does a text laid out in lines of one width (a PDF's text as plain text),
 * when the line nearly fills that width.
 */
const wrapsInLayout = (lines: readonly Line[], text: string, next: Line | undefined, format: Format, indent = 0) => {
  if (next === undefined || next.gapBefore > 0 || /[.:!?]$/.test(text)) return false;
  // A clause ends at a semicolon; a paragraph laid out in lines goes on after it.
  if (format === 'pdf') return text.length >= 60;
  if (text.endsWith(';')) return false;
  const width = layoutWidth(lines);
  return width !== null && indent + text.length >= WRAP_FILL * width;
};

/** The words of a line that a title in title case prints in capitals: those in lower case other than its small words. */
const sentenceWords = (text: string) => text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|and|or|the|for|on|in|to|at|by|with|from|as|via|per|an?)$/.test(w)).length;

/** "Recommended Action: Approve minutes.", "Department( s): City Clerk's Office": a lead that opens a line of its own. */
const fieldLead = /^[A-Z][\w ()'\u2019/-]{0,30}:\s/;

/** How full of its layout's width a line is when the next word did not fit on it. */
const WRAP_FILL = 0.75;

const widths = new WeakMap<readonly Line[], number | null>();

/**
 * The width a text laid out in lines wraps its paragraphs at, read from the document itself:
 * hardly any line ends further right than nearly all of them (a layout's right margin), and lines of prose go
 * on in lower case on the next line. Null for a text whose paragraphs are lines of their own (a
 * web page's text), and for a short text, which shows no layout.
 */
function layoutWidth(lines: readonly Line[]): number | null {
  const known = widths.get(lines);
  if (known !== undefined) return known;
  let width: number | null = null;
  if (lines.length >= MIN_LAYOUT_LINES) {
    // Where each line ends, its indentation included (a layout prints its lists further in).
    const lengths = lines.map((l) => l.indent + l.text.length).sort((a, b) => a - b);
    const margin = lengths[Math.floor(0.95 * (lengths.length - 1))]!;
    const beyond = lengths.filter((n) => n > 1.15 * margin).length;
    let wrapped = 0;
    for (let k = 1; k < lines.length; k++) if (lines[k]!.gapBefore === 0 && startsLower(lines[k]!.text) && !/[.:;!?]$/.test(lines[k - 1]!.text)) wrapped++;
    if (beyond <= 0.02 * lines.length && wrapped >= 0.08 * lines.length) width = margin;
  }
  widths.set(lines, width);
  return width;
}

/** A text shows its layout over this many lines. */
const MIN_LAYOUT_LINES = 20;

/** A flattened table's border: "|", "---|---|". */
export const isRule = (text: string): boolean => /^[|\-:\s]+$/.test(text);

/** A line that runs on into the next ("To" / "appoint substitute Members …"): not a heading. */
const runsOn = (line: Line, next: Line | undefined) =>
  next !== undefined && startsLower(next.text) && readPointLabel(next.text) === null && !/[.:;!?]$/.test(line.text);

/** "Reports - Recognition of Commendations": the wording after a dash counts too. */
export function isProcedural(title: string): boolean {
  if (proceduralHeading.test(title)) return true;
  const dash = /\s[-\u2013\u2014]\s(.{1,80})$/.exec(title);
  return dash !== null && proceduralHeading.test(dash[1]!);
}

// The artefact ends the title with "KB", "MB" or "GB": a title that does not end in "b" is not tried.
const hasArtefact = (text: string) => (text.endsWith('b') || text.endsWith('B')) && attachmentArtefact.test(text);

/** A line that is only a date (with a weekday, a time). */
function isDateOnly(text: string): boolean {
  const date = findDate(text);
  return date !== null && text.replace(weekday, '').length - date.length <= 12;
}

/** A Legistar-style title: "250946 [Appropriation - …] Sponsors: …" (file number, bracketed title). */
export const bracketTitle = /^(\d{5,8})\s\[([^\]]{3,400})\]/;

/** "09 December 2015" starts with a number but is a date. */
const monthName = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * A numbered line that only continues a sentence or a list: "F. McCoy, P. McGeough, F. Maher,"
 * (names of those present, initials first) or "2.1 Accordingly, it was" (a paragraph number
 * before a motion).
 */
const continuesText = (rest: string) => (/,$/.test(rest) && !isCaps(rest)) || /,\s[A-Z]\.\s[A-Z]/.test(rest) || /\b(?:was|were|is|are)$/i.test(rest);

function numberedTitleLike(rest: string, depth = 0): boolean {
  if (bracketTitle.test(rest)) return true;
  if (continuesText(rest)) return false;
  // A numbered paragraph below an item ("3.1 Members referred to … and requested that …") is
  // longer than any title; sub-items name their subject in a few words.
  if (depth > 0 && !isCaps(rest) && wordCount(rest) > 25) return false;
  // A numbered agenda entry may be one full sentence: "7) Exclusion of press and public: To resolve …".
  if (rest.length <= 250 && /^[A-Z]/.test(rest) && splitSentences(rest).length === 1 && !startsLower(rest)) return true;
  if (startsLower(rest) || monthName.test(rest)) return false;
  return isTitleLike(rest, 250) || (isCaps(rest) && rest.length <= 300);
}

/**
 * Where a bold title run into its text ends in `rest` (the line's text after its number): "9.
 * **Planning Matters: Wood store (13/00809/F)** The Chairman said …". The text after it must
 * open a sentence, or the bold run end in "." or ":" ("**Cllr Smith** proposed …" is no title).
 */
function boldTitleEnd(line: Line, rest: string): number | null {
  if (line.boldLead === undefined) return null;
  const end = line.boldLead - (line.text.length - rest.length);
  if (end <= 0 || end >= rest.length) return null;
  const title = rest.slice(0, end).trimEnd();
  if (wordCount(title) > 25 || !(/[.:]$/.test(title) || /^\s*[\p{Lu}\p{N}]/u.test(rest.slice(end)))) return null;
  return title.endsWith('.') ? title.length - 1 : title.length;
}

/**
 * Where a PDF title ends at the next cell of its line (Line.cellStarts): the reader parts runs
 * printed further apart than words, so "1. DeBell Golf Course Annual Report ⇥ The Board will
 * receive …" is a title set apart from its description, "1. Welcome and Apologies ⇥ 1:30" a
 * title before an agenda table's time column. A cell that goes on with a dash ("Financial
 * Performance Report ⇥ – Carriann Hall") goes on with the title.
 */
function cellTitleEnd(line: Line, rest: string): number | null {
  const from = line.text.length - rest.length;
  const at = line.cellStarts?.find((c) => c > from);
  if (at === undefined || /^[-\u2013\u2014]\s*\S/.test(line.text.slice(at))) return null;
  const title = rest.slice(0, at - from).trimEnd();
  // A row of a word or two in each cell is a justified line stretched wide ("3. AWARD ⇥ OF ⇥
  // CONTRACT ⇥ FOR", "10. NC-1745-22 and ⇥ M-1548-22; ⇥ Remand to ⇥ Planning").
  const cells = [from, ...line.cellStarts!.filter((c) => c > from), line.text.length];
  const justified = cells.length >= 5 && cells.slice(1).every((end, k) => wordCount(line.text.slice(cells[k], end)) <= 2);
  return title.length > 0 && !justified && numberedTitleLike(title) ? title.length : null;
}

/**
 * A PDF heading in a cell of its own before a note on its line ("CALL TO ORDER ⇥ Chair Ramirez",
 * "ROLL CALL ⇥ Theresa Devoy, CMC"): a two-cell line whose first cell is a heading in capitals
 * or in procedural words; the note is its text. Other rows of cells are a table's.
 */
function cellHeadingAt(line: Line, i: number): Candidate | null {
  const at = line.cellStarts?.length === 1 ? line.cellStarts[0]! : null;
  if (at === null) return null;
  const title = line.text.slice(0, at).trimEnd();
  const procedural = isProcedural(title);
  if (!(isCaps(title) || procedural) || !isTitleLike(title, 120) || isProse(title) || /[.,;:]$/.test(title)) return null;
  return { index: i, lineCount: 1, readings: [], title, procedural, strong: isCaps(title), runIn: at };
}

/** The candidate heading starting at line `i`, if any. */
export function candidateAt(lines: readonly Line[], i: number, format: Format = 'text'): Candidate | null {
  const line = lines[i]!;
  // Front matter is metadata; a bulleted or nested Markdown list holds the points of an item.
  if (line.md?.frontMatter || (line.md?.list && (!line.md.list.ordered || line.md.list.depth > 0))) return null;
  const printedFirst = readItemNumbers(line.text);
  const read = line.md?.list ? printedFirst : readHeadingNumbers(line.text);
  // A label printed last may close a title wrapped over lines.
  const closed = read.length === printedFirst.length && printedFirst.every((r) => r.family.includes(':')) && !line.md?.list ? closedBelow(lines, i) : null;
  const readings = closed ? [...closed.readings, ...printedFirst] : read;
  const found = readings.length > 0 && !line.md?.table ? numberedAt(lines, i, readings, format, closed?.lines) : undefined;
  if (found !== undefined) {
    if (found && line.md?.list?.ordered) found.list = line.md.list.of;
    return found;
  }
  return unnumberedAt(lines, i, format);
}

/** How many lines a title that its label closes may wrap onto after its first. */
const MAX_CLOSED_WRAP = 2;

/**
 * A title wrapped over the lines of its paragraph whose label, printed after it in brackets,
 * closes it ("California Voting Rights Act Public Hearing No. 1: … Pursuant to Elections" /
 * "Code section 10010, subdivision (a)(1) (F-1)"): the label read on the lines joined, and how
 * many lines the title runs onto; null when no such label closes the lines after line `i`.
 */
function closedBelow(lines: readonly Line[], i: number): { readings: ItemNumber[]; lines: number } | null {
  let joined = lines[i]!.text;
  for (let k = i + 1; k <= i + MAX_CLOSED_WRAP && k < lines.length; k++) {
    const next = lines[k]!;
    if (next.gapBefore > 0 || next.md || /[.:;!?]$/.test(lines[k - 1]!.text) || readItemNumbers(next.text).length > 0) return null;
    joined = `${joined} ${next.text}`;
    const readings = next.text.endsWith(')') ? readTrailingItemNumber(joined) : [];
    if (readings.length > 0) return { readings, lines: k - i };
  }
  return null;
}

/**
 * A letter that is a person's initial, not a label: "R. Bartlett, Chief Administrative Officer;
 * and M. Panneton, …" (a surname and a comma, more initials after), or a line that carries on a
 * list of names from the line before ("… W. Soprovich," / "S. Thompson, and M. Wong attended …").
 */
function initialOfName(lines: readonly Line[], i: number, reading: ItemNumber): boolean {
  if (reading.family !== 'letter' || reading.minor !== null || !/^[A-Z][a-z][\w'\u2019-]*,\s/.test(reading.rest)) return false;
  const previous = lines[i - 1];
  const carriesOn = previous !== undefined && lines[i]!.gapBefore === 0 && /(?:[,;]|\band)$/.test(previous.text);
  return carriesOn || /\b[A-Z]\.\s[A-Z][a-z]/.test(reading.rest);
}

/** Whether "Q<n>" at line `i` is answered by "A<n>" within the next lines, or "A<n>" answers a "Q<n>" above (a question and its answer labelled as a pair). */
function answeredBelow(lines: readonly Line[], i: number, reading: ItemNumber): boolean {
  const pair = /^([QA])\.?\s?(\d{1,3})$/i.exec(reading.number);
  if (!pair) return false;
  // And "A1" under "Q1" is the answer's label.
  const asked = pair[1]!.toUpperCase() === 'Q';
  const other = new RegExp(`^${asked ? 'A' : 'Q'}\\.?\\s?${pair[2]}\\s?[.:)\\-\u2013]`);
  return (asked ? lines.slice(i + 1, i + 6) : lines.slice(Math.max(0, i - 5), i)).some((l) => other.test(l.text));
}

/**
 * The readings of a PDF line whose label is followed by a reference in a column of its own
 * ("A.-1. ⇥ 24-6951 ⇥ Congratulations to …": an agenda's file-number column): the code is the
 * entry's reference, and its title starts in the column after it.
 */
function withReferenceCell(line: Line, readings: ItemNumber[]): ItemNumber[] {
  const { rest, reference } = readings[0]!;
  const code = /^\S+/.exec(rest)?.[0];
  if (reference !== undefined || code === undefined || !referenceCode.test(code)) return readings;
  const from = line.text.length - rest.length;
  const next = line.cellStarts?.find((c) => c > from);
  if (next === undefined || line.text.slice(from + code.length, next).trim() !== '') return readings;
  return readings.map((r) => ({ ...r, rest: line.text.slice(next), reference: code }));
}

/** The candidate of a line that starts with an item number, or null. */
function numberedAt(lines: readonly Line[], i: number, printed: ItemNumber[], format: Format, closed?: number): Candidate | null {
  const line = lines[i]!;
  const readings = withReferenceCell(line, printed);
  const text = line.text;
  const next = lines[i + 1];
  const rest = trimEndChars(readings[0]!.rest, ' |');
  // "Q1) Mr X – …" answered by "A1) Councillor Y replied …": a question's label, no item number.
  if (answeredBelow(lines, i, readings[0]!)) return null;
  if (rest.length > 0) {
    if (initialOfName(lines, i, readings[0]!)) return null;
    // "3. Motion to excuse absent Board Members" is an agenda entry; "3. RESOLVED that …" is not.
    // "002 Apologies: Councillors proposed, seconded and resolved …" is a heading whose text, run
    // on after a separator, holds the decision: a numbered paragraph the document's separator
    // may make a heading (outline.ts).
    const decided = decisionCue.test(rest) || motionWords.test(rest);
    // Lines that a label printed last closes are a heading, or nothing.
    if (closed !== undefined && decided) return null;
    const head = decided ? headBeforeSeparator(rest) : null;
    if (decided && (head === null || decisionCue.test(rest.slice(0, head)) || motionWords.test(rest.slice(0, head)))) {
      // "3.MINUTES OF MEETING, Jan 24th 2023. There were two amendments … It was proposed by …":
      // a numbered paragraph whose motion comes after its first sentence, which the numbering of
      // the items may need (as a weak candidate, titled by that sentence); "3. RESOLVED that …" is none.
      const [first, second] = splitSentences(rest);
      if (decisionCue.test(rest) || !second || motionWords.test(first!.text)) return null;
      return { index: i, lineCount: 1, readings, title: first!.text, procedural: false, strong: false, weak: true, runIn: text.length - readings[0]!.rest.length + second.start };
    }
    // "4A - 12-12-22.pdf": a numbered attachment, no heading of its own.
    const fileName = /^\S{1,80}\.(?:pdf|docx?|xlsx?|pptx?)$/i.test(rest);
    // A comma ending a PDF line that wraps goes on with the title, not with a list of names.
    const wrapsOn = /,$/.test(rest) && wrapsInLayout(lines, rest, next, format) && readItemNumbers(next!.text).length === 0;
    // "17 May 2016 , 7:00pm": a line that opens with a date has the day for a label.
    const dated = findDate(text)?.index === 0;
    const titleLike = numberedTitleLike(wrapsOn ? rest.slice(0, -1) : rest, readings[0]!.minor === null ? 0 : 1) && !fileName && !dated;
    if (closed !== undefined && !titleLike) return null;
    // A heading run into its text: "4. CONSENT CALENDAR An item may be …", and when the text
    // is prose, "12/24-3 Minutes. The minutes …".
    const cut = fileName || decided || closed !== undefined ? null : (cellTitleEnd(line, readings[0]!.rest) ?? boldTitleEnd(line, rest) ?? (titleLike ? (decisionTitleEnd(rest) ?? capsTitleEnd(rest)) : startsLower(rest) || monthName.test(rest) ? null : runInTitleEnd(rest)));
    if (cut !== null) {
      const title = rest.slice(0, cut);
      // The text starts after a "." or ":" ending the title, and after the dash before a decision ("2023– RESOLVED").
      const skip = rest[cut] === '.' || rest[cut] === ':' ? 1 : decisionLead(rest.slice(cut));
      return { index: i, lineCount: 1, readings, title, procedural: isProcedural(title), strong: isCaps(title), runIn: text.length - readings[0]!.rest.length + cut + skip };
    }
    // Otherwise a numbered paragraph of prose, which the numbering of the items may still need.
    // Its title is its first sentence, and the sentences after it are the item's text, as
    // after a heading run into its text (and as they read back from the Markdown's heading).
    if (decided) {
      // The title ends at the separator, and before a cue word printed just ahead of it ("… MEETING MOTION: That …").
      const title = rest.slice(0, titleInHead(rest.slice(0, head!)));
      // Its text starts with the cue word, or after the separator.
      const after = title.length < head! ? title.length + 1 : head! + /^\s*\S?\s*/.exec(rest.slice(head!))![0].length;
      return { index: i, lineCount: 1, readings, title, procedural: false, strong: false, weak: true, runIn: text.length - readings[0]!.rest.length + after };
    }
    if (!titleLike) {
      const [first, second] = splitSentences(rest);
      const runIn = second ? { runIn: text.length - readings[0]!.rest.length + second.start } : {};
      return { index: i, lineCount: 1, readings, title: first!.text, procedural: false, strong: false, weak: true, ...runIn };
    }
    const strong = isCaps(rest) || line.md?.heading !== undefined || line.md?.strong === true || line.md?.list !== undefined;
    const wrapped = closed === undefined ? titleRunsOn(lines, i, rest, format) : 0;
    // A PDF shows where a wrapped title ends by its print or its wording (outline/wrapped.ts); a
    // label printed last closes a title joined over its lines already.
    const { lineCount, title, runIn } =
      closed !== undefined
        ? { lineCount: 1 + closed, title: rest, runIn: undefined }
        : line.pdf
          ? wrappedTitle(lines, i, rest, text.length - readings[0]!.rest.length, 1 + wrapped)
          : { lineCount: 1 + wrapped, title: joinWrapped([rest, ...lines.slice(i + 1, i + 1 + wrapped).map((l) => l.text)]), runIn: undefined };
    const candidate: Candidate = { index: i, lineCount, readings, title, procedural: isProcedural(title), strong, ...(runIn !== undefined ? { runIn } : {}) };
    if (/\.{4}\s?\d{1,4}$/.test(rest)) candidate.contents = true;
    if (line.md?.strong || line.md?.heading !== undefined) candidate.styled = true;
    return candidate;
  }
  // A number on its own line under its title, its text after it ("Minutes" / "3." / "The minutes
  // from the AGM 2014 were accepted …": a table's title cell printed a line above its number cell).
  const above = titleAbove(lines, i);
  if (above !== null) return { index: i - 1, lineCount: 2, readings, title: above, procedural: isProcedural(above), strong: true };
  // A number on its own line: the title is the next line, unless the title was lost in the
  // copy (a Markdown heading "### 16." holds all of it, unless the title is a heading alike).
  if (next && line.md?.heading === next.md?.heading && numberedTitleLike(next.text) && !isStructural(next) && readItemNumbers(next.text).length === 0) {
    // The title may wrap in turn: "4." / "Declarations" / "of Interest", and after its first
    // word wherever the document breaks its titles so ("6." / "Formal" / "Confirmation of …").
    let wrapped = titleRunsOn(lines, i + 1, next.text, format);
    const after = lines[i + 2];
    if (wrapped === 0 && oneWord.test(next.text) && after && after.gapBefore === 0 && !isStructural(after) && readItemNumbers(after.text).length === 0 && numberedTitleLike(after.text) && !isProse(after.text) && breaksAfterFirstWord(lines))
      wrapped = 1 + titleRunsOn(lines, i + 2, after.text, format);
    const title = trimEndChars(joinWrapped([next.text, ...lines.slice(i + 2, i + 2 + wrapped).map((l) => l.text)]), ' |');
    return { index: i, lineCount: 2 + wrapped, readings, title, procedural: isProcedural(title), strong: true };
  }
  const heading = line.md?.heading !== undefined;
  return { index: i, lineCount: 1, readings, title: null, procedural: false, strong: heading, ...(heading ? { styled: true } : {}) };
}

/**
 * The title printed on the line above a number alone on its line: that line set apart by a blank
 * line before it and none after, title-like, unnumbered, no sentence and no title of a number
 * alone above it, with a sentence (the item's text) after the number. Null otherwise.
 */
function titleAbove(lines: readonly Line[], i: number): string | null {
  const [previous, line, next] = [lines[i - 1], lines[i]!, lines[i + 1]];
  if (previous === undefined || next === undefined || previous.gapBefore === 0 || line.gapBefore > 0 || next.gapBefore > 0 || line.md || previous.md) return null;
  const title = previous.text;
  if (/[.,;:]$/.test(title) || !isTitleLike(title, 120) || isProse(title) || readItemNumbers(title).length > 0 || readField(title) !== null) return null;
  // The title of a number alone above it ("XI." / "Unanimous Consent" / "A." / "Contract Amendment …") is that number's.
  const before = lines[i - 2];
  if (before !== undefined && readItemNumbers(before.text).some((r) => r.rest === '')) return null;
  if (readItemNumbers(next.text).length > 0) return null;
  // The paragraph after the number, up to the next blank line: a sentence, or one that opens a list ("… voted in by the society membership:").
  let paragraph = next.text;
  for (let k = i + 2; k < lines.length && k < i + 1 + MAX_ABOVE_PARAGRAPH && lines[k]!.gapBefore === 0; k++) paragraph += ` ${lines[k]!.text}`;
  return isProse(paragraph) || (/:$/.test(paragraph) && wordCount(paragraph) >= 6) ? title : null;
}
/** How many lines of the paragraph after a number under its title are read to tell a sentence. */
const MAX_ABOVE_PARAGRAPH = 4;

const oneWord = /^[\p{L}'\u2019-]+$/u;

const firstWordBreaks = new WeakMap<readonly Line[], boolean>();

/** A document that breaks its titles after their first word shows it this many times. */
const MIN_BREAKS = 2;

/**
 * Whether the document breaks the titles under its labels after their first word, as a web
 * page's text of a table may ("2." / "Conflict" / "of Interest Declarations"): among the titles
 * of one word under a label alone on its line, before a line that may go on with them (no
 * label), at least two and half go on in lower case.
 */
function breaksAfterFirstWord(lines: readonly Line[]): boolean {
  const known = firstWordBreaks.get(lines);
  if (known !== undefined) return known;
  let oneWordTitles = 0;
  let broken = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!oneWord.test(lines[i + 1]!.text) || !readItemNumbers(lines[i]!.text).some((r) => r.rest === '') || readItemNumbers(lines[i + 2]!.text).length > 0) continue;
    oneWordTitles++;
    if (lines[i + 2]!.gapBefore === 0 && startsLower(lines[i + 2]!.text)) broken++;
  }
  const breaks = broken >= MIN_BREAKS && 2 * broken >= oneWordTitles;
  firstWordBreaks.set(lines, breaks);
  return breaks;
}

/**
 * A heading in title case ending in a colon, on a line of its own with its text set apart after a
 * blank line ("Executive Session:" / "" / "R. Manser made a motion …"): a few capitalised words,
 * no field of the record ("Present:", "Seconded by:"), no speaker ("The Mayor:"). Over numbered
 * lines ("Consent Agenda:" / "" / "1) Approval of Bills") it groups them: a part of the
 * document, neither a heading of its own nor the opening of one item's list of points.
 */
export function colonHeadingAt(lines: readonly Line[], i: number): 'heading' | 'part' | null {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!line.text.endsWith(':') || next === undefined || line.md) return null;
  const label = line.text.slice(0, -1);
  const named = colonLabel(label) && label.split(' ').every((w) => colonHeadingWord.test(w));
  // Set apart, over its bullets ("" / "Old Business:" / "• Budget" / "• ISO Rating"): a heading over its points.
  if (next.gapBefore === 0) return stackedColonAt(lines, i) ?? (named && line.gapBefore > 0 && readPointLabel(next.text)?.kind === 'bullet' ? 'heading' : null);
  if (!named) return null;
  return overNumbers(next) ? 'part' : 'heading';
}

/** A letter may be a speaker's initial: "D. Gillen moved …". */
const overNumbers = (next: Line) => readItemNumbers(next.text).some((r) => r.family !== 'letter');

/** Whether `label` (a line without its final colon) may name business: no field, cue, speaker or sentence. */
function colonLabel(label: string): boolean {
  const words = label.split(' ');
  // One word and a colon is a label ("REPLY:"), unless procedural.
  if (words.length > MAX_COLON_HEADING_WORDS || (words.length < 2 && !isProcedural(label))) return false;
  // "The Mayor:", "It was agreed:": a sentence that opens a quotation, not a heading.
  // "Answered By:", "Asked Of:": a field's name ends in the word that joins it to its value.
  if (/^(?:the|it|this|there|we)\s/i.test(label) || /\s(?:by|of|to|for|from|with|at)$/i.test(label)) return false;
  return /^\p{Lu}/u.test(label) && isTitleLike(label) && readField(`${label}:`) === null && !cueLine.test(`${label}:`) && !namesPerson(label);
}

/**
 * A line of a stack of two or more lines ending in a colon, one right under the other
 * ("Call to Order:" / "Pledge of Allegiance:" / "Call to the Public (…)*:" / "Approval of Consent
 * Agenda:" / "1. Payment of Bills."): each names business with nothing under it but the next,
 * so it opens no list of points; the last one, over numbered lines, groups them (a part). Null
 * for a line of no such stack, and for the last one over text of its own.
 */
function stackedColonAt(lines: readonly Line[], i: number): 'heading' | 'part' | null {
  const member = (k: number) => {
    const line = lines[k];
    if (line === undefined || line.md || !line.text.endsWith(':')) return false;
    // The name in capitalised words, and a note in brackets after it ("Call to the Public (Public comment will be limited …)*").
    const label = line.text.slice(0, -1);
    const note = /\)\*?$/.test(label) ? label.indexOf(' (') : -1;
    const name = note > 0 ? label.slice(0, note) : label;
    return colonLabel(name) && name.split(' ').every((w) => colonHeadingWord.test(w));
  };
  if (!member(i)) return null;
  if (member(i + 1)) return 'heading';
  return lines[i]!.gapBefore === 0 && member(i - 1) && overNumbers(lines[i + 1]!) ? 'part' : null;
}
const MAX_COLON_HEADING_WORDS = 5;
const colonHeadingWord = /^(?:\p{Lu}[\p{L}'\u2019&-]*|of|to|the|and|for|on|in|&)$/u;

/** The candidate of a line without an item number (a heading in words), or null. */
function unnumberedAt(lines: readonly Line[], i: number, format: Format): Candidate | null {
  const line = lines[i]!;
  const text = line.text;
  const next = lines[i + 1];
  // Lines of their own kind, and two-cell rows such as "Leave of Absence      Nil".
  const register = decisionRegister.test(text);
  if (isStructural(line) || line.md?.table || line.md?.list) return null;
  if (line.cells >= 2 && !register) return cellHeadingAt(line, i);
  // A line ending in a stop is no heading (tested first: most lines of prose end so), unless a
  // capital heading ends in a full stop or a colon ("DISCLOSURES OF INTERESTS:", "GENERAL
  // BUSINESS:"); one word and a colon is a label ("QUESTION:", "PRESENT:"), unless procedural.
  const capsColon = /:$/.test(text) && (wordCount(text) >= 2 || isProcedural(text.slice(0, -1)));
  if (/[.,;:]$/.test(text) && !((/\.$/.test(text) || capsColon) && isCaps(text)) && colonHeadingAt(lines, i) !== 'heading') return null;
  // The tail of a wrapped line ("… ANY ITEM LISTED ON" / "THE AGENDA") is not a heading.
  const previous = lines[i - 1];
  // Nor is the second line of a motion ("THAT the Minutes of the Extraordinary" / "Council Meeting held on …").
  if (previous && !previous.md && line.gapBefore === 0 && /^(?:that|to)\s/i.test(previous.text) && !/[.:;!?]$/.test(previous.text)) return null;
  if (previous && !previous.md && line.gapBefore === 0 && (danglingWord.test(previous.text) || (isCaps(previous.text) && isCaps(text) && previous.text.length >= 50))) return null;
  // Nor is the rest of a list of names wrapped after a comma ("Present:" / "Recchia Jr., Brewer, … Ferreras," / "Koslowitz, Van Bramer, Ignizio and Oddo").
  if (previous && !previous.md && line.gapBefore === 0 && /,$/.test(previous.text) && /,/.test(text) && !/,$/.test(text) && readItemNumbers(previous.text).length === 0) return null;
  // "MINUTES" alone names the document, as "Minutes draft" a part of it, unless a decision on them follows ("MINUTES" / "It was moved …").
  const namesDocument = (documentTypeWord.test(text) || documentPart.test(text)) && !(next && cueLine.test(next.text));
  if (namesDocument || isDocumentTitle(line) || motionWords.test(text) || runsOn(line, next)) return null;
  // A line that is nothing but a link (a web page's attachment) is not a heading, unless styled as one.
  if (linkOnlyHref(line) !== null && line.md?.heading === undefined) return null;
  // A link to a document ("Report (PDF file, opens in a new window)") is not a heading.
  if (/\((?:pdf|word|excel|docx?)\s(?:file|document)\b[^)]{0,60}\)$/i.test(text)) return null;
  // "Present |": a flattened table's label cell, unless in capitals like a heading ("MINUTES |",
  // where every cell of the table ends in "|"); "Is subject to call in?: No": a field.
  if (/\s\|$/.test(text) && !isCaps(text)) return null;
  if (/[:?]\s(?:yes|no|none|nil|n\/a)\.?$/i.test(text)) return null;
  // "None", "Nil", "N/A": the answer to the heading above, never a heading itself.
  if (/^(?:none|nil|n\/a|no\s(?:items?|business|reports?|matters?))\.?$/i.test(text)) return null;
  // A line in capitals is no sentence for the full stop of an abbreviation it ends in ("REGULAR BUSINESS AT 6:30 P.M.").
  if (!isTitleLike(text, 200) || isProse(isCaps(text) && /\s(?:[A-Z]\.){2,}$/.test(text) ? text.slice(0, -1) : text)) return null;
  if (!/[A-Z]{2}/i.test(text)) return null;
  // A sentence cut off by the end of the text, or one that starts with a speaker, is prose.
  if ((next && line.md?.heading === undefined && truncationNotice.test(next.text)) || speakerAt(text)) return null;
  // A question's opening line naming who asks ("Question from Councillor A to the Leader",
  // "Q3 Councillor B to the Executive Member:") labels a question inside its item, unless styled
  // as a heading; a numbered one ("4. Question submitted by Councillor C") is read as numbered.
  if (line.md?.heading === undefined && /^(?:q\.?\s?\d|question)/i.test(text) && readOpener(text)?.askedBy) return null;
  // Quoted text is not a heading; "(Fiscal Impact)" is a note; "Tuesday, November 4, 2025" a running header.
  if (/^["'\u2018\u201c]/.test(text)) return null;
  if (/^\(.*\)$/.test(text) || isDateOnly(text)) return null;
  const strong = hasArtefact(text) || register || isCaps(text) || line.md?.heading !== undefined || line.md?.strong === true;
  // A heading too long for its line wraps: "… MAY ACT ON ANY ITEM LISTED ON" / "THE AGENDA".
  // "CONFIRMATION" / "OF MINUTES": a line that starts with a joining word continues the one before.
  const wraps =
    next !== undefined &&
    !line.md &&
    next.gapBefore === 0 &&
    (danglingWord.test(text) || (isCaps(text) && isCaps(next.text) && (text.length >= 50 || /^(?:OF|AND|FOR|TO|IN|ON|WITH)\s/.test(next.text))));
  const lineCount = 1 + (wraps ? titleRunsOn(lines, i, text, format) : 0);
  const title = trimEndChars(lines.slice(i, i + lineCount).map((l) => l.text).join(' '), ' |');
  if (lineCount > 1 && (isProse(title) || /[.,;:]$/.test(title))) return null;
  // A heading in capitals run into its text: "CALL TO ORDER: The meeting was called to order …".
  const capsCut = lineCount === 1 && !line.md ? capsTitleEnd(text) : null;
  if (capsCut !== null) {
    const runIn = text.slice(0, capsCut);
    return { index: i, lineCount, readings: [], title: runIn, procedural: isProcedural(runIn), strong, runIn: capsCut + (text[capsCut] === ':' ? 1 : 0) };
  }
  return { index: i, lineCount, readings: [], title, procedural: isProcedural(title), strong };
}

/** Whether text follows a heading at `i` (rather than another heading or nothing). */
export function followedByContent(lines: readonly Line[], candidate: Candidate): boolean {
  const next = lines[candidate.index + candidate.lineCount];
  if (!next) return false;
  const text = next.text;
  return isProse(text) || isStructural(next) || /:$/.test(text) || text.length > 100 || next.md?.list !== undefined;
}
