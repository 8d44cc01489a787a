// Text accounting for the "no text lost" invariant (issue 2, item 5; issue 7, item 1): every
// non-blank line of the input, cleaned the way the reader cleans it, must appear in the text
// content of the parsed document. This is an oracle written apart from src/read/clean.ts on
// purpose, so that a bug in the cleaner cannot hide itself.
//
// - Plain text: the lines of the input (CRLF, CR and LF end a line), each cleaned: invisible
//   characters (soft hyphen, zero-width spaces and joiners, word joiner, BOM) dropped, every
//   other whitespace character (NBSP, tabs, U+2000–U+200A, …) a space, runs collapsed, trimmed.
// - Markdown: the text content of each block node of the mdast tree (unified + remark-parse +
//   remark-frontmatter + remark-gfm, as the reader parses it), not the raw `#`/`**` syntax:
//   headings, paragraphs, table cells, each line of code, HTML blocks, and each line of foreign YAML front
//   matter. Link reference definitions and thematic breaks carry no text and are skipped, and so
//   is front matter that `minutes` wrote itself (it carries `schemaVersion`; its fields are
//   read into the meeting, not kept as text).
//
// The document's text content is every string of the output tree (titles, headings, blocks in
// preamble, sections, items' minutes, unclassified and furniture, purpose, points, resolutions
// …), diagnostics and source metadata excepted. A line counts as kept when it is a substring of
// one of those strings, or of the document's blocks read in source order (a line the segmenter
// cut in two, such as a flattened agenda line, is kept across its two blocks).
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Document } from '../../src/model/schema.js';

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** A line cleaned as the reader cleans it (see the header). */
export function cleanLine(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The physical lines of a text: CRLF, CR and LF each end a line. */
export function physicalLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The non-blank lines of plain text, cleaned. */
export function textLines(text: string): string[] {
  return physicalLines(text).map(cleanLine).filter((l) => l !== '');
}

const BREAK_TAG = /^<br\s*\/?>$/i;

/** The inline text of a node as a reader sees it: markup gone, hard breaks and `<br>` as spaces (iterative: nesting may be deep). */
function inlineText(root: Nodes): string {
  let out = '';
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += ' ';
        break;
      case 'html':
        if (BREAK_TAG.test(node.value.trim())) out += ' ';
        break;
      case 'image':
      case 'imageReference':
        out += node.alt ?? '';
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return out;
}

/** The cleaned, non-empty text of each block of a Markdown document. */
export function markdownBlockTexts(markdown: string, { listNumbers = false } = {}): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root;
  const out: string[] = [];
  /** With `listNumbers`, the number of each item of an ordered list, before its first paragraph ("1. Calls on …"). */
  const numbers = new Map<Nodes, string>();
  const add = (s: string) => {
    const cleaned = cleanLine(s);
    if (cleaned !== '') out.push(cleaned);
  };
  // Iterative, in document order: blockquotes and lists may nest thousands deep.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        add(`${numbers.get(node) ?? ''}${inlineText(node)}`);
        break;
      case 'list':
        if (listNumbers && node.ordered) {
          node.children.forEach((item, k) => {
            if (item.children[0]?.type === 'paragraph') numbers.set(item.children[0], `${(node.start ?? 1) + k}. `);
          });
        }
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
        break;
      case 'table':
        for (const row of node.children) for (const cell of row.children) add(inlineText(cell));
        break;
      case 'code':
        // The reader reads code line by line, as text.
        for (const line of node.value.split(/\r\n|\r|\n/)) add(line);
        break;
      case 'html':
        add(node.value.replace(/<[^<>]*>/g, ' '));
        break;
      case 'yaml':
        if (!/^schemaVersion\s*:/m.test(node.value)) for (const line of node.value.split(/\r\n|\r|\n/)) add(line);
        break;
      case 'definition':
      case 'thematicBreak':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
        else if ('value' in node && typeof node.value === 'string') add(node.value);
    }
  }
  return out;
}

/** What must be kept of an input, by the format the parser read it as. */
export function expectedTexts(text: string, format: Document['source']['format']): string[] {
  return format === 'markdown' ? markdownBlockTexts(text) : textLines(text);
}

const SKIP_KEYS = new Set(['source', 'diagnostics', '$schema', 'schemaVersion']);

/** Every string of the output tree, diagnostics and source metadata excepted. */
export function documentStrings(document: Document): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!SKIP_KEYS.has(key)) walk(child);
    }
  };
  walk(document);
  return out;
}

/** Every block of the document (preamble, sections, item headings and minutes, unclassified, furniture). */
export function documentBlocks(document: Document): Block[] {
  const blocks: Block[] = [...document.preamble];
  for (const section of document.sections) blocks.push(...section.blocks);
  for (const item of document.items) {
    if (item.heading) blocks.push(item.heading);
    blocks.push(...item.minutes);
  }
  blocks.push(...document.unclassified, ...document.furniture);
  return blocks;
}

/** The blocks' text in source order, joined by spaces. */
export function blockStream(document: Document): string {
  return documentBlocks(document)
    .map((block, index) => ({ block, index }))
    .sort((a, b) => a.block.position.start.offset - b.block.position.start.offset || a.index - b.index)
    .map(({ block }) => cleanLine(block.text))
    .join(' ');
}

/**
 * `haystack.indexOf(needle, from)` in linear time (Knuth–Morris–Pratt) for long needles: the
 * engine's search can go quadratic on repetitive text ("a)a)a)…" in 4 MB of "a) a)a)…").
 */
export function indexOfLinear(haystack: string, needle: string, from = 0): number {
  if (needle.length <= 64) return haystack.indexOf(needle, from);
  const failure = new Int32Array(needle.length);
  for (let i = 1, k = 0; i < needle.length; i++) {
    while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) k = failure[k - 1]!;
    if (needle.charCodeAt(i) === needle.charCodeAt(k)) k++;
    failure[i] = k;
  }
  for (let i = Math.max(0, from), k = 0; i < haystack.length; i++) {
    while (k > 0 && haystack.charCodeAt(i) !== needle.charCodeAt(k)) k = failure[k - 1]!;
    if (haystack.charCodeAt(i) === needle.charCodeAt(k)) k++;
    if (k === needle.length) return i - needle.length + 1;
  }
  return -1;
}

/**
 * A line that ends in a word broken by the typesetter ("ADMINIS-" over "TRATION"): the PDF
 * extractor joins the word again without the hyphen, so the line is kept as its text without
 * the hyphen, run on into the next word.
 */
const BROKEN_WORD = /\p{L}-$/u;

/** What must be found of a line: the line, or, when it ends in a broken word, the line without its hyphen. */
const needleOf = (line: string, format: Document['source']['format']) => (format === 'pdf' && BROKEN_WORD.test(line) ? line.slice(0, -1) : line);

/** A word stream to look for: one that ends in a broken word ends mid-word (no space after it). */
const wordsOf = (line: string, format: Document['source']['format']) => {
  const words = wordStream(line);
  return format === 'pdf' && BROKEN_WORD.test(line) && words !== ' ' ? words.slice(0, -1) : words;
};

/** The cleaned input lines (or Markdown block texts) that the document does not contain. */
export function lostText(document: Document, inputText: string, format = document.source.format): string[] {
  const strings = documentStrings(document);
  // Fast paths first (pathological inputs have 100 000 lines): a line that is a whole string or a
  // whole line of one (list blocks hold one point a line), then the block stream from where the
  // previous line was found (lines come in source order), then anywhere.
  const exact = new Set<string>();
  for (const s of strings) {
    exact.add(s);
    if (s.includes('\n')) for (const part of s.split('\n')) exact.add(part);
  }
  let joined: string | null = null;
  let stream: string | null = null;
  let cursor = 0;
  const lost: string[] = [];
  for (const expected of expectedTexts(inputText, format)) {
    if (exact.has(expected)) continue;
    const line = needleOf(expected, format);
    stream ??= blockStream(document);
    const at = indexOfLinear(stream, line, cursor);
    if (at >= 0) {
      cursor = at;
      continue;
    }
    joined ??= strings.join('\n');
    if (indexOfLinear(joined, line) < 0 && indexOfLinear(stream, line) < 0) lost.push(expected);
  }
  return lost;
}

// ---- Markdown output: every line's words (issue 17) ----
//
// The Markdown is read as a reader sees it (block texts, markup and escapes gone) and compared
// word for word: a hard-wrapped line joined into a paragraph, or a decision printed with its
// label, keeps its words in order. Only what the parser set aside as page furniture (in the
// JSON's `furniture`) and the attachment links of copied web pages ("pdf icon PDF 125 KB", which
// the JSON keeps in the item's heading and documents, and the Markdown lists as documents) may
// be missing.

/** An attachment link as copied from a web page: the icon's alt text, the format and size. */
const ATTACHMENT_LINK = /\b[a-z]{2,5} icon [a-z]{2,5} \d{1,6}(?:\.\d{1,3})? ?[kmg]b\b/gi;
/** A bullet that opens a line ("o", "•", "▪"): Markdown prints a list marker of its own there. */
const BULLET = /^[o\u2022\u25aa\u25cf\u25e6\u00b7\uf0b7\uf0a7]\s/;

/**
 * The words of a text, each between single spaces (" Cllr Brown was appointed "). Letters and
 * digits are words apart: a flattened "1.1Call to Order" is printed back as "1.1 Call to Order".
 */
export function wordStream(text: string): string {
  const words = text.match(/\p{L}+|\p{N}+/gu);
  return words ? ` ${words.join(' ')} ` : ' ';
}

/**
 * The headings and lines that the Markdown adds as its own structure ("## Items", "Minutes:",
 * * "Documents:", the truncation notice): a source line that the parser
 * cut in two (a flattened agenda) may have them between its halves.
 */
const STRUCTURE = /^(?:items|minutes:|documents:|unclassified|text cut off in the source\.)$/i;

/**
 * Whether the words are all in `shown` in runs of at least three words or of whole blocks: a
 * line that the parser cut between the header, which Markdown prints first, and the text that
 * fits nowhere, which it prints last.
 */
function inPieces(shown: string, blocks: ReadonlySet<string>, words: string): boolean {
  const list = words.trim().split(' ');
  let from = 0;
  while (from < list.length) {
    let to = from;
    while (to < list.length && shown.includes(` ${list.slice(from, to + 1).join(' ')} `)) to++;
    if (to - from < Math.min(3, list.length - from) && !blocks.has(` ${list.slice(from, to).join(' ')} `)) return false;
    from = to;
  }
  return true;
}

/** Where a line's words stop being found in `shown`: the words found, then the first missing ones (for messages). */
function whereLost(shown: string, words: string): string {
  const list = words.trim().split(' ');
  let found = 0;
  while (found < list.length && shown.includes(` ${list.slice(0, found + 1).join(' ')} `)) found++;
  const before = list.slice(Math.max(0, found - 6), found).join(' ');
  return `${found > 6 ? '… ' : ''}${before} ⟨missing: ${list.slice(found, found + 6).join(' ')}${found + 6 < list.length ? ' …' : ''}⟩`;
}

/** The source lines whose words are not in the Markdown (each shown where its words stop), furniture excepted, and how many lines were looked at. */
export function lostInMarkdown(document: Document, inputText: string, markdown: string): { lost: string[]; lines: number } {
  const blocks = markdownBlockTexts(markdown, { listNumbers: true });
  const shown = wordStream(blocks.join(' '));
  const withoutStructure = wordStream(blocks.filter((b) => !STRUCTURE.test(b)).join(' '));
  const blockWords = new Set(blocks.map(wordStream));
  const furniture = wordStream(document.furniture.map((b) => b.text).join(' '));
  const lines = expectedTexts(inputText, document.source.format);
  const lost: string[] = [];
  let cursor = 0;
  for (const line of lines) {
    const words = wordsOf(line.replace(BULLET, '').replace(ATTACHMENT_LINK, ' '), document.source.format);
    if (words === ' ') continue;
    const at = indexOfLinear(shown, words, cursor);
    if (at >= 0) {
      cursor = at;
      continue;
    }
    const found = [shown, withoutStructure, furniture].some((stream) => indexOfLinear(stream, words) >= 0) || inPieces(withoutStructure, blockWords, words);
    if (!found) lost.push(whereLost(withoutStructure, words));
  }
  return { lost, lines: lines.length };
}

/** The source lines whose words are not in the JSON's blocks read in source order (each shown where its words stop). */
export function lostInJson(document: Document, inputText: string): string[] {
  const shown = wordStream(blockStream(document));
  return expectedTexts(inputText, document.source.format)
    .map((line) => wordsOf(line, document.source.format))
    .filter((words) => words !== ' ' && indexOfLinear(shown, words) < 0)
    .map((words) => whereLost(shown, words));
}
