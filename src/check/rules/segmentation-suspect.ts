// A parse that looks wrong, so that a broken parse is never reported clean: one item holding
// most of a long document (the items after it were never found), or numbered headings inside an
// item that carry on a sequence of their own: the item's own number continued ("4" then "5.",
// "6." inside it), or "1.", "2.", "3." each followed by text of its own, as items are (a list's
// points follow one another; items have their text between them).
import type { Document, Item } from '../../model/schema.js';
import { blockNodes, documentBlocks } from '../nodes.js';
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

/** A document shorter than this many characters (about a page and a half) may well be one item. */
const LONG_DOCUMENT_CHARS = 4000;
/** The share of a long document's text that one item may hold. */
const MOST = 0.6;
/** How many numbered headings make a sequence of their own. */
const SEQUENCE = 3;
/** A heading is short; a numbered sentence or paragraph is not. */
const HEADING_CHARS = 100;

const charsOf = (item: Item) => item.position.end.offset - item.position.start.offset;

// Folds rather than Math.min(...values): a long document has more blocks than a call can take
// arguments.
const least = (values: readonly number[]) => values.reduce((a, b) => Math.min(a, b), Infinity);
const most = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), -Infinity);

/** The item holding most of a long document's text (measured in characters: a flattened copy has few lines). */
function dominantItem(document: Document): { item: Item; percent: number; lines: number } | null {
  const blocks = documentBlocks(document);
  if (blocks.length === 0 || document.items.length === 0) return null;
  const start = least(blocks.map((block) => block.position.start.offset));
  const chars = most(blocks.map((block) => block.position.end.offset)) - start;
  if (chars < LONG_DOCUMENT_CHARS) return null;
  const item = document.items.reduce((a, b) => (charsOf(b) > charsOf(a) ? b : a));
  const share = charsOf(item) / chars;
  if (share < MOST) return null;
  const lines = most(blocks.map((block) => block.position.end.line)) - least(blocks.map((block) => block.position.start.line)) + 1;
  return { item, percent: Math.round(share * 100), lines };
}

/** "5. Election of Vice-Chairman" at the start of a text node: its number and whether it is heading-like. */
const numberedStart = /^(\d{1,3})[.)]?\s+(?=[A-Z])/;

interface Numbered {
  value: number;
  label: string;
  /** Index of the text node in the item. */
  at: number;
  short: boolean;
}

function numberedNodes(item: Item): Numbered[] {
  const out: Numbered[] = [];
  [...blockNodes(item.minutes, item)].forEach((node, at) => {
    const match = numberedStart.exec(node.text);
    if (match) out.push({ value: Number(match[1]), label: match[1]!, at, short: node.text.length <= HEADING_CHARS });
  });
  return out;
}

/** The longest run of consecutive numbers (1, 2, 3 …) among the item's numbered nodes, in order. */
function longestRun(numbered: readonly Numbered[]): Numbered[] {
  let best: Numbered[] = [];
  let run: Numbered[] = [];
  for (const n of numbered) {
    run = run.length > 0 && n.value === run[run.length - 1]!.value + 1 ? [...run, n] : [n];
    if (run.length > best.length) best = run;
  }
  return best;
}

/** Numbered headings inside `item` that look like items of their own. */
function innerSequence(item: Item, next: Item | undefined): Numbered[] {
  const numbered = numberedNodes(item);
  // The item's own number carried on inside it: "4" holding "5.", "6." (up to the next item's number).
  const own = item.number !== null && /^\d+$/.test(item.number) ? Number(item.number) : null;
  const nextNumber = next?.number != null && /^\d+$/.test(next.number) ? Number(next.number) : Infinity;
  if (own !== null) {
    const continued = longestRun(numbered.filter((n) => n.value > own && n.value < nextNumber));
    if (continued[0]?.value === own + 1) return continued;
  }
  // Headings 1, 2, 3 … each followed by text of its own, as items are.
  const run = longestRun(numbered.filter((n) => n.short));
  if (run.length < SEQUENCE) return [];
  const withText = run.slice(0, -1).filter((n, i) => run[i + 1]!.at - n.at > 1).length;
  return withText * 2 >= run.length - 1 ? run : [];
}

export const segmentationSuspect = defineRule({
  id: 'segmentation-suspect',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, [
      '2. Minutes of the Previous Meeting\nRESOLVED that the minutes of 12 November 2024 be approved.',
      '2. RESOLVED that the minutes of 12 November 2024 be approved.',
    ]),
  },
  *check(document) {
    // A report or a decision notice is one item with numbered sections of its own.
    if (document.kind !== 'minutes' && document.kind !== 'agenda') return;
    const dominant = dominantItem(document);
    if (dominant) {
      yield { args: { kind: 'share', percent: dominant.percent, lines: dominant.lines }, position: dominant.item.heading?.position ?? dominant.item.position };
    }
    for (const [i, item] of document.items.entries()) {
      const sequence = innerSequence(item, document.items[i + 1]);
      if (sequence.length === 0) continue;
      const numbers = sequence.length > 2 ? `${sequence[0]!.label}…${sequence.at(-1)!.label}` : sequence.map((n) => n.label).join(', ');
      yield { args: { kind: 'inner-numbers', numbers, item: item.number ?? `"${item.title ?? item.id}"` }, position: item.heading?.position ?? item.position };
    }
  },
});
