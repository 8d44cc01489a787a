// Numbers that skip: items 4 then 6, sub-items 6.1 then 6.3, paragraphs 3.1 then 3.3. Numbers
// that go back start a new sequence (a restart, or a duplicate: see numbering-duplicate), and the
// first number is never reported: copies often start part-way through a document.
import type { ItemNumber } from '../../segment/numbering.js';
import { decimalLabels, numberedItems, type ReadItem } from '../numbering.js';
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

const romans: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function romanOf(n: number): string {
  let out = '';
  for (const [value, digits] of romans) {
    for (; n >= value; n -= value) out += digits;
  }
  return out;
}

/** `n` printed like `printed`: as many digits (zero-padded), or a letter in the same case. */
function like(printed: string, n: number): string {
  if (/^\d+$/.test(printed)) return String(n).padStart(printed.length, '0');
  const letter = String.fromCharCode(64 + n);
  return printed === printed.toLowerCase() ? letter.toLowerCase() : letter;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The number `reading` would have with `minor`: its last digits or last letter replaced (a loop: a `\d+$` regex is quadratic). */
function withMinor(reading: ItemNumber, minor: number): string {
  const { number } = reading;
  let start = number.length - 1;
  while (isDigit(number[start]) && isDigit(number[start - 1])) start--;
  return `${number.slice(0, start)}${like(number.slice(start), minor)}`;
}

/** The number `reading` would have with `major` (and its first minor, if it has a minor). */
function withMajor(reading: ItemNumber, major: number): string {
  const { number, family } = reading;
  const replaced =
    family === 'roman' ? romanOf(major) : family === 'letter' ? number.replace(/[A-Z]/i, (l) => like(l, major)) : number.replace(/\d+/, (d) => like(d, major));
  return reading.minor === null ? replaced : withMinor({ ...reading, number: replaced }, 1);
}

/** The number expected instead of `cur` after `prev`, or null when `cur` follows on. */
function expectedItem(prev: ItemNumber, cur: ItemNumber): string | null {
  if (cur.family !== prev.family || cur.major < prev.major) return null;
  if (cur.major === prev.major) {
    const next = (prev.minor ?? 0) + 1;
    return cur.minor !== null && cur.minor > next ? withMinor(cur, next) : null;
  }
  if (cur.major > prev.major + 1) return withMajor(cur, prev.major + 1);
  return cur.minor !== null && cur.minor > 1 ? withMinor(cur, 1) : null;
}

/** A number of one or two levels; deeper ones ("6.5.4") are not placed in the sequence. */
const readable = (item: ReadItem): ItemNumber | null => (item.reading && !/\d\.\d+\./.test(item.number) ? item.reading : null);

export const numberingGap = defineRule({
  id: 'numbering-gap',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['3. Finance', '4. Finance']),
  },
  *check(document) {
    const items = numberedItems(document);
    for (let i = 1; i < items.length; i++) {
      const prev = readable(items[i - 1]!);
      const cur = readable(items[i]!);
      const expected = prev && cur ? expectedItem(prev, cur) : null;
      if (expected !== null) yield { args: { expected, found: items[i]!.number, what: 'item' }, position: items[i]!.position };
    }
    for (const item of document.items) {
      const last = new Map<string, number>();
      for (const label of decimalLabels(item)) {
        const before = last.get(label.parent);
        if (before !== undefined && label.value > before + 1) {
          yield { args: { expected: `${label.parent}.${before + 1}`, found: label.number, what: 'paragraph' }, position: label.position };
        }
        last.set(label.parent, label.value);
      }
    }
  },
});
