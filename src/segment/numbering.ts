// Item numbers and point labels as printed at the start of a line, and how they follow each
// other. Item numbers: "15.", "1 Apologies", "5.1", "4.A", "77/21", "C048/23", "MM21/03",
// "05/24-1", "A-1", "A.", "Item 6", "IV.". Point labels: "a)", "(a)", "(iv)", "1)", "·", "•", "-".

/** Numbering families: items of one document number within one family. */
export type Family = 'int' | 'letter' | 'slash' | 'prefixed' | 'roman';

export interface ItemNumber {
  /** As printed, without a trailing "." or ":" or ")". */
  number: string;
  family: Family;
  /** Top-level value (1-based for letters and roman numerals). */
  major: number;
  /** Sub-level value ("5.1" → 1, "4.A" → 1, "A-2" → 2), or null for a top-level number. */
  minor: number | null;
  /** Text after the number and its separator. */
  rest: string;
}

const romanValue = (s: string): number => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = v[s[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
};

const letterValue = (s: string) => s.toUpperCase().charCodeAt(0) - 64;

// Each pattern reads a number token and its separator from the start of a line; the title
// follows the separator (spaces, ". ", ": ", ") " or a tab run). The number is the printed
// token without its trailing separator.
const SEP = '(?:[.:)]?\\s+|[.:]$|$)';
const patterns: { re: RegExp; family: Family; major: (m: RegExpExecArray) => number; minor: (m: RegExpExecArray) => number | null }[] = [
  {
    // "Item 6", "Agenda Item No. 6.1", "ITEM 4A"
    re: new RegExp(`^(?:agenda\\s)?item\\s(?:no\\.?\\s?)?((\\d{1,3})(?:\\.(\\d{1,2})|[a-z])?)${SEP}`, 'i'),
    family: 'int',
    major: (m) => Number(m[2]),
    minor: (m) => (m[3] ? Number(m[3]) : /[A-Z]$/i.test(m[1]!) ? letterValue(m[1]!.slice(-1)) : null),
  },
  {
    // "C048/23", "MM21/03"
    re: new RegExp(`^([A-Z]{1,4}(\\d{1,4})/\\d{2,4})${SEP}`),
    family: 'prefixed',
    major: (m) => Number(m[2]),
    minor: () => null,
  },
  {
    // "77/21", "1/19", "05/24-1"
    re: new RegExp(`^((\\d{1,4})/\\d{2,4}(?:-(\\d{1,3}))?)${SEP}`),
    family: 'slash',
    major: (m) => Number(m[2]),
    minor: (m) => (m[3] ? Number(m[3]) : null),
  },
  {
    // "4.A", "4A" (a lettered sub-item of 4)
    re: new RegExp(`^((\\d{1,3})\\.?([A-Z]))${SEP}`),
    family: 'int',
    major: (m) => Number(m[2]),
    minor: (m) => letterValue(m[3]!),
  },
  {
    // "5.1", "4.01", "6.5.4"
    re: new RegExp(`^((\\d{1,3})\\.(\\d{1,3})(?:\\.\\d{1,3}){0,2})${SEP}`),
    family: 'int',
    major: (m) => Number(m[2]),
    minor: (m) => Number(m[3]),
  },
  {
    // "15.", "1 Apologies", "3)"
    re: new RegExp(`^((\\d{1,3}))${SEP}`),
    family: 'int',
    major: (m) => Number(m[2]),
    minor: () => null,
  },
  {
    // "A-1", "C-12"
    re: new RegExp(`^(([A-Z])-(\\d{1,2}))${SEP}`),
    family: 'letter',
    major: (m) => letterValue(m[2]!),
    minor: (m) => Number(m[3]),
  },
  {
    // "IV.", "XII." (before letters, so that "I." reads as one)
    re: /^(([IVXL]{1,6}))[.)](?:\s+|$)/,
    family: 'roman',
    major: (m) => romanValue(m[2]!),
    minor: () => null,
  },
  {
    // "A.", "B)"
    re: /^(([A-Z]))[.)](?:\s+|$)/,
    family: 'letter',
    major: (m) => letterValue(m[2]!),
    minor: () => null,
  },
];

/** "2017/18", "2019/2020": a financial year, not an item number. */
const yearRange = {
  test(token: string): boolean {
    const m = /^((?:19|20)\d\d)\/(\d{2}|\d{4})$/.exec(token);
    return m !== null && Number(m[2]) % 100 === (Number(m[1]) + 1) % 100;
  },
};

/**
 * The readings of the item number a line starts with: usually one, two for a token such as
 * "I." or "L." that is a letter in one list and a roman numeral in another.
 */
export function readItemNumbers(text: string): ItemNumber[] {
  const out: ItemNumber[] = [];
  for (const { re, family, major, minor } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const value = major(m);
    if (!(value > 0) || yearRange.test(m[1]!)) continue;
    out.push({ number: m[1]!, family, major: value, minor: minor(m), rest: text.slice(m[0].length).trim() });
    if (family !== 'roman' || m[1]!.length > 1) break;
  }
  return out;
}

// ---- points ----

export interface PointLabel {
  label: string;
  /** "alpha", "roman", "number", "bullet": a sequence continues within one kind. */
  kind: 'alpha' | 'roman' | 'number' | 'decimal' | 'bullet';
  /** Position in its sequence (1 for "a)", "i)", "1)"), or 0 for bullets. */
  value: number;
  rest: string;
}

// Bullets stacked by a copy ("▪   • J. Romano") are one label.
const bullet = /^([\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013-]|o(?=\s+[A-Z]))(?:\s+[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013-])*\s+/;
/**
 * A bullet glyph alone on its line, its text on the next; "*" too, which a copy of a bulleted
 * list leaves the same way (a dash alone is a table's empty cell).
 */
const bulletAlone = /^([*\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7])$/;
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
