// The same number twice: two items numbered "5", or two numbered paragraphs "3.2" in one item
// (a renumbering slip in the source). The second one is reported.
import { numberKey, sequences } from '../numbering.js';
import { defineRule } from '../rule.js';

export const numberingDuplicate = defineRule({
  id: 'numbering-duplicate',
  examples: {
    ok: `Title of meeting: Cabinet

Date of meeting: 6 February 2024

Subject: Corporate Parenting Strategy

3.1 The Director has a shared responsibility with all officers.
3.2 The Act defined the responsibility of corporate parents.
3.3 Annual training is available to support members.
`,
    notOk: `Title of meeting: Cabinet

Date of meeting: 6 February 2024

Subject: Corporate Parenting Strategy

3.1 The Director has a shared responsibility with all officers.
3.2 The Act defined the responsibility of corporate parents.
3.2 The lead member has additional responsibilities.
`,
  },
  *check(document) {
    for (const sequence of sequences(document)) {
      const seen = new Set<string>();
      for (const { number, position, what } of sequence) {
        const key = numberKey(number);
        if (seen.has(key)) yield { args: { number, what }, position };
        seen.add(key);
      }
    }
  },
});
