// The document outline: where the items begin, which heading candidates are items and which
// are sections that only group numbered items. The rules, for the whole document at once:
//
// 1. Numbered headings count when their numbers follow each other within one numbering family
//    (1, 2, 2.1, 3 …; A, A-1, B …; 77/21, 78/21 …). A number that goes backwards starts a list
//    of points inside an item, as does a number after a line ending in ":". Lettered or roman
//    items may hold numbered items of their own (outline/nested.ts).
// 2. Items begin after a "No. Item" header, or at the first numbered or procedural heading;
//    what comes before is the preamble (meeting header, attendance, boilerplate).
// 3. Unnumbered headings are items when procedural ("Apologies"), printed as headings (an
//    attachment link, capitals, Markdown) or followed by text of their own. Once numbered items
//    have begun, only procedural ones are items.
// 4. An unnumbered heading followed by a numbered item is a section ("Mayoral Minute",
//    "Recommendations of the Rules Committee"), and so is a non-procedural heading followed by a
//    section. A lettered heading whose sub-items follow (A. then A-1) is a section too, unless
//    it has text of its own before them.
// 5. Style by repetition (outline/style.ts): unnumbered items printed among the numbered ones
//    in one style, twice or more, make the other headings printed that way items (3b); a heading
//    that stands on its own evidence, printed less prominently than the items around it, is a
//    sub-heading inside the item it falls in.
import { subLine, type Line } from '../extract/line.js';
import type { Format } from '../model/schema.js';
import { candidateAt, colonHeadingAt, documentPart, followedByContent, isLabel, isProcedural, isRule, type Candidate } from './headings.js';
import type { ItemNumber } from './numbering.js';
import { readHeadingNumbers, readItemNumbers, readPointLabel } from './numbering.js';
import { bestChain, numberedByPlace, proseLists, restartedChain, takenOutOfOrder, type Link } from './outline/chains.js';
import { boundByAgenda } from './outline/agenda-bound.js';
import { holdsFamily, withNestedItems } from './outline/nested.js';
import { colonLeads } from './outline/colon-leads.js';
import { pagedContents } from './outline/contents.js';
import { headingPrints, printedAlike, printedApart, reprintedLabels, runInHeadings, setInTypes } from './outline/print.js';
import { separatedTitles, withLeadReferences, withReferences } from './outline/separator.js';
import { paragraphStyle, prominence, styleCounts, styleOf } from './outline/style.js';
import { bulletItems } from './bullets.js';
import { namesPerson } from './people.js';
import { isProse, isTitleLike, readField, wordCount } from './shape.js';
import { labels } from './vocabulary.js';

export interface Entry {
  type: 'item' | 'section';
  /** Null for an item whose heading was lost in the copy. */
  candidate: Candidate | null;
  reading: ItemNumber | null;
  /** Lines of the heading (usually from, or from and from + 1). */
  heading: number[];
  /** Line range [from, to) of the entry, heading included; its text starts at bodyFrom. */
  from: number;
  bodyFrom: number;
  to: number;
  /** Lines [from, to) printed further on that belong to the entry too: an agenda entry's papers (outline/agenda-bound.ts). */
  papers?: { from: number; to: number };
}

export interface Outline {
  /** Index of the first line after the preamble. */
  start: number;
  entries: Entry[];
  /** Read by its headings, as `minutes` writes Markdown (under "## Items"). */
  byHeadings?: true;
  /** Lines of a contents list ("ROAD RESEALING PROGRAM........ 2") that are no entry: never the meeting's header fields. */
  contents?: number[];
}

/**
 * Enough evidence for numbered items: a chain worth two titled headings, or (for a
 * reference-like family: "77/21", "C048/23", "Minute 45") one titled heading. A single heading
 * is an item when it is printed as one ("21.44 ELECTION OF CHAIR OF THE COUNCIL", a Markdown
 * heading "### 1. Apologies") or says what meetings do ("1. Apologies").
 */
function enough(links: readonly Link[], score: number, family: string): boolean {
  const titled = links.filter((a) => a.candidate.title !== null);
  if (/[/:]/.test(family)) return titled.length >= 1;
  if (score >= 3) return true;
  if (links.length !== 1) return false;
  if (links[0]!.candidate.styled === true) return true;
  if (titled.length !== 1) return false;
  const only = titled[0]!.candidate;
  return only.procedural || (only.strong && only.lineCount === 1 && /^[A-Z0-9\s,&'-]+$/.test(only.title ?? ''));
}

/**
 * A numbered list whose every entry is titled by a person's name ("List of Speakers" / "1. Mr.
 * Barry Cunich – Mr. Cunich addressed Council …" / "2. Mr. Conrad Streher – …"): who spoke, not
 * the items of business.
 */
const listsPeople = (links: readonly Link[]) => links.length >= 2 && links.every((l) => l.candidate.title !== null && namesPersonFirst(l.candidate.title));

/** A title that opens with a person's name, before a dash and what they said ("Mr. Barry Cunich – Mr. Cunich addressed …"). */
const namesPersonFirst = (title: string) => namesPerson(title.split(/\s[-\u2013\u2014]\s/)[0]!);

/** A heading right over such a list ("List of Speakers" / "1. Mr. Barry Cunich – …" / "2. Mr. Conrad Streher – …"): the list's, not an item. */
function headsPeople(lines: readonly Line[], candidate: Candidate): boolean {
  const under = lines.slice(candidate.index + candidate.lineCount, candidate.index + candidate.lineCount + 2);
  return under.length === 2 && under.every((l) => namesPersonFirst(readItemNumbers(l.text)[0]?.rest ?? ''));
}

/** Whether every link of `inner` falls between one link of `outer` and the next (or after the last one). */
function insideOneEntry(inner: readonly Link[], outer: readonly Link[]): boolean {
  const [first, last] = [inner[0]!.candidate.index, inner[inner.length - 1]!.candidate.index];
  const k = outer.findLastIndex((l) => l.candidate.index < first);
  return k >= 0 && (outer[k + 1]?.candidate.index ?? Infinity) > last;
}

/** Whether the headings above line `at` already number items: a chain of two titled headings or more. */
function numberedAbove(candidates: readonly Candidate[], at: number): boolean {
  const above = candidates.filter((c) => c.index < at && !c.weak);
  return [...new Set(above.flatMap((c) => c.readings.map((r) => r.family)))].some((family) => {
    const { links, score } = bestChain(above, family);
    return links.filter((a) => a.candidate.title !== null).length >= 2 && enough(links, score, family);
  });
}

/** The least number of unnumbered items printed one way that show it is how the document prints them (Rule 3d). */
const MIN_STYLED = 3;

/** The least number of numbered headings ending in a full stop that show it is how the document prints them. */
const MIN_STOPPED = 3;

/** A line that ends in one full stop (not an ellipsis). */
const endsInStop = (text: string) => /[^.]\.$/.test(text);

/**
 * Where a third or more of the numbered headings end in a full stop ("1. Approval of the Agenda."
 * "2. Committee Chair Reports."), the full stop is how the document prints a heading, not the end
 * of a sentence: the unnumbered procedural headings it prints so ("Call to Order."), which a line
 * ending in a stop never is otherwise (headings.ts), read without it. None otherwise. Linear.
 */
function stoppedHeadings(lines: readonly Line[], all: readonly Candidate[], numbered: readonly Link[], format: Format): Candidate[] {
  const titled = numbered.filter((l) => l.candidate.title !== null);
  const stops = titled.filter((l) => endsInStop(lines[l.candidate.index + l.candidate.lineCount - 1]!.text)).length;
  if (stops < MIN_STOPPED || 3 * stops < titled.length) return [];
  const taken = new Set(all.flatMap((c) => Array.from({ length: c.lineCount }, (_, n) => c.index + n)));
  const unstopped = lines.map((l, i) => (!taken.has(i) && endsInStop(l.text) && readItemNumbers(l.text).length === 0 ? subLine(l, 0, l.text.length - 1) : l));
  const out: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (unstopped[i] === lines[i]) continue;
    const candidate = candidateAt(unstopped, i, format);
    if (candidate && candidate.readings.length === 0 && candidate.procedural && candidate.lineCount === 1 && candidate.runIn === undefined) out.push(candidate);
  }
  return out;
}

/** "Moved By: Councillor Davies", "Seconded by Cllr B": the movers printed over a motion's clauses (a short line, without the motion). */
const motionMovers = /^(?:[\u2022*-]\s*)?(?:moved|seconded|proposed)(?:\sby)?\b/i;

/**
 * All heading candidates. A list introduced by "…:" ("That Council:" / "1. Calls on …") holds
 * points: its numbers are flagged, and its bullets skipped, until the list changes kind.
 */
function candidatesOf(lines: readonly Line[], format: Format): Candidate[] {
  const out: Candidate[] = [];
  let inList = false;
  let bullets = false;
  let listDepth = Infinity;
  let listFamilies: string[] | null = null;
  let headingSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const point = readPointLabel(text);
    const found = candidateAt(lines, i, format);
    // A numbered line of prose takes part only in the numbering (chains.ts), not in the rules below.
    if (found?.weak) {
      if (inList) found.afterColon = true;
      out.push(found);
      continue;
    }
    const candidate = found;
    // A Markdown heading, a list item less deeply nested than the "…:" line, or a label of
    // another kind than the list's ("1." "2." then "F.") ends its list.
    const otherKind = listFamilies !== null && candidate !== null && candidate.readings.length > 0 && !candidate.readings.some((r) => listFamilies!.includes(r.family));
    if (inList && (line.md?.heading !== undefined || (line.md?.list?.depth ?? Infinity) < listDepth || otherKind)) inList = false;
    // A numbered line after a list of bullets changes the list's kind: it may go on with the
    // document's numbering ("11. Invoices" / "…the following invoices:" / "• …" / "12. Notice of
    // meetings"), which only a number one step on takes up (chains.ts).
    if (inList && candidate && candidate.readings.length > 0 && (!bullets || point?.kind !== 'bullet')) {
      candidate.afterColon = true;
      listFamilies ??= candidate.readings.map((r) => r.family);
    }
    else if (inList && point) {
      bullets = point.kind === 'bullet';
      continue;
    }
    // A motion's movers ("Moved By: Cllr A" / "Seconded By: Cllr B") open its numbered clauses too.
    // Before any numbered or procedural heading, a line ending in ":" ("To discuss the following
    // agenda:") introduces the items themselves, not the points of one; a labelled point
    // ("b) MATTERS ARISING:") still opens points of its own.
    const colon = /:$/.test(text) && !isLabel(text) && readField(text) === null && (headingSeen || point !== null) && colonHeadingAt(lines, i) === null;
    const opens = !candidate && (colon || (motionMovers.test(text) && wordCount(text) <= 8 && !/\bthat\b/i.test(text)));
    inList = opens || (inList && (point !== null || candidate?.afterColon === true));
    if (opens) {
      bullets = false;
      listDepth = line.md?.list?.depth ?? Infinity;
      listFamilies = null;
    }
    if (!candidate) continue;
    if (candidate.readings.length > 0 || candidate.procedural) headingSeen = true;
    // A number under its title (headings.ts titleAbove) heads from the title's line, read first as a heading of its own.
    while (out.length > 0 && out[out.length - 1]!.index >= candidate.index) out.pop();
    out.push(candidate);
    i += candidate.lineCount - 1;
  }
  return out;
}

export function outline(lines: readonly Line[], format: Format = 'text'): Outline {
  // Below a "No. Item" header (or Markdown's "## Items"), what comes above it is the preamble.
  // A Markdown list item is an entry ("- No. Item" among the unclassified text), never the header.
  const found = candidatesOf(lines, format);
  const headerLine = lines.findIndex((l) => !l.md?.list && labels.itemsHeader.test(l.text));
  // Under numbered headings a table's "Item" column ("5. Call for Items of Business" / "Item |
  // Topic | Raised by" / "1. Climate rally") heads rows inside an item, not the list of items.
  const itemsHeader = headerLine >= 0 && !lines[headerLine]!.md?.heading && numberedAbove(found, headerLine) ? -1 : headerLine;
  if (format === 'markdown' && lines[itemsHeader]?.md?.heading !== undefined) return headingOutline(lines, itemsHeader);
  let all = withTableRows(numberedByPlace(pagedContents(found, lines)).filter((c) => c.index > itemsHeader), lines, itemsHeader);
  // Rule 0: where the document shows its run-in separator (outline/separator.ts), a numbered line
  // of prose that prints it after a few words ("002 Apologies: Councillor Drew was away.") is a
  // heading run into its text, not a numbered paragraph ("1. Mr. A Smith – Mr. Smith spoke …"
  // names a speaker, not a subject).
  const separated = separatedTitles(all, lines);
  all = all.map((c, k) => (c.weak && separated[k] !== c && !namesPerson(separated[k]!.title ?? '') ? { ...separated[k]!, weak: false } : c));
  all = sentenceTitled(all, lines);
  const listed = labelledList(lines, all);
  if (listed.size > 0) all = all.filter((c) => !listed.has(c.index));
  let candidates = all.filter((c) => !c.weak);
  // Without numbers or headings, a bulleted outline's top-level bullets are the items.
  const bullets = candidates.some((c) => c.readings.length > 0 || c.strong) ? [] : bulletItems(lines);
  if (bullets.length > 0) return fromHeadings(lines, bullets[0]!.index, bullets.map((candidate) => ({ candidate, type: 'item' })));

  // Rule 1: the numbering family whose best chain scores highest.
  let numbered: Link[] = [];
  let best = 0;
  const withoutLists = (family: string) => {
    const listed = proseLists(all, family);
    return listed.size > 0 ? all.filter((c) => !listed.has(c.index)) : all;
  };
  const families = new Set(all.flatMap((c) => c.readings.map((r) => r.family)));
  const chains = new Map([...families].map((family) => [family, bestChain(withoutLists(family), family)] as const));
  const usable = (family: string) => enough(chains.get(family)!.links, chains.get(family)!.score, family) && !listsPeople(chains.get(family)!.links);
  for (const family of families) {
    const { links, score } = chains.get(family)!;
    if (usable(family) && score > best) [numbered, best] = [links, score];
  }
  // The family chosen, its numbering may start again under each part of the document.
  const kindLines = partLines(lines);
  const levelled = (chain: Link[]): Link[] => {
    const family = chain[0]!.reading.family;
    // Rule 1a (print by repetition, outline/print.ts): a number printed again apart from the
    // chain's shared print is a copy of it, not its heading.
    const reprinted = reprintedLabels(lines, all, chain);
    const unlisted = withoutLists(family);
    const chainable = reprinted.size > 0 ? unlisted.filter((c) => !reprinted.has(c.index)) : unlisted;
    if (reprinted.size > 0) chain = bestChain(chainable, family).links;
    const restarted = restartedChain(chainable, family, kindLines);
    if (restarted.length > chain.length) chain = restarted;
    return withNestedItems(chainable, takenOutOfOrder(chainable, chain), lines);
  };
  if (numbered.length > 0) {
    const family = numbered[0]!.reading.family;
    numbered = levelled(numbered);
    // Rule 1e (levels of the outline): the chain that scores best may be the business listed
    // under one entry of the document's top level ("D. New Business" / "1." … "11." / "E.
    // Reports"). A chain of a family that holds it, whose entries hold every link of the chosen
    // chain and more, is the top level, unless it stands inside one entry of a chain of a third
    // family in turn ("V. COMMITTEE REPORTS" / "A. MANAGEMENT" / "1." … "VI. ADJOURNMENT"): three
    // levels, whose middle one is that entry's points.
    const chosen = new Set(numbered.map((l) => l.candidate.index));
    for (const outer of families) {
      if (outer === family || !holdsFamily(outer, family) || !usable(outer)) continue;
      const links = chains.get(outer)!.links;
      if ([...families].some((top) => top !== outer && top !== family && holdsFamily(top, outer) && usable(top) && insideOneEntry(links, chains.get(top)!.links))) continue;
      const held = levelled(links);
      const indices = new Set(held.map((l) => l.candidate.index));
      if (held.length > numbered.length && [...chosen].every((i) => indices.has(i))) numbered = held;
    }
  }
  // Rule 1d (style by repetition): where the numbered headings end in a full stop, an unnumbered
  // procedural heading printed so ("Call to Order." over "1. Approval of the Agenda.") is one too.
  const stopped = stoppedHeadings(lines, all, numbered, format);
  if (stopped.length > 0) {
    all = [...all, ...stopped].sort((a, b) => a.index - b.index);
    candidates = all.filter((c) => !c.weak);
  }
  // A single numbered heading right under "MEETING AGENDA" is the agenda's one item.
  const agendaTop = lines.findIndex((l) => /^(?:meeting\s)?agenda$/i.test(l.text));
  const single = candidates.find((c) => c.index > agendaTop && c.readings.length > 0);
  if (numbered.length === 0 && agendaTop >= 0 && single?.title && single.index <= agendaTop + 2) numbered = [{ candidate: single, reading: single.readings[0]! }];
  const numberedAt = new Map(numbered.map((a) => [a.candidate.index, a]));
  // Rule 1b (a PDF's heading print, outline/print.ts): what its numbered and procedural headings
  // share; lines that open in it before other text are headings run into their text.
  const accepted = [...numberedAt.keys(), ...candidates.filter((c) => c.readings.length === 0 && c.procedural).map((c) => c.index)];
  const printed = headingPrints(lines, accepted);
  if (printed) {
    const taken = new Set(all.flatMap((c) => Array.from({ length: c.lineCount }, (_, n) => c.index + n)));
    const runIn = runInHeadings(lines, printed, taken).filter((c) => c.index > itemsHeader);
    all = [...all, ...runIn].sort((a, b) => a.index - b.index);
    candidates = all.filter((c) => !c.weak);
  }
  // Rule 1c (leads by repetition, outline/colon-leads.ts): without numbers, headings run into
  // their text after a colon or in capitals, when the document opens lines so again and again.
  if (numbered.length === 0 && itemsHeader < 0) {
    // A line taken whole as an unnumbered heading ("APOLOGIES FOR ABSENCE were received from …") may still open with a lead.
    const whole = (c: Candidate) => c.readings.length === 0 && c.lineCount === 1 && c.runIn === undefined && c.title === lines[c.index]!.text;
    const taken = new Set(all.filter((c) => !whole(c)).flatMap((c) => Array.from({ length: c.lineCount }, (_, n) => c.index + n)));
    const leads = colonLeads(lines, taken);
    if (leads.length > 0) {
      const led = new Set(leads.map((c) => c.index));
      all = [...all.filter((c) => !led.has(c.index)), ...leads].sort((a, b) => a.index - b.index);
      candidates = all.filter((c) => !c.weak);
    }
  }
  const typesSetIn = printed === null ? setInTypes(lines, accepted) : null;
  const otherPrint = (c: Candidate) => (printed !== null ? printedApart(lines[c.index]!, printed) : (typesSetIn?.(lines[c.index]!) ?? false));

  // Rule 2: where items begin.
  let header = itemsHeader;
  while (header >= 0 && lines[header + 1] && labels.itemsHeader.test(lines[header + 1]!.text)) header++;
  // "MEETING AGENDA" printed above the list of items opens it too, when no heading comes before.
  const agendaHeader = lines.findIndex((l) => /^(?:meeting\s)?agenda(?:\sitems)?$/i.test(l.text));
  if (header < 0 && agendaHeader >= 0 && candidates.every((c) => c.index > agendaHeader)) header = agendaHeader;
  const firstNumbered = numbered[0]?.candidate.index ?? Infinity;
  const firstProcedural = candidates.find((c) => c.readings.length === 0 && c.procedural)?.index ?? Infinity;
  let start = header >= 0 ? header + 1 : Math.min(firstNumbered, firstProcedural);
  if (!Number.isFinite(start)) {
    // No numbers and no procedural headings: the first heading printed as one, or followed by prose.
    const prose = (c: Candidate) => {
      const next = lines[c.index + c.lineCount];
      return next !== undefined && isProse(next.text);
    };
    // A heading over the meeting's empty fields ("REGULAR MEETING" / "Meeting #:" / "Date:") heads the document, not an item.
    const overFields = (c: Candidate) => {
      const next = lines[c.index + c.lineCount]?.text ?? '';
      return readField(next)?.value === '' || /^[^:]{1,30}:$/.test(next);
    };
    const fallback = candidates.find((c) => c.strong && followedByContent(lines, c) && !overFields(c)) ?? candidates.find(prose);
    start = fallback?.index ?? lines.length;
  }

  // Rule 3: which unnumbered candidates may be items.
  interface Heading {
    candidate: Candidate;
    reading: ItemNumber | null;
    mayBeItem: boolean;
  }
  const headings: Heading[] = [];
  for (const candidate of all) {
    if (candidate.index < start) continue;
    const accepted = numberedAt.get(candidate.index);
    if (accepted) {
      headings.push({ candidate, reading: accepted.reading, mayBeItem: true });
      continue;
    }
    if (candidate.readings.length > 0) continue; // a number out of sequence: a point, not a heading
    const beforeNumbers = candidate.index < firstNumbered;
    // "Presentation of Colors …" right under "1. CALL TO ORDER …" is that item's subtitle.
    const previous = headings[headings.length - 1];
    const subtitle = previous?.reading !== null && previous !== undefined && previous.candidate.index + previous.candidate.lineCount === candidate.index;
    const mayBeItem =
      !subtitle && !otherPrint(candidate) && !headsPeople(lines, candidate) && (candidate.procedural || (beforeNumbers && (candidate.strong || followedByContent(lines, candidate))));
    headings.push({ candidate, reading: null, mayBeItem });
  }
  // Rule 3b (style by repetition): a document that prints unnumbered items among its numbered
  // ones, twice or more in one style, prints its other unnumbered items that way too.
  const styleAt = (c: Candidate) => styleOf(lines[c.index]!, c);
  const unnumberedAfter = (h: Heading) => h.reading === null && h.candidate.index > firstNumbered;
  const interleaved = styleCounts(headings.filter((h) => unnumberedAfter(h) && h.mayBeItem).map((h) => styleAt(h.candidate)));
  for (const h of headings) {
    if (!unnumberedAfter(h) || h.mayBeItem || (interleaved.get(styleAt(h.candidate)) ?? 0) < 2) continue;
    const previous = headings[headings.indexOf(h) - 1];
    const subtitle = previous?.reading != null && previous.candidate.index + previous.candidate.lineCount === h.candidate.index;
    if (!subtitle && followedByContent(lines, h.candidate)) h.mayBeItem = true;
  }

  // Rule 3d (style by repetition, documents without numbers): where most unnumbered items, three
  // or more, are printed one way, set apart as a paragraph of their own line and ending in a
  // colon or not ("" / "Public Comments:" / "" / "Chief's Report:"), the other headings printed so
  // are items too, when they stand as a paragraph of one line ("Review & Approval of any previous
  // meeting minutes"); an item printed otherwise on no evidence of its own (not procedural, not
  // printed as a heading, no colon: "No Chief's Report, will be carried over …") is text.
  if (numbered.length === 0) {
    const keyOf = (c: Candidate) => paragraphStyle(lines, c);
    const accepted = headings.filter((h) => h.mayBeItem);
    const [dominant, count] = [...styleCounts(accepted.map((h) => keyOf(h.candidate)))].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
    // A print of its own: set apart, a colon, a Markdown depth, bold, a PDF print, not the case of its words alone.
    const distinct = !/^(?:mixed|caps)(?: run-in)?$/.test(dominant);
    if (distinct && count >= MIN_STYLED && 2 * count > accepted.length) {
      for (const h of headings) {
        const { candidate } = h;
        const after = lines[candidate.index + candidate.lineCount];
        const oneLineParagraph = candidate.lineCount === 1 && (after === undefined || after.gapBefore > 0 || followedByContent(lines, candidate));
        if (!h.mayBeItem && keyOf(candidate) === dominant && oneLineParagraph && !isProse(candidate.title ?? '')) h.mayBeItem = true;
        else if (h.mayBeItem && keyOf(candidate) !== dominant && !candidate.procedural && !candidate.strong && !/:$/.test(lines[candidate.index]!.text)) h.mayBeItem = false;
      }
    }
  }

  // Rule 3c (print by repetition): PDF headings stacked one under another in one print, with no
  // text between them, list business of one kind: where one of them is an item ("TABLED ITEMS" /
  // "ADDITIONAL COMMENTS FROM THE BOARD" / "ADJOURNMENT"), so are the others printed as headings.
  for (let k = 0; k < headings.length; ) {
    let end = k + 1;
    const stacked = (a: Candidate, b: Candidate) => a.index + a.lineCount === b.index && printedAlike(lines[a.index]!, lines[b.index]!);
    while (end < headings.length && stacked(headings[end - 1]!.candidate, headings[end]!.candidate)) end++;
    const stack = headings.slice(k, end);
    if (stack.some((h) => h.mayBeItem && h.reading === null)) for (const h of stack) if (h.reading === null && h.candidate.strong) h.mayBeItem = true;
    k = end;
  }

  // Rule 4: sections, from the last heading up, so that a chain of group headings resolves.
  interface Kept {
    heading: Heading;
    type: Entry['type'];
  }
  const kept: Kept[] = [];
  let next: Kept | null = null;
  for (let k = headings.length - 1; k >= 0; k--) {
    const heading = headings[k]!;
    const { candidate, reading } = heading;
    let type: Entry['type'] | null;
    const end = candidate.index + candidate.lineCount;
    // A heading with text of its own (not just notes, fields or a list of who is present) is no mere group.
    const ownText = next !== null && lines.slice(end, next.heading.candidate.index).some((l) => isProse(l.text) && !/^\(.*\)$/.test(l.text) && !readField(l.text));
    if (reading) {
      const parent: ItemNumber | null | undefined = next?.heading.reading;
      const groupsSubItems: boolean =
        reading.family === 'letter' && reading.minor === null && parent?.family === 'letter' && parent.major === reading.major && parent.minor !== null && !ownText;
      type = groupsSubItems ? 'section' : 'item';
    } else {
      const adjacent = next !== null && next.heading.candidate.index === end;
      // A section stands as a heading: printed as one, or (before the numbered items, and
      // outside Markdown, where every paragraph is set apart) set apart from the text before it.
      const setApart = format !== 'markdown' && candidate.index < firstNumbered && lines[candidate.index]!.gapBefore > 0;
      // A group's name is short; a long line in capitals is an ordinance's title or a notice.
      const standsAlone = (candidate.strong || setApart) && (candidate.title?.length ?? 0) <= 100 && !/https?:|:\s\S/.test(candidate.title ?? '');
      if (next?.heading.reading && next.type === 'item' && !ownText && standsAlone && (!candidate.procedural || adjacent)) type = 'section';
      // A group of groups stands above them; a PDF heading printed like the group after it is its sibling.
      else if (next && next.type === 'section' && !next.heading.reading && !candidate.procedural && !ownText && standsAlone && !printedAlike(lines[candidate.index]!, lines[next.heading.candidate.index]!))
        type = 'section';
      else type = heading.mayBeItem ? 'item' : null;
    }
    if (type === null) continue;
    const entry: Kept = { heading, type };
    kept.unshift(entry);
    next = entry;
  }

  // Rule 5 (style by repetition): a heading that stands on its own evidence (unnumbered, or the
  // numbering's only heading), printed less prominently than the items around it (which share
  // one style), inside one of them after its text, is a sub-heading of that item ("CONFIRMATION OF MINUTES" … "15 Notice of Motion"
  // wrapped from "… interest in Item" … "CONFIRMATION OF MINUTES").
  const itemStyles = kept.map((k) => (k.type === 'item' ? styleAt(k.heading.candidate) : ''));
  const repeated = styleCounts(itemStyles.filter(Boolean));
  const alone = (k: Kept) => k.heading.reading === null || numbered.length === 1;
  const inside = kept.filter((k, n) => {
    if (k.type !== 'item' || !alone(k)) return false;
    const own = itemStyles[n]!;
    if ((repeated.get(own) ?? 0) >= 2) return false;
    let before = n - 1;
    while (before >= 0 && itemStyles[before] !== '' && itemStyles[before] !== own && (repeated.get(itemStyles[before]!) ?? 0) < 2) before--;
    const around = itemStyles[before];
    if (before < 0 || !around || around === own || (repeated.get(around) ?? 0) < 2 || prominence(own) > prominence(around)) return false;
    if (!itemStyles.slice(n + 1).includes(around)) return false;
    const from = kept[before]!.heading.candidate;
    return from.index + from.lineCount < k.heading.candidate.index;
  });
  if (inside.length > 0) kept.splice(0, kept.length, ...kept.filter((k) => !inside.includes(k)));

  // The headings chosen, their titles end at the separator the document shows for it (outline/separator.ts):
  // cut after the choice, so that which headings are items does not depend on it.
  // A reference read after the title (withReferences) or before it (withLeadReferences) goes with the reading chosen.
  const cutAt = new Map(withLeadReferences(separatedTitles(all, lines)).map((c) => [c.index, c]));
  const cutReading = (cut: Candidate | undefined, reading: ItemNumber | null) => cut?.readings.find((r) => r.family === reading?.family && r.number === reading.number) ?? reading;
  const outlined = fromHeadings(
    lines,
    start,
    kept.map(({ heading, type }) => ({ candidate: cutAt.get(heading.candidate.index) ?? heading.candidate, reading: cutReading(cutAt.get(heading.candidate.index), heading.reading), type })),
    itemsHeader >= 0,
  );
  const entered = new Set(outlined.entries.map((e) => e.from));
  const contents = all.filter((c) => c.contents && !entered.has(c.index)).map((c) => c.index);
  return boundByAgenda(lines, all, contents.length > 0 ? { ...outlined, contents } : outlined, kindLines);
}

/**
 * Lines that head a part of the document by its kind (headings.ts documentPart: "Agenda",
 * "Minutes draft"), each printed once: a running header ("Board Meeting 28 August 2019 -
 * Agenda" on every page of an agenda pack) heads no part.
 */
function partLines(lines: readonly Line[]): number[] {
  const found = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.text.length <= 120 && documentPart.test(line.text)) found.set(line.text, [...(found.get(line.text) ?? []), i]);
  });
  return [...found.values()].filter((at) => at.length === 1).map((at) => at[0]!).sort((a, b) => a - b);
}

/** The least number of one-sentence numbered paragraphs that show a document titles its entries so. */
const MIN_SENTENCE_TITLES = 3;

/** A tag printed after such a sentence has a few words at most. */
const MAX_TAG_WORDS = 4;

/**
 * Where most labels of a family, three or more, each open a paragraph that is one line and one
 * sentence ("1 ORDINANCE accepting a vacation plat …; and declaring an emergency." / "2 ORDINANCE
 * authorizing the Mayor to file …"), the sentence is how the document titles its entries (an
 * agenda of legislation), not a numbered paragraph of prose: those lines are headings. One pass.
 */
function sentenceTitled(candidates: Candidate[], lines: readonly Line[]): Candidate[] {
  const whole = (c: Candidate) => {
    const next = lines[c.index + 1];
    if (c.weak !== true || c.lineCount !== 1 || c.title === null || !/^\p{Lu}/u.test(c.title) || !(next === undefined || next.gapBefore > 0 || readItemNumbers(next.text).length > 0)) return false;
    // One sentence, and at most a tag of a few words after it (the committee it goes to: "… an emergency. PLANNING").
    const after = c.runIn === undefined ? '' : lines[c.index]!.text.slice(c.runIn);
    return wordCount(after) <= MAX_TAG_WORDS && !/[.!?]\s/.test(after);
  };
  // Per family, its numbered lines of prose at the top level, and how many of them are such sentences.
  const counts = new Map<string, { prose: number; sentences: number }>();
  for (const c of candidates) {
    if (!c.weak) continue;
    for (const family of new Set(c.readings.filter((r) => r.minor === null).map((r) => r.family))) {
      const count = counts.get(family) ?? { prose: 0, sentences: 0 };
      count.prose++;
      if (whole(c)) count.sentences++;
      counts.set(family, count);
    }
  }
  const titledSo = new Set([...counts].filter(([, n]) => n.sentences >= MIN_SENTENCE_TITLES && 2 * n.sentences > n.prose).map(([family]) => family));
  if (titledSo.size === 0) return candidates;
  return candidates.map((c) => {
    if (!whole(c) || !c.readings.some((r) => r.minor === null && titledSo.has(r.family))) return c;
    const heading: Candidate = { ...c, weak: false, title: c.readings[0]!.rest };
    delete heading.runIn;
    return heading;
  });
}

/**
 * The entries of a list a label opens ("In Attendance:" / "Economist" / "Communications Manager"
 * …): three or more unnumbered one-line candidates in a row right under a line ending in ":",
 * with nothing between them but other such labels ("Part Meeting:"), few of them procedural. They
 * are what the label lists, not headings. One pass over the lines.
 */
function labelledList(lines: readonly Line[], candidates: readonly Candidate[]): Set<number> {
  const at = new Map(candidates.map((c) => [c.index, c]));
  const listed = new Set<number>();
  const sublabel = (text: string) => /:$/.test(text) && wordCount(text) <= 6;
  for (let i = 0; i < lines.length; i++) {
    if (at.has(i) || !sublabel(lines[i]!.text)) continue;
    const run: Candidate[] = [];
    let k = i + 1;
    for (; k < lines.length; k++) {
      const c = at.get(k);
      if (c && c.readings.length === 0 && c.lineCount === 1 && c.runIn === undefined) run.push(c);
      else if (c || !sublabel(lines[k]!.text)) break;
    }
    if (run.length >= 3 && 3 * run.filter((c) => c.procedural).length < run.length) for (const c of run) listed.add(c.index);
    i = k - 1;
  }
  return listed;
}

/**
 * The rows of a flattened items table ("No. | Item |" / "Apologies for Absence |" / "Planning
 * Applications |"), right under its header, are its entries whatever their case: a row printed
 * in a table of items is printed as an item's heading.
 */
function withTableRows(candidates: Candidate[], lines: readonly Line[], header: number): Candidate[] {
  if (header < 0 || !/\|$/.test(lines[header]!.text)) return candidates;
  const taken = new Set(candidates.map((c) => c.index));
  const rows: Candidate[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!/\s\|$/.test(text) || readItemNumbers(text).length > 0) break;
    const title = text.slice(0, -1).trimEnd();
    if (!isTitleLike(title, 200) || isProse(title)) break;
    if (!taken.has(i)) rows.push({ index: i, lineCount: 1, readings: [], title, procedural: isProcedural(title), strong: true });
  }
  return rows.length === 0 ? candidates : [...candidates, ...rows].sort((a, b) => a.index - b.index);
}

/**
 * Markdown whose author headed the list of items ("## Items", as `minutes` writes it) is
 * structured by its headings: each heading one level below "Items" is an item (its number, if
 * any, printed first), each heading at the level of "Items" groups the items after it, and
 * paragraphs are text, however they look.
 */
function headingOutline(lines: readonly Line[], header: number): Outline {
  // "## Items" over "## No. Item": the list of items is headed once.
  const isHeader = (line: Line | undefined) => line?.md?.heading === lines[header]!.md!.heading && labels.itemsHeader.test(line!.text);
  while (isHeader(lines[header + 1])) header++;
  const itemDepth = lines[header]!.md!.heading! + 1;
  const headings = lines.map((line, i) => (i > header && line.md?.heading !== undefined && line.md.heading <= itemDepth ? i : -1)).filter((i) => i >= 0);
  // A heading that carries two labels ("14 D-152. Capital Program") is numbered in the list
  // the other headings are numbered in; the other label is its reference.
  const readingsOf = new Map(headings.map((i) => [i, readHeadingNumbers(lines[i]!.text)]));
  const families = new Map<string, number>();
  for (const readings of readingsOf.values()) for (const family of new Set(readings.map((r) => r.family))) families.set(family, (families.get(family) ?? 0) + 1);
  const kept: { candidate: Candidate; reading: ItemNumber | null; type: Entry['type'] }[] = [];
  for (const i of headings) {
    const depth = lines[i]!.md!.heading!;
    const text = lines[i]!.text;
    const reading = readingsOf.get(i)!.reduce<ItemNumber | null>((best, r) => (best === null || families.get(r.family)! > families.get(best.family)! ? r : best), null);
    const title = reading ? reading.rest || null : text;
    const candidate: Candidate = { index: i, lineCount: 1, readings: reading ? [reading] : [], title, procedural: title !== null && isProcedural(title), strong: true, styled: true };
    kept.push({ candidate, reading, type: depth === itemDepth ? 'item' : 'section' });
  }
  // A reference printed after (or before) each title, as read from the text the Markdown was written
  // from; headings that print "1." each, as the list they were read from did, are numbered by place again.
  const referenced = withLeadReferences(withReferences(numberedByPlace(kept.map((k) => k.candidate)), new Set(headings)));
  const withReference = kept.map((k, n) => ({ ...k, candidate: referenced[n]!, reading: referenced[n]!.readings[0] ?? null }));
  return { ...fromHeadings(lines, header + 1, withReference, true), byHeadings: true };
}

/** The entries the kept headings open, each running to the next; text between a "No. Item"
 * header and the first heading is an item whose heading was lost. */
function fromHeadings(
  lines: readonly Line[],
  start: number,
  kept: readonly { candidate: Candidate; reading?: ItemNumber | null; type: Entry['type'] }[],
  afterHeader = false,
): Outline {
  const entries: Entry[] = kept.map(({ candidate, reading = null, type }, k) => {
    const { index, lineCount } = candidate;
    return {
      type,
      candidate,
      reading,
      heading: Array.from({ length: lineCount }, (_, n) => index + n),
      from: index,
      bodyFrom: index + lineCount,
      to: kept[k + 1]?.candidate.index ?? lines.length,
    };
  });
  const firstHeading = entries[0]?.from ?? lines.length;
  if (afterHeader && lines.slice(start, firstHeading).some((l) => !isRule(l.text))) {
    entries.unshift({ type: 'item', candidate: null, reading: null, heading: [], from: start, bodyFrom: start, to: firstHeading });
    return { start, entries };
  }
  // The heading that marked the start may not have become an entry: what comes before the
  // first entry stays in the preamble, so that no line falls between the two.
  return { start: Math.max(start, firstHeading), entries };
}
