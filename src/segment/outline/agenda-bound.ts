// A document that opens with its own agenda (an agenda pack: the agenda, then every item's
// papers; minutes printed under the agenda they follow) is bounded by that agenda:
//
//   1  Apologies                              ← the agenda: numbered entries printed close
//   2  Interests Register                        together, before the body
//   3  Minutes of Previous Meeting
//   4  Chief Executive's Report
//   …
//   3  MINUTES OF PREVIOUS MEETING            ← a heading that repeats an entry's number and
//      5. Apologies  6. Finance …                title (or its title alone) starts that entry's
//   Board Meeting 28 August - CE Report          papers; whatever is printed there (report
//   4  CHIEF EXECUTIVE'S REPORT                  sub-headings, another meeting's minutes with
//      1. Introduction  2. Staffing …            their own numbers, running headers) stays in
//                                                that entry's text
//
// The items are the agenda's entries. The evidence that the list is the document's own outline,
// not just its first numbered items, is that the body repeats its entries, in the agenda's order.
// Pure: given the lines, the heading candidates and the outline found from them, it returns the
// bounded outline, or the same outline when the document does not open with its agenda.
import type { Line } from '../../extract/line.js';
import type { Candidate } from '../headings.js';
import type { Entry, Outline } from '../outline.js';
import { readItemNumbers } from '../numbering.js';
import { titleKey } from '../titles.js';
import { gapBetween } from './label.js';

/** Agenda rows are printed close together: at most this many lines from one entry to the next (a row's description, presenter and time). */
const ROW_SPAN = 12;
/** Across a page break (footer, running header, the table's header printed again) the next entry, numbered next, may be this far. */
const PAGE_SPAN = 40;
/** A number or title printed for more entries than this names none of them. */
const SHARED = 4;
const only = (entries: number[] | undefined) => (entries && entries.length <= SHARED ? entries : []);
/** An agenda has at least this many entries. */
const MIN_ENTRIES = 3;

interface Row {
  candidate: Candidate;
  reading: Candidate['readings'][number];
}

/**
 * The document's first numbered list printed close together: a run of labels of one family that
 * follow each other (at most two labels skipped) within ROW_SPAN lines, or the very next label
 * within PAGE_SPAN lines; the run of MIN_ENTRIES labels or more that starts first.
 */
function firstList(candidates: readonly Candidate[]): Row[] | null {
  const open = new Map<string, Row[]>();
  let first: Row[] | null = null;
  const keep = (run: Row[]) => {
    if (run.length >= MIN_ENTRIES && (!first || run[0]!.candidate.index < first[0]!.candidate.index)) first = run;
  };
  for (const candidate of candidates) {
    for (const reading of candidate.readings) {
      const run = open.get(reading.family);
      const last = run?.[run.length - 1];
      if (run && last) {
        // The same entry printed again ("11.0 Consumer Council report" / "11." in the table's merged
        // cell, drawn below its first sub-row) neither ends the run nor extends it.
        if (numberKey(last.reading) === numberKey(reading) && candidate.index - last.candidate.index <= ROW_SPAN) continue;
        const distance = candidate.index - last.candidate.index;
        const gap = gapBetween(last.reading.value, reading.value);
        if ((distance <= ROW_SPAN && gap >= 0 && gap <= 2) || (distance <= PAGE_SPAN && gap === 0)) {
          run.push({ candidate, reading });
          continue;
        }
        keep(run);
      }
      open.set(reading.family, [{ candidate, reading }]);
    }
  }
  for (const run of open.values()) keep(run);
  return first;
}

/** The words that name a title's subject (numbers and joining words left out). */
const words = (key: string) => key.split(' ').filter((w) => w.length > 0 && !/^\d+$/.test(w) && !minorWord.has(w));
const minorWord = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 's', 'the', 'to', 'with']);

/**
 * Two printings of one title: most of the shorter one's words (two at least) among the other's,
 * and the longer one not mostly other words ("Chief Executive's Report" / "CHIEF EXECUTIVE
 * REPORT – AUGUST"; an agenda row's presenter and time columns allowed).
 */
function sameTitle(a: string, b: string): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const fewer = Math.min(wa.size, wb.size);
  return shared >= Math.min(2, fewer) && fewer > 0 && shared / fewer >= 0.6 && shared / Math.max(wa.size, wb.size) >= 0.34;
}

/**
 * An entry's number as its repeat prints it: one family (a prefix word such as "Item" may come
 * or go) and one value ("3.0" and "3" name one entry).
 */
function numberKey(reading: Row['reading']): string {
  let n = reading.value.length;
  while (n > 1 && reading.value[n - 1] === 0) n--;
  return `${reading.family.replace(/^[a-z]+:/, '')} ${reading.value.slice(0, n).join('.')}`;
}

/**
 * Where each entry's papers start (by entry, -1 when the body does not repeat it): the lines
 * after the agenda that repeat an entry (its number and title on a heading, or its title of two
 * words or more, or most of it, as a whole line or after a dash), the longest run of them in the agenda's order,
 * each at its first printing after the entry before.
 */
function papersStarts(lines: readonly Line[], candidates: readonly Candidate[], rows: readonly Row[], after: number): number[] {
  const keys = rows.map((r) => titleKey(r.candidate.title ?? ''));
  const byNumber = new Map<string, number[]>();
  // A number or title that many entries share names none of them (and keeps the matching linear).
  const push = (map: Map<string, number[]>, key: string, k: number) => {
    if (!map.has(key)) map.set(key, []);
    const entries = map.get(key)!;
    if (entries.length <= SHARED) entries.push(k);
  };
  const byTitle = new Map<string, number[]>();
  rows.forEach((r, k) => {
    const number = numberKey(r.reading);
    push(byNumber, number, k);
    // The title alone, without the columns an agenda table prints after it (presenter, time, page).
    const all = words(keys[k]!);
    for (let n = Math.max(2, Math.ceil(all.length * 0.4)); n <= all.length; n++) {
      const prefix = all.slice(0, n).join(' ');
      push(byTitle, prefix, k);
    }
  });
  // Every (line, entry) that repeats; found by lookups, so linear in the lines.
  const matches = new Map<number, Set<number>>();
  const add = (line: number, entry: number) => {
    if (!matches.has(line)) matches.set(line, new Set());
    matches.get(line)!.add(entry);
  };
  for (const c of candidates) {
    if (c.index <= after || c.title === null) continue;
    for (const reading of c.readings) for (const k of only(byNumber.get(numberKey(reading)))) if (sameTitle(keys[k]!, titleKey(c.title))) add(c.index, k);
  }
  for (let i = after + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    // A numbered line repeats an entry by its number (above), never by its title alone.
    if (readItemNumbers(text).length > 0) continue;
    for (const k of only(byTitle.get(words(titleKey(text)).join(' ')))) add(i, k);
    const dash = /\s[-\u2013\u2014:]\s(?!.*\s[-\u2013\u2014:]\s)(.+)$/.exec(text);
    if (dash) for (const k of only(byTitle.get(words(titleKey(dash[1]!)).join(' ')))) add(i, k);
  }
  // The longest run in the agenda's order: a longest increasing subsequence of entries by line.
  const pairs: { line: number; entry: number }[] = [];
  for (const line of [...matches.keys()].sort((a, b) => a - b)) for (const entry of [...matches.get(line)!].sort((a, b) => b - a)) pairs.push({ line, entry });
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach((p, n) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.entry < p.entry) lo = mid + 1;
      else hi = mid;
    }
    previous[n] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = n;
  });
  const starts = rows.map(() => -1);
  for (let n = tails.length > 0 ? tails[tails.length - 1]! : -1; n >= 0; n = previous[n]!) starts[pairs[n]!.entry] = pairs[n]!.line;
  // Each at its first printing after the entry before it (a running header before the heading).
  const linesOf = new Map<number, number[]>();
  for (const p of pairs) {
    if (!linesOf.has(p.entry)) linesOf.set(p.entry, []);
    linesOf.get(p.entry)!.push(p.line);
  }
  let floor = after;
  starts.forEach((start, k) => {
    if (start < 0) return;
    const first = linesOf.get(k)!.find((line) => line > floor) ?? start;
    starts[k] = Math.min(first, start);
    floor = starts[k]!;
  });
  return starts;
}

/**
 * The outline bounded by the agenda the document opens with, or `found` when it opens with none,
 * or when a line that heads a part of the document by its kind (`kindLines`: "Minutes draft")
 * stands between the agenda and the body: the body is then the minutes of that agenda, items of
 * their own, not its papers.
 */
export function boundByAgenda(lines: readonly Line[], candidates: readonly Candidate[], found: Outline, kindLines: readonly number[] = []): Outline {
  if (found.byHeadings) return found;
  const rows = firstList(candidates);
  if (!rows) return found;
  const last = rows[rows.length - 1]!.candidate;
  const agendaEnd = last.index + last.lineCount - 1;
  const starts = papersStarts(lines, candidates, rows, agendaEnd);
  const repeated = starts.filter((s) => s >= 0).length;
  if (repeated < Math.max(2, Math.ceil(rows.length / 4))) return found;
  // The body prints its entries' papers further apart than the agenda prints its rows; a list
  // printed twice alike (ways to attend, a translation) is no agenda and its papers.
  const matched = rows.filter((_, k) => starts[k]! >= 0);
  const papersFirst = Math.min(...starts.filter((s) => s >= 0));
  const papersLast = Math.max(...starts);
  if (kindLines.some((k) => k > agendaEnd && k < papersFirst)) return found;
  const rowsSpan = matched[matched.length - 1]!.candidate.index - matched[0]!.candidate.index;
  return papersLast - papersFirst >= 2 * rowsSpan ? bounded(lines, rows, starts, found) : found;
}

function bounded(lines: readonly Line[], rows: readonly Row[], starts: readonly number[], found: Outline): Outline {
  const first = rows[0]!.candidate.index;
  const firstPapers = Math.min(...starts.filter((s) => s >= 0));
  // What the outline found before the agenda stays; the sections it found among the rows stay too.
  const before = found.entries.filter((e) => e.from < first).map((e) => ({ ...e, bodyFrom: Math.min(e.bodyFrom, first), to: Math.min(e.to, first) }));
  const rowAt = new Set(rows.map((r) => r.candidate.index));
  const sections = found.entries.filter((e) => e.type === 'section' && e.from > first && e.from < firstPapers && !rowAt.has(e.from));
  const heads = [...rows.map((r, k) => ({ row: r, k, from: r.candidate.index })), ...sections.map((e) => ({ row: null, from: e.from, section: e }))].sort((a, b) => a.from - b.from);
  // Where each entry's papers end: where the next entry's papers start.
  const papersEnd: number[] = [];
  for (let k = rows.length - 1, next = lines.length; k >= 0; k--) {
    papersEnd[k] = next;
    if (starts[k]! >= 0) next = starts[k]!;
  }
  const entries: Entry[] = heads.map((h, n) => {
    const to = heads[n + 1]?.from ?? firstPapers;
    if (!h.row) return { ...h.section!, to };
    const { candidate, reading } = h.row;
    const k = h.k!;
    const entry: Entry = {
      type: 'item',
      candidate,
      reading,
      heading: Array.from({ length: candidate.lineCount }, (_, m) => candidate.index + m),
      from: candidate.index,
      bodyFrom: Math.min(candidate.index + candidate.lineCount, to),
      to,
    };
    return starts[k]! >= 0 ? { ...entry, papers: { from: starts[k]!, to: papersEnd[k]! } } : entry;
  });
  // The preamble ends where the first entry begins, so that no line falls between the two.
  const start = before.length > 0 ? found.start : first;
  return { ...found, start, entries: [...before, ...entries] };
}
