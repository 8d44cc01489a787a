// The line the Markdown output writes over each question (src/render/markdown.ts), and how the
// reader knows it again.
import type { Person, Question, QuestionKind } from '../model/schema.js';
import { gated } from './cues.js';

/**
 * The line the Markdown output writes over each question, naming its place, kind, asker and
 * answerers ("Member question 2 of 4: asked by Councillor Nick Allen; answered by Ros Jones").
 * Read back, it is the Markdown's own structure, as "Minutes:" is: kept as text, read by no
 * construct, so that the printed paragraphs under it give the same question again.
 */
export const questionHeader = gated('question-header.questionHeader', () => /^(?:member |public |supplementary )?question \d{1,4} of \d{1,4}: (?:\(follows question \d{1,4}\) )?(?:asked by |asker not recorded)/i);

const kindWord: Record<QuestionKind, string> = { member: 'Member question', public: 'Public question', supplementary: 'Supplementary question', other: 'Question' };
const who = (p: Person) => (p.name && p.role ? `${p.name} (${p.role})` : (p.name ?? p.role ?? ''));

/** The header the Markdown writes over question `index` of an item's `count`: its label, and the rest of its line. */
export function questionHeaderText(question: Question, index: number, count: number): { label: string; rest: string } {
  const follows = question.follows !== null && question.follows !== undefined ? `(follows question ${question.follows + 1}) ` : '';
  const asked = question.askedBy ? `asked by ${who(question.askedBy)}` : 'asker not recorded';
  const answered = question.answeredBy.length ? `answered by ${question.answeredBy.map(who).join('; ')}` : 'answerer not recorded';
  return { label: `${kindWord[question.kind ?? 'other']} ${index + 1} of ${count}:`, rest: `${follows}${asked}; ${answered}` };
}

