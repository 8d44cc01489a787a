// HTML → lines, through parse5 (the HTML standard's parser, as rehype uses it) into a hast tree.
// The page is
// read the way a browser lays it out: one line per paragraph, heading, list item and table row
// (or per `<br>`), with the hints the Markdown reader gives (heading depth, list marker and
// nesting, bold lines, table rows) and, for links, their targets. Every character maps back to
// its place in the HTML file, character references included.
//
// A web page is mostly not the document: navigation, banners, cookie notices, breadcrumbs, "Skip
// to content" links, sidebars and footers. Their text is set aside as furniture, never dropped.
// The main content is found the way reader modes find it: the `main` element (or role=main);
// else, after taking out the chrome, the element that holds the page's text, found by walking
// down from `body` while one child holds most of its text (links count for little, so a menu
// never wins over prose). Script, style, templates and hidden elements are not visible text and
// are not read at all.
//
// Tables are either data (a grid of cells: one line per row, the cells counted) or layout (a
// number in one cell and the entry in the next, as agenda systems print items): a layout row
// whose cells hold only a little inline text is one line; otherwise each cell is read as blocks,
// and a short label cell ("1.", "a.") opens the line of the cell after it.
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { diagnostic } from '../model/diagnostics.js';
import { clean } from '../read/clean.js';
import { InputError } from '../read/input-error.js';
import type { Source } from '../read/source.js';
import type { Extracted } from './index.js';
import type { Line, LineLink, MarkdownHints } from './line.js';

type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

/** The hast property name of an attribute, for the attributes read here. */
const propertyName = (name: string) => (name === 'class' ? 'className' : name === 'aria-hidden' ? 'ariaHidden' : name);

/**
 * The page as a hast tree with positions. parse5 builds its tree without recursion; so does this
 * conversion (hast-util-from-parse5, behind rehype-parse, recurses once per level and overflows the
 * stack on pages nested a few thousand elements deep). Comments, the doctype and template contents
 * are not text and are left out.
 */
export function parseHtml(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  const work: [Parse5Parent, Root | Element][] = [[parse(text, { sourceCodeLocationInfo: true }), root]];
  while (work.length > 0) {
    const [from, to] = work.pop()!;
    for (const child of from.childNodes) {
      const location = child.sourceCodeLocation;
      const position = location
        ? { start: { line: location.startLine, column: location.startCol, offset: location.startOffset }, end: { line: location.endLine, column: location.endCol, offset: location.endOffset } }
        : undefined;
      if (child.nodeName === '#text' && 'value' in child) to.children.push({ type: 'text', value: child.value, ...(position ? { position } : {}) });
      else if ('tagName' in child) {
        const properties: Element['properties'] = {};
        for (const { name, value } of child.attrs) properties[propertyName(name)] = name === 'class' ? value.split(/\s+/).filter(Boolean) : value;
        const element: Element = { type: 'element', tagName: child.tagName, properties, children: [], ...(position ? { position } : {}) };
        to.children.push(element);
        work.push([child, element]);
      }
    }
  }
  return root;
}

/** Elements whose content is not visible text. */
const invisible = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'img', 'picture', 'area', 'meta', 'link', 'base']);
/** Form controls: their labels and options are page chrome wherever they stand. */
const controls = new Set(['input', 'select', 'option', 'optgroup', 'textarea', 'button', 'datalist']);
/** Landmarks that are chrome by their element: navigation and complementary content. */
const chromeElements = new Set(['nav', 'aside', 'menu', 'dialog']);
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'dialog', 'alertdialog', 'toolbar']);
/** Class and id words of page chrome (as reader modes list them); a word of content keeps the element. */
const chromeWords = /(?:^|[-_\s])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|cookies?|consent|gdpr|banner|skip|skiplinks?|sidebar|footer|masthead|social|share|sharing|toolbar|pagination|pager|widgets?|search|searchbox|popup|modal|site-?header|page-?header)(?:$|[-_\s])/i;
const contentWords = /(?:^|[-_\s])(?:content|main|article|body|agenda|minutes)(?:$|[-_\s])/i;

/** Block elements: each starts and ends a line. `gap` is the blank line a browser leaves around it. */
const blockGap: Record<string, number> = {
  p: 1, h1: 1, h2: 1, h3: 1, h4: 1, h5: 1, h6: 1, table: 1, ul: 1, ol: 1, dl: 1, blockquote: 1, pre: 1, hr: 1, figure: 1, fieldset: 1,
  section: 1, article: 1, main: 1, header: 1, footer: 1, nav: 1, aside: 1, address: 1, details: 1, form: 0,
  div: 0, li: 0, dt: 0, dd: 0, tr: 0, td: 0, th: 0, caption: 0, tbody: 0, thead: 0, tfoot: 0, center: 0, summary: 0, figcaption: 0,
  hgroup: 0, body: 0, html: 0, menu: 0, dialog: 0, legend: 0, option: 0, title: 0, search: 0,
};
const isBlock = (name: string) => name in blockGap;

/** An item number on its own: "1.", "24/03", "4a)", "(b)". */
const numberCell = /^\(?[\da-z]{1,4}(?:[./-][\da-z]{1,4}){0,3}[.):]?\)?$/i;
/** A label cell of a layout table: "1.", "a.", "IV.", "2a", "(b)", or a field name ("Date:", "Place:"). */
const labelCell = /^(?:\(?[0-9A-Za-z]{1,4}(?:\.[0-9A-Za-z]{1,3})*[.):]?\)?|\p{L}[\p{L} .'’-]{0,24}:)$/u;

const tagOf = (node: Nodes | undefined): string => (node && node.type === 'element' ? node.tagName : '');

function stringProperty(element: Element, name: string): string {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

function isHidden(element: Element): boolean {
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return true;
  if (stringProperty(element, 'ariaHidden') === 'true') return true;
  const style = stringProperty(element, 'style').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Chrome by the element alone: a navigation landmark, a cookie banner, a "Skip to content" link. */
function isChromeElement(element: Element, insideSectioning: boolean): boolean {
  const tag = element.tagName;
  if (chromeElements.has(tag) || controls.has(tag)) return true;
  // <header> and <footer> are the page's banner and footer only outside sectioning content.
  if ((tag === 'header' || tag === 'footer') && !insideSectioning) return true;
  const role = stringProperty(element, 'role').toLowerCase();
  if (chromeRoles.has(role)) return true;
  if (tag === 'a' && stringProperty(element, 'href').startsWith('#') && /^\s*skip\b/i.test(textOf(element))) return true;
  const names = `${stringProperty(element, 'className')} ${stringProperty(element, 'id')}`;
  return chromeWords.test(names) && !contentWords.test(names);
}

/** The text content of an element (no layout), for weights and tests. */
function textOf(root: Element): string {
  let text = '';
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element' && !invisible.has(node.tagName)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text;
}

/** What each element is, decided once before the lines are laid out. */
interface Marks {
  /** Elements not read at all (invisible). */
  skip: Set<Element>;
  /** Roots of page chrome (their text becomes furniture). */
  chrome: Set<Element>;
  /** The main content: everything outside it is furniture. */
  main: Element | null;
  /** Whether the page has a password field (a login page). */
  password: boolean;
}

const sectioning = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** Weight of an element's text for choosing the main content: link text counts for little. */
const LINK_WEIGHT = 0.1;

function weigh(root: Element, marks: Marks, weights: Map<Element, number>): number {
  // Post-order over the tree with an explicit stack: pages nest deep.
  const order: { element: Element; inLink: boolean }[] = [];
  const stack: { element: Element; inLink: boolean }[] = [{ element: root, inLink: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    order.push(entry);
    for (const child of entry.element.children) {
      if (child.type === 'element' && !marks.skip.has(child) && !marks.chrome.has(child)) stack.push({ element: child, inLink: entry.inLink || child.tagName === 'a' });
    }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const { element, inLink } = order[k]!;
    let weight = 0;
    for (const child of element.children) {
      if (child.type === 'text') weight += child.value.replace(/\s+/g, '').length * (inLink ? LINK_WEIGHT : 1);
      else if (child.type === 'element') weight += weights.get(child) ?? 0;
    }
    weights.set(element, weight);
  }
  return weights.get(root) ?? 0;
}

/** Share of an element's text that one child must hold for the main content to lie inside it. */
const DOMINANT = 0.7;

/** What is what on a page; a Word document's HTML has no chrome, all of it is the document. */
function markPage(tree: Root, page: boolean): Marks {
  const marks: Marks = { skip: new Set(), chrome: new Set(), main: null, password: false };
  const mains: Element[] = [];
  let body: Element | null = null;
  const stack: { node: ElementContent | Root; sectioned: boolean; chrome: boolean }[] = [{ node: tree, sectioned: false, chrome: false }];
  while (stack.length > 0) {
    const { node, sectioned, chrome } = stack.pop()!;
    if (node.type !== 'element' && node.type !== 'root') continue;
    let inChrome = chrome;
    if (node.type === 'element') {
      if (node.tagName === 'input' && stringProperty(node, 'type').toLowerCase() === 'password') marks.password = true;
      if (invisible.has(node.tagName) || isHidden(node)) {
        marks.skip.add(node);
        continue;
      }
      if (node.tagName === 'body') body = node;
      // A Word document's page footer is furniture (read/docx.ts marks it).
      if (!chrome && (page ? isChromeElement(node, sectioned) : stringProperty(node, 'data-furniture') !== '')) {
        marks.chrome.add(node);
        inChrome = true;
      }
      if (!inChrome && (node.tagName === 'main' || stringProperty(node, 'role').toLowerCase() === 'main')) mains.push(node);
    }
    const nowSectioned = sectioned || (node.type === 'element' && sectioning.has(node.tagName));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as ElementContent, sectioned: nowSectioned, chrome: inChrome });
  }
  if (!body || !page) return marks;
  const weights = new Map<Element, number>();
  const total = weigh(body, marks, weights);
  // A main landmark that holds a fair share of the text is the main content.
  const landmark = mains.map((m) => ({ m, w: weights.get(m) ?? 0 })).sort((a, b) => b.w - a.w)[0];
  if (landmark && landmark.w >= 0.2 * total && landmark.w > 0) {
    marks.main = landmark.m;
    return marks;
  }
  // Else walk down from body while one child holds most of the text.
  let node = body;
  for (;;) {
    const own = weights.get(node) ?? 0;
    const children = node.children.filter((c): c is Element => c.type === 'element' && weights.has(c));
    const top = children.reduce<Element | null>((best, c) => (best === null || weights.get(c)! > weights.get(best)! ? c : best), null);
    if (!top || own === 0 || weights.get(top)! < DOMINANT * own) break;
    // A table's row groups are read through the table: the table is as deep as the walk goes.
    if (top.tagName === 'tbody' || top.tagName === 'thead' || top.tagName === 'tfoot') break;
    node = top;
  }
  marks.main = node;
  return marks;
}

// ---- Tables -----------------------------------------------------------------------------------

interface TableShape {
  data: boolean;
}

const rowsOf = (table: Element): Element[] => {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'tbody' || child.tagName === 'thead' || child.tagName === 'tfoot') for (const row of child.children) if (tagOf(row) === 'tr') rows.push(row as Element);
  }
  return rows;
};
const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** Whether an element holds block content (paragraphs, lists, line breaks, nested tables). */
function hasBlocks(element: Element): boolean {
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'element' || invisible.has(child.tagName)) continue;
      if (child.tagName === 'br' || (isBlock(child.tagName) && child.tagName !== 'span')) return true;
      stack.push(child);
    }
  }
  return false;
}

/**
 * A data table holds a grid of inline cells and says so (header cells, a caption) or is wide; a
 * table whose cells hold paragraphs, or of one or two columns without headers, lays a page out.
 */
function tableShape(table: Element): TableShape {
  if (stringProperty(table, 'role').toLowerCase() === 'presentation') return { data: false };
  const rows = rowsOf(table);
  const cells = rows.flatMap(cellsOf);
  if (cells.some(hasBlocks)) return { data: false };
  // Rows that open with a number or letter are an outline laid out as a table (an agenda).
  const labelled = rows.filter((row) => {
    const first = cellsOf(row).map((c) => textOf(c).replace(/\s+/g, ' ').trim()).find(Boolean);
    return first !== undefined && labelCell.test(first);
  }).length;
  if (labelled * 2 >= rows.length && labelled > 0) return { data: false };
  const columns = Math.max(0, ...rows.map((r) => cellsOf(r).length));
  const headed = cells.some((c) => c.tagName === 'th') || table.children.some((c) => tagOf(c) === 'caption' || tagOf(c) === 'thead');
  return { data: columns >= 2 && (headed || columns >= 3) };
}

// ---- Lines ------------------------------------------------------------------------------------

/** The line being collected: raw text, the source offset of each character, and its spans. */
interface Pending {
  raw: string;
  offsets: number[];
  /** For each character: inside <b>/<strong> (or a table header cell). */
  bold: boolean[];
  links: { from: number; to: number; href: string }[];
  hints: MarkdownHints | undefined;
  cells: number;
  chrome: boolean;
  /** Holds only a layout table's label cell ("1."): it waits for the first line of the entry beside it. */
  label?: boolean;
}

const romanOf = (n: number): string => {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
};
const lettersOf = (n: number): string => (n <= 0 ? String(n) : (n > 26 ? lettersOf(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26)));

/** The marker an ordered list prints for its n-th item, by its `type` attribute. */
function markerOf(type: string, n: number): string {
  switch (type) {
    case 'a':
      return `${lettersOf(n)}.`;
    case 'A':
      return `${lettersOf(n).toUpperCase()}.`;
    case 'i':
      return `${romanOf(n)}.`;
    case 'I':
      return `${romanOf(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

/** An item number at the start of a list item's own text (the page printed it inside the item). */
const ownNumber = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlcdm]{1,5})[.):]\s/i;

/**
 * Source offsets of the characters of a text node's value. The value is the source with
 * character references decoded and CR LF made LF, so literal characters map one to one and a
 * reference maps to its `&`; when the two cannot be lined up, offsets spread evenly over the span.
 */
function valueOffsets(text: string, value: string, start: number, end: number): number[] {
  const offsets = new Array<number>(value.length);
  let i = start;
  let j = 0;
  while (j < value.length && i < end) {
    const r = text.charCodeAt(i);
    const v = value.charCodeAt(j);
    if (r === 0x26 /* & */) {
      const ref = /^&(?:#\d{1,8}|#x[0-9a-f]{1,8}|[a-z][a-z0-9]{1,31});?/i.exec(text.slice(i, Math.min(end, i + 42)));
      if (ref && !(ref[0] === '&' || (v === 0x26 && !/^&amp;?$/i.test(ref[0]) && text[i + 1] !== '#' && text.charCodeAt(i + 1) === value.charCodeAt(j + 1)))) {
        // A reference decodes to one character, or two for a surrogate pair.
        offsets[j++] = i;
        if (v >= 0xd800 && v <= 0xdbff && j < value.length) offsets[j++] = i;
        i += ref[0].length;
        continue;
      }
    }
    if (r === v) {
      offsets[j++] = i++;
    } else if (r === 0x0d && v === 0x0a) {
      offsets[j++] = i;
      i += text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    } else break;
  }
  if (j === value.length) return offsets;
  const span = Math.max(0, end - start);
  return Array.from(value, (_, k) => start + Math.min(span - 1, Math.floor((k * span) / Math.max(1, value.length))));
}

interface Context {
  /** Page chrome: the text goes to furniture. */
  chrome: boolean;
  /** Inside the main content (or the page has none). */
  inMain: boolean;
  heading: number | undefined;
  bold: boolean;
  pre: boolean;
  href: string | null;
  list: { ordered: boolean; marker: string; depth: number; of: number } | undefined;
  table: { of: number } | undefined;
}

/** The index of the first entry of a sorted array that is >= value. */
function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The elements from `body` down to the main content (the path the reader walked). */
function pathTo(main: Element | null, tree: Root): Set<Element> {
  const path = new Set<Element>();
  if (!main) return path;
  const parents = new Map<Nodes, Element | Root>();
  const stack: (Element | Root)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      parents.set(child, node);
      stack.push(child);
    }
  }
  for (let node: Element | Root | undefined = main; node && node.type === 'element'; node = parents.get(node)) path.add(node);
  return path;
}

/** Where text without a position (none in parsed HTML) is placed: the start of the page. */
const element0 = (tree: Root) => tree.position?.start.offset ?? 0;

export function extractHtml(source: Source): Extracted {
  const text = source.text;
  const tree = parseHtml(text);
  const marks = markPage(tree, source.format !== 'docx');
  const mainPath = pathTo(marks.main, tree);
  const lines: Line[] = [];
  const furniture: Line[] = [];
  let pendingGap = 0;
  let pending: Pending | null = null;
  const hinted = new WeakSet<object>();
  /** Inside a layout table's label cell: its blocks do not end the line the label opens. */
  let inLabelCell = 0;

  const append = (context: Context, value: string, offsets: number[]) => {
    const chrome = context.chrome || !context.inMain;
    if (pending && pending.chrome !== chrome) flush(0);
    pending ??= { raw: '', offsets: [], bold: [], links: [], hints: undefined, cells: 1, chrome };
    const line = pending;
    const from = line.raw.length;
    if (value.trim() !== '') delete line.label;
    line.raw += value;
    line.offsets.push(...offsets);
    for (let k = 0; k < value.length; k++) line.bold.push(context.bold);
    if (context.href !== null) {
      const last = line.links[line.links.length - 1];
      if (last && last.to === from && last.href === context.href) last.to = line.raw.length;
      else line.links.push({ from, to: line.raw.length, href: context.href });
    }
    if (!line.hints && value.trim() !== '') {
      const hints: MarkdownHints = {};
      if (context.heading !== undefined) hints.heading = context.heading;
      // A list item's marker belongs to its first line; lines after a <br> or a second paragraph go on.
      if (context.list && !hinted.has(context.list)) {
        hints.list = context.list;
        hinted.add(context.list);
      }
      if (context.table) hints.table = context.table;
      if (Object.keys(hints).length > 0) line.hints = hints;
    }
  };
  /** Where a numbered line's bold title ends and its minute begins ("4. <b>Accounts</b> were approved."), or -1. */
  const runInSplit = (line: Pending, from: number): number => {
    if (from === 0) return -1;
    let k = from;
    while (k < line.raw.length && /\s/.test(line.raw[k]!)) k++;
    if (!line.bold[k]) return -1;
    while (k < line.raw.length && (line.bold[k] || /\s/.test(line.raw[k]!))) k++;
    const after = line.raw.slice(k).trim();
    // The rest reads as a sentence: it starts in lower case or ends as one.
    return /\p{L}/u.test(after) && (/^\p{Ll}/u.test(after) || /[.!?]$/.test(after)) ? k : -1;
  };
  /**
   * Word: where the column after a numbered line's title begins ("24/03<tab>Minutes of the last
   * meeting<tab>Clerk": a tab after the number sets the title apart, a tab after the title starts
   * the next column, an action or a note), or -1. A page number after the tab (a contents line)
   * stays on the line.
   */
  const columnSplit = (line: Pending): number => {
    if (source.format !== 'docx') return -1;
    const raw = line.raw;
    const firstTab = raw.indexOf('\t');
    if (firstTab < 0 || !numberCell.test(raw.slice(0, firstTab).trim())) return -1;
    let title = firstTab;
    while (title < raw.length && /\s/.test(raw[title]!)) title++;
    const secondTab = raw.indexOf('\t', title);
    if (secondTab < 0 || raw.slice(title, secondTab).trim() === '') return -1;
    let rest = secondTab;
    while (rest < raw.length && /\s/.test(raw[rest]!)) rest++;
    const column = raw.slice(rest).trim();
    return column === '' || /^\d{1,4}$/.test(column) ? -1 : rest;
  };
  /** The line [from, to) of the raw text collected, as a Line. */
  const toLine = (line: Pending, from: number, to: number, end: number, hints: MarkdownHints): Line | null => {
    const raw = line.raw.slice(from, to);
    if (raw.trim() === '') return null;
    const offsets = [...line.offsets.slice(from, to), to < line.raw.length ? line.offsets[to]! : end];
    const cleaned = clean(raw);
    const map = cleaned.map.map((k) => offsets[Math.min(k, offsets.length - 1)]!);
    const out: Line = { text: cleaned.text, start: 0, map, gapBefore: 0, indent: 0, cells: from === 0 ? line.cells : 1 };
    // Bold when every letter after a leading label is bold ("1. <b>OPENING</b>").
    const label = /^\s*\S{1,8}\s/.exec(raw);
    const start = label && !line.bold[from + label[0].trimEnd().length - 1] ? label[0].length : 0;
    let letters = 0;
    let bold = 0;
    for (let k = start; k < raw.length; k++) {
      if (!/\p{L}/u.test(raw[k]!)) continue;
      letters++;
      if (line.bold[from + k]) bold++;
    }
    const lineHints: MarkdownHints = { ...hints };
    if (letters > 0 && bold === letters) lineHints.strong = true;
    if (Object.keys(lineHints).length > 0) out.md = lineHints;
    // Link spans in the cleaned text: the cleaned map is sorted, so a raw index has one place.
    const links: LineLink[] = line.links
      .map((l) => ({ from: lowerBound(cleaned.map, Math.max(0, l.from - from)), to: lowerBound(cleaned.map, Math.min(raw.length, l.to - from)), href: l.href }))
      .map((l) => ({ ...l, to: Math.min(l.to, cleaned.text.length) }))
      .filter((l) => l.to > l.from && l.from < cleaned.text.length);
    if (links.length > 0) out.links = links;
    return out;
  };
  /** Ends the line being collected (if it has text) and asks for `gap` blank lines before the next. */
  const flush = (gap: number, end?: number, force = false) => {
    if ((pending?.label || inLabelCell > 0) && !force) {
      pendingGap = Math.max(pendingGap, gap);
      return;
    }
    const line = pending;
    pending = null;
    if (line && line.raw.trim() !== '') {
      const last = line.offsets[line.offsets.length - 1] ?? 0;
      const endOffset = end !== undefined && end > last ? end : last + 1;
      const label = /^\s*\S{1,8}\s/.exec(line.raw);
      const split = runInSplit(line, label && !line.bold[label[0].trimEnd().length - 1] ? label[0].length : 0);
      // A numbered line whose bold title runs into its minute is two lines: the heading and the
      // minute; so is a Word line whose title a tab sets apart from the next column.
      const column = columnSplit(line);
      const cuts = [...new Set([split, column].filter((c) => c > 0))].sort((a, b) => a - b);
      const bounds = [0, ...cuts, line.raw.length];
      const parts = bounds.slice(1).map((b, k) => toLine(line, bounds[k]!, b, endOffset, k === 0 ? (line.hints ?? {}) : {}));
      const target = line.chrome ? furniture : lines;
      for (const out of parts) {
        if (!out) continue;
        out.gapBefore = pendingGap;
        target.push(out);
        pendingGap = 0;
      }
    }
    pendingGap = Math.max(pendingGap, gap);
  };

  type Task = { node: Nodes; context: Context } | { exit: () => void };
  const work: Task[] = [];
  const base: Context = { chrome: false, inMain: marks.main === null, heading: undefined, bold: false, pre: false, href: null, list: undefined, table: undefined };
  const schedule = (children: readonly Nodes[], context: Context) => {
    for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i]!, context });
  };
  /** Runs `steps` in order, each after everything the one before it scheduled. */
  const sequence = (steps: (() => void)[]) => {
    for (let i = steps.length - 1; i >= 0; i--) work.push({ exit: steps[i]! });
  };
  schedule(tree.children, base);

  /** The context inside an element: chrome, or the main content, or on the way to it. */
  const enter = (element: Element, outer: Context): Context => {
    let context = outer;
    if (!outer.chrome && marks.chrome.has(element)) context = { ...context, chrome: true };
    if (!outer.inMain && element === marks.main) context = { ...context, inMain: true };
    else if (!outer.inMain && !mainPath.has(element)) context = { ...context, chrome: true };
    return context;
  };

  const visitElement = (element: Element, outer: Context) => {
    if (marks.skip.has(element)) return;
    const tag = element.tagName;
    const at = element.position?.start.offset ?? 0;
    const end = element.position?.end.offset;
    let context = enter(element, outer);
    if (tag === 'br') {
      flush(0, at);
      return;
    }
    const gap = blockGap[tag];
    if (gap !== undefined) {
      flush(gap, at);
      // The block's end runs after its content.
      work.push({ exit: () => flush(gap, end) });
    }
    if (/^h[1-6]$/.test(tag)) context = { ...context, heading: Number(tag[1]) };
    if (tag === 'b' || tag === 'strong' || tag === 'th') context = { ...context, bold: true };
    if (tag === 'pre') context = { ...context, pre: true };
    if (tag === 'a') {
      const href = stringProperty(element, 'href');
      if (href) context = { ...context, href };
    }
    if (tag === 'ol' || tag === 'ul') visitList(element, context);
    else if (tag === 'table') visitTable(element, context, tableShape(element));
    else schedule(element.children, context);
  };

  const visitList = (list: Element, context: Context) => {
    const at = list.position?.start.offset ?? 0;
    const depth = context.list ? context.list.depth + 1 : 0;
    const ordered = list.tagName === 'ol';
    const type = stringProperty(list, 'type');
    let n = Number.parseInt(stringProperty(list, 'start'), 10);
    if (!Number.isFinite(n)) n = 1;
    const steps: (() => void)[] = [];
    for (const child of list.children) {
      if (tagOf(child) !== 'li') {
        steps.push(() => schedule([child], context));
        continue;
      }
      const li = child as Element;
      const value = Number.parseInt(stringProperty(li, 'value'), 10);
      if (Number.isFinite(value)) n = value;
      const marker = ordered ? markerOf(type, n) : '-';
      n++;
      steps.push(() => visitListItem(li, { ...context, list: { ordered, marker, depth, of: at } }, ordered));
    }
    sequence(steps);
  };

  const visitListItem = (li: Element, outer: Context, ordered: boolean) => {
    if (marks.skip.has(li)) return;
    const context = enter(li, outer);
    const at = li.position?.start.offset ?? 0;
    flush(0, at);
    // The printed number opens the item's line, unless the page printed it in the text.
    if (ordered && !ownNumber.test(textOf(li).trimStart())) append(context, `${context.list!.marker} `, [at, at, at, at, at, at].slice(0, context.list!.marker.length + 1));
    work.push({ exit: () => flush(0, li.position?.end.offset) });
    schedule(li.children, context);
  };

  const visitTable = (table: Element, context: Context, shape: TableShape) => {
    const at = table.position?.start.offset ?? 0;
    const steps: (() => void)[] = [];
    for (const child of table.children) {
      if (tagOf(child) === 'caption') steps.push(() => work.push({ exit: () => flush(0) }, { node: child, context }));
    }
    for (const row of rowsOf(table)) {
      const cells = cellsOf(row);
      const texts = cells.map((c) => textOf(c).replace(/\s+/g, ' ').trim());
      const filled = texts.filter(Boolean).length;
      // A row of a little inline text is one line; a row of paragraphs is read cell by cell.
      const inline = shape.data || !cells.some(hasBlocks);
      const rowContext: Context = enter(row, shape.data ? { ...context, table: { of: at } } : context);
      steps.push(() => flush(0, row.position?.start.offset));
      const labels = cells.map((_, k) => !inline && labelCell.test(texts[k]!) && texts.slice(k + 1).some(Boolean));
      cells.forEach((cell, k) => {
        const label = labels[k]!;
        // The cell after a label cell goes on the label's line (empty cells between them too).
        const afterLabel = labels.slice(0, k).some(Boolean) && texts.slice(labels.lastIndexOf(true) + 1, k).every((t) => !t);
        const cellEnd = cell.position?.end.offset ?? at;
        steps.push(() => {
          if (!inline && !label && !afterLabel) flush(0, cell.position?.start.offset);
          if (label) inLabelCell++;
          work.push({
            exit: () => {
              // Cells of one line are kept apart as a browser keeps them apart.
              if (inline || label) {
                if (texts[k]) append(rowContext, '   ', [cellEnd, cellEnd, cellEnd]);
                if (label) inLabelCell--;
                if (label && pending) pending.label = true;
              } else flush(0, cellEnd);
            },
          });
          schedule(cell.children, enter(cell, rowContext));
        });
      });
      steps.push(() => {
        if (pending && inline) pending.cells = Math.max(1, filled);
        flush(0, row.position?.end.offset, true);
      });
    }
    sequence(steps);
  };

  while (work.length > 0) {
    const task = work.pop()!;
    if ('exit' in task) {
      task.exit();
      continue;
    }
    const { node, context } = task;
    if (node.type === 'element') visitElement(node, context);
    else if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const offsets = start !== undefined && end !== undefined ? valueOffsets(text, node.value, start, end) : new Array<number>(node.value.length).fill(element0(tree));
      if (!context.pre) append(context, node.value, offsets);
      else {
        // Preformatted text keeps its lines.
        let from = 0;
        for (let k = 0; k <= node.value.length; k++) {
          if (k < node.value.length && node.value[k] !== '\n') continue;
          if (k > from) append(context, node.value.slice(from, k), offsets.slice(from, k));
          if (k < node.value.length) flush(0, offsets[k]);
          from = k + 1;
        }
      }
    } else if (node.type === 'root') schedule(node.children, context);
  }
  flush(0, text.length, true);

  if (marks.password && lines.reduce((n, l) => n + l.text.length, 0) < LOGIN_PAGE_TEXT) {
    throw new InputError('html-no-content', diagnostic('html-no-content', { reason: 'only a login form' }).message);
  }
  if (lines.length === 0) throw new InputError('html-no-content', diagnostic('html-no-content', { reason: 'no text outside navigation and page chrome' }).message);
  return { lines, furniture };
}

/** A page with a password field and less main text than this is a login page, not a document. */
const LOGIN_PAGE_TEXT = 400;
