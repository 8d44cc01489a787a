// Is a sentence a decision? The sentences of an item's minutes that no exact construct claimed
// (RESOLVED, mover fields, motions and their outcomes: resolutions.ts) are judged here by a
// logistic model. The wordings motions.ts knows ("The minutes … were approved", "Cabinet agreed
// to …", "It was agreed that …") are one feature among others, not a gate: the model weighs them
// with the sentence's shape, its place and its words, as learned from the annotated documents.
import { readDecision, type Decision } from '../motions.js';
import { noDecisionHeading } from '../vocabulary.js';
import { outcomeOf } from '../votes.js';
import { probability, type Features } from './logistic.js';
import type { Learned } from './models.js';

/** Where a sentence stands in its item. */
export interface SentenceContext {
  /** The item's order in the document (for recording). */
  item: number;
  /** The sentence opens its paragraph. */
  first: boolean;
  /** Index of its paragraph among the item's paragraphs, and how many there are. */
  paragraph: number;
  paragraphs: number;
  /** A "Decision" or "Resolution" heading stands just above. */
  underDecisionHeading: boolean;
  /** The item's title. */
  title: string | null;
}

/** Words whose presence says something about a sentence being a decision (either way). */
const cueWords = new Set(
  (
    'agreed resolved approved noted accepted adopted elected appointed carried decided voted confirmed endorsed received deferred rejected refused ' +
    'withdrawn ratified granted co-opted unanimously unanimous motion moved seconded proposed majority favour vote votes ' +
    'that to would will should could may might shall be was were is are has have had been it ' +
    'report minutes recommendation recommendations clerk council committee board members cabinet commission ' +
    'asked said commented explained questioned stated thanked reported advised discussed presented informed raised ' +
    'no not none nothing there update information meeting item following signed chairman chair true correct record'
  ).split(' '),
);

const participle = /\b(?:was|were|is|are|be|been)\s(?:duly\s|unanimously\s|then\s|formally\s)?[a-z]{3,}ed\b/i;

/** The features of a sentence as a decision candidate. */
export function decisionFeatures(sentence: string, context: SentenceContext, rule: boolean): Features {
  const f: Features = rule ? { rule: 1 } : {};
  const words = sentence.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  for (const w of new Set(words)) if (cueWords.has(w)) f[`w:${w}`] = 1;
  const first = words[0] ?? '';
  f[`first:${cueWords.has(first) ? first : 'other'}`] = 1;
  if (context.first) f.opensParagraph = 1;
  if (rule && context.first) f.ruleOpensParagraph = 1;
  if (context.paragraph === 0) f.firstParagraph = 1;
  if (context.paragraph === context.paragraphs - 1) f.lastParagraph = 1;
  if (context.underDecisionHeading) f.underDecisionHeading = 1;
  if (context.title && noDecisionHeading.test(context.title)) f.proceduralTitle = 1;
  if (participle.test(sentence)) f.passive = 1;
  if (outcomeOf(sentence)) f.outcomeWord = 1;
  if (/^[A-Z][a-z]+ed\b/.test(sentence)) f.opensWithParticiple = 1;
  if (/\?/.test(sentence)) f.question = 1;
  if (/\d/.test(sentence)) f.number = 1;
  if (!/[a-z]/.test(sentence)) f.caps = 1;
  const length = words.length;
  f[length <= 6 ? 'short' : length <= 25 ? 'medium' : 'long'] = 1;
  return f;
}

/** The decision a sentence records, if the model judges it one. */
export function judgeDecision(learned: Learned, sentence: string, context: SentenceContext): Decision | null {
  const rule = readDecision(sentence);
  const features = decisionFeatures(sentence, context, rule !== null);
  learned.record?.({ task: 'decision', item: context.item, value: sentence, features });
  // A known wording opening its paragraph stands (it reads the same back from Markdown, where
  // the sentence's place may differ); the model adds the decisions no wording names.
  if (!(rule && context.first) && probability(learned.models.decision, features) < 0.5) return null;
  return rule ?? { text: sentence, outcome: outcomeOf(sentence) ?? 'other' };
}
