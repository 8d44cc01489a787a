// Checking JSON written by `minutes parse`: against the zod Document schema first (a value
// that breaks the contract is a schema-violation, positioned at the nearest node of the JSON
// that carries a `position`, i.e. in the source document it was made from), then, when it holds,
// with the rules like any parsed document. `minutes parse a b` writes an array: each element is
// checked.
import { diagnostic } from '../model/diagnostics.js';
import { Document, Position, type Diagnostic } from '../model/schema.js';
import { lint, type Levels } from './index.js';

/** "items[3].resolutions[0].outcome" */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** The `position` of the deepest node along `path` that has a valid one. */
function nearestPosition(value: unknown, path: readonly PropertyKey[]): Position | null {
  let nearest: Position | null = null;
  let node = value;
  for (let depth = 0; ; depth++) {
    const own = typeof node === 'object' && node !== null ? Position.safeParse((node as Record<string, unknown>).position) : null;
    if (own?.success) nearest = own.data;
    if (depth === path.length || typeof node !== 'object' || node === null) return nearest;
    node = (node as Record<PropertyKey, unknown>)[path[depth]!];
  }
}

function checkDocument(value: unknown, prefix: PropertyKey[], levels: Levels): Diagnostic[] {
  const parsed = Document.safeParse(value);
  if (parsed.success) return lint(parsed.data, levels);
  return parsed.error.issues.map((issue) =>
    diagnostic('schema-violation', { path: pathText([...prefix, ...issue.path]), problem: issue.message }, nearestPosition(value, issue.path)),
  );
}

/** The line and column of a JSON syntax error, from the offset V8 reports ("at position 42"). */
function syntaxPosition(text: string, error: Error): Position | null {
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  if (!Number.isInteger(offset)) return null;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const point = { line, column: offset - before.lastIndexOf('\n'), offset };
  return { start: point, end: point };
}

/** The messages of a JSON file's text: its documents' rule messages, or why it is not one. */
export function checkJson(text: string, levels: Levels = {}): Diagnostic[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const problem = `not valid JSON: ${(error as Error).message}`;
    return [diagnostic('schema-violation', { path: '', problem }, syntaxPosition(text, error as Error))];
  }
  if (Array.isArray(value)) return value.flatMap((element, i) => checkDocument(element, [i], levels));
  return checkDocument(value, [], levels);
}
