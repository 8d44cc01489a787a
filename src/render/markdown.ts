// Markdown output: the document as an mdast tree, serialised by remark-stringify (GFM), so every
// title, name and paragraph is escaped by the library, never by string concatenation.
//
// The layout reads like minutes: the meeting, attendance, declarations, then each item with
// its documents, purpose, minutes text, members' questions, comments (speaker in bold) and
// resolutions last with their outcome and votes. It is also written to be read back: the
// structured parts use the wordings the parser recognises ("Members' questions", "Agreed: …",
// "Moved by …", "Votes: …", "Documents:"), so parsing the Markdown gives the same items,
// numbers, titles, resolutions, answers and speakers, and Markdown → JSON → Markdown is stable.
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { Block, Comment, Document, Item, Outcome, Person, Point, Question, Resolution, Section } from '../model/schema.js';
import { documentLabel } from '../segment/documents.js';
import { speakerAt } from '../segment/people.js';
import { labels, truncationNotice } from '../segment/vocabulary.js';

export interface MarkdownOptions {
  /** Put the meeting's details in YAML front matter instead of the text. */
  frontMatter?: boolean;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const list = (items: BlockContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
});
/** A labelled line: "**Venue:** Council Chamber". */
const field = (label: string, value: string): Paragraph => paragraph(strong(`${label}:`), text(` ${value}`));

const kindLine: Record<Document['kind'], string> = { minutes: 'Minutes', agenda: 'Agenda', decision: 'Decision register', item: 'Agenda item', report: 'Report' };

/** The label that states an outcome, as the parser reads it back ("Resolution" for none recorded). */
const outcomeLabel: Record<Outcome, string> = {
  noted: 'Noted',
  approved: 'Approved',
  agreed: 'Agreed',
  resolved: 'Resolved',
  carried: 'Carried',
  lost: 'Lost',
  rejected: 'Rejected',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
  referred: 'Referred',
  other: 'Decision',
};

export function personText(person: Person): string {
  if (person.name && person.role) return `${person.name} (${person.role})`;
  return person.name ?? person.role ?? '';
}

/** The field of a report's cover that gives its title, last of the three the renderer restates. */
const reportTitleField = /^(?:subject|title of report|report title)\s?:/i;

function meeting(document: Document, options: MarkdownOptions): RootContent[] {
  const m = document.meeting;
  const out: RootContent[] = [];
  if (document.kind === 'report') {
    // A report's cover block is what the parser reads a report from.
    out.push(field('Title of meeting', m.body ?? ''), field('Date of meeting', m.date ?? ''), field('Subject', document.items[0]?.title ?? ''));
    // The rest of the cover ("Report by: …", "Wards affected: …") as printed: what follows its title.
    const title = document.preamble.findIndex((b) => reportTitleField.test(b.text));
    if (title >= 0) out.push(...document.preamble.slice(title + 1).flatMap(block));
    return out;
  }
  if (m.body) out.push(heading(1, m.body));
  if (document.kind !== 'item') out.push(paragraph(text(kindLine[document.kind])));
  if (options.frontMatter) return out;
  const when = [m.date, m.time].filter(Boolean).join(', ');
  if (m.date) out.push(field('Date', when));
  else if (m.time) out.push(field('Time', m.time));
  if (m.venue) out.push(field('Venue', m.venue));
  const c = m.contact;
  if (c) {
    const who = [c.name, c.role].filter(Boolean).join(', ');
    const parts = [who, c.phone ? `Tel: ${c.phone}` : '', c.email ? `Email: ${c.email}` : ''].filter(Boolean);
    if (parts.length) out.push(field('Contact', parts.join(', ')));
  }
  return out;
}

function frontMatter(document: Document): RootContent {
  const m = document.meeting;
  const data: Record<string, unknown> = { schemaVersion: document.schemaVersion, kind: document.kind };
  for (const key of ['body', 'date', 'time', 'venue'] as const) if (m[key]) data[key] = m[key];
  if (m.contact) data.contact = Object.fromEntries(Object.entries(m.contact).filter(([, v]) => v));
  return { type: 'yaml', value: stringifyYaml(data).trimEnd() };
}

/** A group of people: the label, then one person a line (names and roles may hold commas). */
function people(label: string, group: readonly Person[]): RootContent[] {
  return group.length ? [paragraph(strong(`${label}:`)), list(group.map((p) => [paragraph(text(personText(p)))]))] : [];
}

function attendance(document: Document): RootContent[] {
  const a = document.attendance;
  if (a.recorded === 'notRecorded') return [];
  const out: RootContent[] = [heading(2, 'Attendance')];
  out.push(...people('Present', a.present), ...people('Also present', a.alsoPresent), ...people('Apologies', a.apologies));
  if (!a.apologies.length && a.recorded === 'none') out.push(field('Apologies', 'none'));
  out.push(...people('Absent', a.absent));
  return out;
}

function declarations(document: Document): RootContent[] {
  const d = document.declarations;
  if (d.recorded === 'notRecorded') return [];
  const out: RootContent[] = [heading(2, 'Declarations of interest')];
  if (d.recorded === 'none') out.push(paragraph(text('There were no declarations of interest.')));
  for (const entry of d.entries) out.push(paragraph(text(`${personText(entry.member)} declared ${entry.interest}.`)));
  return out;
}

function pointText(point: Point): string {
  // Bullets are list markers in Markdown; letters and numbers are kept as printed.
  return point.label && !/^[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013o-]$/.test(point.label) ? `${point.label} ${point.text}` : point.text;
}

const pointList = (points: readonly Point[]): List => list(points.map((p) => [paragraph(text(pointText(p)))]));

function block(b: Block): RootContent[] {
  switch (b.type) {
    case 'heading':
      return [heading(4, b.text)];
    case 'list':
      return [b.points?.length ? pointList(b.points) : paragraph(text(b.text))];
    case 'table': {
      // Cells were flattened in the source; each row stays a row of a one-column table.
      const rows = b.text.split('\n');
      const table: Table = { type: 'table', align: [null], children: rows.map((row) => ({ type: 'tableRow', children: [{ type: 'tableCell', children: [text(row)] }] })) };
      return [table];
    }
    default:
      return [paragraph(text(b.text))];
  }
}

function question(q: Question): RootContent[] {
  // A question put on notice is its own paragraph; answers given in the meeting have a heading.
  if (q.askedBy) return q.intro ? [paragraph(text(q.intro))] : [];
  const out: RootContent[] = [heading(4, "Members' questions")];
  if (q.intro) out.push(paragraph(text(q.intro)));
  if (q.answers.length) out.push(pointList(q.answers));
  return out;
}

function comment(c: Comment): RootContent[] {
  const speaker = c.speaker ? speakerAt(c.text) : null;
  // The speaker as printed at the start of the comment is set in bold.
  const phrase = speaker ? c.text.slice(0, speaker.subject) : '';
  const out: RootContent[] = [phrase ? paragraph(strong(phrase), text(c.text.slice(phrase.length))) : paragraph(text(c.text))];
  if (c.points.length) out.push(pointList(c.points));
  return out;
}

/** A decision, its outcome as a label, then who moved it and the votes in a line of their own. */
function resolution(r: Resolution): Paragraph[] {
  const out = [paragraph(strong(`${r.outcome ? outcomeLabel[r.outcome] : 'Resolution'}:`), text(` ${r.text}`))];
  const notes: string[] = [];
  const by = [r.movedBy ? `Moved by ${personText(r.movedBy)}` : null, r.secondedBy ? `seconded by ${personText(r.secondedBy)}` : null].filter(Boolean).join(', ');
  if (by) notes.push(`${by.charAt(0).toUpperCase()}${by.slice(1)}.`);
  const v = r.votes;
  const counts = v ? (['for', 'against', 'abstain', 'absent'] as const).filter((k) => v[k] != null).map((k) => `${k} ${v[k]}`) : [];
  if (counts.length) notes.push(`Votes: ${counts.join(', ')}.`);
  if (notes.length) out.push(paragraph(emphasis(notes.join(' '))));
  return out;
}

/** Blocks the views below render (or that Markdown writes as structure), skipped in the text. */
const renderedElsewhere = (b: Block) =>
  b.part === 'question' || b.part === 'comment' || b.part === 'resolution' || b.part === 'documents' || truncationNotice.test(b.text);

const truncated: RootContent = { type: 'blockquote', children: [paragraph(text('Text cut off in the source.'))] };

function itemHeading(item: Item): string {
  if (item.number) return item.title ? `${item.number}. ${item.title}` : `${item.number}.`;
  return item.title ?? 'Untitled item';
}

function item(it: Item, kind: Document['kind'], first: boolean): RootContent[] {
  const out: RootContent[] = [];
  // A report is titled by its cover; the first item may have lost its heading in the copy and
  // stays headless right after "Items".
  if (kind !== 'report' && (it.number || it.title || !first)) out.push(heading(kind === 'item' ? 2 : 3, itemHeading(it)));
  if (it.documents.length) {
    out.push(paragraph(text('Documents:')));
    out.push(list(it.documents.map((d) => [paragraph(text(documentLabel(d)))])));
  }
  if (kind === 'report') {
    // A report's numbered paragraphs and recommendations read in their printed order.
    out.push(...it.minutes.filter((b) => b.part !== 'documents' && !truncationNotice.test(b.text)).flatMap(block));
  } else {
    const purpose = it.minutes.filter((b) => b.part === 'purpose' && !(b.type === 'heading' && labels.purpose.test(b.text)));
    const minutes = it.minutes.filter((b) => (b.part === 'minutes' || b.part === undefined) && !renderedElsewhere(b));
    const labelled = minutes[0]?.type === 'heading' && labels.minutes.test(minutes[0].text);
    if (purpose.length) {
      out.push(heading(4, 'Purpose'), ...purpose.flatMap(block));
      // "Minutes:" ends the purpose when read back (else it would end at its first sub-heading).
      if ((minutes.length || purpose.some((b) => b.type === 'heading')) && !labelled) out.push(heading(4, 'Minutes:'));
    } else if (!labelled && ((kind === 'agenda' && (minutes[0]?.type === 'paragraph' || minutes[0]?.type === 'list')) || minutes.slice(1).some((b) => labels.purpose.test(b.text)))) {
      // Read back, an agenda item's opening paragraph or list, or the text up to a "Purpose" label further
      // on in the minutes, would be its purpose: "Minutes:" says it is not.
      out.push(heading(4, 'Minutes:'));
    }
    out.push(...minutes.flatMap(block));
    // The notice follows the text that breaks off.
    if (it.truncated) out.push(truncated);
    out.push(...it.questions.flatMap(question));
    if (it.comments.length) out.push(heading(4, "Members' comments"), ...it.comments.flatMap(comment));
    if (it.resolutions.length) out.push(heading(4, 'Resolutions'), ...it.resolutions.flatMap(resolution));
  }
  // A "Supporting documents:" that lists nothing is kept as printed, where ModernGov prints it.
  if (!it.documents.length) out.push(...it.minutes.filter((b) => b.part === 'documents').flatMap(block));
  if (it.truncated && kind === 'report') out.push(truncated);
  return out;
}

function section(s: Section): RootContent[] {
  const [title, ...rest] = s.blocks;
  // A section groups the items after it: a heading at the level of "Items", above theirs.
  return [heading(2, s.number ? `${s.number}. ${s.title}` : s.title), ...(title?.type === 'heading' ? rest : s.blocks).flatMap(block)];
}

export function markdownTree(document: Document, options: MarkdownOptions = {}): Root {
  const children: RootContent[] = [];
  if (options.frontMatter) children.push(frontMatter(document));
  if (document.kind === 'item') {
    // An agenda item's page: "Agenda item", its title, its text (the parser reads it so).
    children.push(paragraph(text(kindLine.item)));
  } else {
    children.push(...meeting(document, options));
    if (document.unclassified.length) children.push(heading(2, 'Unclassified'), ...document.unclassified.flatMap(block));
    if (document.kind !== 'report') children.push(...attendance(document), ...declarations(document), heading(2, 'Items'));
  }
  const sections = new Map(document.sections.map((s) => [s.id, s]));
  let current: string | null = null;
  document.items.forEach((it, k) => {
    if (it.section && it.section !== current) children.push(...section(sections.get(it.section)!));
    current = it.section;
    children.push(...item(it, document.kind, k === 0));
  });
  return { type: 'root', children };
}

export function renderMarkdown(document: Document, options: MarkdownOptions = {}): string {
  return unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one' })
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .stringify(markdownTree(document, options));
}

