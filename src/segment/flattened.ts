// Text flattened to one long line (OCR of old agendas, some web viewers):
//
//   … ROLL CALL PLEDGE OF ALLEGIANCE AGENDA INVOCATION -LANCE … A. PUBLIC HEARINGS … A-1 ORDINANCE …
//
// is cut back into lines at its item numbers (when they follow each other: A., A-1, A-2, B., …),
// or at labels no prose reads ("Minute No. 113/19 … Minute No. 114/19 Matters Arising …"),
// at procedural headings printed in capitals, and where a capitalised title gives way to
// ordinary prose; without numbers, at headings in capitals that open the text after a sentence
// ("… presiding. INVOCATION Pastor Lee …"), and, where the document shows that style twice, at
// other headings printed the same way after text that runs on without a full stop ("… Deputy
// Clerk MEETING CALLED TO ORDER The meeting was …", "… PAGE 2 PRESENTATIONS/INTRODUCTIONS Paul …"). Short lines are left alone, unless they are rows of a
// contents list run together, each entry ending in its page number, which the next number follows:
//
//   DISCLAIMER 5 1. DECLARATION OF OPENING 6 2. RECORD OF ATTENDANCE 6 3. RESPONSE TO …
//   10. MANAGEMENT REPORTS 9 10.1 FINANCE REPORTS 9 10.1.1 Accounts for Payment 9 File: ADM0075
import { subLine, type Line } from '../extract/line.js';
import { findDate } from './dates.js';
import { cueLine } from './headings.js';
import { personTitles } from './vocabulary.js';
import { compareValues, gapBetween, readLabels } from './outline/label.js';
import { gated } from './cues.js';

const MIN_LENGTH = 400;
const phraseMarker =
  /(?<=\s)(?:ROLL CALL|PLEDGE OF ALLEGIANCE|INVOCATION|PRESENTATIONS?|CALL TO ORDER|PUBLIC COMMENTS?|ADJOURNMENT|CLOSED SESSION|AGENDA(?=\s)|MINUTES(?=\s?-))\b/g;

interface Marker {
  index: number;
  /** Where the title starts: after the number and its separator. */
  titleAt: number;
  /** The number's components: "10.1.1" → [10, 1, 1]. */
  value: number[];
}

const romanValue = (s: string) => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) total += v[s[i]!]! < (v[s[i + 1] ?? ''] ?? 0) ? -v[s[i]!]! : v[s[i]!]!;
  return total;
};

// The numbering schemes of flattened agendas: "A." and "A-1"; "1." and "1.1" (eSCRIBE glues the
// title on, "1.1Roll Call", and the number onto the note before it, "Refer to Changes2.3Requests":
// only numbers in sequence count, so a word's own digits, "Covid19", rarely do); "I.", "II.";
// running minute numbers, which start anywhere ("1358 DECLARATIONS … 1359 MINUTES …"), before
// a title in capitals.
/** "10.1.1" → [10, 1, 1]; "1.0" is item 1 → [1]. */
function components(...parts: (string | undefined)[]): number[] {
  const value = parts.filter((p) => p !== undefined).map(Number);
  while (value.length > 1 && value[value.length - 1] === 0) value.pop();
  return value;
}
const schemes: { re: RegExp; read: (m: RegExpMatchArray) => number[]; startsAnywhere?: true }[] = [
  { re: /(?<=\s)([A-Z])(?:\.|-(\d{1,2}))(?=\s)/g, read: (m) => [m[1]!.charCodeAt(0) - 64, ...components(m[2])] },
  { re: /(?<=[\sa-z]|^)(\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\.?(?=\s?[A-Z])/g, read: (m) => components(m[1], m[2], m[3]) },
  { re: /(?<=\s)([IVX]{1,5})\.(?=\s)/g, read: (m) => [romanValue(m[1]!)] },
  { re: /(?<=\s|^)(?!(?:19|20)\d\d\b)(\d{3,4})\.?(?=\s[A-Z][A-Z'\u2019&-]+\s)/g, read: (m) => [Number(m[1])], startsAnywhere: true },
];

/**
 * A number that follows the run's last one: its first sub-number (10 → 10.1), or the next number
 * at its level or at a level above, opening its first sub-numbers (10.1.2 → 10.1.3, 10.2, 11, 11.1).
 */
const follows = (run: readonly Marker[], value: readonly number[]): boolean => {
  const last = run[run.length - 1]?.value ?? [0];
  const child = value.length === last.length + 1 && last.every((v, k) => value[k] === v) && value[last.length] === 1;
  const next = (k: number) =>
    last.slice(0, k).every((v, j) => value[j] === v) && value[k] === last[k]! + 1 && value.slice(k + 1).every((v) => v === 1);
  return child || last.some((_, k) => k < value.length && value.length <= k + 2 && next(k));
};

/**
 * Item numbers of one scheme that follow each other: A., A-1, A-2, B. … or 1., 1.1, 1.2, 2. …
 * The numbering may start again ("A." after "F.": an agenda printed twice, a second part): a
 * restart that three numbers in sequence follow, before the first run goes on, begins a run of
 * its own. One pass, so a line of many restarts costs no more than one of none.
 */
function sequenceMarkers(text: string): Marker[] {
  let best: Marker[] = [];
  for (const { re, read, startsAnywhere } of schemes) {
    const out: Marker[] = [];
    let run: Marker[] = [];
    let restart: Marker[] = [];
    const close = () => {
      if (run.length >= 3) out.push(...run);
    };
    for (const m of text.matchAll(re)) {
      const value = read(m);
      const marker = { index: m.index, titleAt: m.index + m[0].length, value };
      if (follows(run, value) || (startsAnywhere && run.length === 0)) {
        run.push(marker);
        restart = [];
      } else if (startsAnywhere && run.length < 3) run = [marker];
      // The run's only number printed again with the stop it lacked ("1 Council meeting Doc No. … 1.
      // OPENING KARAKIA 2. APOLOGIES"): the first was a page number, the second is the label.
      else if (run.length === 1 && compareValues(run[0]!.value, value) === 0 && !/\.\s?$/.test(text.slice(run[0]!.index, run[0]!.titleAt)) && /\.$/.test(m[0])) run = [marker];
      else if (restart.length > 0 && follows(restart, value)) {
        restart.push(marker);
        if (restart.length === 3) {
          close();
          [run, restart] = [restart, []];
        }
      } else if (run.length >= 3 && follows([], value)) restart = [marker];
    }
    close();
    if (out.length > best.length) best = out;
  }
  return best;
}

/** The end of a contents entry, its page number: "… DECLARATION OF OPENING 6 ". */
const afterPage = /\s\d{1,3}\s$/;
/** A label and the first letter of its title fit in this many characters ("Agenda Item No. 10.1.1 A"). */
const LABEL_WINDOW = 48;
/** A contents list shows its convention in at least this many entries that end in a page number. */
const MIN_PAGED = 2;
/** A long line shows its labels in at least this many that follow each other. */
const MIN_RUN = 3;
/** Labels no word of prose reads as: with a prefix word, glued letters or a reference's "/" ("Minute No. 113/19", "PR24/07", "31/06/02"). */
const marked = (family: string) => /[:/]/.test(family);

/**
 * Labels of one family read by the label grammar at each word, each the next after the one
 * before ("9." → "9.1", "R1/1-21" → "R2/1-21"), with a title in capitals after it. Not `long`,
 * the entries of a contents list run together: a run counts when at least two of its
 * labels follow an entry's page number; a label that does not follow is a number inside a title,
 * unless it follows a page number: then the list starts again. `long`, on a long line, the labels no
 * prose reads ("Minute No. 113/19 The minutes … Minute No. 114/19 Matters Arising …"): a run
 * counts when three follow each other, and starts anywhere until then.
 */
function labelMarkers(text: string, long: boolean): Marker[] {
  const out: Marker[] = [];
  // Too few numbers that could end an entry: no contents list, and no label read.
  if (!long && (text.match(/\s\d{1,3}\s/g)?.length ?? 0) < MIN_PAGED) return out;
  const runs = new Map<string, (Marker & { paged: boolean })[]>();
  const counts = (run: readonly (Marker & { paged: boolean })[]) => (long ? run.length >= MIN_RUN : run.filter((m) => m.paged).length >= MIN_PAGED);
  const close = (family: string) => {
    const run = runs.get(family);
    if (run && counts(run)) out.push(...run);
    runs.delete(family);
  };
  // The words of a label read are no labels of their own ("No. 113/19" and "113/19" in "Minute No. 113/19").
  let read = 0;
  for (const word of text.matchAll(/(?<=^|\s)\S/g)) {
    if (word.index < read) continue;
    const label = readLabels(text.slice(word.index, word.index + LABEL_WINDOW))[0];
    if (!label || !/^\p{Lu}/u.test(label.rest) || (long && !marked(label.family))) continue;
    read = word.index + label.end;
    const paged = afterPage.test(text.slice(Math.max(0, word.index - 6), word.index));
    const marker = { index: word.index, titleAt: word.index + label.end, value: label.value, paged };
    const run = runs.get(label.family);
    if (run && gapBetween(run[run.length - 1]!.value, label.value) === 0) run.push(marker);
    else if (!run || (long ? !counts(run) : paged)) {
      close(label.family);
      runs.set(label.family, [marker]);
    }
  }
  for (const family of [...runs.keys()]) close(family);
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Where a capitalised title ends and prose begins: "… LUTHERN CHURCH Members of the public …",
 * or a decision label in capitals ("… COUNCIL MEETING RESOLVED: The minutes …").
 */
function titleEnd(text: string): number {
  const words = /\S+/g;
  let end = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (end > 0 && (/[a-z]/.test(m[0]) || (/:$/.test(m[0]) && cueLine.test(text.slice(m.index))))) return m.index;
    end = m.index + m[0].length;
  }
  return text.length;
}

/**
 * A heading in capitals before sentence-case text: "… Mayor Smith presiding. INVOCATION Pastor
 * Lee …", "… Motion carried. PARKS AND RECREATION It was …", "STAFF ANNOUNCEMENTS ATTORNEY: None"
 * (two words or more before a field). It is shown as a heading when it follows the end of a
 * sentence (a word in capitals inside a sentence, "It was MOVED by", follows none); elsewhere it
 * may be a name or a title ("DA IV Upgrade of …", "… COUNCIL MEETING MINUTES July 19, 2011").
 */
const capsHeading = /(?<=^|\s)(?:[A-Z][A-Z'\u2019&/-]*\s){0,9}[A-Z][A-Z'\u2019&/-]+(?=\s?:\s|\s(?:[A-Z][a-z]|[A-Z]{2,}:\s))/g;

interface CapsHeading {
  index: number;
  /** It follows the end of a sentence. */
  shown: boolean;
}

/** A list of people after a field's colon: "Mayor Tierney, Councilmembers Hewitt, …". */
const peopleAfter = gated('flattened.peopleAfter', () => new RegExp(`^\\s?:?\\s(?:${personTitles})\\b`));

/** Headings in capitals of at least this many capital letters; one printed where no sentence ends needs twice as many, over two words. */
const MIN_CAPS = 4;

function capsHeadings(text: string): CapsHeading[] {
  const out: CapsHeading[] = [];
  for (const m of text.matchAll(capsHeading)) {
    const letters = m[0].replace(/[^A-Z]/g, '').length;
    const words = m[0].split(' ').length;
    const after = text.slice(m.index + m[0].length + 1);
    // One word before a colon is a field's name ("PRESENT : Supervisor …"), and so are words
    // before a colon and a list of people ("COUNCIL PRESENT: Mayor Tierney, …"): no heading.
    const colon = /^\s?:/.test(text.slice(m.index + m[0].length));
    if (letters < MIN_CAPS || (words === 1 && (colon || /^[A-Z]{2,}:/.test(after))) || (colon && peopleAfter.test(after))) continue;
    // A number printed before it ("… Page # 2 2. PUBLIC PARTICIPATION Peter …") is its label: the line starts there.
    const label = /(?<=^|\s)\d{1,3}\.\s$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (label) out.push({ index: m.index - label[0].length, shown: true });
    else if (/[.!?]\s{1,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index))) out.push({ index: m.index, shown: true });
    // Elsewhere: not the line's opening words (its title after a page number), nor words of a list
    // or a field's value ("… SALFORD RD., TOWNSHIP OF …", "SECONDED: COUNCILLOR TRACE"), not over
    // a date, not a cue ("MOTION CARRIED").
    else if (
      words >= 2 &&
      letters >= 2 * MIN_CAPS &&
      !/^\S{0,5}\s?$/.test(text.slice(0, m.index)) &&
      !/[,:]\s$/.test(text.slice(0, m.index)) &&
      findDate(after.slice(0, 40))?.index !== 0 &&
      !cueLine.test(m[0])
    )
      out.push({ index: m.index, shown: false });
  }
  return out;
}

/** How many headings in capitals after a sentence end show that style as the document's own. */
const MIN_SHOWN = 2;

export function unflatten(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  // Headings in capitals, in long lines without numbers, and whether the document shows the style.
  const capsOf = new Map<Line, CapsHeading[]>();
  for (const line of lines) if (line.text.length >= MIN_LENGTH) capsOf.set(line, capsHeadings(line.text));
  const shown = [...capsOf.values()].reduce((n, found) => n + found.filter((h) => h.shown).length, 0) >= MIN_SHOWN;
  for (const line of lines) {
    const text = line.text;
    const long = text.length >= MIN_LENGTH;
    // Short lines are cut only as contents rows; long ones at whichever numbering finds more.
    const found = long ? [sequenceMarkers(text), labelMarkers(text, false), labelMarkers(text, true)] : [labelMarkers(text, false)];
    const numbers = found.reduce((best, markers) => (markers.length > best.length ? markers : best));
    // Without numbers, headings in capitals that open the text after a sentence ends.
    const caps = long && numbers.length < 3 ? (capsOf.get(line) ?? []) : [];
    const headings = shown ? caps.map((h) => h.index) : [];
    if (numbers.length < (long ? 3 : 2) && headings.length === 0) {
      out.push(line);
      continue;
    }
    // A phrase inside a numbered title, or right after the line's own number ("1. CALL TO
    // ORDER"), does not start a line; nor does one in a contents row.
    const phrases =
      headings.length > 0 || !long
        ? headings
        : [...text.matchAll(phraseMarker)]
            .map((m) => m.index)
            .filter((i) => !numbers.some((n) => i > n.index && i <= n.titleAt + 1) && !/^\S{1,5}\s$/.test(text.slice(0, i)));
    const starts = new Map<number, Marker | null>([...numbers.map((n): [number, Marker] => [n.index, n]), ...phrases.map((i): [number, null] => [i, null])]);
    const cuts = [...starts.keys()].sort((a, b) => a - b);
    const bounds = [0, ...cuts, text.length];
    // Titles in title case run into a sentence count as the line's convention when most of its numbered pieces show it.
    const titles = numbers.map((n, k) => text.slice(n.titleAt, numbers[k + 1]?.index ?? text.length));
    const runIn = titles.filter((t) => sentenceAfterTitle(t) !== null).length;
    const style: TitleStyle = { runIn: runIn >= MIN_SHOWN && 2 * runIn >= titles.length };
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      if (to <= from) continue;
      const marker = starts.get(from);
      // A number glued to its title ("1.1Roll Call") stands on a line of its own.
      if (marker && text[marker.titleAt] !== ' ') {
        out.push(subLine(line, from, marker.titleAt));
        pushPiece(out, line, marker.titleAt, to, style);
      } else pushPiece(out, line, from, to, k > 0 ? style : null, marker ? marker.titleAt - from : 0);
    }
  }
  return out.filter((l) => l.text.length > 0);
}

/** How a flattened line prints its titles: `runIn`, titles in title case run into a sentence. */
interface TitleStyle {
  runIn: boolean;
}

/** A numbered or procedural piece (titled in the line's style, null for the text before the first): its title, then any prose as a line of its own. */
function pushPiece(out: Line[], line: Line, from: number, to: number, style: TitleStyle | null, numberLength = 0): void {
  const piece = line.text.slice(from, to);
  const split = style ? numberLength + titleLength(piece.slice(numberLength), style) : piece.length;
  out.push(subLine(line, from, from + split));
  if (split < piece.trimEnd().length) out.push(subLine(line, from + split, to));
}

/**
 * Where a title ends in a flattened piece: a capitalised title, its notes in capitals too ("2.
 * APOLOGIES (INCLUDES LEAVE OF ABSENCE NOTIFICATION)"), gives way to prose ("… CHURCH Members of the public …"); another ends at a note, a sentence end or its first sub-point
 * ("Consent agenda (Any trustee …", "President's report. INFORMATION {1}", "Old business a. …"), or
 * at the notes eSCRIBE prints after a title ("Bylaws None", "Requests to Speak Refer to Summary …");
 * in a line whose titles run into a sentence, where the sentence starts ("Matters Arising It was …").
 */
function titleLength(piece: string, style: TitleStyle): number {
  if (/^\S+\s[A-Z'&-]{2,}\s[A-Z'&-]{2,}/.test(piece) || /^\s?[A-Z'&-]{2,}\s(?:\(?[A-Z'&-]{2,}|[A-Z][a-z])/.test(piece)) return titleEnd(piece);
  const end = /\s[({]|\.\s|\s[a-z]\.\s|\s(?:ACTION|INFORMATION|DISCUSSION|None|Refer to|No Item Selected)\b/.exec(piece);
  // A full stop stays with the title it ends.
  return Math.min(end ? end.index + (end[0][0] === '.' ? 1 : 0) : piece.length, (style.runIn && sentenceAfterTitle(piece)) || piece.length);
}

/** The small words of a title in title case ("Operations and Marine Progress Report"). */
const titleWord = /^(?:of|and|the|for|on|in|to|at|by|with|an?|[&\u2013-])$/;

/** A sentence's verb as minutes print it: in the past, or an auxiliary ("was", "discussed", "will"). */
const finiteVerb = /^(?:was|were|is|are|has|have|had|will|would|\p{Ll}{2,}ed)$/u;

/**
 * Where a title in title case gives way to a sentence run into it: the sentence's subject, the
 * capitalised word before its verb, its first word in lower case ("Matters Arising It was agreed
 * …", "Housing Progress Report Members discussed …"); null when no capitalised word is left for
 * the title ("The minutes were …"), or when the first word in lower case is none ("Consent
 * agenda", "Drainage Report relating to …").
 */
function sentenceAfterTitle(piece: string): number | null {
  const starts: number[] = [];
  for (const m of piece.matchAll(/\S+/g)) {
    if (/^[\p{Lu}\d]/u.test(m[0])) starts.push(m.index);
    else if (!titleWord.test(m[0])) return finiteVerb.test(m[0]) && starts.length >= 2 && piece.slice(starts.at(-1)!, m.index).trim().split(/\s+/).length === 1 ? starts.at(-1)! : null;
  }
  return null;
}
