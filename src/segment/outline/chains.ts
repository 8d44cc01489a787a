// The numbering of a document's items: among all the numbered lines, the best increasing chain
// of labels of one family, found by dynamic programming rather than greedily, so that a stray
// number (a page number, a count, a sub-list's "1.") cannot hijack the run.
//
//   score(chain) = Σ worth(line) − Σ cost(gap between consecutive labels)
//
// A line's worth says how much it looks like a heading (a title, capitals, procedural wording;
// a line whose text is prose is worth less than nothing, so it joins a chain only to fill a hole
// exactly). A gap's cost grows with the labels skipped. A chain may start anywhere. A numbering
// that starts again under each part of the document ("PUBLIC HEARINGS" / "1." … "CONSENT
// CALENDAR" / "1." "2.") goes back to its first label after an unnumbered heading, at a cost
// (RESTART), and only with a heading that has a title of its own. Sub-levels
// belong to their family's chain (4, 4.1, 4.2, 5), and a line with two labels stands in two
// families' chains at once; the chain with the best score numbers the items.
//
// Each label looks back at most WINDOW earlier labels of its family, so the search is linear
// in the number of lines.
import type { Candidate } from '../headings.js';
import type { ItemNumber } from '../numbering.js';
import { isProse } from '../shape.js';
import { compareValues, gapBetween } from './label.js';

export interface Link {
  candidate: Candidate;
  reading: ItemNumber;
}

/** How many earlier labels of its family a label may follow. */
const WINDOW = 64;

/** How much a numbered line looks like an item's heading. */
export function worth(candidate: Candidate): number {
  if (candidate.weak) return -0.5;
  // A bare number, or a line of a contents list (its heading printed again further on, with its text).
  if (candidate.title === null || candidate.contents) return 1;
  // A line that runs its text on after a few words may be a numbered paragraph; a title wrapped
  // over lines before its text starts (outline/wrapped.ts) is printed as a heading.
  return 2 + (candidate.strong || candidate.procedural ? 0.5 : 0) - (candidate.runIn !== undefined && candidate.lineCount === 1 ? 0.5 : 0);
}

/** What a chain pays to start its numbering again under a new part. */
const RESTART = 1;

/**
 * The cost of going from one label to the next, or null when the second cannot follow the first.
 * `parted`: an unnumbered heading stands between the two. `ones`: the family's every label is "1."
 * (a web page that prints each entry as a list of its own, "1. Public Comment" … "1. Adjournment").
 */
function cost(previous: Link, to: Candidate, reading: ItemNumber, parted: boolean, ones = false): number | null {
  const from = previous.reading;
  const gap = gapBetween(from.value, reading.value);
  // List items that all print "1.": a Markdown renderer numbers them, and a document that prints
  // nothing but "1." numbers nothing by them, so a "1." after a "1." follows it.
  const listed = ones || (to.list !== undefined && previous.candidate.list !== undefined);
  if (listed && reading.value.length === 1 && reading.value[0] === 1 && compareValues(from.value, reading.value) === 0) return 0;
  // After a line ending in ":" only the very next number continues the items ("6)", "Matters …:", "7)").
  if (to.afterColon) return gap === 0 ? 0 : null;
  // Word processors restart their list numbering: a styled heading may go back to 1, 2 or 3.
  if (gap < 0) {
    if (to.styled && reading.major <= 3 && reading.minor === null) return 1;
    // The first label again ("1", "A", "I"), as a titled heading, under a part heading of its own.
    const first = reading.value.length === 1 && reading.value[0] === 1;
    return parted && first && to.title !== null && !to.weak && !to.contents ? RESTART : null;
  }
  return gap === 0 ? 0 : 0.5 + 0.2 * Math.min(gap, 10);
}

interface Node {
  link: Link;
  score: number;
  previous: number;
}

/**
 * The best chain of labels of `family` among `candidates` (in document order), with its score;
 * with `restarts`, a chain that may start its numbering again under part headings.
 */
export function bestChain(candidates: readonly Candidate[], family: string, restarts = false, partLines: readonly number[] = []): { links: Link[]; score: number } {
  const nodes: Node[] = [];
  let best = -1;
  // The lines of the last unnumbered heading (a possible part heading) and of the last heading
  // numbered in another family seen so far: lettered points that start again under each
  // numbered item ("4." A B C "5." A B) are that item's points, not parts of their own; a part
  // heading after that other heading ("P01 [ r:AI I", OCR debris, then "CEREMONIAL
  // PRESENTATIONS" / "1.") still opens a part.
  let lastPart = -1;
  let lastOther = -1;
  let nextPart = 0;
  const ones = onlyOnes(candidates, family);
  for (const candidate of candidates) {
    // A line that heads a part of the document by its kind ("Minutes draft") is a part heading too.
    while (nextPart < partLines.length && partLines[nextPart]! < candidate.index) lastPart = Math.max(lastPart, partLines[nextPart++]!);
    const reading = candidate.readings.find((r) => r.family === family);
    if (!reading) {
      if (candidate.weak || candidate.title === null) continue;
      if (candidate.readings.length === 0) lastPart = candidate.index;
      else lastOther = candidate.index;
      continue;
    }
    const own = worth(candidate);
    // A chain may start here, unless the label continues a list opened by "…:".
    let score = candidate.afterColon || candidate.weak ? -Infinity : own;
    let previous = -1;
    for (let k = nodes.length - 1; k >= Math.max(0, nodes.length - WINDOW); k--) {
      const before = nodes[k]!;
      const at = before.link.candidate.index;
      const c = cost(before.link, candidate, reading, restarts && lastPart > Math.max(at, lastOther), ones);
      if (c === null || before.score === -Infinity) continue;
      // On a tie the earlier label wins: a heading printed before its copy ("4.A Title", "4A - file").
      if (before.score + own - c >= score && before.score + own - c > -Infinity) {
        score = before.score + own - c;
        previous = k;
      }
    }
    nodes.push({ link: { candidate, reading }, score, previous });
    if (score > -Infinity && (best < 0 || score > nodes[best]!.score)) best = nodes.length - 1;
  }
  const links: Link[] = [];
  for (let k = best; k >= 0; k = nodes[k]!.previous) links.unshift(nodes[k]!.link);
  return { links: filledHoles(candidates, family, links, ones), score: best < 0 ? 0 : nodes[best]!.score };
}

/**
 * A list that prints "1." for each of its entries (an ordered list copied from a web page or a
 * word processor, each entry a list of its own), after which the document goes on in typed
 * numbers ("1. Apologies" "1. Approval of minutes" "1. Matters Arising" "1. Declarations of
 * Interest" / "5.Police Report"): its entries are numbered by their place, 1 to k, where the
 * number after them is k + 1. The candidates unchanged when no such list is printed.
 */
export function numberedByPlace(candidates: readonly Candidate[]): Candidate[] {
  const first = (c: Candidate) => c.readings.find((r) => r.family === 'int' && r.minor === null && r.value.length === 1);
  // A Markdown list prints its renderer's numbers, which chains read as printed (cost, `listed`).
  const numbered = candidates.filter((c) => first(c) !== undefined && !c.weak && c.list === undefined);
  const renumbered = new Map<number, Candidate>();
  for (let k = 0; k < numbered.length; ) {
    let end = k;
    while (end < numbered.length && first(numbered[end]!)!.value[0] === 1 && numbered[end]!.title !== null) end++;
    const after = numbered[end] ? first(numbered[end]!)!.value[0] : undefined;
    if (end - k >= MIN_PLACED && after === end - k + 1)
      for (let n = k; n < end; n++) {
        const reading = first(numbered[n]!)!;
        const place = n - k + 1;
        const placed = { ...reading, number: String(place), major: place, value: [place] };
        renumbered.set(numbered[n]!.index, { ...numbered[n]!, readings: numbered[n]!.readings.map((r) => (r === reading ? placed : r)) });
      }
    k = Math.max(end, k + 1);
  }
  return renumbered.size === 0 ? [...candidates] : candidates.map((c) => renumbered.get(c.index) ?? c);
}

/**
 * Items taken out of order: minutes that record item 10 before item 9 print "10." between "8."
 * and "9." ("8." … "10. WORKSHOP on funding workstream" … "9. Discussion of Items Not on the
 * Agenda"), which no increasing chain holds. A label of the chain's family that the chain lacks,
 * no greater than one past its last, standing alone between two links (no other label of the
 * family between them, so not the tail of a list inside an item) as a heading with a title, joins
 * the chain where it is printed. The chain unchanged when none does. One pass.
 */
export function takenOutOfOrder(candidates: readonly Candidate[], links: readonly Link[]): Link[] {
  if (links.length < 3) return [...links];
  const family = links[0]!.reading.family;
  const topLevel = (r: ItemNumber) => r.family === family && r.value.length === 1;
  const printed = new Set(links.map((l) => l.reading.value.join('.')));
  const last = Math.max(...links.filter((l) => topLevel(l.reading)).map((l) => l.reading.value[0]!));
  const linked = new Set(links.map((l) => l.candidate.index));
  const added: Link[] = [];
  let k = 0;
  for (let n = 1; n < links.length; n++) {
    const [from, to] = [links[n - 1]!.candidate.index, links[n]!.candidate.index];
    while (k < candidates.length && candidates[k]!.index <= from) k++;
    const between: Link[] = [];
    for (; k < candidates.length && candidates[k]!.index < to; k++) {
      const candidate = candidates[k]!;
      const reading = candidate.readings.find((r) => r.family === family);
      if (reading && !linked.has(candidate.index)) between.push({ candidate, reading });
    }
    const only = between.length === 1 ? between[0]! : undefined;
    if (only === undefined || !topLevel(only.reading) || printed.has(only.reading.value.join('.'))) continue;
    const { candidate, reading } = only;
    const value = reading.value[0]!;
    const previous = links[n - 1]!.reading.value[0]!;
    if (value > previous + 1 && value <= last + 1 && candidate.title !== null && !candidate.weak && !candidate.afterColon && !candidate.contents && !isProse(candidate.title))
      added.push(only);
  }
  return added.length === 0 ? [...links] : [...links, ...added].sort((a, b) => a.candidate.index - b.candidate.index);
}

/** A list numbered by place prints "1." at least this many times. */
const MIN_PLACED = 3;

/** The least number of labels that all print "1." for a document to number nothing by them. */
const MIN_ONES = 3;

/** Whether every label of `family` is a "1.", three or more of them. */
function onlyOnes(candidates: readonly Candidate[], family: string): boolean {
  let count = 0;
  for (const c of candidates) {
    const reading = c.readings.find((r) => r.family === family);
    if (!reading) continue;
    if (reading.value.length !== 1 || reading.value[0] !== 1) return false;
    count++;
  }
  return count >= MIN_ONES;
}

/**
 * The chain with its holes filled where the document prints the missing labels exactly, in
 * order, between the two links around the hole ("2." … "3." "4." … "16." … "17."): numbered
 * paragraphs of prose are worth less than nothing alone, but a hole that the document's own
 * numbering fills label by label is filled by them. Each candidate is looked at once.
 */
function filledHoles(candidates: readonly Candidate[], family: string, links: readonly Link[], ones: boolean): Link[] {
  if (links.length === 0) return [];
  const out: Link[] = [...leadIn(candidates, family, links[0]!, ones), links[0]!];
  let k = 0;
  for (let n = 1; n < links.length; n++) {
    const to = links[n]!;
    const from = out[out.length - 1]!;
    while (k < candidates.length && candidates[k]!.index <= from.candidate.index) k++;
    if (gapBetween(from.reading.value, to.reading.value) > 0) {
      const fill: Link[] = [];
      let last = from;
      for (; k < candidates.length && candidates[k]!.index < to.candidate.index; k++) {
        const candidate = candidates[k]!;
        const reading = candidate.readings.find((r) => r.family === family);
        if (reading && cost(last, candidate, reading, false, ones) === 0 && gapBetween(reading.value, to.reading.value) >= 0) {
          last = { candidate, reading };
          fill.push(last);
        }
      }
      if (cost(last, to.candidate, to.reading, false, ones) === 0) out.push(...fill);
    }
    out.push(to);
  }
  return out;
}

/**
 * The labels before the chain's first that lead up to it from the family's first label, each
 * following the one before exactly ("1. The meeting was called to order …" "2. Public Comment –
 * Jim M and Jeff B. reported …" before "3. Clarke Lane Snowplowing"): the numbered paragraphs
 * of prose the document's numbering starts with. None when they do not lead up to it.
 */
function leadIn(candidates: readonly Candidate[], family: string, first: Link, ones: boolean): Link[] {
  let run: Link[] = [];
  for (const candidate of candidates) {
    if (candidate.index >= first.candidate.index) break;
    const reading = candidate.readings.find((r) => r.family === family);
    if (!reading) continue;
    const last = run[run.length - 1];
    if (last !== undefined && cost(last, candidate, reading, false, ones) === 0) run.push({ candidate, reading });
    else run = reading.value.length === 1 && reading.value[0] === 1 && !candidate.afterColon ? [{ candidate, reading }] : [];
  }
  const last = run[run.length - 1];
  return last !== undefined && cost(last, first.candidate, first.reading, false, ones) === 0 ? run : [];
}

/**
 * Lists numbered again from 1 inside an item, printed as prose while the family's other labels
 * are headings ("MINUTES: The following speakers addressed the City Council in person:" / "1.
 * Robin spoke in opposition to the item." … "62. Sam N. spoke in support of the item,"): a run
 * of labels of `family` that starts at 1 right after a greater label, each label the one before
 * plus one (or two: a copy may lose one, "7." then "9."). Its labels are points, however far the run goes on (its "16." would otherwise go on
 * from the items' "15." past the items' own 16 to 18). The lines of their candidates; one pass.
 */
export function proseLists(candidates: readonly Candidate[], family: string): Set<number> {
  const runs: Candidate[][] = [];
  const others: Candidate[] = [];
  let run: Candidate[] | null = null;
  let last = 0;
  for (const candidate of candidates) {
    const reading = candidate.readings.find((r) => r.family === family && r.value.length === 1);
    if (!reading) continue;
    const value = reading.value[0]!;
    if (value === 1 && last > 1) runs.push((run = []));
    else if (run !== null && (value <= last || value > last + 2)) run = null;
    (run ?? others).push(candidate);
    last = value;
  }
  const prose = (list: readonly Candidate[]) => list.filter((c) => c.weak || c.title === null || isProse(c.title)).length;
  const listed = new Set<number>();
  // The family's other labels show its items printed as headings, three of them or more.
  if (others.length - prose(others) < 3 || 2 * prose(others) >= others.length) return listed;
  for (const r of runs) if (r.length >= 3 && 3 * prose(r) >= 2 * r.length) for (const c of r) listed.add(c.index);
  return listed;
}

/** The position of the first of `sorted` greater than `x`. */
function firstAfter(sorted: readonly number[], x: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A heading that opens in capitals before a note in brackets or after a dash ("PLANNING (J.
 * Fusco, Chairman)", "FIRST READING & REFERRED - Up for Public Hearing …"): printed as a heading.
 */
const capitalsLead = /^\p{Lu}{2,}(?:[\s&/]+\p{Lu}{2,})*\s(?:\(|[-\u2013\u2014]\s)/u;

/** A heading's title wraps over at most this many lines (headings.ts titleRunsOn). */
const MAX_HEADING_LINES = 7;

/** How close (in lines) a part heading stands above the first label of its part. */
const PART_REACH = 3;

/**
 * The chain of `family` with its numbering started again under each part heading ("PUBLIC
 * HEARINGS:" / "1." … "GENERAL BUSINESS:" / "1." "2."), or nothing when the document is not
 * printed in parts: every run starts at the first label, right under an unnumbered heading printed
 * as one (capitals, or opening in them, a Markdown heading: "List of Speakers" / "1. Mr A" is a list in its item), or
 * under one of `kindLines`, lines that head a part of the document by its kind ("Agenda" /
 * "1. Introduction" … "Minutes draft" / "1. Introduction"). The chain is cut before a run that
 * prints earlier titles again, half of its own or more (a contents list, then the items), unless the run heads a part of
 * its own kind (the minutes after their agenda), or before a run that holds headings numbered in
 * another family that the runs before it do not ("SCHEDULE A" / "1. Budgets" / "A. …": an
 * appendix with an outline of its own).
 */
export function restartedChain(candidates: readonly Candidate[], family: string, kindLines: readonly number[] = []): Link[] {
  const { links } = bestChain(candidates, family, true, kindLines);
  const others = candidates.filter((c) => !c.weak && c.title !== null && c.readings.length > 0 && !c.readings.some((r) => r.family === family)).map((c) => c.index);
  const parts = candidates.filter((c) => (c.strong || capitalsLead.test(c.title ?? '')) && !c.weak && c.title !== null && c.readings.length === 0);
  const partLines = parts.map((p) => p.index);
  // Both lists are in document order: each question is a binary search, so that the whole stays n log n.
  const underPart = (link: Link) => {
    const at = link.candidate.index;
    for (let k = firstAfter(partLines, at - 1) - 1; k >= 0 && parts[k]!.index + MAX_HEADING_LINES + PART_REACH > at; k--) {
      if (parts[k]!.index < at && parts[k]!.index + parts[k]!.lineCount + PART_REACH > at) return true;
    }
    return false;
  };
  const underDocumentPart = (link: Link) => {
    const at = link.candidate.index;
    const k = firstAfter(kindLines, at - 1) - 1;
    return k >= 0 && kindLines[k]! + 1 + PART_REACH > at;
  };
  const titles = new Set<string>();
  let runStart = 0;
  // The first run may stand under no part heading ("CLOSED SESSION ITEMS — The Brown Act …:" /
  // "1." … "4." … "CEREMONIAL PRESENTATIONS" / "1." … "18."), when the runs under part headings
  // after it carry the numbering on past its last label; otherwise it is no numbering in parts
  // (a contents list "1. Apologies …… 3" before the items, "7. ADJOURNMENT" then "TO WATCH OR
  // LISTEN ONLY:" / "1. YouTube Live"), nor when the run after it heads the document's own part
  // ("You may attend:" / "1. In person …" … "AGENDA" / "1. CALL TO ORDER": what comes before the
  // agenda is no part of it).
  let firstParted = false;
  let runEnd = 0;
  let secondByKind = false;
  const carriedOn = (end: number) => !secondByKind && links.slice(runEnd, end).some((l) => compareValues(l.reading.value, links[runEnd - 1]!.reading.value) > 0);
  const upTo = (end: number) => (end === 0 || (!firstParted && (end === runEnd || !carriedOn(end))) ? [] : links.slice(0, end));
  for (let k = 1; k <= links.length; k++) {
    const restart = k < links.length && compareValues(links[k]!.reading.value, links[k - 1]!.reading.value) < 0 && !links[k]!.candidate.styled;
    if (k < links.length && !restart) continue;
    const run = links.slice(runStart, k);
    const head = run[0]!;
    const first = head.reading.value.length === 1 && head.reading.value[0] === 1;
    const newPart = underDocumentPart(head);
    const parted = newPart || underPart(head);
    if (runStart === 0) [firstParted, runEnd] = [parted, k];
    else if (runStart === runEnd) secondByKind = newPart;
    if (!first || (runStart > 0 && !parted)) return upTo(runStart);
    // A run that prints earlier titles again, half of its titles or more: a second session opens
    // with some of the first one's business ("1. CALL MEETING TO ORDER" / "2. ROLL CALL" / "3. FLAG
    // SALUTE" … "19."), a reprint with nearly all of it.
    const reprinted = !newPart && 2 * run.filter((l) => titles.has(l.candidate.title ?? '')).length >= run.length;
    // Headings of another family in this run and in none before it: an outline of its own. In
    // the runs before it too, they are the document's points inside items ("2. ROLL CALL" / "A. Norm Zezula").
    const other = others[firstAfter(others, head.candidate.index)];
    const otherOwn = other !== undefined && other <= run[run.length - 1]!.candidate.index && !(others[firstAfter(others, links[0]!.candidate.index)]! < head.candidate.index);
    if (runStart > 0 && (reprinted || otherOwn)) return upTo(runStart);
    for (const l of run) titles.add(l.candidate.title ?? '');
    runStart = k;
  }
  return upTo(links.length);
}
