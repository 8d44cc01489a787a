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
// Letters under roman entries are items only when their run goes on from one entry to the next
// ("XI. Unanimous Consent" / "A." "B." "C." / "XII. Recommended Action" / "D." "E." "F."): the
// agenda's own labels; letters that start again under each entry are that entry's points.
// Any numbering holds numbers of its own kind where the document prints them further in than
// their entry, right under it ("2.  ROLL CALL" / "    1. Roll Call", "7.  NEW BUSINESS" /
// "    1. Application …" / "    2. Application …"): the document's indentation gives the level.
// Linear in the number of candidates.
import type { Line } from '../../extract/line.js';
import type { Candidate } from '../headings.js';
import { isCaps, isProse } from '../shape.js';
import type { Link } from './chains.js';

/**
 * The families a family's items may hold, and whether the held labels may start again under
 * each entry: roman numerals hold numbers and letters running on, letters hold numbers.
 */
const HOLDS: Record<string, readonly { family: string; restarts: boolean }[]> = {
  roman: [
    { family: 'int', restarts: true },
    { family: 'letter', restarts: false },
  ],
  letter: [{ family: 'int', restarts: true }],
};
/** Whether entries numbered in `outer` may hold items numbered in `inner` (a lettered agenda, numbered business under one letter). */
export const holdsFamily = (outer: string, inner: string) => HOLDS[outer]?.some((h) => h.family === inner) === true;

/** The family of the items numbered before a chain's first entry (partBefore). */
const HELD = 'int';

/**
 * Whether a heading's title is prose: by its sentences, not by its length alone (a title wrapped
 * over two lines of a PDF, "Consideration and possible action to determine the limits of removal
 * of …", may run past the length of any one-line heading).
 */
const proseTitle = (title: string) => isProse(title.slice(0, PROSE_LENGTH));
/** Text longer than this counts as prose whatever it says (shape.ts isProse). */
const PROSE_LENGTH = 160;

/**
 * The chain with the numbered items held by its entries added, in document order (the chain
 * unchanged when none are).
 */
export function withNestedItems(candidates: readonly Candidate[], chain: readonly Link[], lines: readonly Line[]): Link[] {
  const family = chain[0]?.reading.family;
  // Any numbering holds its own kind printed further in ("2.  ROLL CALL" / "    1. Roll Call"), starting again under each entry.
  const holds = chain.length < 2 || family === undefined ? undefined : (HOLDS[family] ?? [{ family, restarts: true }]);
  if (!holds) return [...chain];
  const held = withoutReprints(
    candidates,
    holds.flatMap(({ family, restarts }) => heldBy(candidates, chain, lines, family, restarts)),
  );
  const first = HOLDS[family!] ? partBefore(candidates, chain) : [];
  if (held.length === 0 && first.length === 0) return [...chain];
  return [...chain, ...first, ...held].sort((a, b) => a.candidate.index - b.candidate.index);
}

/**
 * The held links without the runs that print a list the document prints elsewhere too, half of
 * their titles or more ("1. IN PERSON - Council Chambers …" / "2. ZOOM - …" / "3. PHONE - …" under
 * each part that takes public comment): a notice's boilerplate, not business. A run is the links
 * numbered from 1 on.
 */
function withoutReprints(candidates: readonly Candidate[], held: readonly Link[]): Link[] {
  if (held.length === 0) return [...held];
  const key = (c: Candidate) => `${c.readings[0]?.number ?? ''} ${(c.title ?? '').toLowerCase()}`;
  const printed = new Map<string, number>();
  for (const c of candidates) if (c.title !== null && c.readings.length > 0) printed.set(key(c), (printed.get(key(c)) ?? 0) + 1);
  const runs: Link[][] = [];
  for (const link of held) {
    if (runs.length === 0 || link.reading.value[link.reading.value.length - 1] === 1) runs.push([]);
    runs[runs.length - 1]!.push(link);
  }
  return runs.filter((run) => 2 * run.filter((l) => (printed.get(key(l.candidate)) ?? 0) > 1).length < run.length).flat();
}

/** A Markdown heading one level or more below its entry's ("## A." under "# VII."). */
const below = (lines: readonly Line[], parent: Candidate, candidate: Candidate) => (lines[candidate.index]!.md?.heading ?? 0) > (lines[parent.index]!.md?.heading ?? Infinity);

/**
 * The labels of `family` held by the chain's entries: under each, a run from 1 or from where the
 * entry before left off, two or more. Without `restarts`, only a run that goes on from one entry
 * to the next, or headings printed below their entry's ("# VII." "## A." "## B." "# VIII."
 * "## A."), which are numbered with their entry ("VII.A") unless they run on. None otherwise.
 */
function heldBy(candidates: readonly Candidate[], chain: readonly Link[], lines: readonly Line[], family: string, restarts: boolean): Link[] {
  const own = chain[0]!.reading.family;
  const held: Link[] = [];
  const holders = new Set<number>();
  let headed = true;
  let startedAgain = false;
  let last = 0;
  const subItems: Link[] = [];
  let subNext = 1;
  let k = 0;
  for (let n = 0; n < chain.length; n++) {
    const parent = chain[n]!;
    const end = chain[n + 1]?.candidate.index ?? Infinity;
    while (k < candidates.length && candidates[k]!.index < parent.candidate.index + parent.candidate.lineCount) k++;
    let expected: number[] = [1, last + 1];
    for (; k < candidates.length && candidates[k]!.index < end; k++) {
      const candidate = candidates[k]!;
      if (candidate.weak || candidate.title === null) continue;
      // Labels of the entry's own kind are held where the document prints them further in than their entry.
      const inner = family !== own || lines[candidate.index]!.indent > lines[parent.candidate.index]!.indent;
      const reading = inner ? candidate.readings.find((r) => r.family === family && r.value.length === 1) : undefined;
      // A held entry's own sub-items, numbered on from it ("1. … requesting no action:" / "1.-1." /
      // "1.-2."), are items too, after its colon as well: they print its number.
      const sub = reading || last === 0 ? undefined : candidate.readings.find((r) => r.family === family && r.value.length === 2 && r.value[0] === last && r.value[1] === subNext);
      if (sub) {
        subItems.push({ candidate, reading: sub });
        subNext++;
        continue;
      }
      // Printed further in, they stand right under their entry: a heading between (a notice after the last entry) holds them.
      if (family === own && !reading && expected[0] === 1 && expected.length === 2 && !candidate.afterColon) break;
      // An outline of a third kind starting under the entry: what follows is under it (a list
      // opened by "…:" is points of the entry it is in, and a list under a held heading printed
      // below its entry's is that heading's: "## A. Appointments …" / "1. Mark St. John, Alsea").
      const underHeld = headed && holders.has(n) && lines[candidate.index]!.md?.heading === undefined;
      const third = !candidate.afterColon && !underHeld && candidate.readings.some((r) => r.family !== family && r.family !== own && r.value.length === 1 && r.value[0] === 1);
      if (!reading) {
        if (third) break;
        continue;
      }
      // The run under the entry ends at the first number that does not go on with it.
      if (candidate.afterColon || (proseTitle(candidate.title) && !isCaps(candidate.title)) || !expected.includes(reading.value[0]!)) break;
      if (last > 0 && expected.length === 2 && reading.value[0] === 1) startedAgain = true;
      headed &&= below(lines, parent.candidate, candidate);
      held.push({ candidate, reading: { ...reading, number: `${parent.reading.number}.${reading.number}` } });
      holders.add(n);
      last = reading.value[0]!;
      subNext = 1;
      expected = [last + 1];
    }
  }
  const runsOn = !startedAgain && holders.size >= 2;
  if (held.length < 2 || (!restarts && !headed && !runsOn)) return [];
  // Printed labels, unless they are headings below their entry's that do not run on.
  if (!(restarts || runsOn)) return held;
  const printed = held.map((l) => ({ ...l, reading: l.candidate.readings.find((r) => r.family === family && r.value.length === 1)! }));
  return subItems.length === 0 ? printed : [...printed, ...subItems].sort((a, b) => a.candidate.index - b.candidate.index);
}

/**
 * Numbered headings before the chain's first entry that run 1, 2, 3 … right under an unnumbered
 * heading that names a part, not business of its own ("PUBLIC COMMENT ON THE CLOSED SESSION
 * AGENDA" / "1. IN PERSON" … are ways to comment): the items of a part printed before the
 * chain's own ("CEREMONIAL MATTERS AND CERTIFICATION OF ELECTION" / "1. Presentation to Mayor
 * Bradley …" … "4. Council Reorganization", then "CONSENT CALENDAR" / "A. Motion to Waive Full Reading"). The last such
 * run of two or more; none when there is none, or when the run prints the chain's titles, half
 * of its own or more (an order of business: "3. Management Reports:" … "I. Management Reports").
 */
function partBefore(candidates: readonly Candidate[], chain: readonly Link[]): Link[] {
  const end = chain[0]!.candidate.index;
  const key = (c: Candidate) => (c.title ?? '').replace(/[.:]$/, '').toLowerCase();
  const chainTitles = new Set(chain.map((l) => key(l.candidate)));
  const listed = (run: Link[]) => (run.length >= 2 && 2 * run.filter((l) => chainTitles.has(key(l.candidate))).length < run.length ? run : null);
  let found: Link[] = [];
  let run: Link[] = [];
  let previous: Candidate | null = null;
  for (const candidate of candidates) {
    if (candidate.index >= end) break;
    const reading = candidate.readings.find((r) => r.family === HELD && r.value.length === 1);
    const heading = reading !== undefined && !candidate.weak && candidate.title !== null && !candidate.afterColon && !(proseTitle(candidate.title) && !isCaps(candidate.title));
    if (heading && reading.value[0] === (run.length > 0 ? run[run.length - 1]!.reading.value[0]! + 1 : 1) && (run.length > 0 || (previous !== null && previous.readings.length === 0 && previous.strong && !previous.procedural && previous.title !== null))) {
      run.push({ candidate, reading });
    } else if (reading !== undefined) {
      found = listed(run) ?? found;
      run = [];
    }
    previous = candidate;
  }
  return listed(run) ?? found;
}
