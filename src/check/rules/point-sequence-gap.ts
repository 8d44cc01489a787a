// Lettered, roman or numbered points of one list that skip a label: a), b), d). Points count
// together when they print their labels alike ("a)" and "(a)" are two sequences); decimal
// paragraph numbers ("3.1") are numbering-gap's.
import type { Block } from '../../model/schema.js';
import { nextLabel, readPointLabel, type PointLabel } from '../../segment/numbering.js';
import { documentBlocks } from '../nodes.js';
import { defineRule } from '../rule.js';

const token = /[a-z]+|\d+/i;

/** How a label is printed, its letters or digits aside: "a)" and "c)" → "alpha:#)". */
const styleOf = (label: PointLabel) => `${label.kind}:${label.label.replace(token, '#')}`;

/** "i)" after "h)" is the letter i: a one-letter roman numeral that continues a lettered list. */
function asLetter(label: PointLabel, lastLetter: ReadonlyMap<string, number>): PointLabel {
  const letter = /^\(?([a-z])\)?\.?$/i.exec(label.label)?.[1];
  if (label.kind !== 'roman' || letter === undefined) return label;
  const alpha: PointLabel = { ...label, kind: 'alpha', value: letter.toLowerCase().charCodeAt(0) - 96 };
  return lastLetter.get(styleOf(alpha)) === alpha.value - 1 ? alpha : label;
}

/** The labels of a list's points that count in a sequence (not bullets, not decimals). */
function labelsOf(block: Block): { label: PointLabel; index: number }[] {
  const out: { label: PointLabel; index: number }[] = [];
  const lastLetter = new Map<string, number>();
  block.points?.forEach((point, index) => {
    const read = point.label === null ? null : readPointLabel(`${point.label} x`);
    if (read === null || read.kind === 'bullet' || read.kind === 'decimal') return;
    const label = asLetter(read, lastLetter);
    if (label.kind === 'alpha') lastLetter.set(styleOf(label), label.value);
    out.push({ label, index });
  });
  return out;
}

export const pointSequenceGap = defineRule({
  id: 'point-sequence-gap',
  examples: {
    ok: `Agenda item

Children's Service Update

Minutes:

The Cabinet Member noted:

a) The report provided an update on finances.
b) The service had improved.
c) Placements were stable.

Cabinet agreed to note the report.
`,
    notOk: `Agenda item

Children's Service Update

Minutes:

The Cabinet Member noted:

a) The report provided an update on finances.
b) The service had improved.
d) Placements were stable.

Cabinet agreed to note the report.
`,
  },
  *check(document) {
    for (const block of documentBlocks(document)) {
      if (!block.points) continue;
      const last = new Map<string, PointLabel>();
      for (const { label, index } of labelsOf(block)) {
        const prev = last.get(styleOf(label));
        last.set(styleOf(label), label);
        if (!prev || label.value <= prev.value + 1) continue;
        const expected = nextLabel(prev);
        if (expected) yield { args: { expected, found: label.label }, position: block.points![index]!.position ?? block.position };
      }
    }
  },
});
