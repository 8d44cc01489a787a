// JSON output: the document as it is, two-space indented, one trailing newline, exactly as
// JSON.stringify(document, null, 2) prints it. It is made in pieces, for writing as it is made:
// the JSON of a large document is several times the input's size, and one string of it (with its
// copies) would be most of a run's memory.
import type { Document } from '../model/schema.js';

/** Characters gathered before a piece is given out: large enough that writes stay few. */
const PIECE = 1 << 16;

/** The JSON text in pieces; joined, they are `renderJson`'s text. */
export function* jsonPieces(document: Document): Generator<string> {
  let gathered = '';
  for (const text of valueTexts(document, '')) {
    gathered += text;
    if (gathered.length >= PIECE) {
      yield gathered;
      gathered = '';
    }
  }
  yield `${gathered}\n`;
}

export function renderJson(document: Document): string {
  return [...jsonPieces(document)].join('');
}

/**
 * A value's JSON at an indentation. What holds lists (the document, items, questions) is written
 * a member at a time; the rest (a paragraph with its position, a name) by JSON.stringify itself,
 * its lines moved in (JSON strings hold no raw newline, so lines are safe to indent).
 */
function* valueTexts(value: unknown, indent: string): Generator<string> {
  if (!holdsList(value)) {
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      // As JSON.stringify does: what JSON cannot hold stands as null in a list.
      yield* valueTexts(omitted(value[i]) ? null : value[i], inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (omitted(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* valueTexts(member, inner);
  }
  yield `\n${indent}}`;
}

/** JSON.stringify leaves these out of an object (and writes null for them in a list). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A non-empty list, or a plain object with one among its members: worth writing a member at a time. */
function holdsList(value: unknown): value is object {
  if (Array.isArray(value)) return value.length > 0;
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const member of Object.values(value)) if (Array.isArray(member) && member.length > 0) return true;
  return false;
}
