// segment: lines → the minutes tree. The only stage that knows meeting conventions. The order:
// cut flattened text back into lines; find the outline (preamble, sections, items); read the
// preamble (meeting header, attendance, declarations); read each item (title, parts, questions,
// resolutions, comments); then what spans the document (apologies and declarations recorded in
// items, the kind, truncation). Text no recognizer claims is kept in `unclassified`.
import type { Line } from '../extract/line.js';
import type { Extracted } from '../extract/index.js';
import { linePosition, linesPosition, linkOnlyHref, subLine } from '../extract/line.js';
import type { AttachedDocument, Block, BlockPart, Diagnostic, Document, Item, Kind, Section } from '../model/schema.js';
import { CLOCK_24, isIsoDate } from '../model/formats.js';
import { SCHEMA_VERSION } from '../model/version.js';
import type { Source } from '../read/source.js';
import { mergeApologies, readApologies, readAttendance } from './attendance.js';
import { buildParas, paraPosition, paraText, pointText, toBlock, type Para } from './blocks.js';
import { readDocumentEntry } from './documents.js';
import { readComments } from './comments.js';
import { addDeclaration, declarationsHeading, emptyDeclarations, readDeclaration } from './declarations.js';
import { findDate, monthFirstIn } from './dates.js';
import { unflatten } from './flattened.js';
import { splitTableRows } from './rows.js';
import { isLabel } from './headings.js';
import { itemPage as itemPageHeader, kindFromContent, kindFromHeader } from './kind.js';
import { HEADER_LINE, applyField, readMeeting, type BeyondLine } from './meeting.js';
import { isProse, isTitleLike, readField, wordCount } from './shape.js';
import { outline, type Entry, type Outline } from './outline.js';
import { readItemNumbers, type ItemNumber } from './numbering.js';
import { itemParas } from './parts.js';
import { questionHeader } from './question-header.js';
import { readQuestions } from './questions.js';
import { readCover, readRecommendations } from './report.js';
import { readDecision, readMotion, readRecordedDecision, readSettlement } from './motions.js';
import { readHeadingDecision, readResolutions, type ItemContext } from './resolutions.js';
import { fullName } from './learned/header.js';
import { defaultLearned, type Learned } from './learned/models.js';
import { splitSentences } from './sentences.js';
import { gateDocument } from './cues.js';
import { forgetTexts } from './memo.js';
import { cleanTitle } from './titles.js';
import { endsMidSentence, truncationLinkNumber } from './truncation.js';
import { labels, preambleHeading, proceduralHeading, truncationNotice } from './vocabulary.js';

/** How many of a document's first lines may hold its meeting header. */
const OPENING_LINES = 6;
/** How many lines after the header may offer the meeting's body, date and venue. */
const BEYOND_LINES = 30;

interface Plan extends Outline {
  kind: Kind | null;
}

/** A site's banner: the council's name in a few capitalised words, no figure, no stop. */
const siteBanner = /^[A-Z][\w&'\u2019-]*(?:\s(?:[A-Z][\w&'\u2019-]*|of|and|&)){1,5}$/;

/** "Meeting: 14/03/2019 - Cabinet (Item 37)": the meeting an item's page records it at, and its number there. */
const itemAtMeeting = /^Meeting:\s.{1,200}\(Item\s(\d{1,4}[A-Za-z]?)\)$/;

/** How many lines under an item page's header may name the meeting and print the numbered heading. */
const ITEM_PAGE_LINES = 6;

/**
 * One item's page: the title at line `title` (maybe with its number), its text to the end. Where
 * the page names the item's number at a meeting ("Meeting: … (Item 50)"), the heading printed
 * with that number under it ("50 MINUTES") heads the item, and the lines above it are the header.
 */
function itemPage(lines: readonly Line[], title: number): Plan {
  const named = lines.slice(title, title + ITEM_PAGE_LINES).map((l) => itemAtMeeting.exec(l.text)?.[1]).find((n) => n !== undefined);
  const numbered = named === undefined ? -1 : lines.findIndex((l, i) => i > title && i <= title + ITEM_PAGE_LINES && readItemNumbers(l.text).some((r) => r.number === named && r.rest.length > 0));
  if (numbered >= 0) title = numbered;
  // The title may carry its number ("15. Exclusion of the Public and Press", as `minutes` writes it).
  const reading = readItemNumbers(lines[title]!.text).find((r) => r.rest.length > 0) ?? null;
  const entry: Entry = {
    type: 'item',
    candidate: { index: title, lineCount: 1, readings: reading ? [reading] : [], title: reading?.rest ?? lines[title]!.text, procedural: false, strong: true },
    reading,
    heading: [title],
    from: title,
    bodyFrom: title + 1,
    to: lines.length,
  };
  return { kind: 'item', start: title, entries: [entry] };
}

/** The outline of an item's page (ModernGov's "Agenda item" then its title, Legistar's legislation page) or a report. */
function plan(lines: readonly Line[], source: Source): Plan {
  const format = source.format;
  const cover = readCover(lines);
  if (cover) {
    const entry: Entry = {
      type: 'item',
      candidate: { index: cover.titleLine, lineCount: 1, readings: [], title: cover.title, procedural: false, strong: true },
      reading: null,
      heading: [cover.titleLine],
      from: cover.end,
      bodyFrom: cover.end,
      to: lines.length,
    };
    return { kind: 'report', start: cover.end, entries: [entry] };
  }
  // A ModernGov item page: "Agenda item" or "Issue - meetings" (after any front matter), then the title.
  const top = lines.findIndex((l) => !l.md?.frontMatter);
  if (top >= 0 && itemPageHeader.test(lines[top]!.text) && lines.length > top + 1) return itemPage(lines, top + 1);
  // The same page under the site's banner, the council's name ("Greenwich Council" / "Agenda item."):
  // only the words "Agenda item", which no agenda's own lines are.
  if (top >= 0 && siteBanner.test(lines[top]!.text) && /^agenda item\.?$/i.test(lines[top + 1]?.text ?? '') && lines.length > top + 2) return itemPage(lines, top + 2);
  // A Legistar legislation page: "File #: 17-0025 …" at the top, and later "Title" over the title.
  if (lines.slice(0, 5).some((l) => /^File #:/.test(l.text))) {
    const title = lines.findIndex((l, i) => l.text === 'Title' && i + 1 < lines.length);
    if (title >= 0) return itemPage(lines, title + 1);
  }
  const outlined = outline(lines, format);
  if (outlined.entries.length === 0) {
    const asked = questionsWithoutHeading(lines, source);
    if (asked) return { kind: null, start: asked.from, entries: [asked] };
  }
  const forum = outlined.entries.length > 0 ? forumBeforeItems(lines, source, outlined.start) : null;
  if (forum) return { kind: null, ...outlined, start: forum.from, entries: [forum, ...outlined.entries] };
  return { kind: null, ...outlined };
}

/**
 * A procedural label alone on its line before the first item ("Public forum:" over what the
 * public asked, above "1) Chairman's Remarks"), the prose under it recording questions: an item of
 * its own, not a field of the header ("Public: There were 3 members of public present."). The
 * label's colon (or dash) is what sets it apart from a title the header prints.
 */
function forumBeforeItems(lines: readonly Line[], source: Source, start: number): Entry | null {
  for (let i = 0; i < start - 1; i++) {
    const title = lines[i]!.text.trim().replace(/[:\u2013-]{1,2}$/, '').trimEnd();
    // ModernGov's "Minutes:" labels the record that follows, whatever item it is.
    if (title === lines[i]!.text.trim() || labels.minutes.test(lines[i]!.text.trim()) || !proceduralHeading.test(title) || title.split(/\s+/).length > 6) continue;
    const paras = itemParas(lines.slice(i + 1, start), 'minutes', source.format);
    if (readQuestions(source, paras).length === 0) continue;
    const candidate = { index: i, lineCount: 1, readings: [], title, procedural: true, strong: false };
    return { type: 'item', candidate, reading: null, heading: [i], from: i, bodyFrom: i + 1, to: start };
  }
  return null;
}

/** A sentence ending in a colon, six words at least: what follows it is what it announces. */
const introducesList = (text: string) => /:$/.test(text) && wordCount(text) >= 6;

/** A field of the header or the attendance ("Present: Cllrs …", "In attendance: …"), not the record. */
const fieldLine = /^[A-Z][\w ()'\u2019/-]{0,40}:\s/;

/**
 * A text with no heading at all that records questions (a page of questions and answers, a
 * public forum told in prose): its record, from the first sentence after the header, is one item
 * with no heading, so that its questions are read (an item's page copied without its title).
 */
function questionsWithoutHeading(lines: readonly Line[], source: Source): Entry | null {
  // A dated line is the header, unless it is longer than a header's line: a page flattened into one.
  // A sentence that introduces what follows opens the record too ("Three questions had been received
  // from Mr Cunningham, briefly summarised as follows:").
  const from = lines.findIndex((l) => (isProse(l.text) || introducesList(l.text)) && !fieldLine.test(l.text) && (findDate(l.text) === null || l.text.length > HEADER_LINE));
  if (from < 0) return null;
  const paras = itemParas(lines.slice(from), 'minutes', source.format);
  if (readQuestions(source, paras).length === 0) return null;
  // A numbered title among the first lines ("61 To note the minutes of …", a number in figures) heads it.
  for (let i = 0; i < Math.min(lines.length - 1, from + 8); i++) {
    const text = lines[i]!.text;
    const reading = isProse(text) || !isTitleLike(text) ? undefined : readItemNumbers(text).find((r) => r.rest.length > 0 && /^\d{1,4}$/.test(r.number));
    if (!reading) continue;
    const candidate = { index: i, lineCount: 1, readings: [reading], title: reading.rest, procedural: false, strong: false };
    return { type: 'item', candidate, reading, heading: [i], from: i, bodyFrom: i + 1, to: lines.length };
  }
  return { type: 'item', candidate: null, reading: null, heading: [], from, bodyFrom: from, to: lines.length };
}

/**
 * The preamble's Markdown headings "Attendance", "Declarations of interest" and "Unclassified"
 * hold the lines up to the next heading of their level or above: only that part is read there.
 */
function headingRegions(lines: readonly Line[]): (BlockPart | 'unclassified' | undefined)[] {
  const regions: (BlockPart | 'unclassified' | undefined)[] = [];
  let current: { part: BlockPart | 'unclassified' | undefined; depth: number } = { part: undefined, depth: 0 };
  for (const line of lines) {
    const depth = line.md?.heading;
    if (depth !== undefined && (current.part === undefined || depth <= current.depth)) {
      const text = line.text;
      const part = preambleHeading.attendance.test(text) ? 'attendance' : preambleHeading.declarations.test(text) ? 'declarations' : preambleHeading.unclassified.test(text) ? 'unclassified' : undefined;
      current = { part, depth };
    }
    regions.push(current.part);
  }
  return regions;
}

/**
 * Where the text that `minutes` writes last under "## Unclassified" starts: a Markdown heading
 * "Unclassified" with no heading of its level or above after it ends the items. The end when none.
 */
function unclassifiedTail(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const depth = lines[i]!.md?.heading;
    if (depth === undefined) continue;
    if (preambleHeading.unclassified.test(lines[i]!.text) && lines.slice(i + 1).every((l) => (l.md?.heading ?? 7) > depth)) return i;
    if (depth <= 2) break;
  }
  return lines.length;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '');

/** Ids given so far, and for each base the next suffix to try (so that many repeats of one number stay linear). */
interface UsedIds {
  ids: Set<string>;
  next: Map<string, number>;
}

function uniqueId(base: string, used: UsedIds): string {
  let id = base;
  let n = used.next.get(base) ?? 2;
  while (used.ids.has(id)) id = `${base}-${n++}`;
  used.next.set(base, n);
  used.ids.add(id);
  return id;
}

/** Sentences of the paragraphs of blocks, for recognizers that read prose. */
const sentencesOf = (paras: readonly Para[]) => paras.filter((p) => p.type === 'paragraph').flatMap((p) => splitSentences(paraText(p)).map((s) => ({ para: p, text: s.text })));

/** `learned`: the models to consult (the committed ones unless cross-validation says otherwise). */
/**
 * Lines that record a decision in so many words ("It was RESOLVED to approve …", "The minutes …
 * were confirmed"), or a motion someone moved or its outcome ("D. Gillen moved to adjourn. J. Kupar
 * seconded the motion. … The motion carried …"): minutes, whatever their header says, before any
 * item is read. Read as an agenda, an item's first paragraph would be taken for its purpose and
 * its decision lost.
 */
const recordedDecisions = (lines: readonly Line[]) =>
  lines.filter((l) => readDecision(l.text) !== null || (/\bmo(?:tion|ved)\b/i.test(l.text) && splitSentences(l.text).some(({ text }) => readMotion(text)?.movedBy || readSettlement(text)))).length;

export function segment(source: Source, extracted: Extracted, learned: Learned = defaultLearned): Document {
  forgetTexts();
  gateDocument(source.text.length);
  const allLines = splitTableRows(unflatten(extracted.lines));
  const tailAt = unclassifiedTail(allLines);
  const lines = allLines.slice(0, tailAt);
  const diagnostics: Diagnostic[] = [...source.messages];
  const outlineOf = plan(lines, source);
  const { start, entries } = outlineOf;
  const format = source.format;

  // ---- preamble: meeting header, attendance, declarations ----
  const preambleLines = lines.slice(0, start);
  const parts = new Map<number, BlockPart>();
  const claim = (indices: Iterable<number>, part: BlockPart) => {
    for (const i of indices) if (!parts.has(i)) parts.set(i, part);
  };
  // Structure first: "No. Item" (the header of the list of items) and the headings `minutes`
  // writes in Markdown ("Attendance", "Declarations of interest", "Unclassified"). A Markdown
  // list item is an entry of the list it is in, whatever it says.
  preambleLines.forEach((line, i) => {
    const text = line.text;
    if (line.md?.list) return;
    if (labels.itemsHeader.test(text) || preambleHeading.unclassified.test(text) || line.md?.frontMatter === 'foreign') claim([i], 'meeting');
    else if (preambleHeading.attendance.test(text)) claim([i], 'attendance');
    else if (preambleHeading.declarations.test(text)) claim([i], 'declarations');
  });
  if (outlineOf.kind === 'report' || outlineOf.kind === 'item') claim(preambleLines.keys(), 'meeting');
  claim((outlineOf.contents ?? []).filter((i) => i < start), 'meeting');
  const regions = headingRegions(preambleLines);
  /** Runs a recognizer over the preamble lines not claimed yet (outside other parts' headings) and claims what it read. */
  const readUnclaimed = <R extends { claimed: Set<number> }>(read: (lines: Line[]) => R, part: BlockPart): R => {
    const open = [...preambleLines.keys()].filter((i) => !parts.has(i) && (regions[i] === undefined || regions[i] === part));
    const result = read(open.map((i) => preambleLines[i]!));
    claim([...result.claimed].map((k) => open[k]!), part);
    return result;
  };
  const { attendance } = readUnclaimed(readAttendance, 'attendance');
  // An item's page or a report is all header before its title: the meeting is read from all of it.
  // Numeric dates are read in the order the document's own dates show (1/7/2019: 7 January or 1 July).
  const monthFirst = monthFirstIn(lines.map((l) => l.text));
  // Lines beyond the header that may name the meeting as well: the attendance's, and the opening
  // items' (a masthead read as items, "the meeting of X Council held in the Parish Rooms").
  const headingLines = new Set(entries.flatMap((e) => e.heading));
  const numberedAt = (i: number) => entries.some((e) => e.reading !== null && e.from <= i && i < e.to);
  // A decision register's entries are decisions of many meetings, never its masthead.
  const register = kindFromHeader(lines, start) === 'decision';
  const beyond: BeyondLine[] = [
    ...preambleLines.filter((line) => line.md?.frontMatter === 'foreign').map((line) => ({ line, where: 'frontMatter' as const })),
    ...preambleLines.filter((_, i) => parts.get(i) === 'attendance').map((line) => ({ line, where: 'attendance' as const })),
    ...lines.slice(start, register ? start : start + BEYOND_LINES).map((line, k) => ({ line, where: headingLines.has(start + k) ? ('itemHeading' as const) : ('itemText' as const), numbered: numberedAt(start + k) })),
  ];
  const printed = outlineOf.kind === 'report' || outlineOf.kind === 'item' ? readMeeting(preambleLines, learned, monthFirst) : readUnclaimed((open) => readMeeting(open, learned, monthFirst, beyond), 'meeting');
  const printedMeeting = printed.meeting;
  const names = [...printed.names];
  // A header read as the first items ("Minutes of the Full Council Meeting held on Monday 24th
  // August 2020 at 7:00pm" under a "Minutes" heading): the document's opening lines offer what
  // the preamble did not, and a body or date the model is surer of than of the preamble's ("CITY
  // COUNCIL MEETING - November 21, 2011" under "Laserfiche WebLink"; "Decision Maker: Council"
  // under "Decision details"). They stay the items' text. A venue is taken only from dated
  // opening lines (a header is dated; undated ones offered names out of the items' text), and
  // never over the preamble's (measured leave-one-publisher-out, comparing venues gave fewer right).
  if (start < OPENING_LINES && outlineOf.kind !== 'report' && outlineOf.kind !== 'item') {
    // Only the text of a first entry that is no numbered item ("Minutes", "To: ALL MEMBERS"), and
    // not its heading: a date or a name in an item's title or minutes is never the meeting's.
    const first = entries[0];
    const end = first && first.reading === null ? Math.min(OPENING_LINES, entries[1]?.from ?? lines.length) : start;
    const headings = new Set(entries.flatMap((e) => e.heading));
    const opening = readMeeting(lines.slice(start, end).filter((_, k) => !headings.has(start + k)), learned, monthFirst);
    const takes = (field: 'body' | 'date' | 'venue') =>
      opening.meeting[field] !== null &&
      (field === 'venue' ? printedMeeting.venue === null && opening.meeting.date !== null : printedMeeting[field] === null || opening.confidence[field] > printed.confidence[field]);
    if (takes('body')) printedMeeting.body = opening.meeting.body;
    if (takes('date')) printedMeeting.date = opening.meeting.date;
    if (takes('venue')) printedMeeting.venue = opening.meeting.venue;
    printedMeeting.time ??= opening.meeting.time;
    names.push(...opening.names);
  }
  // "DISTRICT COUNCIL" where the header names "MAGHERAFELT DISTRICT COUNCIL": printed in full.
  printedMeeting.body = fullName(printedMeeting.body, names);
  // The front matter `minutes` wrote holds the meeting's fields exactly; the header is then text.
  const ownFields = preambleLines.filter((l) => l.md?.frontMatter === 'fields');
  const meeting = ownFields.length > 0 ? withExactFields(readMeeting(ownFields, learned, monthFirst).meeting, ownFields) : printedMeeting;
  const declarations = emptyDeclarations();
  readUnclaimed((open) => {
    const claimed = new Set<number>();
    open.forEach((line, k) => {
      for (const s of splitSentences(line.text)) {
        const found = readDeclaration(s.text, false);
        if (found === null) continue;
        addDeclaration(declarations, found, linePosition(source, line));
        claimed.add(k);
      }
    });
    return { claimed };
  }, 'declarations');
  // Above the "## Items" of Markdown structured by its headings (as `minutes` writes it, with the
  // text that fits nowhere last, under "Unclassified"), the text is the document's header.
  if (outlineOf.byHeadings) claim(preambleLines.keys(), 'meeting');
  const cover = outlineOf.kind === 'report' ? readCover(lines) : null;
  if (cover) {
    meeting.body = cover.body ?? meeting.body;
    meeting.date = (cover.date ? findDate(cover.date, monthFirst)?.iso : null) ?? meeting.date;
  }

  const preamble: Block[] = [];
  const unclassified: Block[] = [];
  const partOf = (i: number) => parts.get(i);
  for (let i = 0; i < preambleLines.length; ) {
    const part = partOf(i);
    let j = i + 1;
    while (j < preambleLines.length && partOf(j) === part) j++;
    // The fields of the front matter `minutes` wrote are the meeting's, read above; not text.
    const text = preambleLines.slice(i, j).filter((l) => l.md?.frontMatter !== 'fields');
    const paras = buildParas(text, part, { format, isHeading: (l) => isLabel(l.text) });
    for (const para of paras) (part ? preamble : unclassified).push(toBlock(source, para));
    i = j;
  }

  // The text `minutes` wrote under a last "Unclassified" heading, the heading kept with the preamble's.
  if (tailAt < allLines.length) {
    preamble.push(toBlock(source, { type: 'heading', lines: [allLines[tailAt]!], part: 'meeting' }));
    for (const para of buildParas(allLines.slice(tailAt + 1), undefined, { format, isHeading: (l) => isLabel(l.text) })) unclassified.push(toBlock(source, para));
  }

  // ---- kind, provisionally from the header and the text ----
  let kind: Kind =
    outlineOf.kind ?? kindFromHeader(lines, start) ?? kindFromContent(lines, { resolutions: recordedDecisions(lines.slice(start)), attendance: attendance.recorded === 'yes' });
  const headerKind = outlineOf.kind ?? kindFromHeader(lines, start);

  // ---- sections and items ----
  const sections: Section[] = [];
  const items: Item[] = [];
  const usedIds: UsedIds = { ids: new Set(), next: new Map() };
  let section: Section | null = null;
  let sectionNumber: ItemNumber | null = null;
  for (const entry of entries) {
    const headingLines = entry.heading.map((i) => lines[i]!);
    const bodyLines = [...lines.slice(entry.bodyFrom, entry.to), ...(entry.papers ? lines.slice(entry.papers.from, entry.papers.to) : [])];
    // A heading run into its text (or a contents row's page number) on its last line: the heading
    // is the line up to the title's end, the rest is text.
    const runIn = entry.candidate?.runIn;
    const last = headingLines.length - 1;
    if (runIn !== undefined && last >= 0) {
      bodyLines.unshift(subLine(headingLines[last]!, runIn));
      headingLines[last] = subLine(headingLines[last]!, 0, runIn);
    }
    const all = [...headingLines, ...bodyLines];
    const position = linesPosition(source, all[0]!, all[all.length - 1]!);
    const headingBlock: Block | null =
      headingLines.length > 0
        ? { type: 'heading', text: headingLines.map((l) => l.text).join(' '), position: linesPosition(source, headingLines[0]!, headingLines[headingLines.length - 1]!) }
        : null;

    if (entry.type === 'section') {
      const paras = buildParas(bodyLines, undefined, { format, isHeading: (l) => isLabel(l.text) });
      const title = cleanTitle(entry.candidate?.title ?? null).title ?? headingBlock?.text ?? '';
      section = {
        id: uniqueId(`section-${slug(entry.reading?.number ?? title) || sections.length + 1}`, usedIds),
        number: entry.reading?.number ?? null,
        title,
        blocks: [...(headingBlock ? [headingBlock] : []), ...paras.map((p) => toBlock(source, p))],
        position,
      };
      sections.push(section);
      sectionNumber = entry.reading;
      continue;
    }
    // A lettered section holds its sub-items (A-1, A-2 under A); an unnumbered one the
    // numbered items that follow it, until an unnumbered item.
    const inSection = sectionNumber
      ? entry.reading?.family === sectionNumber.family && entry.reading.major === sectionNumber.major
      : entry.reading !== null;
    if (!inSection) section = null;

    const printed = cleanTitle(entry.candidate?.title ?? null);
    const paras = itemParas(bodyLines, kind, format);
    // The notice that the text breaks off is no part of the record (the Markdown prints it after the item's text).
    const said = paras.filter((p) => !(p.type === 'paragraph' && truncationNotice.test(paraText(p))));
    const questions = readQuestions(source, said, { number: entry.reading?.number ?? null, title: printed.title }, learned, items.length);
    const headingText = headingBlock ? entry.candidate?.title : undefined;
    const itemContext: ItemContext = { order: items.length, title: printed.title, agenda: headerKind === 'agenda', ...(headingBlock && headingText ? { heading: { text: headingText, position: headingBlock.position } } : {}) };
    // Nor are the headers the Markdown writes over questions (read back by the question reader
    // above): a decision stands at the same place among the item's paragraphs in the source and in
    // its Markdown, so the model weighs it the same both ways.
    const recorded = said.filter((p) => !(p.type === 'paragraph' && questionHeader.test(paraText(p))));
    const resolutions = kind === 'report' ? readRecommendations(source, recorded) : readResolutions(source, recorded, itemContext, learned);
    // A heading may be its own record: "Minutes … approved – Z. Maiorca (motion), T. Feinberg (second)".
    const inHeading = headingText ? (kind === 'report' ? readRecordedDecision(headingText) : readHeadingDecision(headingText, itemContext, learned)) : null;
    // Written out under the heading as well (as `minutes` renders it), it is one decision.
    if (inHeading && !resolutions.some((r) => r.text === inHeading.text)) resolutions.unshift({ text: inHeading.text, outcome: inHeading.outcome, outcomeText: inHeading.outcomeText, movedBy: inHeading.movedBy, secondedBy: inHeading.secondedBy, votes: null, position: headingBlock!.position });
    const comments = readComments(source, said);
    const purposeText = paras
      .filter((p) => p.part === 'purpose' && p.type !== 'heading')
      .map(paraText)
      .join('\n');
    let number = entry.reading?.number ?? null;
    let truncated = false;
    for (const line of all) {
      if (truncationNotice.test(line.text)) truncated = true;
      const linked = truncationLinkNumber(line.text);
      if (linked === null) continue;
      truncated = true;
      number ??= linked;
    }
    const listed = paras
      .filter((p) => p.part === 'documents' && p.type !== 'heading')
      .flatMap((p) => (p.lines.every((l) => linkOnlyHref(l) !== null) ? p.lines.map(linkedDocument) : (p.points ? p.points.map(pointText) : p.lines.map((l) => l.text)).map(readDocumentEntry)))
      .filter((d) => d !== null);
    const order = items.length;
    items.push({
      id: '',
      order,
      number,
      title: printed.title,
      heading: headingBlock,
      reference: printed.reference ?? entry.reading?.reference ?? null,
      section: section?.id ?? null,
      documents: withLinks([...printed.documents, ...listed], all),
      purpose: purposeText || null,
      minutes: paras.map((p) => toBlock(source, p)),
      questions,
      comments,
      resolutions,
      truncated,
      position,
    });

    // Apologies and declarations recorded inside items.
    const underDeclarations = printed.title !== null && declarationsHeading.test(printed.title);
    for (const { para, text } of sentencesOf(paras)) {
      mergeApologies(attendance, readApologies(text));
      // The position is made only for a sentence that declares (or says none were): most do neither.
      const declared = readDeclaration(text, underDeclarations);
      if (declared !== null) addDeclaration(declarations, declared, paraPosition(source, para));
    }
  }

  // Ids: "item-15" for numbered items (reserved first, so they never carry a suffix), else the
  // item's place in the document.
  for (const item of items) if (item.number) item.id = uniqueId(`item-${slug(item.number)}`, usedIds);
  for (const item of items) if (!item.number) item.id = uniqueId(`item-${item.order + 1}`, usedIds);

  // ---- what spans the document ----
  // Decision registers print the meeting under each decision: "Decision Maker: …".
  if (meeting.body === null || meeting.date === null) {
    for (const line of lines.slice(start)) {
      const field = readField(line.text);
      if (field && /^(?:decision maker|made at meeting|meeting date|date of meeting|date of decision)$/i.test(field.name)) applyField(meeting, field.name, field.value, monthFirst);
    }
  }
  if (!headerKind && kind === 'agenda' && items.some((i) => i.resolutions.length > 0)) kind = 'minutes';
  // A document that stops mid-sentence inside its last item cuts that item off. Markdown that
  // `minutes` wrote says so with its notice, and puts the unclassified text first, so where it
  // ends says nothing.
  const lastItem = items[items.length - 1];
  if (!outlineOf.byHeadings && lastItem && lastItem.minutes.length > 0 && entries[entries.length - 1]?.type === 'item' && endsMidSentence(lines)) lastItem.truncated = true;

  return {
    schemaVersion: SCHEMA_VERSION,
    kind,
    source: { name: source.name, format: source.format, encoding: source.encoding, sha256: source.sha256, pages: source.pageStarts?.length ?? null },
    meeting,
    attendance,
    declarations,
    preamble,
    sections,
    items,
    unclassified,
    furniture: extracted.furniture.map((line) => toBlock(source, { type: 'paragraph', lines: [line] })),
    diagnostics,
  };
}

/**
 * HTML and Word documents: a document printed as a link gets the link's target. A document's
 * title is the link's text, or the link's text is all of the document's line ("Budget.pdf").
 */
function withLinks(documents: AttachedDocument[], lines: readonly Line[]): AttachedDocument[] {
  const links = lines.flatMap((line) => (line.links ?? []).map((link) => ({ text: line.text.slice(link.from, link.to), line: line.text, href: link.href })));
  if (links.length === 0) return documents;
  return documents.map((document) => {
    const link = links.find((l) => l.text === document.title || (l.text.length >= 4 && document.title.startsWith(l.text) && l.line.startsWith(l.text)));
    return link ? { ...document, href: link.href } : document;
  });
}

/** A document listed as a link: its title and format as printed, else the format of the link's file. */
function linkedDocument(line: Line): AttachedDocument {
  const href = linkOnlyHref(line)!;
  const printed = readDocumentEntry(line.text);
  const extension = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(href)?.[1];
  return { title: printed?.title ?? line.text, format: printed?.format ?? extension?.toUpperCase() ?? null, size: printed?.size ?? null, href };
}

/**
 * The meeting read from `minutes`' own front matter, its body, date, time, venue and contact
 * taken as written there (the field reader trims what a printed header carries around a value, such as
 * trailing dots, that the value itself may hold); a value the contract refuses is left as read.
 */
function withExactFields(meeting: Document['meeting'], fields: readonly Line[]): Document['meeting'] {
  for (const { md } of fields) {
    // The contact as written: read again from its line, a name and a role could swap or lose a colon.
    if (md?.contact) meeting.contact = md.contact;
    const key = md?.field?.key;
    if (key !== 'body' && key !== 'date' && key !== 'time' && key !== 'venue') continue;
    const value = md!.field!.value.trim();
    // The schema's own formats, checked without loading zod (start-up).
    const valid = key === 'date' ? isIsoDate(value) : key === 'time' ? CLOCK_24.test(value) : true;
    if (value && valid) meeting[key] = value;
  }
  return meeting;
}
