// Items numbered inside the items of another numbering. An agenda whose entries are lettered or
// in roman numerals ("J. Board Reports" / "K. Closed Session", "VII. CONSENT ITEMS") often numbers
// the business under some of them ("1. RESOLUTION NO. …" … "5.", then "1." again or "6." on under
// the next). Those numbered entries are items of their own, each with its printed number; lettered
// or roman points under a numbered item stay points of that item (the chain of the other family
// never sees them).
//
// The numbers under an entry must run 1, 2, 3 … (or go on from where the entry before left off,
// "6." "7." under "VIII."), each on a heading of its own (not a numbered line of prose or a sentence, unless
// in capitals as long resolution titles are; not a list opened by "…:"). An outline of a third kind under the entry ("IX. CLOSED SESSION" / "A.
// CONFERENCE …" / "1. Regarding …") puts the numbers under that, out of reach: they are points.
// Linear in the number of candidates.
import type { Candidate } from '../headings.js';
import { isCaps, isProse } from '../shape.js';
import type { Link } from './chains.js';

/** Families whose items may hold numbered items: letters and roman numerals. */
const HOLDING = new Set(['letter', 'roman']);
/** The family of the items they hold. */
const HELD = 'int';

/**
 * The chain with the numbered items held by its entries added, in document order (the chain
 * unchanged when none are).
 */
export function withNestedItems(candidates: readonly Candidate[], chain: readonly Link[]): Link[] {
  if (chain.length < 2 || !HOLDING.has(chain[0]!.reading.family)) return [...chain];
  const family = chain[0]!.reading.family;
  const held: Link[] = [];
  let last = 0;
  let k = 0;
  for (let n = 0; n < chain.length; n++) {
    const parent = chain[n]!.candidate;
    const end = chain[n + 1]?.candidate.index ?? Infinity;
    while (k < candidates.length && candidates[k]!.index < parent.index + parent.lineCount) k++;
    let expected: number[] = [1, last + 1];
    for (; k < candidates.length && candidates[k]!.index < end; k++) {
      const candidate = candidates[k]!;
      if (candidate.weak || candidate.title === null) continue;
      const reading = candidate.readings.find((r) => r.family === HELD && r.value.length === 1);
      // An outline of a third kind starting under the entry: what follows is under it.
      const third = candidate.readings.some((r) => r.family !== HELD && r.family !== family && r.value.length === 1 && r.value[0] === 1);
      if (!reading) {
        if (third) break;
        continue;
      }
      // The run under the entry ends at the first number that does not go on with it.
      if (candidate.afterColon || (isProse(candidate.title) && !isCaps(candidate.title)) || !expected.includes(reading.value[0]!)) break;
      held.push({ candidate, reading });
      last = reading.value[0]!;
      expected = [last + 1];
    }
  }
  if (held.length < 2) return [...chain];
  return [...chain, ...held].sort((a, b) => a.candidate.index - b.candidate.index);
}
