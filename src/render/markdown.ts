// Markdown output: the document as an mdast tree, serialised by remark-stringify (GFM), so every
// title, name and paragraph is escaped by the library, never by string concatenation.
//
// The layout reads like the record: the meeting, attendance and declarations, then each item
// with its text in the order printed: decisions where they stood (the word that states each in
// bold), members' comments with the speaker in bold, questions and answers with their label or
// who asks and answers in bold, lists and sub-headings as printed. Text
// that fits nowhere comes last under "Unclassified". One function renders each kind of block.
// It is also written to be read back: the text is the source's own, so parsing the Markdown
// finds the same items, numbers, titles, resolutions, answers and speakers, and
// Markdown → JSON → Markdown is stable.
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { AttachedDocument, Block, Document, Item, Person, Point, Section } from '../model/schema.js';
import { documentLabel, splitAttachment } from '../segment/documents.js';
import { readItemNumbers, readTrailingItemNumber } from '../segment/numbering.js';
import { kindNamed } from '../segment/kind.js';
import { speakerAt, subjectAt } from '../segment/people.js';
import { questionHeader, questionHeaderText } from '../segment/question-header.js';
import { labels, preambleHeading, truncationNotice } from '../segment/vocabulary.js';

export interface MarkdownOptions {
  /** Put the meeting's details in YAML front matter instead of the text. */
  frontMatter?: boolean;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
/** A web or email address in running text. */
const address = /\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"\u2019]|\bwww\.[\w-]+(?:\.[\w-]+)+(?:\/[^\s<>]*[^\s<>.,;:!?)\]'"\u2019])?|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b/g;
/**
 * Running text as phrasing content: web and email addresses become links, which Markdown prints
 * as they are ("<https://…>") where plain text would need escapes ("https\://", "a\@b").
 */
function inline(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const m of value.matchAll(address)) {
    if (m.index > from) out.push(text(value.slice(from, m.index)));
    const url = m[0].includes('@') && !m[0].includes('/') ? `mailto:${m[0]}` : m[0].startsWith('www.') ? `http://${m[0]}` : m[0];
    out.push({ type: 'link', url, children: [text(m[0])] });
    from = m.index + m[0].length;
  }
  if (from < value.length || out.length === 0) out.push(text(value.slice(from)));
  return out;
}
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: inline(value) });
const list = (items: BlockContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })),
});
/** A labelled line: "**Venue:** Council Chamber". */
const field = (label: string, value: string): Paragraph => paragraph(strong(`${label}:`), ...inline(` ${value}`));

const kindLine: Record<Document['kind'], string> = { minutes: 'Minutes', agenda: 'Agenda', decision: 'Decision register', item: 'Agenda item', report: 'Report' };

export function personText(person: Person): string {
  if (person.name && person.role) return `${person.name} (${person.role})`;
  return person.name ?? person.role ?? '';
}

/** The field of a report's cover that gives its title, last of the three the renderer restates. */
const reportTitleField = /^(?:subject|title of report|report title)\s?:/i;

/** A report's cover, which the parser reads a report from: as printed, or its three fields when the copy lost them. */
function reportCover(document: Document): RootContent[] {
  if (document.preamble.some((b) => reportTitleField.test(b.text))) return document.preamble.flatMap(block);
  const m = document.meeting;
  return [field('Title of meeting', m.body ?? ''), field('Date of meeting', m.date ?? ''), field('Subject', document.items[0]?.title ?? '')];
}

/**
 * The text before the first item as printed: the meeting's title, date and venue, who attended,
 * declarations. The header of the list of items ("Items", "No. Item") comes last, at the level
 * `minutes` reads the items' headings under (one below it); "Items" when none was printed. The
 * heading `minutes` writes over the unclassified text is its own, not the source's.
 */
function header(document: Document): RootContent[] {
  const printed = document.preamble.filter((b) => !(b.type === 'heading' && preambleHeading.unclassified.test(b.text)));
  const itemsHeader = (b: Block) => labels.itemsHeader.test(b.text);
  const out = printed.filter((b) => !itemsHeader(b)).flatMap(block);
  if (document.kind === 'item') return out;
  // A header that does not name what the document is gets a line that does.
  if (kindNamed(printed.map((b) => b.text)) !== document.kind) out.unshift(paragraph(text(kindLine[document.kind])));
  const headers = printed.filter(itemsHeader).map((b) => b.text);
  return [...out, ...(headers.length ? headers : ['Items']).map((t) => heading(2, t))];
}

function frontMatter(document: Document): RootContent {
  const m = document.meeting;
  const data: Record<string, unknown> = { schemaVersion: document.schemaVersion, kind: document.kind };
  for (const key of ['body', 'date', 'time', 'venue'] as const) if (m[key]) data[key] = m[key];
  if (m.contact) data.contact = Object.fromEntries(Object.entries(m.contact).filter(([, v]) => v));
  return { type: 'yaml', value: stringifyYaml(data).trimEnd() };
}

function pointText(point: Point): string {
  // Bullets are list markers in Markdown; letters and numbers are kept as printed.
  return point.label && !/^[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\uf0b7\uf0a7*\u2013o-]$/.test(point.label) ? `${point.label} ${point.text}` : point.text;
}

/** The first number of points numbered "1.", "2.", "3." in turn, which Markdown prints as its own ordered list; else null. */
function numberedFrom(points: readonly Point[]): number | null {
  const numbers = points.map((p) => /^(\d{1,9})\.$/.exec(p.label ?? '')?.[1]);
  const first = Number(numbers[0]);
  return numbers.every((n, k) => n !== undefined && Number(n) === first + k) ? first : null;
}

function pointList(points: readonly Point[]): List {
  const start = numberedFrom(points);
  if (start === null) return list(points.map((p) => [paragraph(...inline(pointText(p)))]));
  return { ...list(points.map((p) => [paragraph(...inline(p.text))])), ordered: true, start };
}

/** A paragraph of the source as printed (web and email addresses as links). */
function paragraphBlock(b: Block): RootContent[] {
  return [paragraph(...inline(b.text))];
}

function headingBlock(b: Block): RootContent[] {
  return [heading(4, b.text)];
}

function listBlock(b: Block): RootContent[] {
  return [b.points?.length ? pointList(b.points) : paragraph(...inline(b.text))];
}

function tableBlock(b: Block): RootContent[] {
  // A table whose columns were printed apart keeps them; one whose cells ran together stays a
  // one-column table, a row a line.
  const rows = b.cells ?? b.text.split('\n').map((row) => [row]);
  const table: Table = {
    type: 'table',
    align: rows[0]!.map(() => null),
    children: rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: inline(cell) })) })),
  };
  return [table];
}

/** A block of the source as printed, by its type. */
function block(b: Block): RootContent[] {
  switch (b.type) {
    case 'heading':
      return headingBlock(b);
    case 'list':
      return listBlock(b);
    case 'table':
      return tableBlock(b);
    default:
      return paragraphBlock(b);
  }
}

/**
 * The word that states a decision where it is printed ("RESOLVED –", "Agreed:", "declared LOST",
 * "Motion carried"), with a label's colon or dash: set in bold so the decision shows at a glance.
 */
const decisionWord =
  /\b(?:unanimously\s)?(?:resolved|agreed|carried|lost|approved|adopted|passed|decided|decisions?|resolutions?|deferred|withdrawn|rejected|refused|defeated|noted|moved)\b(?:\s?[:\u2013\u2014-](?=\s))?/i;

/** A decision as printed, in its place: the word that states it in bold, its text, movers and votes as printed. */
function resolutionBlock(b: Block): RootContent[] {
  if (b.type !== 'paragraph') return block(b);
  const m = decisionWord.exec(b.text);
  // The word alone ("Adopted", "CARRIED") in bold would read back as a sub-heading.
  if (!m || m[0].length >= b.text.trim().length) return paragraphBlock(b);
  const before = b.text.slice(0, m.index);
  const after = b.text.slice(m.index + m[0].length);
  return [paragraph(...inline(before), strong(m[0]), ...inline(after))];
}

/** A member's comment as printed: the speaker at its start in bold. */
function commentBlock(b: Block): RootContent[] {
  if (b.type !== 'paragraph') return block(b);
  const speaker = speakerAt(b.text);
  const phrase = speaker ? b.text.slice(0, speaker.subject) : '';
  return phrase ? [paragraph(strong(phrase), ...inline(b.text.slice(phrase.length)))] : paragraphBlock(b);
}

/** A question's or an answer's label as printed: "Q1", "Q.", "A.", "Answer:", "REPLY:", "Written response:". */
const questionLabel = /^(?:Q\.?\s?\d{0,3}[a-z]?[.:)]?|A\.|(?:Supplementary\s)?Question\s?\d{0,3}[:.]|Answer\s?[:.]|Response\s?[:.]|Reply\s?[:.]|Written\s(?:response|answer|reply)\s?[:.])(?=\s+\S)/i;

/**
 * A paragraph a question or its answer was read from, as printed: its label, or who asks or
 * answers at its start ("Councillor Hilton", "The Leader"), in bold, so each question and answer
 * shows as a pair with the asker and the answerer.
 */
function questionBlock(b: Block, people: readonly string[]): RootContent[] {
  if (b.type !== 'paragraph') return block(b);
  const label = questionLabel.exec(b.text);
  const subject = label ? null : subjectAt(b.text);
  let span: [number, number] | null = label ? [0, label[0].length] : subject?.person ? [0, subject.length] : null;
  // Or the first asker or answerer named in it: "A question was received from **Councillor Ball** who asked …".
  for (const name of span ? [] : people) {
    const at = b.text.indexOf(name);
    if (at >= 0 && (!span || at < span[0])) span = [at, at + name.length];
  }
  // The whole line in bold would read back as a sub-heading.
  if (!span || span[1] - span[0] >= b.text.trim().length) return paragraphBlock(b);
  return [paragraph(...(span[0] > 0 ? inline(b.text.slice(0, span[0])) : []), strong(b.text.slice(span[0], span[1])), ...inline(b.text.slice(span[1])))];
}

/** A question's header: its label in bold, then who asked and who answered. */
function headerParagraph({ label, rest }: { label: string; rest: string }): Paragraph {
  return paragraph(strong(label), text(` ${rest}`));
}

/**
 * The headers to write before each block of an item: over the first paragraph of each question,
 * "Member question 2 of 4: asked by …; answered by …", so that every question reads as a pair
 * of who asked and who answered. Not over a question that has one already (the Markdown read
 * back), nor over members' questions answered in points, whose intro names who answered.
 */
function questionHeaders(it: Item, blocks: readonly Block[]): Map<Block, Paragraph[]> {
  const headers = new Map<Block, Paragraph[]>();
  it.questions.forEach((q, k) => {
    if (q.answers.length || !q.position) return;
    const at = blocks.findIndex((b) => b.position.start.offset >= q.position!.start.offset && b.position.start.offset <= q.position!.end.offset);
    if (at < 0 || (at > 0 && questionHeader.test(blocks[at - 1]!.text))) return;
    headers.set(blocks[at]!, [...(headers.get(blocks[at]!) ?? []), headerParagraph(questionHeaderText(q, k, it.questions.length))]);
  });
  return headers;
}

/** The documents attached to an item, as `minutes` writes them (and reads them back). */
function documentList(documents: readonly AttachedDocument[]): RootContent[] {
  return [list(documents.map((d) => [paragraph(...inline(documentLabel(d)))]))];
}

const truncated: RootContent = { type: 'blockquote', children: [paragraph(text('Text cut off in the source.'))] };

/**
 * An item's heading as printed when it says more than its number and title (a reference, a
 * register's date and status), without the attachment link that the documents list gives;
 * otherwise its number and title.
 */
function itemHeading(item: Item): string {
  // A heading's lines are joined with a space, its title as the lines were wrapped: without one
  // after a line that ends inside a hyphenated word ("R7-" / "Medium-Density"). Compared and
  // written so, the heading reads back with the title it was read with ("BOARD- MEMBERS" printed
  // on one line stays as printed).
  const asPrinted = item.heading ? splitAttachment(item.heading.text).title : '';
  const wrapped = asPrinted.replace(/(?<=[\p{L}\p{N}]-) (?=[\p{L}\p{N}])/gu, '');
  const printed = item.title && !asPrinted.includes(item.title) && wrapped.includes(item.title) ? wrapped : asPrinted;
  // Only words beyond the number and title are worth the printed form; a bullet or a table's "|"
  // is not (read back, "- Date of next meetings :" would keep its dash in the title). A final ":"
  // that the title drops (a motion printed as the heading keeps it in its resolution) follows
  // the number and title.
  const beyond = printed.replace(item.title ?? '', '').replace(item.number ?? '', '');
  const last = readTrailingItemNumber(printed).some((r) => r.number === item.number);
  const labels = readItemNumbers(printed);
  // A list that prints "1." for each entry is numbered by place (segment/outline/chains.ts
  // `numberedByPlace`): its heading keeps the "1." printed, and reads back numbered by place again.
  const placed = item.number !== null && /^\d+$/.test(item.number) && labels.length > 0 && labels.every((r) => r.number === '1');
  const numbered = !item.number || last || placed || labels.some((r) => r.number === item.number);
  // The full stop of a title read as a heading's first sentence ("Item 26 Adams: Okay. Thank you.")
  // ends that sentence, not the title: printed after it, the heading would read back titled with it.
  // A number printed after the title ("Personnel (D-1)") stays where it was printed.
  // So does the dash that parted a title from its text run on under it ("… Retirement Board -" / "General Employees, …").
  const titleEnd = item.title ? printed.lastIndexOf(item.title) + item.title.length : -1;
  const endsTitle = titleEnd > 0 && /^(?:\.|\s[-\u2013\u2014])$/.test(printed.slice(titleEnd));
  if ((/[\p{L}\p{N}]/u.test(beyond) || last) && numbered) return endsTitle ? printed.slice(0, titleEnd) : printed;
  const plain = item.number ? (item.title ? `${item.number}. ${item.title}` : `${item.number}.`) : (item.title ?? 'Untitled item');
  return numbered && /:\s*$/.test(printed) && !plain.endsWith(':') ? `${plain}:` : plain;
}

/** One block of an item's text, by the part it was read as. */
function itemBlock(b: Block, it: Item): RootContent[] {
  // The header over a question, read back (over the question's paragraphs, or a purpose it was read from).
  if ((b.part === 'question' || b.part === 'purpose') && questionHeader.test(b.text)) {
    const colon = b.text.indexOf(':');
    return [headerParagraph({ label: b.text.slice(0, colon + 1), rest: b.text.slice(colon + 1).trim() })];
  }
  switch (b.part) {
    case 'documents': {
      // "Additional documents:" is a label over its list, as printed; a line that was a link
      // (a web page's "Commissioner Hsu" to its video) stays one, and reads back as a document.
      // So does a list of links (a web page's attachments under a motion): without its links
      // it would read back as the item's text.
      if (b.type === 'heading') return [paragraph(text(b.text))];
      const linkTo = (title: string) => it.documents.find((d) => d.href && d.title === title)?.href;
      const asLink = (title: string, href: string) => paragraph({ type: 'link', url: href, children: [text(title)] });
      if (b.type === 'paragraph') {
        const href = linkTo(b.text);
        return href ? [asLink(b.text, href)] : block(b);
      }
      const hrefs = b.type === 'list' ? (b.points ?? []).map((p) => (p.label && p.label !== '-' && p.label !== '*' ? undefined : linkTo(p.text))) : [];
      return hrefs.length > 0 && hrefs.every(Boolean) ? [list(b.points!.map((p, k) => [asLink(p.text, hrefs[k]!)]))] : block(b);
    }
    case 'resolution':
      return resolutionBlock(b);
    case 'comment':
      return commentBlock(b);
    case 'question':
      return questionBlock(
        b,
        it.questions.flatMap((q) => [q.askedBy, ...q.answeredBy]).flatMap((p) => (p?.name ?? p?.role ? [(p.name ?? p.role)!] : [])),
      );
    default:
      return block(b);
  }
}

function item(it: Item, kind: Document['kind'], first: boolean): RootContent[] {
  const out: RootContent[] = [];
  // A report is titled by its cover; the first item may have lost its heading in the copy and
  // stays headless right after "Items".
  if (kind !== 'report' && (it.number || it.title || !first)) out.push(heading(kind === 'item' ? 2 : 3, itemHeading(it)));
  // The item's text in the order printed, after the documents linked from its heading.
  // (The parser lists a heading's attachment first.)
  const fromHeading = it.heading && splitAttachment(it.heading.text).document ? it.documents.slice(0, 1) : [];
  if (fromHeading.length) out.push(paragraph(text('Documents:')), ...documentList(fromHeading));
  const blocks = it.minutes.filter((b) => !truncationNotice.test(b.text));
  if (kind !== 'report') {
    const rest = blocks.filter((b) => b.part !== 'purpose' && b.part !== 'documents');
    const labelled = rest[0]?.type === 'heading' && labels.minutes.test(rest[0].text);
    // Read back, an agenda item's opening paragraph or list, or the text up to a "Purpose" label
    // further on, would be its purpose: "Minutes:" before the text says it is not.
    const opensLikePurpose = kind === 'agenda' && (rest[0]?.type === 'paragraph' || rest[0]?.type === 'list');
    // A question read from the purpose may run on into a label alone after it ("Councillor B:",
    // who answered): after "Minutes:" that label would read back as a speaker's, parting the
    // question from its answer. (An answer with its text, "Answer (1) …", reads back either way.)
    const opening = rest[0]?.position.start.offset ?? -1;
    const runsOn = /:\s*$/.test(rest[0]?.text ?? '') && it.questions.some((q) => q.position && q.position.start.offset < opening && q.position.end.offset >= opening);
    const needsLabel = !labelled && rest.length > 0 && !runsOn && (blocks.some((b) => b.part === 'purpose') || opensLikePurpose || rest.slice(1).some((b) => labels.purpose.test(b.text)));
    const labelAt = needsLabel ? blocks.indexOf(rest[0]!) : -1;
    // Read back, only an agenda's opening text is its purpose by its place; elsewhere (minutes
    // whose items were read as an agenda's until a decision said otherwise) "Purpose:" says so.
    const purpose = blocks.find((b) => b.part === 'purpose');
    const purposeAt = kind !== 'agenda' && purpose && !labels.purpose.test(purpose.text) ? blocks.indexOf(purpose) : -1;
    const headers = questionHeaders(it, blocks);
    blocks.forEach((b, k) => {
      if (k === purposeAt) out.push(heading(4, 'Purpose:'));
      if (k === labelAt) out.push(heading(4, 'Minutes:'));
      out.push(...(headers.get(b) ?? []));
      out.push(...itemBlock(b, it));
    });
  } else {
    // A report's numbered paragraphs and recommendations read in their printed order.
    out.push(...blocks.flatMap(block));
  }
  // The notice follows the text that breaks off.
  if (it.truncated) out.push(truncated);
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
  children.push(...(document.kind === 'report' ? reportCover(document) : header(document)));
  // Sections and items in the order printed (a section may hold only sections: "Regular agenda" over "Unfinished business").
  const parts = [
    ...document.sections.map((s) => ({ at: s.position.start.offset, nodes: () => section(s) })),
    ...document.items.map((it, k) => ({ at: it.position.start.offset, nodes: () => item(it, document.kind, k === 0) })),
  ];
  for (const part of parts.sort((a, b) => a.at - b.at)) children.push(...part.nodes());
  // Text that fits nowhere comes last, under a heading of its own.
  if (document.unclassified.length) children.push(heading(2, 'Unclassified'), ...document.unclassified.flatMap(block));
  return { type: 'root', children };
}

export function renderMarkdown(document: Document, options: MarkdownOptions = {}): string {
  return unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one' })
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .stringify(markdownTree(document, options));
}

