// The shape of a cleaned line, independent of what it says: prose or title, capitals, a
// "Field: value" pair. Recognizers combine these with the cue phrases of vocabulary.ts.

import { isSpace } from '../read/clean.js';
import { splitSentences } from './sentences.js';

/** One letter as isCaps counts them (/i also matches case variants outside the range, e.g. "ɓ"). */
const letter = /[a-z\u00c0-\u024f]/i;

/** `text` without any of `chars` at its end (a loop: a regex here would be quadratic). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without any of `chars` at either end. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return trimEndChars(text.slice(start), chars);
}

const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
const isCloser = (c: number) => c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d; // ” ’ " ' ) ]

/** Ends in ".", "!" or "?", perhaps followed by a closing quote or bracket (the end is read, not the whole line). */
export function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return isStop(last) || (isCloser(last) && isStop(text.charCodeAt(text.length - 2)));
}

/**
 * Lines of one wrapped title or paragraph as one text: a space between lines, none after a line
 * that ends inside a hyphenated word ("… in a R7-" / "Medium-Density …" → "R7-Medium-Density"): a
 * hyphen the writer broke the line at is dropped by the reader (soft hyphens); one still printed
 * at the line's end belongs to the word.
 */
export function joinWrapped(texts: readonly string[]): string {
  let joined = '';
  for (const text of texts) joined += joined === '' || /[\p{L}\p{N}]-$/u.test(joined) ? text : ` ${text}`;
  return joined;
}

export const startsLower = (text: string): boolean => /^[a-z\u00df-\u00ff]/.test(text);

/** The characters of the regular expression class \s. */
const isWhitespace = (c: number) => isSpace(c) || c === 0xfeff;

/** The number of runs of non-whitespace (as `text.match(/\S+/g).length`, without building the array). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      if (!inWord) count++;
      inWord = true;
    } else if (isWhitespace(c)) {
      inWord = false;
    } else {
      if (!inWord) count++;
      inWord = true;
    }
  }
  return count;
}

/** Mostly capital letters: "ROLL CALL", "LEAVE OF ABSENCE". */
export function isCaps(text: string): boolean {
  // Counted in one pass (lines can be megabytes long): ASCII directly, other characters as
  // `letter` and the case mappings say. A line of prose stops early: once more than 0.18 of its
  // length is letters in lower case, capitals cannot make 0.85 of its letters.
  const enoughLower = 0.18 * text.length;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      } else if (c >= 0x61 && c <= 0x7a) {
        letters++;
        if (letters - upper > enoughLower) return false;
      }
    } else {
      const ch = text[i]!;
      if (!letter.test(ch)) continue;
      letters++;
      if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) upper++;
    }
  }
  if (letters < 3) return false;
  return upper / letters >= 0.85;
}

/** A sentence break inside the text: ". The", "? Is". */
const innerSentence = /[a-z0-9)]{2}[.!?]\s{1,3}[A-Z]/;

/** Running prose: a full sentence of several words, several sentences, or a long line. */
export function isProse(text: string): boolean {
  if (text.length > 160) return true;
  // Several sentences (abbreviations and initials such as "Cllr. R. Crisp" are not breaks).
  if (innerSentence.test(text) && splitSentences(text).length > 1) return true;
  return endsSentence(text) && wordCount(text) >= 4;
}

/** Could be a heading: short, not a sentence, not ending in a comma or semicolon. */
export function isTitleLike(text: string, maxLength = 200): boolean {
  if (text.length === 0 || text.length > maxLength) return false;
  if (/[,;]$/.test(text)) return false;
  if (!/^[A-Z0-9\u00c0-\u00de"'\u2018\u201c([\u00a3$]/.test(text)) return false;
  if (/[.!?]$/.test(text) && !isCaps(text) && (text.length > 90 || wordCount(text) > 12)) return false;
  return !innerSentence.test(text) || isCaps(text);
}

/** Fields that header blocks and records print as "Label: value". */
const knownFields =
  /^(?:body|kind|venue|location|location\/address|place|address|contact|contact officer|date|time|date and time|date\/time|meeting date|meeting type|present|also present|apologies|absent|in attendance|also in attendance|staff|officers present|members present|staff present|councillors present|note|webcast|email|e-mail|tel|telephone|phone|decision maker|made at meeting|decision published|effective from|lead officer|record no|reference|ref|sponsors?|question|result|motion by|moved|moved by|proposed|proposed by|mover|second|seconded|seconded by|seconder|ayes|nays|noes|abstain|abstentions|recused|title of meeting|date of meeting|subject|report by|cabinet member|wards affected|key decision|full council decision|classification|status|file no|file number|agenda item|meeting|committee|chair|clerk|minute taker|quorum)$/i;

export interface Field {
  name: string;
  value: string;
}

/** "Venue: Council Chamber" → { name: "Venue", value: "Council Chamber" }, for known field names. */
export function readField(text: string): Field | null {
  // A flattened table prints "Venue |" for "Venue:", and ends value cells with " |".
  const cell = trimEndChars(text, ' |');
  const colon = cell.indexOf(':');
  if (colon < 0 && cell !== text && knownFields.test(cell)) return { name: cell, value: '' };
  if (colon <= 0 || colon > 40) return null;
  const name = cell.slice(0, colon).trim();
  if (!knownFields.test(name)) return null;
  return { name, value: cell.slice(colon + 1).trim() };
}
