// Walking the text of a document for rules that read wording: every block of the preamble,
// sections, items and unclassified text (not the page furniture), each list point on its own so
// that a message points at its line.
import type { Block, Document, Item, Position } from '../model/schema.js';

export interface TextNode {
  text: string;
  position: Position;
  /** The item the text belongs to, or null before the first item. */
  item: Item | null;
}

/** The text nodes of `blocks`: a list's points one by one (label first), other blocks whole. */
export function* blockNodes(blocks: readonly Block[], item: Item | null = null): Generator<TextNode> {
  for (const block of blocks) {
    if (!block.points?.length) {
      yield { text: block.text, position: block.position, item };
      continue;
    }
    for (const point of block.points) {
      const text = point.label ? `${point.label} ${point.text}` : point.text;
      yield { text, position: point.position ?? block.position, item };
    }
  }
}

/** The blocks under an item, its heading first. */
export const itemBlocks = (item: Item): Block[] => (item.heading ? [item.heading, ...item.minutes] : item.minutes);

/** Every block of the document in reading order, page furniture aside. */
export function documentBlocks(document: Document): Block[] {
  // One array filled in order (several rules ask for it, and a document may hold 100 000 blocks).
  const blocks: Block[] = [...document.preamble];
  for (const section of document.sections) for (const block of section.blocks) blocks.push(block);
  for (const item of document.items) {
    if (item.heading) blocks.push(item.heading);
    for (const block of item.minutes) blocks.push(block);
  }
  for (const block of document.unclassified) blocks.push(block);
  return blocks;
}

export function* documentNodes(document: Document): Generator<TextNode> {
  yield* blockNodes(document.preamble);
  for (const section of document.sections) yield* blockNodes(section.blocks);
  for (const item of document.items) yield* blockNodes(itemBlocks(item), item);
  yield* blockNodes(document.unclassified);
}

/**
 * The position of `length` characters at `index` of a node's text. Text is cleaned (whitespace
 * collapsed, Markdown emphasis dropped), so the exact place is known only when the node is one
 * source line as long as its text; otherwise the node's own position is the honest answer.
 */
export function positionIn(node: Pick<TextNode, 'text' | 'position'>, index: number, length: number): Position {
  const { start, end } = node.position;
  if (start.line !== end.line || end.offset - start.offset !== node.text.length) return node.position;
  const at = (delta: number) => ({ line: start.line, column: start.column + delta, offset: start.offset + delta });
  const position: Position = { start: at(index), end: at(index + length) };
  if (node.position.page !== undefined) position.page = node.position.page;
  return position;
}
