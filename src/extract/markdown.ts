// Markdown → lines, through unified + remark-parse (+ remark-gfm for tables). One line per
// heading, paragraph, list item paragraph and table row, with its text as a reader sees it
// (markup removed, `<br>` as a space, `<sup>1</sup>` footnote marks kept as their digits) and a
// map from every character back to the Markdown source. Heading depth and list markers become
// hints: converters set them unreliably, so segmentation leans on numbering and cue phrases.
// Code blocks are kept verbatim, one line per line of code. Trees are walked with explicit
// stacks, as block quotes and lists may nest thousands deep; Markdown nested deeper than
// MAX_DEPTH (or too deep for remark itself) is not read here: the caller reads it as text.
import type { Code, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { clean } from '../read/clean.js';
import type { Source } from '../read/source.js';
import { makeLine, wordEnd, type Line, type MarkdownHints } from './line.js';

interface Collected {
  raw: string;
  /** Source offset of each character of `raw`, plus one entry for its end. */
  offsets: number[];
}

const BREAK_TAG = /^<br\s*\/?>$/i;

/** Inline text of a node, with source offsets for each character (iterative: inline markup may nest deep). */
function collect(root: Nodes, out: Collected): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const emit = (value: string) => {
      // Nodes that remark-gfm made (an address split out of its text) have no position: they
      // follow what came before them, or open the node being collected.
      const base = start ?? out.offsets[out.offsets.length - 1] ?? root.position?.start.offset ?? 0;
      const span = end !== undefined && start !== undefined ? end - start : value.length;
      for (let i = 0; i < value.length; i++) {
        // Exact when the source spells the value as is; proportional when escapes or entities differ.
        const at = span === value.length ? i : Math.floor((i * span) / Math.max(1, value.length));
        out.raw += value[i];
        out.offsets.push(base + at);
      }
    };
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        emit(node.value);
        break;
      case 'break':
        emit(' ');
        break;
      case 'html':
        // Inline tags are markup: <br> separates words, other tags (<sup>, <u>) only wrap text.
        if (BREAK_TAG.test(node.value.trim())) emit(' ');
        break;
      case 'image':
        if (node.alt) emit(node.alt);
        break;
      case 'tableRow':
        // Cells are separate words: "Committee Membership" | "Meeting Days" is not "MembershipMeeting".
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push(node.children[i]!);
          if (i > 0) stack.push({ type: 'text', value: ' ' });
        }
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
}

/** An item number at the start of a list item's own text ("1. 250946 [Title]" in a converter's "1." list). */
const ownNumber = /^(?:\d{1,3}(?:\.\d{1,3})*|[A-Z])[.)]\s/;

function toLine(node: Nodes, gapBefore: number, md: MarkdownHints | undefined, marker?: { text: string; offset: number }): Line | null {
  const out: Collected = { raw: '', offsets: [] };
  collect(node, out);
  // "4. **Election of Vice Chairman**": the list marker is the item's printed number.
  if (marker && !ownNumber.test(out.raw.trimStart())) {
    const prefix = `${marker.text} `;
    out.raw = prefix + out.raw;
    out.offsets = [...Array.from(prefix, () => marker.offset), ...out.offsets];
  }
  out.offsets.push(node.position?.end.offset ?? out.offsets[out.offsets.length - 1] ?? 0);
  const { text, map } = clean(out.raw);
  if (text === '') return null;
  const start = node.position?.start.offset ?? 0;
  const line: Line = {
    text,
    start: 0,
    map: map.map((i) => out.offsets[i]!),
    gapBefore,
    indent: (node.position?.start.column ?? 1) - 1,
    cells: 1,
  };
  // The map must start at the node: markup before the first character belongs to the line.
  line.map[0] = Math.min(line.map[0]!, start);
  if (md) line.md = md;
  // A paragraph that is one link ("[Budget report](https://…/budget.pdf)"), as a web page's
  // linked line: the segmenter reads it as a linked document, as from HTML.
  const only = node.type === 'paragraph' ? node.children.filter((child) => !isBlankText(child)) : [];
  if (only.length === 1 && only[0]!.type === 'link') line.links = [{ from: 0, to: text.length, href: only[0].url }];
  const leadEnd = leadingStrong(node)?.position?.end.offset;
  if (leadEnd !== undefined) {
    let end = 0;
    while (end < text.length && line.map[end]! < leadEnd) end++;
    end = wordEnd(text, end);
    if (end < text.length) line.boldLead = end;
  }
  return line;
}

const isBlankText = (node: Nodes | undefined) => node?.type === 'text' && node.value.trim() === '';

/** A number printed before a bold title ("9.\u00a0 **Planning Matters**", NBSP kept it out of a list). */
const isLabelText = (node: Nodes | undefined) => node?.type === 'text' && /^\S{1,8}$/.test(clean(node.value).text);

/**
 * The bold runs that open a paragraph (after its number) and that text not in bold follows
 * ("**Planning Matters** The …"): the last of them, or null.
 */
function leadingStrong(node: Nodes): Nodes | null {
  if (node.type !== 'paragraph' && node.type !== 'heading') return null;
  const children = node.children.filter((child) => !isBlankText(child));
  let last = isLabelText(children[0]) ? 1 : 0;
  if (children[last]?.type !== 'strong') return null;
  while (children[last + 1]?.type === 'strong') last++;
  return last + 1 < children.length ? children[last]! : null;
}

const isStrongOnly = (node: Nodes) =>
  'children' in node &&
  node.children.length > 0 &&
  node.children.every(
    (child) => child.type === 'strong' || (child.type === 'text' && child.value.trim() === '') || child.type === 'emphasis',
  ) &&
  node.children.some((child) => child.type === 'strong' || (child.type === 'emphasis' && child.children.some((c) => c.type === 'strong')));

/** A line ends after the node: a soft line break in its text, or a hard break ("  " or "\\" at the line's end). */
const endsLine = (node: PhrasingContent | undefined) => node?.type === 'break' || (node?.type === 'text' && /\n[ \t]*$/.test(node.value));
const isBoldLabel = (node: PhrasingContent, next: PhrasingContent | undefined) =>
  node.type === 'strong' &&
  node.children.length === 1 &&
  node.children[0]!.type === 'text' &&
  (/:\s*$/.test(node.children[0].value) || (next?.type === 'text' && next.value.startsWith(':')));

/**
 * Whether the node opens with a label nested in the list item's own number: "3.1." or "3.1.i."
 * in the item numbered "3.".
 */
const opensNested = (node: PhrasingContent, number: string | undefined) =>
  number !== undefined && node.type === 'text' && node.value.startsWith(`${number}.`) && /^[\dA-Z]{1,4}(?:\.[\dA-Z]{1,4})*[.)]?\s/i.test(node.value.slice(number.length + 1));

/**
 * "**Title of meeting:** Cabinet" and "**Date of meeting:** 6 February 2024" on consecutive
 * lines make one Markdown paragraph, but each is a field of its own (converters write a PDF's
 * cover table this way): the paragraph is cut at each line break before a bold label. In a list
 * item numbered `number`, a line that opens with a label nested in that number ("3. **AGENDA**" /
 * "3.1. **Standing Policy Review Committee:**", where "3.1." is no list marker to Markdown) is a
 * line of its own too: the item's sub-item.
 */
function fieldRuns(paragraph: Paragraph, number?: string): Paragraph[] {
  const runs: PhrasingContent[][] = [[]];
  paragraph.children.forEach((child, i) => {
    if (i > 0 && endsLine(paragraph.children[i - 1]) && (isBoldLabel(child, paragraph.children[i + 1]) || opensNested(child, number))) runs.push([]);
    runs[runs.length - 1]!.push(child);
  });
  if (runs.length === 1) return [paragraph];
  return runs.map((children) => {
    const [first, last] = [children[0]!, children[children.length - 1]!];
    return { type: 'paragraph', children, ...(first.position && last.position ? { position: { start: first.position.start, end: last.position.end } } : {}) };
  });
}

/**
 * Front matter: what `minutes` wrote (it carries `schemaVersion`) becomes the meeting's fields
 * ("Venue: …"); anyone else's (a blog's title, post date, tags) is kept as text to read as is.
 */
function frontMatterLines(node: Yaml): Line[] {
  let data: unknown;
  try {
    // YAML reads CRLF and LF line breaks; a file saved with CR alone has CR alone here.
    data = parseYaml(node.value.replace(/\r\n?/g, '\n'));
  } catch {
    data = null;
  }
  const offset = node.position?.start.offset ?? 0;
  const line = (text: string, md: MarkdownHints): Line => ({ text, start: 0, map: new Int32Array(text.length + 1).fill(offset), gapBefore: 0, indent: 0, cells: 1, md });
  if (data && typeof data === 'object' && !Array.isArray(data) && 'schemaVersion' in data) {
    const fields: Line[] = [];
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (key === 'contact' && value && typeof value === 'object') {
        const c = value as Record<string, unknown>;
        const field = (key: string) => (c[key] === null || c[key] === undefined || typeof c[key] === 'object' ? null : String(c[key]));
        const contact = { name: field('name'), role: field('role'), email: field('email'), phone: field('phone') };
        const who = [contact.name, contact.role].filter(Boolean).join(', ');
        const text = `Contact: ${[who, contact.phone ? `Tel: ${contact.phone}` : '', contact.email ? `Email: ${contact.email}` : ''].filter(Boolean).join(', ')}`;
        fields.push(line(text, { frontMatter: 'fields', contact }));
      } else if (value !== null && typeof value !== 'object' && key !== 'schemaVersion') {
        fields.push(line(`${key[0]!.toUpperCase()}${key.slice(1)}: ${String(value)}`, { frontMatter: 'fields', field: { key, value: String(value) } }));
      }
    }
    return fields;
  }
  return node.value
    .split(/\r\n|\r|\n/)
    .map((text) => clean(text).text)
    .filter(Boolean)
    .map((text) => line(text, { frontMatter: 'foreign' }));
}

/**
 * A code block's lines, kept verbatim (a letter's "Dear <Name of Councillor>," keeps its angle
 * brackets), one line per line of code as the text reader would read it, each mapped to where
 * it stands in the source: a line of `node.value` is the end of its source line, after the fence
 * or code indentation and any block quote or list prefix.
 */
function codeLines(node: Code, source: Source, lastEndLine: number): { lines: Line[]; lastEndLine: number } {
  const lines: Line[] = [];
  const position = node.position;
  if (!position) return { lines, lastEndLine };
  const { text, lineStarts } = source;
  // Fenced code starts at its fence (``` or ~~~); indented code at the indentation of its
  // first line, so a code line that starts with a backtick is not taken for a fence.
  const opening = text[position.start.offset ?? 0];
  const first = position.start.line + (opening === '`' || opening === '~' ? 1 : 0);
  // Blank lines before the first line of code count from the fence (or the block's first line).
  let last = lastEndLine + (first - position.start.line);
  node.value.split(/\r\n|\r|\n/).forEach((value, i) => {
    const lineNumber = first + i;
    const lineStart = lineStarts[lineNumber - 1];
    if (lineStart === undefined) return;
    let lineEnd = lineNumber < lineStarts.length ? lineStarts[lineNumber]! : text.length;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0a) lineEnd--;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    // Where the value's text starts: exact when the source line ends with it (a tab that the
    // code indentation split is given as spaces, so compare without leading whitespace).
    const content = value.trimStart();
    if (content === '') return;
    const exact = text.slice(lineStart, lineEnd).endsWith(value);
    const base = exact ? lineEnd - value.length : Math.max(lineStart, lineEnd - content.length);
    const raw = exact ? value : content;
    const line = makeLine(raw, 0, Math.max(0, lineNumber - last - 1));
    line.map = line.map.map((k) => Math.min(base + k, lineEnd));
    line.indent += base - lineStart;
    last = lineNumber;
    lines.push(line);
  });
  return { lines, lastEndLine: Math.max(last, position.end.line) };
}

/** Lists and block quotes nested deeper than this are read as plain text (remark is slow on them, and overflows the stack). */
export const MAX_DEPTH = 100;

const isBlankChar = (c: number) => c === 0x20 || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * How deep the container markers opening the line [start, end) nest ("> - 1. text" is 3 deep),
 * counting at most `limit + 1`; returns the offset after the last marker counted too. A run of
 * `-` or `*` that ends the line from `breakFrom` on is a thematic break ("- - - -"), not lists.
 */
function markerDepth(text: string, start: number, end: number, limit: number, breakFrom: number): { depth: number; at: number } {
  let depth = 0;
  let i = start;
  while (depth <= limit) {
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    let next = i;
    if (c === 0x3e) next = i + 1; // '>' needs no space after it
    else if ((c === 0x2d || c === 0x2a || c === 0x2b) && i < breakFrom) next = i + 1; // '-', '*', '+'
    else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      if (text[j] === '.' || text[j] === ')') next = j + 1;
    }
    // A list marker is followed by a space, a tab or the end of the line.
    if (next === i || (c !== 0x3e && next < end && !isBlankChar(text.charCodeAt(next)))) break;
    depth++;
    i = next;
  }
  return { depth, at: i };
}

/** Where the line [start, end) ends in a thematic break made of `-`, `*` or `_` (and blanks), or `end`. */
function breakStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isBlankChar(text.charCodeAt(i - 1))) i--;
  const mark = text[i - 1];
  if (mark !== '-' && mark !== '*' && mark !== '_') return end;
  let marks = 0;
  while (i > start && (text[i - 1] === mark || isBlankChar(text.charCodeAt(i - 1)))) {
    if (text[i - 1] === mark) marks++;
    i--;
  }
  return marks >= 3 ? i : end;
}

/**
 * The first line whose block quote and list markers nest deeper than `limit` ("> > > …",
 * "- - - … text"), as the source span of its markers; null when none does. Linear: each line's
 * markers are read once, and only lines that open with more than `limit` markers are looked at
 * twice. Deeper nesting by indentation alone needs lines about as long as they are deep, so
 * remark's time stays in proportion to the size of the file and it is not counted here.
 */
export function nestingPastLimit(text: string, limit: number = MAX_DEPTH): { start: number; end: number } | null {
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    if (markerDepth(text, start, end, limit, end).depth > limit) {
      const counted = markerDepth(text, start, end, limit, breakStart(text, start, end));
      if (counted.depth > limit) return { start, end: counted.at };
    }
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return null;
}

/** Why a Markdown file was not read as Markdown: where its nesting passes the limit, or null when remark itself ran out of stack. */
export interface TooDeep {
  limit: number;
  span: { start: number; end: number } | null;
}

/** The lines of a Markdown file, or why it cannot be read as Markdown (the caller then reads it as text). */
export function extractMarkdown(source: Source): { lines: Line[] } | { tooDeep: TooDeep } {
  const deep = nestingPastLimit(source.text);
  if (deep) return { tooDeep: { limit: MAX_DEPTH, span: deep } };
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(source.text) as Root;
  } catch (error) {
    // remark recurses once per level of nesting: "Maximum call stack size exceeded".
    if (error instanceof RangeError) return { tooDeep: { limit: MAX_DEPTH, span: null } };
    throw error;
  }
  const lines: Line[] = [];
  let lastEndLine = 0;
  const push = (node: Nodes, md: MarkdownHints | undefined, marker?: { text: string; offset: number }) => {
    const startLine = node.position?.start.line ?? lastEndLine + 1;
    const line = toLine(node, Math.max(0, startLine - lastEndLine - 1), md, marker);
    if (node.position) lastEndLine = node.position.end.line;
    if (line) lines.push(line);
  };

  // Depth first, in document order, with an explicit stack of work (nesting may be thousands
  // deep): a node's work runs before its next sibling's, as a recursive walk would run it.
  const work: (() => void)[] = [];
  const schedule = (tasks: (() => void)[]) => {
    for (let i = tasks.length - 1; i >= 0; i--) work.push(tasks[i]!);
  };
  const visitChildren = (parent: Parents, listDepth: number) =>
    schedule((parent.children as RootContent[]).map((child) => () => visit(child, listDepth)));

  const visit = (node: RootContent, listDepth: number) => {
    switch (node.type) {
      case 'heading':
        push(node, { heading: node.depth, ...(isStrongOnly(node) ? { strong: true } : {}) });
        break;
      case 'paragraph':
        for (const run of fieldRuns(node)) push(run, isStrongOnly(run) ? { strong: true } : undefined);
        break;
      case 'list': {
        const tasks: (() => void)[] = [];
        let n = node.start ?? 1;
        for (const item of node.children) {
          // The number as printed: Markdown renumbers "7., 9., 8." as 7, 8, 9; minutes keep theirs.
          const printedNumber = /^\s{0,3}(\d{1,9})[.)]/.exec(source.text.slice(item.position?.start.offset ?? 0, (item.position?.start.offset ?? 0) + 16))?.[1];
          const marker = node.ordered ? `${printedNumber ?? n}.` : '-';
          n++;
          const hints = (child: Nodes) => ({ list: { ordered: Boolean(node.ordered), marker, depth: listDepth, of: node.position?.start.offset ?? 0 }, ...(isStrongOnly(child) ? { strong: true } : {}) });
          // "1." alone, its title in the paragraph after it (a PDF converter's numbering): the number is a line of its own.
          if (node.ordered && item.children.length === 0) tasks.push(() => push(item, hints(item), { text: marker, offset: item.position?.start.offset ?? 0 }));
          item.children.forEach((child, k) => {
            if (child.type === 'paragraph') {
              // "1. **Fire Chief Salary**" / "**Recommendation:** …" / "**Action:** Moved by …" in one
              // item: the point is its first line, each field after it a line of its own.
              const [point, ...fields] = fieldRuns(child, node.ordered ? marker.slice(0, -1) : undefined);
              const printed = node.ordered && k === 0 ? { text: marker, offset: item.position?.start.offset ?? 0 } : undefined;
              tasks.push(() => push(point!, hints(point!), printed));
              for (const field of fields) tasks.push(() => push(field, isStrongOnly(field) ? { strong: true } : undefined));
            } else if (child.type === 'heading') {
              const printed = node.ordered && k === 0 ? { text: marker, offset: item.position?.start.offset ?? 0 } : undefined;
              tasks.push(() => push(child, hints(child), printed));
            } else tasks.push(() => visit(child, listDepth + 1));
          });
        }
        schedule(tasks);
        break;
      }
      case 'table':
        for (const row of node.children) push(row, { table: { of: node.position?.start.offset ?? 0 } });
        break;
      case 'thematicBreak':
        // Page-break debris in converted PDFs; it carries no text.
        if (node.position) lastEndLine = node.position.end.line;
        break;
      case 'html':
        push({ type: 'text', value: node.value.replace(/<[^<>]*>/g, ' '), position: node.position } as Nodes, undefined);
        break;
      case 'code': {
        const code = codeLines(node, source, lastEndLine);
        for (const line of code.lines) lines.push(line);
        lastEndLine = code.lastEndLine;
        break;
      }
      case 'yaml':
        for (const line of frontMatterLines(node)) lines.push(line);
        if (node.position) lastEndLine = node.position.end.line;
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        visitChildren(node, listDepth);
        break;
      default:
        if ('children' in node) visitChildren(node as Parents, listDepth);
        else push(node as Nodes, undefined);
    }
  };
  visitChildren(tree, 0);
  while (work.length > 0) work.pop()!();
  return { lines };
}
