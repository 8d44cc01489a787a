// Training examples derived from the gold annotations, and the models trained on them.
//
// Each document is parsed with a recorder that sees every candidate the learned models score:
// decision sentences (with the item they were read in) and the header's body, date and venue
// candidates. Candidates are recorded with models that never fire, so what is recorded does not
// depend on the weights (training reproduces itself). Labels:
//   decision: a sentence of an item the gold says decided nothing is a negative, unless it holds
//     another gold item's decision (the parse joined or split items: a positive); a sentence that
//     holds the gold decision's opening words (or is held in them) is a positive; other sentences
//     of items that decided something are left out (the gold names only the first decision).
//   question (tuning corpora only, not the measurement-only ones): in items whose gold lists their questions, a sentence is a positive when it holds a
//     gold question's opening words (or, for a question whose text is not recorded, its answer's:
//     "In response to a question from X, the Leader referred …"), else a negative.
//   answer (every corpus but the blind ones): a sentence after one that asks, in its paragraph or
//     the next, is a positive when it holds a gold answer's opening words of its item, else a negative.
//   body, date and venue: a candidate is positive when it matches the gold value as the scorer
//   compares them (a body also when it is no sentence: twelve words at most). A generic body that a
//   body's name of the document ends with ("Community Council" of "Llangernyw Community Council")
//   is printed as that name (learned/header.ts fullName): the name's label says whether it is
//   right, and the short form is neither. A venue in a sentence ("… will be held on Monday at
//   7.30pm in Eardington Village Hall") is a negative: the place is, the sentence is not.
//   Documents whose gold field is null give no examples for it.
import { parseFile } from '../../dist/index.js';
import { isBodyName, isShortFor } from '../../dist/segment/learned/header.js';
import { sentenceWords } from '../../dist/segment/meeting.js';
import { tasks, trainModels } from '../../dist/segment/learned/models.js';
import { align, meetingFieldOk, norm } from './score.mjs';

/** Models that reject every candidate: the parse the recorder sees is the rules' own. */
const silent = Object.fromEntries(tasks.map((t) => [t, { bias: -50, weights: {} }]));

/** The gold decision's opening words are in the sentence, or the sentence opens them. */
function opensDecision(goldItem, s) {
  if (!goldItem.resolutionStartsWith) return false;
  const g = norm(goldItem.resolutionStartsWith).slice(0, 40);
  return s.includes(g) || (s.length >= 20 && g.includes(s.slice(0, 40)));
}

/** Opening words long enough to name one decision wherever the parse put it ("No objection" is not). */
const namesOneDecision = (goldItem) => goldItem.hasResolution && norm(goldItem.resolutionStartsWith ?? '').length >= 20;

function decisionLabel(goldItem, sentence, goldItems) {
  const s = norm(sentence);
  if (!goldItem.hasResolution) {
    // The parse joined two items, or split one, so the sentence was read in an item that decided
    // nothing though it holds another item's decision ("The Minutes … were agreed as a true
    // record." read into the election before): the gold still says it is a decision.
    return goldItems.some((g) => namesOneDecision(g) && opensDecision(g, s)) ? 1 : 0;
  }
  return opensDecision(goldItem, s) ? 1 : null;
}

/**
 * An answer candidate (a sentence after one that asks) is a positive when it holds a gold answer's
 * opening words, or opens them (a sentence the copy cut short), else a negative.
 */
function answerLabel(goldItem, sentence) {
  if (!Array.isArray(goldItem.questions)) return null;
  const s = norm(sentence);
  return goldItem.questions.some((q) => q.answerStartsWith && (s.includes(norm(q.answerStartsWith).slice(0, 30)) || (s.length >= 20 && norm(q.answerStartsWith).includes(s.slice(0, 30))))) ? 1 : 0;
}

function questionLabel(goldItem, sentence) {
  if (!Array.isArray(goldItem.questions)) return null;
  const s = norm(sentence);
  const opens = (text) => text && s.includes(norm(text).slice(0, 30));
  return goldItem.questions.some((q) => opens(q.questionStartsWith) || (!q.questionStartsWith && opens(q.answerStartsWith))) ? 1 : 0;
}

/**
 * A body candidate is a positive when the scorer takes it (it holds the gold value or is held in
 * it), and it is a name, not a sentence that mentions the body (twelve words at most). The gold
 * names the body as the document prints it, sometimes the council ("Wairoa District Council"),
 * sometimes the kind of meeting ("Ordinary Council Meeting"); a candidate that prints both
 * ("WAIROA DISTRICT COUNCIL EXTRAORDINARY COUNCIL MEETING") is right either way, and learned so.
 */
const bodyLabel = (gold, value) => {
  if (!meetingFieldOk('body', gold, value) || value.split(' ').length > 12) return 0;
  // A part of the gold name ("District Council" of "Magherafelt District Council") is taken by the
  // scorer but names less: neither a positive nor a negative.
  return norm(value).includes(norm(gold)) ? 1 : null;
};

/**
 * A venue candidate is a positive when the scorer takes it, unless it is a sentence around the
 * place ("The Annual General Meeting will be held on Monday, 17th May at 7.30pm in Eardington
 * Village Hall" for "Eardington Village Hall"): three or more words of a sentence beyond the
 * gold's make it a negative. A notice is no venue, though the scorer finds the venue in it.
 */
const venueLabel = (gold, value) => (meetingFieldOk('venue', gold, value) && sentenceWords(value) - sentenceWords(gold) < 3 ? 1 : 0);

/** Every labelled candidate of every document, in document order then parse order. */
export async function collectExamples(docs) {
  const examples = [];
  for (const d of docs) {
    const recorded = [];
    const doc = await parseFile(d.path, { name: d.name, learned: { models: silent, record: (c) => recorded.push(c) } });
    const goldOf = new Map(align(d.gold.items, doc.items).map(([g, p]) => [p, d.gold.items[g]]));
    const names = recorded.filter((c) => c.task === 'body' && isBodyName(c.value)).map((c) => c.value);
    for (const c of recorded) {
      let label = null;
      if (c.task === 'decision') {
        const goldItem = goldOf.get(c.item);
        if (goldItem) label = decisionLabel(goldItem, c.value, d.gold.items);
      } else if (c.task === 'question' || c.task === 'answer') {
        const goldItem = goldOf.get(c.item);
        if (goldItem) label = c.task === 'question' ? questionLabel(goldItem, c.value) : answerLabel(goldItem, c.value);
      } else {
        const gold = d.gold.meeting?.[c.task];
        if (gold != null && !(c.task === 'body' && names.some((name) => isShortFor(c.value, name)))) label = c.task === 'body' ? bodyLabel(gold, c.value) : c.task === 'venue' ? venueLabel(gold, c.value) : meetingFieldOk(c.task, gold, c.value) ? 1 : 0;
      }
      // The question model learns from the tuning corpora only: the measurement-only questions
      // corpora are issue 12's held-out check, and with them it rated a plain question ("Will the
      // Leader meet the residents of Hill Court?") as none (test/learned.test.ts). The answer model
      // learns from every corpus but the blind ones, as decisions do: the tuning corpora alone give it
      // 38 answers.
      if (c.task === 'question' && d.measurementOnly) continue;
      if (label !== null) examples.push({ task: c.task, features: c.features, label, publisher: d.publisher, doc: d.name, value: c.value });
    }
  }
  return examples;
}

/** One model per task, trained on `examples` (deterministic: same examples, same weights). */
export const trainAll = (examples) => trainModels(examples);

/** The models as committed: JSON with keys in sorted order, one file. */
export function serialise(models) {
  const sorted = Object.fromEntries(
    Object.keys(models)
      .sort()
      .map((t) => [t, { bias: models[t].bias, weights: Object.fromEntries(Object.keys(models[t].weights).sort().map((k) => [k, models[t].weights[k]])) }]),
  );
  return `${JSON.stringify(sorted, null, 1)}\n`;
}
