// Item numbers and point labels as printed at the start of a line, and how they follow each
// other. Item numbers are read by the label grammar (outline/label.ts): "15.", "1 Apologies",
// "5.1", "4.A", "77/21", "C048/23", "31/06/02", "A-1", "IV.", "Item 6", "ITEM - 3"; and after the
// title, "Apologies (Item 1.0)".
// Point labels: "a)", "(a)", "(iv)", "1)", "·", "•", "-".
import { readLabels, romanValue, type Label } from './outline/label.js';

/** Numbering families: items of one document number within one family ("int", "letter", "roman", "int/int", "C:int/int", "item:int" …). */
export type Family = string;

export interface ItemNumber {
  /** As printed, without a prefix word or a trailing "." or ":" or ")". */
  number: string;
  family: Family;
  /** Top-level value (1-based for letters and roman numerals). */
  major: number;
  /** First sub-level value ("5.1" → 1, "4.A" → 1, "A-2" → 2), or null for a top-level number. */
  minor: number | null;
  /** All components as numbers, comparable within the family. */
  value: number[];
  /** Text after the number and its separator (and after a second label, if the line has two). */
  rest: string;
  /** The other label of a line that carries two ("P118/23     4.    APOLOGIES"). */
  reference?: string;
}

const asNumber = (label: Label, reference?: string): ItemNumber => ({
  number: label.number,
  family: label.family,
  major: label.value[0]!,
  minor: label.depth > 0 ? label.value[label.value.length - label.depth]! : null,
  value: label.value,
  rest: label.rest,
  ...(reference === undefined ? {} : { reference }),
});

/**
 * The readings of the item number a line starts with: usually one, two for a token such as
 * "I." that is a letter in one list and a roman numeral in another. A line that carries two
 * labels of different lists (a minute reference and an agenda number) reads both ways, each
 * with the other as its reference and the same title.
 */
export function readItemNumbers(text: string): ItemNumber[] {
  const first = readLabels(text);
  if (first.length === 0) return [];
  const rest = first[0]!.rest;
  // The second label is a bare one ending in its terminator ("4."), so that neither "3. 15 May"
  // nor "11. RESOLUTION (2019-47) Approval …" has a second label.
  const bare = (l: Label) => /^[A-Z0-9]/.test(rest) && !/^[a-z]+:/.test(l.family) && /[.):]$/.test(rest.slice(0, l.end).trimEnd());
  // A second label of the first one's family only after a number printed without a stop ("1 7.
  // Dumfries …": a page number glued before the label).
  const unstopped = !/[.):]$/.test(text.slice(0, text.length - rest.length).trimEnd());
  const second = readLabels(rest).filter((l) => bare(l) && (unstopped || !first.some((f) => f.family === l.family)));
  if (second.length === 0 || second[0]!.rest.length === 0) {
    // A typed point label after the number ("1. a) Receiving of the Audit Report" … "5. e) …": a
    // list copied with both its renderer's numbers and its author's letters) is the entry's other
    // label, not the start of its title.
    const typed = pointAfterNumber(rest);
    return first.map((l) => (typed ? asNumber({ ...l, rest: typed.rest }, typed.label) : asNumber(l)));
  }
  return [...second.map((l) => asNumber(l, first[0]!.number)), ...first.map((l) => asNumber({ ...l, rest: l.rest.slice(second[0]!.end).trim() }, second[0]!.number))];
}

/** A lettered or roman point label ("a)", "(iv)") opening a title that starts in capitals after it. */
function pointAfterNumber(rest: string): PointLabel | null {
  const point = /^\(?[a-z]/.test(rest) ? readPointLabel(rest) : null;
  return point && (point.kind === 'alpha' || point.kind === 'roman') && /\)$/.test(point.label) && /^[A-Z]/.test(point.rest) ? point : null;
}

/**
 * A label printed after the title, in brackets: "Apologies (Item 1.0)", "Personnel (D-1)",
 * "Minutes Approved (B)".
 */
const trailingItemLabel = /^(\S.{1,200}?)\s\(((?:agenda\s)?item\s(?:no\.?\s)?)?([a-z0-9][\w.-]{0,11})\)$/i;

/**
 * The item number a heading prints after its title ("Ngā whakapāha/Apologies (Item 1.0)",
 * "Personnel (D-1)"), read as if printed first. Without the word "Item", only a capital letter
 * with its sub-number: a number in brackets after a title counts things ("Correspondence (3)").
 */
export function readTrailingItemNumber(text: string): ItemNumber[] {
  const m = text.endsWith(')') ? trailingItemLabel.exec(text) : null;
  if (!m || !(m[2] ? /^\d{1,3}(?:\.\d{1,3}){0,2}$/ : /^[A-Z](?:-\d{1,3})?$/).test(m[3]!)) return [];
  const [title, label] = [m[1]!, m[3]!];
  return readItemNumbers(`${label}. ${title}`).filter((r) => r.number === label && r.rest === title);
}

/**
 * The readings of a heading's number, printed first or after its title: a label printed after
 * the title in brackets is the heading's own, before a reference named first, which is part of
 * its title ("Resolution No. 2984: Lease Amendment … (D-9)"); a bare label printed first wins.
 */
export function readHeadingNumbers(text: string): ItemNumber[] {
  const first = readItemNumbers(text);
  return first.every((r) => r.family.includes(':')) ? [...readTrailingItemNumber(text), ...first] : first;
}

const letterValue = (s: string) => s.toUpperCase().charCodeAt(0) - 64;

// ---- points ----

export interface PointLabel {
  label: string;
  /** "alpha", "roman", "number", "bullet": a sequence continues within one kind. */
  kind: 'alpha' | 'roman' | 'number' | 'decimal' | 'bullet';
  /** Position in its sequence (1 for "a)", "i)", "1)"), or 0 for bullets. */
  value: number;
  rest: string;
}

// Bullets stacked by a copy ("▪   • J. Romano") are one label. A few at most: each repetition
// costs the regular expression engine backtracking stack, which a line of a million "- " exhausts.
const bullet = /^([\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013-]|o(?=\s+[A-Z]))(?:\s+[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013-]){0,7}\s+/;
/**
 * A bullet glyph alone on its line, its text on the next; "*" too, which a copy of a bulleted
 * list leaves the same way (a dash alone is a table's empty cell).
 */
const bulletAlone = /^([*\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7])$/;
/** What is left of a separator line once a bullet is read off it: more glyphs, and nothing else (one class: no backtracking). */
const separatorRest = /^[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013\s-]*[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013-]\s*$/;
const parenthesised = /^\(([a-z]{1,4}|[A-Z]|\d{1,2})\)\s*/;
const closing = /^([a-z]{1,4}|[A-Z]|\d{1,2})\)\s*/;
const dotted = /^([a-z]|[ivx]{1,5}|\d{1,2})\.(?:\s+|$)/;
const decimal = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|$)/;

function classify(token: string): Pick<PointLabel, 'kind' | 'value'> | null {
  if (/^\d+$/.test(token)) return { kind: 'number', value: Number(token) };
  if (/^\d+(?:\.\d+)+$/.test(token)) return { kind: 'decimal', value: Number(token.split('.').pop()) };
  if (/^[ivx]+$/.test(token) && token !== 'v' && token !== 'x' && (token.length > 1 || token === 'i')) return { kind: 'roman', value: romanValue(token.toUpperCase()) };
  if (/^[a-z]$/i.test(token)) return { kind: 'alpha', value: letterValue(token) };
  return null;
}

/** The point label a line starts with: "a)", "(iv)", "1.1", "·" … */
export function readPointLabel(text: string): PointLabel | null {
  const b = bullet.exec(text) ?? bulletAlone.exec(text);
  // A row of glyphs ("* * * * * * * *", a printed separator) is a rule, not a point whose text is
  // the glyphs the stacked-bullet label left over: read back, each reading would eat a few more.
  if (b && separatorRest.test(text.slice(b[0].length))) return null;
  if (b) return { label: b[1]!, kind: 'bullet', value: 0, rest: text.slice(b[0].length) };
  for (const re of [parenthesised, closing, decimal, dotted]) {
    const m = re.exec(text);
    if (!m) continue;
    const kind = classify(m[1]!);
    if (!kind) continue;
    const label = m[0].trim();
    return { label, ...kind, rest: text.slice(m[0].length) };
  }
  return null;
}

/** The label expected after `label` in its sequence ("c)" after "b)"), or null for bullets. */
export function nextLabel(point: PointLabel): string | null {
  if (point.kind === 'bullet') return null;
  const token = /^\(?([a-z]+|\d+(?:\.\d+)*)/i.exec(point.label)?.[1] ?? '';
  let next: string;
  if (point.kind === 'alpha') next = String.fromCharCode(token.charCodeAt(0) + 1);
  else if (point.kind === 'number') next = String(point.value + 1);
  else if (point.kind === 'decimal') next = `${token.slice(0, token.lastIndexOf('.') + 1)}${point.value + 1}`;
  else return null;
  return point.label.replace(token, next);
}
