// A contents list that prints each entry's page number after its title: the document's own
// convention, read from the rows of one list, not from any one line.
//
//   1.1 Karakia 5                      ← rows printed close together, each ending in a page
//   1.2 Apologies 5                      number that never goes down: the page numbers are
//   3.  Seal                             no part of the titles ("Karakia", "Seal Register"),
//   Register  2                          and a row whose page number is printed on a line
//   4.  Conflicts                        below wraps its title onto that line
//   of Interest 2
//
// A list of titles that happen to end in numbers ("Plan Change 1") rarely runs on with the
// numbers never going down across three rows or more, and never with a title wrapped onto a
// line that ends in one.
import type { Line } from '../../extract/line.js';
import type { Candidate } from '../headings.js';
import { trimEndChars } from '../shape.js';

/** Rows of a contents list are printed close together: at most this many lines from one row to the next. */
const ROW_LINES = 3;
/** A contents list has at least this many rows with page numbers. */
const MIN_ROWS = 3;

/** "Karakia 5" → 5; "7" (a page number wrapped onto its own line) → 7. */
function pageNumber(text: string): number | null {
  const m = /(?:^|\s)(\d{1,3})$/.exec(text);
  return m ? Number(m[1]) : null;
}

interface Row {
  candidate: Candidate;
  /** Lines of the row: the heading's first line up to the line that prints the page number. */
  lineCount: number;
  page: number | null;
}

/** The row that starts at numbered `candidate`, running at most up to line `limit` (exclusive). */
function rowAt(lines: readonly Line[], candidate: Candidate, limit: number): Row {
  const { index } = candidate;
  for (let k = index; k < Math.min(limit, index + ROW_LINES); k++) {
    if (k > index && lines[k]!.gapBefore > 0) break;
    // On the heading's line, the page number follows the label ("7" alone on its line is the label).
    const page = pageNumber(k === index ? candidate.readings[0]!.rest : lines[k]!.text);
    if (page !== null) return { candidate, lineCount: k - index + 1, page };
  }
  return { candidate, lineCount: candidate.lineCount, page: null };
}

/** The title of a row without its page number. */
function rowTitle(lines: readonly Line[], row: Row): string | null {
  const { candidate } = row;
  const first = candidate.title ?? '';
  // The heading's own title covers its first lines; the lines after them wrap it.
  const texts = [first, ...lines.slice(candidate.index + candidate.lineCount, candidate.index + row.lineCount).map((l) => l.text)];
  const wrapped = row.lineCount <= candidate.lineCount ? first : texts.join(' ');
  const title = wrapped.replace(/(?:^|\s)\d{1,3}$/, '').trim();
  return title.length > 0 ? title : null;
}

/**
 * The candidates with the rows of a paged contents list marked as contents lines, titled without
 * their page numbers (and wrapped over the lines up to them); lines inside a row are no heading
 * of their own. The candidates unchanged when the document prints no such list.
 */
export function pagedContents(candidates: readonly Candidate[], lines: readonly Line[]): Candidate[] {
  const numbered = candidates.filter((c) => c.readings.length > 0 && !c.weak && !c.list && lines[c.index]!.md?.heading === undefined);
  const changed = new Map<number, Candidate>();
  const covered = new Set<number>();
  let cluster: Row[] = [];
  const close = () => {
    const paged = cluster.filter((r) => r.page !== null);
    const rising = paged.every((r, k) => k === 0 || r.page! >= paged[k - 1]!.page!);
    if (paged.length >= MIN_ROWS && 2 * paged.length >= cluster.length && rising) {
      for (const row of paged) {
        const title = rowTitle(lines, row);
        if (title === null) continue;
        // The page number is text of the row, not of its heading (what the Markdown prints reads back the same).
        const lastLine = lines[row.candidate.index + row.lineCount - 1]!.text;
        const runIn = trimEndChars(lastLine, '0123456789').trimEnd().length;
        changed.set(row.candidate.index, { ...row.candidate, lineCount: row.lineCount, title, contents: true, runIn });
        for (let k = row.candidate.index + 1; k < row.candidate.index + row.lineCount; k++) covered.add(k);
      }
    }
    cluster = [];
  };
  numbered.forEach((candidate, n) => {
    const next = numbered[n + 1];
    const row = rowAt(lines, candidate, next?.index ?? lines.length);
    const last = cluster[cluster.length - 1];
    if (last && candidate.index - (last.candidate.index + last.lineCount) >= ROW_LINES) close();
    cluster.push(row);
  });
  close();
  if (changed.size === 0) return [...candidates];
  return candidates.filter((c) => !covered.has(c.index)).map((c) => changed.get(c.index) ?? c);
}
