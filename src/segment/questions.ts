// The questions of an item and their answers. Each way of recording them is a construct that
// returns claims (the paragraphs it read, the part "question", the question it found); this file
// decides between them, in a fixed priority, and builds the item's questions in document order.
//
//   1. Members' questions                                       ← heading (Portsmouth)
//      In response to members' questions, the Director … clarified that:   ← intro, who answered
//      ·      Compared to other areas, relatively few …          ← answers as points
//   2. a dialogue turn by turn: a turn that asks, the next speaker's turn answers (question-labels.ts)
//      labelled questions and answers (question-labels.ts), among them questions given notice of
//      ("Councillor Howson had given notice of the following question to Councillor Lindsay-Gale" /
//      the question / "Councillor Lindsay-Gale:" / the answer)
//   3. speakers' turns that ask, answered by the next turn (question-labels.ts)
//   4. a list of the questions received ("(1) Councillor A to Councillor B regarding …")
//   5. a table of questions, its columns named by its header row (question-table.ts)
//   6. questions in prose, scored sentence by sentence (question-sentences.ts)
//
// A paragraph a construct of higher priority claimed is not read by those after it. A
// supplementary question follows the question before it.
import type { Person, Question, QuestionKind } from '../model/schema.js';
import type { Source } from '../read/source.js';
import { paraPosition, paraText, pointText, type Para } from './blocks.js';
import { linesPosition } from '../extract/line.js';
import { parsePerson } from './people.js';
import { questionHeader } from './question-header.js';
import { dialogueQuestions, labelledQuestions, listedQuestions, readOpener, titleQuestions, turnQuestions } from './question-labels.js';
import { readAsking, sentenceQuestions } from './question-sentences.js';
import { splitSentences } from './sentences.js';
import { tableQuestions } from './question-table.js';
import { labels } from './vocabulary.js';
import { defaultLearned, type Learned } from './learned/models.js';
import { gated } from './cues.js';

/** What a construct found: a question read from the item's paragraphs `paras`. */
export interface QuestionClaim {
  part: 'question';
  /** Indices of the item's paragraphs the question was read from. */
  paras: number[];
  /** The paragraphs to mark as part "question" (all of `paras` when absent). */
  marks?: number[];
  /** Order within its first paragraph (a sentence's place), for document order. */
  at: number;
  value: {
    askedBy: Person | null;
    answeredBy: Person[];
    question: string | null;
    answer: string | null;
    supplementary: boolean;
    intro?: string | null;
    answers?: Question['answers'];
  };
}

const answeredBy =
  /^in response to (?:members[\u2019']?|the|a|further)?\s?questions?(?: from members)?,?\s(.{3,400}?)\s(?:clarified|explained|confirmed|advised|responded|stated|reported|said|noted|replied|informed members)\b/i;
const answerers = /\s(?:and|&)\s(?=the\s|(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\s|[A-Z][a-z]{1,20}\s[A-Z][A-Za-z'-]{1,30},)/;

/** "the Director of Children's Services and Mark Jowett, the Head of …" → two people. */
function parseAnswerers(phrase: string): Person[] {
  return phrase
    .split(answerers)
    .map((p) => p.trim().replace(/\sofficers?$/i, ''))
    .filter(Boolean)
    .map(parsePerson);
}

/** Portsmouth's "Members' questions" heading, the intro naming who answered, the answers as points. */
function headingQuestions(source: Source, paras: readonly Para[]): QuestionClaim[] {
  const claims: QuestionClaim[] = [];
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (para.type !== 'heading' || !labels.questions.test(paraText(para))) continue;
    const claim: QuestionClaim = { part: 'question', paras: [i], at: 0, value: { askedBy: null, answeredBy: [], question: null, answer: null, supplementary: false, intro: null, answers: [] } };
    let j = i + 1;
    const intro = paras[j];
    if (intro && intro.type === 'paragraph') {
      const introText = paraText(intro);
      claim.value.intro = introText;
      const who = answeredBy.exec(introText);
      if (who) claim.value.answeredBy = parseAnswerers(who[1]!);
      claim.paras.push(j++);
    }
    const points: string[] = [];
    // The Markdown's headers over questions read from the points stand between the intro and them.
    let k = j;
    while (paras[k]?.type === 'paragraph' && questionHeader.test(paraText(paras[k]!))) k++;
    if (k > j && paras[k]?.type === 'list') j = k;
    while (j < paras.length && paras[j]!.type === 'list') {
      for (const p of paras[j]!.points ?? []) {
        points.push(pointText(p));
        claim.value.answers!.push({
          label: p.label,
          text: pointText(p),
          position: linesPosition(source, p.lines[0]!, p.lines[p.lines.length - 1]!),
        });
      }
      claim.paras.push(j++);
    }
    // Points that mostly tell a question and who put it ("Cllr Smith asked whether …. The Leader
    // replied …") are questions of their own, for the prose reader, not answers to one question.
    if (points.length > 0 && points.filter(asksNamed).length * 2 > points.length) {
      i = j - 1;
      continue;
    }
    claims.push(claim);
    i = j - 1;
  }
  return claims;
}

/** A text whose first sentence asks, told with who asked: "Cllr Smith asked whether …". */
const asksNamed = (text: string): boolean => {
  const reading = readAsking(splitSentences(text)[0]?.text ?? text);
  return reading.asks && reading.askedBy !== null;
};

/** Titles only elected members carry ("Mrs" or "Dr" may ask from the public gallery). */
const memberTitle = /^(?:Councillors?|Cllrs?|Crs?|Council(?:wo)?man|Councilmembers?|Council Members?|Alderman|Aldermen|Mayor|Deputy Mayor|Lord Mayor|Supervisors?|Commissioners?|Trustees?)\b/;
const publicAsker = gated('questions.publicAsker', () => /\b(?:public|residents?|parishioners?|electors?|questioners?|audience|individual|visitors?|attendees?|ratepayers?|citizens?)\b/i);

function kindOf(claim: QuestionClaim, itemTitle: string | null): QuestionKind {
  const { askedBy, supplementary } = claim.value;
  if (supplementary) return 'supplementary';
  const asker = [askedBy?.name, askedBy?.role].filter(Boolean).join(' ');
  if (asker && publicAsker.test(asker)) return 'public';
  if (asker && (memberTitle.test(asker) || /\bmembers?\b/i.test(asker))) return 'member';
  if (itemTitle && /\b(?:public|residents?|electors?)\b/i.test(itemTitle)) return 'public';
  if (itemTitle && /\b(?:members?|councillors?)\b/i.test(itemTitle) || asker) return 'member';
  return 'other';
}

/** A line break a copy kept as markup ("it would be <br />open to the public") is a space in what was asked and answered. */
const withoutBreaks = (text: string | null): string | null => (text && text.includes('<') ? text.replace(/ ?<br ?\/?> ?/gi, ' ') : text);

/**
 * The questions of an item, in document order; the paragraphs they are read from become part
 * "question". `heading` is the item's number and title as printed (a title may open a question);
 * `learned` scores prose sentences, `order` is the item's place (for its record).
 */
export function readQuestions(
  source: Source,
  paras: readonly Para[],
  heading: { number: string | null; title: string | null } = { number: null, title: null },
  learned: Learned = defaultLearned,
  order = 0,
): Question[] {
  const taken = new Set<number>();
  // The Markdown's own header over a question is no question of its own.
  paras.forEach((p, i) => {
    if (p.type === 'paragraph' && questionHeader.test(paraText(p))) {
      taken.add(i);
      // Over a purpose the question was read from, the header is of the purpose, as it was written.
      if (p.part !== 'purpose') p.part = 'question';
    }
  });
  const accepted: QuestionClaim[] = [];
  const titleLine = heading.title && heading.number ? `${heading.number} ${heading.title}` : heading.title;
  const constructs: ((open: readonly Para[]) => QuestionClaim[])[] = [
    () => headingQuestions(source, paras),
    (open) => dialogueQuestions(open),
    // The title opens the question when it is an opener of its own ("Question submitted by …", "Cr Smith asked").
    (open) => labelledQuestions(open, heading.title && (/^question\b/i.test(heading.title) || readOpener(heading.title)?.askedBy) ? heading.title : titleLine),
    (open) => turnQuestions(open),
    (open) => listedQuestions(open),
    () => titleQuestions(heading.title),
    (open) => tableQuestions(source, open),
    (open) => sentenceQuestions(open, heading.title, learned, order),
  ];
  for (const construct of constructs) {
    // A claimed paragraph is closed to the constructs after: they see it as another part.
    const open = paras.map((p, i) => (taken.has(i) ? { ...p, part: 'question' as const } : p));
    const found = construct(open).filter((c) => c.paras.every((i) => !taken.has(i)));
    for (const claim of found) accepted.push(claim);
    for (const claim of found) for (const i of claim.paras) taken.add(i);
  }
  accepted.sort((a, b) => (a.paras[0] ?? 0) - (b.paras[0] ?? 0) || a.at - b.at);

  const questions: Question[] = [];
  for (const claim of accepted) {
    for (const i of claim.marks ?? claim.paras) paras[i]!.part = 'question';
    const kind = kindOf(claim, heading.title);
    const { value } = claim;
    const first = paras[claim.paras[0]!];
    const last = paras[claim.paras[claim.paras.length - 1]!];
    questions.push({
      askedBy: value.askedBy,
      answeredBy: value.answeredBy,
      kind,
      question: withoutBreaks(value.question),
      answer: withoutBreaks(value.answer),
      intro: value.intro ?? null,
      answers: value.answers ?? [],
      follows: kind === 'supplementary' && questions.length > 0 ? questions.length - 1 : null,
      ...(first && last ? { position: paraPosition(source, first, last) } : {}),
    });
  }
  return questions;
}
