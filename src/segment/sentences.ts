// Splitting minutes prose into sentences, without breaking at abbreviations ("Cllr.", "p.m.",
// "No. 5", initials such as "M. Prest").
import { memoByText } from './memo.js';
import { personTitles, speechVerbs } from './vocabulary.js';

/** Words a full stop follows without ending the sentence (lower case, without their final stop). */
export const abbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'cllr', 'cllrs', 'cr', 'crs', 'tr', 'trs', 'messrs', 'prof', 'rev', 'st', 'no', 'nos', 'cf', 'eg', 'ie', 'etc', 'vs', 'approx',
  'dept', 'inc', 'ltd', 'co', 'jr', 'sr', 'gov', 'sen', 'rep', 'hon', 'p.m', 'a.m', 'e.g', 'i.e', 'para', 'ref', 'fig', 'vol',
]);

export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph text. */
  start: number;
}

// Tested by character code: this runs over every character of the prose, and a regular
// expression per character was the most of its time.
const FULL_STOP = 0x2e;
const LESS_THAN = 0x3c;
const SPACE = 0x20;
/** A closing quote or parenthesis after the mark that ends a sentence. */
const closesQuote = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29;
/** A capital, an opening quote or a parenthesis: what a new sentence starts with. */
const opensSentence = (c: number) => (c >= 0x41 && c <= 0x5a) || c === 0x2018 || c === 0x201c || c === 0x22 || c === 0x27 || c === 0x28;
/** An ASCII letter or a full stop: the word before a full stop, initials and "p.m." included. */
const isLetterOrDot = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
/** "(1) to", "(a) an": a bracketed enumerator inside a sentence. */
const enumeratorRunsOn = /^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s[a-z]/;
/** Initials run together, lower-cased, without their last stop: "p.j", "w.l.s". */
const initials = /^(?:[a-z]\.){1,3}[a-z]$/;

/**
 * Line breaks a copy kept as markup ("… the open meetings law. <br /> City Attorney Light stated …",
 * a web viewer's plain text), with the lines' printed numbers when the page numbers its lines,
 * before the break or after it ("… looking <br /> 14 for. <br /> 15 Prosser indicated …", "… is
 * allowed. 94 <br /> 95 <br />Councilmember Lyden said …"): the next sentence starts after them.
 */
const markupBreak = /^(?:(?:#?\d{1,3}\s*)?<br\s*\/?>\s*)+(?:#?\d{1,3}\s+)?/i;
/** A line with no lower-case letter (a heading, a page's number: "CITY COUNCIL WORK SESSION", "3") is no part of a sentence. */
const lineWithoutProse = /^[^a-z]*$/;
/**
 * A line that opens with a titled speaker and what they said or asked ("Chair O'Connor inquired if
 * …"): a sentence of its own, though the line before lost its full stop ("Commissioner Ritter
 * agreed <br />Chair O'Connor inquired if …"), unless that line breaks off at a word that joins
 * ("… the motion by <br />Mayor Roe …").
 */
const speakerLine = new RegExp(`^(?:${personTitles})\\.?\\s[A-Z][\\w'\u2019.-]*(?:\\s[A-Z][\\w'\u2019.-]*){0,3}\\s(?:also\\s|then\\s|further\\s)?(?:${speechVerbs}|inquired|enquired|wondered)\\b`);
const joiningWord = /\b(?:by|from|to|of|and|or|with|the|a|an|for|that|as|at|on|in)\s*$/i;

/**
 * Sentences of `text`: a break after ".", "!" or "?" followed by spaces (or a line break kept as
 * markup) and a capital or quote. Remembered by text: the recognizers split the same paragraph's
 * text many times.
 */
export const splitSentences: (text: string) => readonly Readonly<Sentence>[] = memoByText(sentencesOf);

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LESS_THAN) {
      // "SESSION <br />DRAFT <br /> 3 <br />Councilmember Cavegn remarked …": a line of capitals or
      // a number, ended by a kept break, ends what is before it; the next line opens a sentence.
      const marks = markupBreak.exec(text.slice(i, i + 40));
      if (!marks) continue;
      const k = i + marks[0].length;
      const before = text.slice(line, i);
      line = k;
      const opens = k < text.length && opensSentence(text.charCodeAt(k));
      if (opens && before.trim() && (lineWithoutProse.test(before) || (speakerLine.test(text.slice(k, k + 160)) && !joiningWord.test(before)))) {
        if (text.slice(start, i).trim()) out.push({ text: text.slice(start, i).trim(), start });
        start = k;
      }
      i = k - 1;
      continue;
    }
    if (c !== FULL_STOP && c !== 0x21 && c !== 0x3f) continue;
    let j = i + 1;
    while (j < text.length && closesQuote(text.charCodeAt(j))) j++;
    if (j >= text.length || text.charCodeAt(j) !== SPACE) continue;
    let k = j;
    while (k < text.length && text.charCodeAt(k) === SPACE) k++;
    const next = text.charCodeAt(k);
    if (next === LESS_THAN || (next >= 0x30 && next <= 0x39) || next === 0x23) k += markupBreak.exec(text.slice(k, k + 40))?.[0].length ?? 0;
    if (k >= text.length || !opensSentence(text.charCodeAt(k))) continue;
    // "Ord. (1) to approve (a) …": an enumerator that lower case follows goes on with the sentence.
    if (enumeratorRunsOn.test(text.slice(k, k + 12))) continue;
    if (c === FULL_STOP) {
      // The word before the full stop: an abbreviation or an initial ("M.", "P.J.", "W.L.S.") does
      // not end a sentence, nor does an abbreviation whose stop an OCR copy spaced off ("Mr . Hogan
      // said that …").
      const spaced = i - 1 > start && text.charCodeAt(i - 1) === SPACE;
      const end = spaced ? i - 1 : i;
      let w = end;
      while (w > start && isLetterOrDot(text.charCodeAt(w - 1))) w--;
      const before = text.slice(w, end).toLowerCase();
      if (abbreviations.has(before) || (!spaced && (before.length === 1 ? before !== '.' : initials.test(before)))) continue;
    }
    out.push({ text: text.slice(start, j).trim(), start });
    start = k;
    line = k;
    i = k - 1;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ text: text.slice(start).trim(), start });
  return out;
}
