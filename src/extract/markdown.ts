// Markdown → lines, through unified + remark-parse (+ remark-gfm for tables). One line per
// heading, paragraph, list item paragraph and table row, with its text as a reader sees it
// (markup removed, `<br>` as a space, `<sup>1</sup>` footnote marks kept as their digits) and a
// map from every character back to the Markdown source. Heading depth and list markers become
// hints: converters set them unreliably, so segmentation leans on numbering and cue phrases.
import type { Nodes, Parents, Root, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { clean } from '../read/clean.js';
import type { Source } from '../read/source.js';
import type { Line, MarkdownHints } from './line.js';

interface Collected {
  raw: string;
  /** Source offset of each character of `raw`, plus one entry for its end. */
  offsets: number[];
}

const BREAK_TAG = /^<br\s*\/?>$/i;

/** Inline text of a node, with source offsets for each character. */
function collect(node: Nodes, out: Collected): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const emit = (value: string) => {
    const base = start ?? out.offsets[out.offsets.length - 1] ?? 0;
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
      return;
    case 'break':
      emit(' ');
      return;
    case 'html':
      // Inline tags are markup: <br> separates words, other tags (<sup>, <u>) only wrap text.
      if (BREAK_TAG.test(node.value.trim())) emit(' ');
      return;
    case 'image':
      if (node.alt) emit(node.alt);
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child as Nodes, out);
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
  return line;
}

const isStrongOnly = (node: Nodes) =>
  'children' in node &&
  node.children.length > 0 &&
  node.children.every(
    (child) => child.type === 'strong' || (child.type === 'text' && child.value.trim() === '') || child.type === 'emphasis',
  ) &&
  node.children.some((child) => child.type === 'strong' || (child.type === 'emphasis' && child.children.some((c) => c.type === 'strong')));

/**
 * Front matter: what `minutes` wrote (it carries `schemaVersion`) becomes the meeting's fields
 * ("Venue: …"); anyone else's (a blog's title, post date, tags) is kept as text to read as is.
 */
function frontMatterLines(node: Yaml): Line[] {
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch {
    data = null;
  }
  const offset = node.position?.start.offset ?? 0;
  const line = (text: string, md: MarkdownHints): Line => ({ text, start: 0, map: Array.from({ length: text.length + 1 }, () => offset), gapBefore: 0, indent: 0, cells: 1, md });
  if (data && typeof data === 'object' && !Array.isArray(data) && 'schemaVersion' in data) {
    const fields: string[] = [];
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (key === 'contact' && value && typeof value === 'object') {
        const c = value as Record<string, unknown>;
        const who = [c.name, c.role].filter(Boolean).join(', ');
        fields.push(`Contact: ${[who, c.phone ? `Tel: ${String(c.phone)}` : '', c.email ? `Email: ${String(c.email)}` : ''].filter(Boolean).join(', ')}`);
      } else if (value !== null && typeof value !== 'object' && key !== 'schemaVersion') fields.push(`${key[0]!.toUpperCase()}${key.slice(1)}: ${String(value)}`);
    }
    return fields.map((text) => line(text, { frontMatter: 'fields' }));
  }
  return node.value
    .split(/\r?\n/)
    .map((text) => clean(text).text)
    .filter(Boolean)
    .map((text) => line(text, { frontMatter: 'foreign' }));
}

export function extractMarkdown(source: Source): Line[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(source.text) as Root;
  const lines: Line[] = [];
  let lastEndLine = 0;
  const push = (node: Nodes, md: MarkdownHints | undefined, marker?: { text: string; offset: number }) => {
    const startLine = node.position?.start.line ?? lastEndLine + 1;
    const line = toLine(node, Math.max(0, startLine - lastEndLine - 1), md, marker);
    if (node.position) lastEndLine = node.position.end.line;
    if (line) lines.push(line);
  };

  const walk = (parent: Parents, listDepth: number) => {
    for (const node of parent.children as RootContent[]) {
      switch (node.type) {
        case 'heading':
          push(node, { heading: node.depth, ...(isStrongOnly(node) ? { strong: true } : {}) });
          break;
        case 'paragraph':
          push(node, isStrongOnly(node) ? { strong: true } : undefined);
          break;
        case 'list': {
          let n = node.start ?? 1;
          for (const item of node.children) {
            // The number as printed: Markdown renumbers "7., 9., 8." as 7, 8, 9; minutes keep theirs.
            const printedNumber = /^\s{0,3}(\d{1,9})[.)]/.exec(source.text.slice(item.position?.start.offset ?? 0, (item.position?.start.offset ?? 0) + 16))?.[1];
            const marker = node.ordered ? `${printedNumber ?? n}.` : '-';
            n++;
            item.children.forEach((child, k) => {
              if (child.type === 'list') walk({ type: 'root', children: [child] }, listDepth + 1);
              else if (child.type === 'paragraph' || child.type === 'heading') {
                const printed = node.ordered && k === 0 ? { text: marker, offset: item.position?.start.offset ?? 0 } : undefined;
                push(child, { list: { ordered: Boolean(node.ordered), marker, depth: listDepth, of: node.position?.start.offset ?? 0 }, ...(isStrongOnly(child) ? { strong: true } : {}) }, printed);
              } else walk({ type: 'root', children: [child] }, listDepth + 1);
            });
          }
          break;
        }
        case 'table':
          for (const row of node.children) push(row, { table: true });
          break;
        case 'thematicBreak':
          // Page-break debris in converted PDFs; it carries no text.
          if (node.position) lastEndLine = node.position.end.line;
          break;
        case 'html':
        case 'code':
          push({ type: 'text', value: node.value.replace(/<[^<>]*>/g, ' '), position: node.position } as Nodes, undefined);
          break;
        case 'yaml':
          lines.push(...frontMatterLines(node));
          if (node.position) lastEndLine = node.position.end.line;
          break;
        case 'blockquote':
        case 'footnoteDefinition':
          walk(node, listDepth);
          break;
        default:
          if ('children' in node) walk(node as Parents, listDepth);
          else push(node as Nodes, undefined);
      }
    }
  };
  walk(tree, 0);
  return lines;
}
