// Members' questions and the answers given:
//
//   Members' questions                                             ← heading
//   In response to members' questions, the Director … clarified that:   ← intro, who answered
//   ·      Compared to other areas, relatively few …                ← answers
//
// and questions put on notice: "Councillor Howson had given notice of the following question
// to Councillor Lindsay-Gale".
import type { Person, Question } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { spanOf } from '../read/source.js';
import { paraPosition, paraText, pointText, type Para } from './blocks.js';
import { linePosition } from '../extract/line.js';
import { parsePeopleList, parsePerson } from './people.js';
import { labels } from './vocabulary.js';

const answeredBy =
  /^in response to (?:members[\u2019']?|the|a|further)?\s?questions?(?: from members)?,?\s(.{3,400}?)\s(?:clarified|explained|confirmed|advised|responded|stated|reported|said|noted|replied|informed members)\b/i;
const onNotice = /^(.{3,120}?) had (?:given notice of|submitted|asked) (?:the following |a )?questions? (?:to|of|for) (.{3,120}?)[.:]?$/i;
const answerers = /\s(?:and|&)\s(?=the\s|(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\s|[A-Z][a-z]{1,20}\s[A-Z][A-Za-z'-]{1,30},)/;

/** "the Director of Children's Services and Mark Jowett, the Head of …" → two people. */
function parseAnswerers(phrase: string): Person[] {
  return phrase
    .split(answerers)
    .map((p) => p.trim().replace(/\sofficers?$/i, ''))
    .filter(Boolean)
    .map(parsePerson);
}

/** The questions of an item; the paragraphs they are read from become part "question". */
export function readQuestions(source: Source, paras: readonly Para[]): Question[] {
  const questions: Question[] = [];
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    const text = paraText(para);
    if (para.type === 'heading' && labels.questions.test(text)) {
      const question: Question = { answeredBy: [], intro: null, answers: [] };
      const used: Para[] = [para];
      let j = i + 1;
      const intro = paras[j];
      if (intro && intro.type === 'paragraph') {
        const introText = paraText(intro);
        question.intro = introText;
        const who = answeredBy.exec(introText);
        if (who) question.answeredBy = parseAnswerers(who[1]!);
        used.push(intro);
        j++;
      }
      while (j < paras.length && paras[j]!.type === 'list') {
        const list = paras[j]!;
        for (const p of list.points ?? []) {
          question.answers.push({
            label: p.label,
            text: pointText(p),
            position: spanOf(linePosition(source, p.lines[0]!), linePosition(source, p.lines[p.lines.length - 1]!)),
          });
        }
        used.push(list);
        j++;
      }
      question.position = spanOf(paraPosition(source, used[0]!), paraPosition(source, used[used.length - 1]!));
      used.forEach((p) => (p.part = 'question'));
      questions.push(question);
      i = j - 1;
      continue;
    }
    const notice = para.type === 'paragraph' ? onNotice.exec(text) : null;
    if (notice) {
      questions.push({
        askedBy: parsePerson(notice[1]!),
        answeredBy: parsePeopleList(notice[2]!),
        intro: text,
        answers: [],
        position: paraPosition(source, para),
      });
      para.part = 'question';
    }
  }
  return questions;
}
