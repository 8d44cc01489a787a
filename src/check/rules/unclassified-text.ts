// Text that no recognizer placed: kept under `unclassified`, one message per region (the
// unclassified blocks between two item or section boundaries), so that a reader sees what the
// tool did not understand without a message for every line of it. Meeting details placed among
// the unclassified lines do not split a region: a header read line by line is one region.
import type { Block, Document, Position } from '../../model/schema.js';
import { edit, parishMinutes } from './examples.js';
import { defineRule } from '../rule.js';

/** The unclassified blocks grouped into regions: no item or section starts between two of a region. */
export function unclassifiedRegions(document: Document): Block[][] {
  const unclassified = [...document.unclassified].sort((a, b) => a.position.start.offset - b.position.start.offset);
  const boundaries = [...document.items, ...document.sections].map((node) => node.position.start.offset).sort((a, b) => a - b);
  const regions: Block[][] = [];
  let b = 0;
  for (const block of unclassified) {
    let crossed = false;
    for (; b < boundaries.length && boundaries[b]! <= block.position.start.offset; b++) crossed = true;
    const region = regions[regions.length - 1];
    if (region && !crossed) region.push(block);
    else regions.push([block]);
  }
  return regions;
}

const linesOf = (position: Position) => Math.max(1, position.end.line - position.start.line + (position.end.column > 1 ? 1 : 0));

function span(region: readonly Block[]): Position {
  const first = region[0]!.position;
  const last = region[region.length - 1]!.position;
  const position: Position = { start: first.start, end: last.end };
  if (first.page !== undefined) position.page = first.page;
  return position;
}

export const unclassifiedText = defineRule({
  id: 'unclassified-text',
  examples: {
    ok: parishMinutes,
    notOk: edit(parishMinutes, ['Agenda and minutes', 'Use the search options below to find recent decisions.\n\nAgenda and minutes']),
  },
  *check(document) {
    for (const region of unclassifiedRegions(document)) {
      const lines = region.reduce((sum, block) => sum + linesOf(block.position), 0);
      yield { args: { lines }, position: span(region) };
    }
  },
});
