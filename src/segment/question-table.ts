// Questions recorded in a table, one a row, each column named by the table's header row:
//
//   Name           Question                              Response
//   Mr J Smith     When will the road be fixed?          It will be fixed in May.
//
//   | Asked by | Question | Answered by | Answer |
//
// A table is one of questions when its header names a column for the question ("Question",
// "Questions asked", "Query") and one for who asked ("Name", "Asked by", "Questioner", "Raised
// by") or for the answer ("Response", "Answer", "Reply"): the document's own columns say which cell
// is what, so no row is read by its wording.
import type { Person } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { rowCells, type Para } from './blocks.js';
import { parsePerson } from './people.js';
import { readAnswering } from './question-sentences.js';
import type { QuestionClaim } from './questions.js';

type Column = 'question' | 'asker' | 'answer' | 'answerer';
const columnNames: [Column, RegExp][] = [
  ['question', /^(?:the\s)?(?:questions?|quer(?:y|ies))(?:\s(?:asked|raised|received|text))?$/i],
  ['asker', /^(?:names?|asked\sby|questioners?|raised\sby|submitted\sby|from|members?|councillors?|speakers?|who\sasked)$/i],
  ['answer', /^(?:(?:written|officer|council)\s)?(?:responses?|answers?|repl(?:y|ies))$/i],
  ['answerer', /^(?:answered|responded|replied)\sby$|^(?:response|reply|answer)\sby$|^respond(?:er|ent)$/i],
];
const columnOf = (heading: string): Column | null => columnNames.find(([, name]) => name.test(heading.trim()))?.[0] ?? null;

const person = (cell: string | undefined): Person | null => (cell && /[a-z]/i.test(cell) ? parsePerson(cell) : null);

/** The questions of an item's tables of questions, a claim for each row. */
export function tableQuestions(source: Source, paras: readonly Para[]): QuestionClaim[] {
  const claims: QuestionClaim[] = [];
  paras.forEach((para, i) => {
    if (para.type !== 'table' || para.lines.length < 2) return;
    const columns = rowCells(source, para.lines[0]!).map(columnOf);
    const at = (column: Column) => columns.indexOf(column);
    if (at('question') < 0 || (at('asker') < 0 && at('answer') < 0)) return;
    para.lines.slice(1).forEach((line, row) => {
      const cells = rowCells(source, line);
      const question = cells[at('question')];
      if (cells.length !== columns.length || !question) return;
      const answer = cells[at('answer')] || null;
      // Who answered: their column, else the answer's own words ("The Clerk said it would be …").
      const answerer = person(cells[at('answerer')]) ?? (answer ? (readAnswering(answer)?.by ?? null) : null);
      claims.push({
        part: 'question',
        paras: [i],
        at: row,
        value: { askedBy: person(cells[at('asker')]), answeredBy: answerer ? [answerer] : [], question, answer, supplementary: false },
      });
    });
  });
  return claims;
}
