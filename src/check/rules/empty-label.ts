// "Additional documents:" or "Supporting documents:" with nothing after it in its item: the
// documents were links, and the copy kept the label without them. A label followed by a list of
// document titles is fine; one followed by nothing, another label or running prose is empty.
import type { Block } from '../../model/schema.js';
import { isProse } from '../../segment/shape.js';
import { labels } from '../../segment/vocabulary.js';
import { defineRule } from '../rule.js';

/** The label itself when the block is a documents label with nothing after its colon. */
function labelWithoutValue(block: Block): string | null {
  const match = labels.documents.exec(block.text);
  return match && block.text.slice(match[0].length).trim() === '' ? block.text.trim() : null;
}

const introducesNothing = (next: Block | undefined) => next === undefined || next.type === 'heading' || isProse(next.text);

export const emptyLabel = defineRule({
  id: 'empty-label',
  examples: {
    ok: `Agenda item

Regional Care Co-operative

Minutes:

The report, which was for information, was noted.

Supporting documents:

Regional Care Co-operative report (PDF 125 KB)
`,
    notOk: `Agenda item

Regional Care Co-operative

Minutes:

The report, which was for information, was noted.

Supporting documents:
`,
  },
  *check(document) {
    for (const item of document.items) {
      for (const [i, block] of item.minutes.entries()) {
        const label = labelWithoutValue(block);
        if (label !== null && introducesNothing(item.minutes[i + 1])) yield { args: { label }, position: block.position };
      }
    }
  },
});
