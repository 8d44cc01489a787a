// The numbering of a document's items: among all the numbered lines, the best increasing chain
// of labels of one family, found by dynamic programming rather than greedily, so that a stray
// number (a page number, a count, a sub-list's "1.") cannot hijack the run.
//
//   score(chain) = Σ worth(line) − Σ cost(gap between consecutive labels)
//
// A line's worth says how much it looks like a heading (a title, capitals, procedural wording;
// a line whose text is prose is worth less than nothing, so it joins a chain only to fill a hole
// exactly). A gap's cost grows with the labels skipped. A chain may start anywhere. Sub-levels
// belong to their family's chain (4, 4.1, 4.2, 5), and a line with two labels stands in two
// families' chains at once; the chain with the best score numbers the items.
//
// Each label looks back at most WINDOW earlier labels of its family, so the search is linear
// in the number of lines.
import type { Candidate } from '../headings.js';
import type { ItemNumber } from '../numbering.js';
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
  return 2 + (candidate.strong || candidate.procedural ? 0.5 : 0) - (candidate.runIn !== undefined ? 0.5 : 0);
}

/** The cost of going from one label to the next, or null when the second cannot follow the first. */
function cost(previous: Link, to: Candidate, reading: ItemNumber): number | null {
  const from = previous.reading;
  const gap = gapBetween(from.value, reading.value);
  // Markdown list items that all print "1.": the renderer numbers them, so a "1." after a "1."
  // follows it.
  const listed = to.list !== undefined && previous.candidate.list !== undefined;
  if (listed && reading.value.length === 1 && reading.value[0] === 1 && compareValues(from.value, reading.value) === 0) return 0;
  // After a line ending in ":" only the very next number continues the items ("6)", "Matters …:", "7)").
  if (to.afterColon) return gap === 0 ? 0 : null;
  // Word processors restart their list numbering: a styled heading may go back to 1, 2 or 3.
  if (gap < 0) return to.styled && reading.major <= 3 && reading.minor === null ? 1 : null;
  return gap === 0 ? 0 : 0.5 + 0.2 * Math.min(gap, 10);
}

interface Node {
  link: Link;
  score: number;
  previous: number;
}

/** The best chain of labels of `family` among `candidates` (in document order), with its score. */
export function bestChain(candidates: readonly Candidate[], family: string): { links: Link[]; score: number } {
  const nodes: Node[] = [];
  let best = -1;
  for (const candidate of candidates) {
    const reading = candidate.readings.find((r) => r.family === family);
    if (!reading) continue;
    const own = worth(candidate);
    // A chain may start here, unless the label continues a list opened by "…:".
    let score = candidate.afterColon || candidate.weak ? -Infinity : own;
    let previous = -1;
    for (let k = nodes.length - 1; k >= Math.max(0, nodes.length - WINDOW); k--) {
      const before = nodes[k]!;
      const c = cost(before.link, candidate, reading);
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
  return { links, score: best < 0 ? 0 : nodes[best]!.score };
}
