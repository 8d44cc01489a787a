// One grammar for the labels that number items, read at the start of a line:
//
//   label      = [time] [prefix] ["("] [letters] component (separator component)* [")"] [terminator]
//   time       = a recording's time with its seconds, printed before every heading of timestamped
//                minutes ("0:05:53 C. Changes to the Agenda"): where the heading stands, not its label
//   prefix     = a word such as Item, Agenda Item, Minute, Min, No., Report, Resolution, then
//                "No." and a space, dash or colon: "Item 6", "ITEM - 3", "Minute No. 45"
//   letters    = capitals glued to the first digits, the same in every label of a list: "C048/23"
//   component  = digits | one capital letter | a roman numeral | digits with a letter ("4A"),
//                and as the last sub-level a small letter or roman numeral ("6.a", "3.1.i")
//   separator  = "." "/" "-" "–", or ".-" read as "-"
//   terminator = "." ":" ")" before a space or the end of the line
//
// A label reads into a template (its shape: which prefix, which letters, which kinds of
// component and which separators) and a value (its components as numbers) that compares with
// the values of other labels of the same family. Labels of one family make one list; the
// components after the first "." or "-" are its sub-levels (4 → 4.1, A → A-1).
// Examples, each `line → number | family | value | title` (run as tests by test/segment/examples.test.ts):
//
//   15. Regional Care Co-operative        → 15 | int | 15 | Regional Care Co-operative
//   1 Apologies                           → 1 | int | 1 | Apologies
//   5.1 Budget monitoring                 → 5.1 | int | 5.1 | Budget monitoring
//   4.A Grants                            → 4.A | int | 4.1 | Grants
//   4A Grants                             → 4A | int | 4.1 | Grants
//   A-1 ORDINANCE NO. 276                 → A-1 | letter | 1.1 | ORDINANCE NO. 276
//   A.-1. 24-6951 Congratulations to      → A.-1 | letter | 1.1 | 24-6951 Congratulations to
//   B. CONSENT CALENDAR                   → B | letter | 2 | CONSENT CALENDAR
//   IV. NEW BUSINESS                      → IV | roman | 4 | NEW BUSINESS
//   77/21 Minutes                         → 77/21 | int/int | 77.21 | Minutes
//   31/06/02. Minutes of the last meeting → 31/06/02 | int/int/int | 31.6.2 | Minutes of the last meeting
//   12/24-3 Minutes. The minutes …        → 12/24-3 | int/int | 12.24.3 | Minutes. The minutes …
//   C048/23 Planning                      → C048/23 | C:int/int | 48.23 | Planning
//   PR24/07 Harbour Car Park              → PR24/07 | PR:int/int | 24.7 | Harbour Car Park
//   CMD.74.21                             → CMD.74.21 | CMD:int | 74.21 |
//   IV.2 Grants                           → IV.2 | roman | 4.2 | Grants
//   6.a Snow Removal Policy               → 6.a | int | 6.1 | Snow Removal Policy
//   3.1.i. Review Of Policy Updates       → 3.1.i | int | 3.1.1 | Review Of Policy Updates
//   1.to consider                         → none
//   Item 6 Finance                        → 6 | item:int | 6 | Finance
//   ITEM - 3     ROAD RESEALING PROGRAM   → 3 | item:int | 3 | ROAD RESEALING PROGRAM
//   Agenda Item No. 6.1 Budget            → 6.1 | item:int | 6.1 | Budget
//   Minute 45 Apologies                   → 45 | minute:int | 45 | Apologies
//   1-0607/8 - Welcome and Apologies      → 1-0607/8 | int | 1.607.8 | Welcome and Apologies
//   0:05:53 C. Changes to the Agenda      → C | letter | 3 | Changes to the Agenda
//   8.I.                                  → 8.I | int | 8.1 |
//   (3) Planning                          → 3 | int | 3 | Planning
//   2.) Public Comments: None             → 2 | int | 2 | Public Comments: None
//   1APOLOGIES To receive apologies       → 1 | int | 1 | APOLOGIES To receive apologies
//   1.CALL TO ORDER                       → 1 | int | 1 | CALL TO ORDER
//   2.Apologies for Absence:              → 2 | int | 2 | Apologies for Absence:
//   304-1.To consider the report          → 304-1 | int | 304.1 | To consider the report
//   J.Smith said                          → none
//   1358 DECLARATIONS OF INTEREST         → 1358 | int | 1358 | DECLARATIONS OF INTEREST
//   3574. Police Report                   → 3574 | int | 3574 | Police Report
//   3079.Police Report:  Attached.        → 3079 | int | 3079 | Police Report:  Attached.
//   1500 residents attended               → none
//   2019. Budget                          → none
//   2ND MEETING                           → none
//   2019/20 budget                        → none
//   14/03/2019 - Cabinet                  → none
//   2019 BUDGET                           → none
import { trimEndChars } from '../shape.js';

export interface Label {
  /** The label as printed, without its prefix word, brackets and terminator: "15", "31/06/02", "C048/23". */
  number: string;
  /** The list it belongs to: prefix word, glued letters, kinds of component and the separators between list levels. */
  family: string;
  /** The components as numbers (letters 1-based, roman numerals their value). */
  value: number[];
  /** Components after the family's own: the sub-level ("4.1" → 1 level, "4" → 0). */
  depth: number;
  /** Offset of the text after the label. */
  end: number;
  /** Text after the label and its separator. */
  rest: string;
}

const recordingTime = /^\d{1,2}:\d\d:\d\d\s+/;
const prefixWord = /^(?:agenda\s+item|item|minute|min|no|report|resolution)\.?(?:\s+(?:no\.?|number))?(?:\s*[-\u2013:]\s*|\s+)(?=\(?[A-Z0-9])/i;

const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = romanDigits[s[i]!]!;
    const b = romanDigits[s[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}
const isRoman = (s: string) => /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(s) || /^(?:XL|L)X{0,3}(?:IX|IV|V?I{0,3})$/.test(s);

type Kind = 'int' | 'letter' | 'roman';
interface Component {
  kind: Kind;
  value: number;
  /** A letter glued to digits ("4A"): the sub-level of the digits before it. */
  glued?: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isSeparator = (c: string | undefined) => c === '.' || c === '/' || c === '-' || c === '\u2013';

/** The components and separators of a label starting at `from`, read by hand (linear, no backtracking). */
function scan(text: string, from: number): { letters: string; parts: Component[][]; separators: string[]; end: number } | null {
  let i = from;
  let letters = '';
  // Capitals glued to digits: "C048/23", "PR24/07"; or joined to them by a separator, when they
  // are no numeral of their own: "CMD.74.21".
  let k = i;
  while (k - i < 4 && isUpper(text[k])) k++;
  if (k > i && isDigit(text[k])) {
    letters = text.slice(i, k);
    i = k;
  } else if (k - i >= 2 && isSeparator(text[k]) && isDigit(text[k + 1]) && !isRoman(text.slice(i, k))) {
    letters = text.slice(i, k);
    i = k + 1;
  }
  // Each component with its readings ("I" a letter or a roman numeral).
  const parts: Component[][] = [];
  const separators: string[] = [];
  // After a separator, a component that does not read ends the label at that separator, with
  // the title glued to it ("1.APOLOGIES", "2.Apologies", "304-1.To"): readLabels decides.
  const back = () => (parts.length > 0 ? (separators.pop(), { letters, parts, separators, end: i - 1 }) : null);
  for (;;) {
    let j = i;
    while (j - i < 4 && isDigit(text[j])) j++;
    if (j > i) {
      if (isDigit(text[j])) return null;
      const component: Component = { kind: 'int', value: Number(text.slice(i, j)) };
      // "4A": a capital glued to digits, then the label ends.
      if (isUpper(text[j]) && !/[A-Z0-9]/i.test(text[j + 1] ?? '')) {
        component.glued = text.charCodeAt(j) - 64;
        j++;
      }
      parts.push([component]);
    } else if (parts.length > 0 && isLower(text[i])) {
      // A sub-level in small letters or roman numerals, after a separator: "6.a", "3.1.i".
      while (j - i < 4 && isLower(text[j])) j++;
      if (/[A-Z0-9]/i.test(text[j] ?? '')) return back();
      const word = text.slice(i, j).toUpperCase();
      const options: Component[] = [];
      if (isRoman(word)) options.push({ kind: 'roman', value: romanValue(word) });
      if (word.length === 1) options.push({ kind: 'letter', value: word.charCodeAt(0) - 64 });
      if (options.length === 0) return back();
      parts.push(options);
      i = j;
      return { letters, parts, separators, end: i };
    } else {
      while (j - i < 6 && isUpper(text[j])) j++;
      if (j === i || /[A-Z0-9]/i.test(text[j] ?? '')) return back();
      const word = text.slice(i, j);
      const options: Component[] = [];
      if (word.length === 1) options.push({ kind: 'letter', value: word.charCodeAt(0) - 64 });
      if (isRoman(word)) options.push({ kind: 'roman', value: romanValue(word) });
      if (options.length === 0) return back();
      // Below a number, "I", "V" and "X" count as roman numerals first ("8.I" after "8").
      parts.push(parts.length > 0 && options.length > 1 ? options.reverse() : options);
    }
    i = j;
    // A dot then a dash joins the levels as one separator ("A.-1.", "1.-12."): the dash's.
    const joined = text[i] === '.' && (text[i + 1] === '-' || text[i + 1] === '\u2013') ? 1 : 0;
    if (isSeparator(text[i + joined]) && /[A-Z0-9]/i.test(text[i + joined + 1] ?? '') && parts.length < 5) {
      separators.push(joined || text[i] === '\u2013' ? '-' : text[i]!);
      i += joined + 1;
      continue;
    }
    return { letters, parts, separators, end: i };
  }
}

/** "2017/18", "2019/2020": a financial year. "14/03/2019": a date. */
function isYearOrDate(parts: readonly Component[][], number: string): boolean {
  const m = /^((?:19|20)\d\d)\/(\d{2}|\d{4})$/.exec(number);
  if (m) return Number(m[2]) % 100 === (Number(m[1]) + 1) % 100;
  return parts.length === 3 && /\/\d{4}$/.test(number) && parts[0]![0]!.value <= 31 && parts[1]![0]!.value <= 12;
}

/**
 * The readings of the label a line starts with: none, one, or two when a token such as "I."
 * is a letter in one list and a roman numeral in another.
 */
export function readLabels(text: string): Label[] {
  let i = recordingTime.exec(text)?.[0].length ?? 0;
  let prefix = '';
  const word = prefixWord.exec(text.slice(i));
  if (word) {
    // "Agenda Item" and "Item" name one list, as do "Min" and "Minute".
    const name = /^(\w+)/.exec(word[0])![1]!.toLowerCase();
    prefix = `${name === 'agenda' ? 'item' : name === 'min' ? 'minute' : name}:`;
    i += word[0].length;
  }
  const open = text[i] === '(';
  if (open) i++;
  const scanned = scan(text, i);
  if (!scanned) return [];
  const { letters, parts, separators } = scanned;
  let end = scanned.end;
  const number = text.slice(i, end);
  // A closing bracket must close an opening one, or end a bare label ("3)", "B)").
  if (open && text[end] !== ')') return [];
  if (text[end] === ')') end++;
  else if ((text[end] === '.' || text[end] === ':') && !open) {
    end++;
    // "1.)": a dot and a closing bracket end one label.
    if (text[end] === ')') end++;
  }
  const terminated = end > scanned.end || open;
  const lone = parts.length === 1 ? parts[0]![0]! : null;
  // A number glued to a title in capitals ("1APOLOGIES"), as a copy that lost a tab prints it.
  const glued = !terminated && lone?.kind === 'int' && lone.glued === undefined && !letters && /^[A-Z]{3,}(?=[\s:,'\u2019&-]|$)/.test(text.slice(end));
  // A number and its terminator glued to a title that starts with a capital word ("1.CALL TO
  // ORDER", "2.Apologies", "304-1.To"), as a copy that lost the space prints it; a letter so
  // glued is an initial ("J.Smith").
  const gluedTitle = terminated && !open && parts[0]![0]!.kind === 'int' && /^[A-Z][A-Za-z'\u2019]/.test(text.slice(end));
  if (end < text.length && !/\s/.test(text[end]!) && !glued && !gluedTitle) return [];
  // A lone letter or numeral needs a terminator or a prefix word: "A Apologies" is a word.
  if (lone && lone.kind !== 'int' && !terminated && !prefix) return [];
  // A lone number of four digits is a year or a quantity, unless it is no year and a title
  // follows in capitals, or after the label's own full stop ("1358 DECLARATIONS OF INTEREST",
  // "3574. Police Report", "3079.Police Report:": running minute numbers); 0 numbers nothing.
  const titleFollows = /^\s*[A-Z][A-Z'\u2019&-]+(?:\s|$)/.test(text.slice(end)) || (terminated && !open && /^\s?[A-Z][a-z]/.test(text.slice(end)));
  const runningNumber = number.length === 4 && !/^(?:1[89]|20)\d\d$/.test(number) && titleFollows;
  if (lone?.kind === 'int' && !letters && ((number.length > 3 && !runningNumber) || lone.value === 0)) return [];
  if (isYearOrDate(parts, number)) return [];
  // A dash between the label and its title ("1-0607/8 - Welcome and Apologies"), or the cell
  // border of a table row flattened with pipes ("1 | Appointment of Chair |").
  const dash = /^\s[-\u2013\u2014|]\s/.exec(text.slice(end, end + 3));
  if (dash) end += dash[0].length;
  const rest = text.slice(end).trim();
  // "Item 1 |": a cell of a flattened table (a reference column), not a heading's label.
  if (rest === '|') return [];
  // List levels: a "/" joins the parts of one reference; "." or "-" opens a sub-level.
  const levelAt = separators.findIndex((s) => s === '.' || s === '-');
  const rootCount = levelAt < 0 ? parts.length : levelAt + 1;
  const out: Label[] = [];
  for (const first of parts[0]!) {
    const chosen = [first, ...parts.slice(1).map((options) => options[0]!)];
    const family = `${prefix}${letters ? `${letters}:` : ''}${chosen.slice(0, rootCount).map((c) => c.kind).join('/')}`;
    const value = chosen.flatMap((c) => (c.glued === undefined ? [c.value] : [c.value, c.glued]));
    out.push({ number: trimEndChars(number, '.'), family, value, depth: value.length - rootCount, end, rest });
  }
  return out;
}

/** Compares two values of one family: negative when `a` comes first (missing components count as 0). */
export function compareValues(a: readonly number[], b: readonly number[]): number {
  for (let n = 0; n < Math.max(a.length, b.length); n++) {
    const d = (a[n] ?? 0) - (b[n] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * How many labels of the family were skipped between `a` and `b` (0 when `b` follows `a`
 * directly: 4 → 5, 4 → 4.1, 4.2 → 5, 31/06/02 → 32/06/02), or -1 when `b` does not come after `a`.
 */
export function gapBetween(a: readonly number[], b: readonly number[]): number {
  if (compareValues(a, b) >= 0) return -1;
  let n = 0;
  while ((a[n] ?? 0) === (b[n] ?? 0)) n++;
  const step = (b[n] ?? 0) - (a[n] ?? 0) - 1;
  // After the level that changed, a fresh sub-level starts at 1 (or is absent); a part that
  // stays the same ("/19" of every minute of 2019) is no level.
  const fresh = b.slice(n + 1).reduce((sum, v, k) => sum + (v === a[n + 1 + k] ? 0 : Math.max(0, v - 1)), 0);
  return step + fresh;
}
