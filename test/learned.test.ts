// The learned models: training is deterministic, and retraining from the committed examples
// reproduces the committed weights exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { probability, train, type Example } from '../src/segment/learned/logistic.js';
import { committedModels, readExampleFile, trainModels, type ExampleFile } from '../src/segment/learned/models.js';
import { decisionFeatures } from '../src/segment/learned/decisions.js';
import { fullName, headerContext, headerFeatures, type HeaderCandidate } from '../src/segment/learned/header.js';
import { answerFeatures, questionFeatures, readAnswering, readAsking } from '../src/segment/question-sentences.js';
import { parse } from '../src/parse.js';

describe('logistic regression', () => {
  const examples: Example[] = [
    { features: { a: 1 }, label: 1 },
    { features: { a: 1, b: 1 }, label: 1 },
    { features: { b: 1 }, label: 0 },
    { features: { c: 1 }, label: 0 },
  ];
  it('learns which feature marks the positives', () => {
    const model = train(examples);
    expect(probability(model, { a: 1 })).toBeGreaterThan(0.7);
    expect(probability(model, { b: 1 })).toBeLessThan(0.5);
    expect(probability(model, { c: 1 })).toBeLessThan(0.3);
  });
  it('gives the same weights for the same examples, whatever the order of their features', () => {
    const reordered = examples.map((e) => ({ label: e.label, features: Object.fromEntries(Object.entries(e.features).reverse()) }));
    expect(train(reordered)).toEqual(train(examples));
  });
});

describe('committed weights', () => {
  it('are what training on the committed examples gives, exactly', () => {
    const file = JSON.parse(readFileSync(new URL('../src/segment/learned/examples.json', import.meta.url), 'utf8')) as ExampleFile;
    expect(file.examples.length).toBeGreaterThan(1000);
    expect(trainModels(readExampleFile(file))).toEqual(committedModels);
  });
  it('rate a plain outcome sentence as a decision and narrative as none', () => {
    const context = { item: 0, first: true, paragraph: 0, paragraphs: 2, underDecisionHeading: false, title: 'Minutes' };
    const decision = decisionFeatures('The minutes of the meeting held on 4 May were approved as a correct record.', context, true);
    const narrative = decisionFeatures('Councillor Smith asked whether the road would be resurfaced this year.', { ...context, title: 'Highways' }, false);
    expect(probability(committedModels.decision, decision)).toBeGreaterThan(0.5);
    expect(probability(committedModels.decision, narrative)).toBeLessThan(0.5);
  });
});

describe('decision features', () => {
  const context = { item: 0, first: false, paragraph: 0, paragraphs: 1, underDecisionHeading: false, title: null };
  it('read the decision verb as the predicate after a subject of any form, and past an adverb', () => {
    // heldout4 west-dereham, heldout5 clayhidon, heldout10 milburn.
    expect(decisionFeatures('All the suggested amendments were approved and the BCP would now be included as one of the parish Council documents.', context, false)).toMatchObject({ predicateDecision: 1 });
    expect(decisionFeatures('There being no other nominations, Mr Kallaway was elected as Chairman.', context, false).predicateDecision).toBeUndefined();
    expect(decisionFeatures('It was therefore resolved not to adopt the telephone box and the Clerk to inform EDC accordingly.', context, false)).toMatchObject({ passiveDecision: 1, predicateDecision: 1 });
  });
  it('read a body acting in the present tense as a body acting (questions11 glentham, heldout13 north-frontenac)', () => {
    expect(decisionFeatures('Council supports on grounds of sustainability and sensitive positioning.', context, false).subjectActs).toBe(1);
    expect(decisionFeatures('Council receives for information the presentation from the Ontario Provincial Police.', context, false).subjectActs).toBe(1);
    // heldout17 README: 'The commissioners selected …'.
    expect(decisionFeatures('The commissioners selected the lowest bid.', context, false).subjectActs).toBe(1);
  });
  it('tell a person undertaking something from a body agreeing (heldout7 govan, heldout4 west-dereham)', () => {
    expect(decisionFeatures('Councillor Hutchison agreed to follow up these issues.', context, false).personAgrees).toBe(1);
    expect(decisionFeatures('PB agreed to attend.', context, false).personAgrees).toBe(1);
    expect(decisionFeatures('Councillors agreed to pay the invoice.', context, false).personAgrees).toBeUndefined();
    expect(decisionFeatures('The Parish Council agreed to support the application.', context, false).personAgrees).toBeUndefined();
  });
  it('read an item heading that is a sentence as one (heldout9 north-yorkshire)', () => {
    const heading = { ...context, first: true, place: 'heading' as const };
    expect(decisionFeatures('The minutes of the previous meeting were read and signed as a correct record.', heading, false).headingSentence).toBe(1);
    expect(decisionFeatures('Minutes of the previous meeting', heading, false).headingSentence).toBeUndefined();
  });
  it('take a speech verb only as a verb, not as an adjective', () => {
    expect(decisionFeatures('All the suggested amendments were approved.', context, false).speech).toBeUndefined();
    expect(decisionFeatures('Cllr Healey suggested a costing be obtained.', context, false).speech).toBe(1);
  });
});

describe('question sentences', () => {
  const rate = (sentence: string, answered: boolean, aboutQuestions: boolean) => probability(committedModels.question, questionFeatures(sentence, readAsking(sentence), answered, aboutQuestions));
  it('rate a member asking, answered, as a question, and narrative or a request as none', () => {
    expect(rate('Councillor Pullen asked how much more time was needed to complete the plan.', true, true)).toBeGreaterThan(0.5);
    expect(rate('Will the Leader meet the residents of Hill Court?', true, true)).toBeGreaterThan(0.5);
    expect(rate('Members discussed playground maintenance and raised concerns around funding.', false, true)).toBeLessThan(0.5);
    expect(rate('Cllr Nicholas-Letch asked for an amendment to the item.', false, false)).toBeLessThan(0.5);
  });
});

describe('answer sentences', () => {
  // questions12/lapford-pc-2020-03-03.txt: a public question answered in the sentence after it, naming no one.
  const rate = (question: string, candidate: string, samePara: boolean) =>
    probability(
      committedModels.answer,
      answerFeatures({ text: question, reading: readAsking(question) }, { text: candidate, reading: readAsking(candidate), answering: readAnswering(candidate) }, { samePara, adjacent: true }, true),
    );
  const asked = 'An individual asked about the potential costs to the Council as they had taken on the lease for the car park.';
  it('rate the sentence after a question that takes up its words, or names who answered, as its answer', () => {
    expect(rate(asked, 'The potential costs had been discussed at the time and there would be some cost to the Council.', true)).toBeGreaterThan(0.5);
    expect(rate(asked, 'The Clerk replied that the lease had been signed in May.', true)).toBeGreaterThan(0.5);
  });
  it('rate the asker going on, a further question or unrelated narrative as none', () => {
    expect(rate(asked, 'The individual said that the car park was often full.', true)).toBeLessThan(0.5);
    expect(rate(asked, 'Would the Council publish the figures?', true)).toBeLessThan(0.5);
    expect(rate(asked, 'There being no other business, the meeting closed at 8.30 pm.', false)).toBeLessThan(0.5);
  });
});

describe('meeting details', () => {
  it('take the date printed in a flattened header, whose year runs into the next label', async () => {
    const doc = await parse('Special City Council - AgendaMeeting #:Date:Friday, October 06, 2023Time: 10:00 A.m.\n\n1. Call to Order\n\nThe meeting began.\n');
    expect(doc.meeting.date).toBe('2023-10-06');
  });
  // heldout4/magherafelt-dc-council-2013-06-25.txt: the opening sentence's "Meeting of District
  // Council" is the document's short form of the name its header prints in full.
  // Its weight is near zero (fullName below prints the name in full whichever the model prefers), so its sign is not asserted.
  it('mark a body the document prints in full elsewhere as its short form', () => {
    const sentence = 'Minutes of Proceedings of a Meeting of District Council held in the Council Chamber, 50 Road, Magherafelt on Tuesday, 25 June 2013.';
    const at = (value: string, line: number, text: string, rule: boolean): HeaderCandidate => ({ value, line, text, lines: 6, rule, facts: [], before: '', after: '' });
    const full = at('MAGHERAFELT DISTRICT COUNCIL', 0, 'MAGHERAFELT DISTRICT COUNCIL', false);
    const short = at('District Council', 2, sentence, true);
    const context = headerContext([full, short]);
    expect(headerFeatures(short, context).shortOfNamed).toBe(1);
    expect(headerFeatures(full, context).shortOfNamed).toBeUndefined();
  });
  // The same document: whichever of the two the model scores higher, the council is printed in full;
  // heldout9/rosemead's "Speaker Request Card, as it must be City Council" is a sentence, no name.
  it('print a generic body as the name of the document it is the short form of, whichever the model prefers', () => {
    const at = (value: string, text: string): HeaderCandidate => ({ value, line: 0, text, lines: 6, rule: false, facts: [], before: '', after: '' });
    const full = { candidate: at('MAGHERAFELT DISTRICT COUNCIL', 'MAGHERAFELT DISTRICT COUNCIL'), p: 0.76 };
    expect(fullName('DISTRICT COUNCIL', [full])).toBe('MAGHERAFELT DISTRICT COUNCIL');
    expect(fullName('District Council', [full])).toBe('MAGHERAFELT DISTRICT COUNCIL');
    expect(fullName('Council', [full])).toBe('MAGHERAFELT DISTRICT COUNCIL');
    expect(fullName('Planning Committee', [full])).toBe('Planning Committee');
    const sentence = { candidate: at('Speaker Request Card, as it must be City Council', 'Speaker Request Card, as it must be City Council'), p: 0.9 };
    expect(fullName('City Council', [sentence])).toBe('City Council');
  });
  // heldout10/hugo-city-council-2011-11-21.txt: the minutes approved are the previous meeting's.
  it('mark the date of minutes approved as an earlier meeting\'s, not the date a title says the minutes are for', () => {
    const date = (text: string, dateText: string, iso: string): HeaderCandidate => ({ value: iso, line: 1, text, lines: 6, rule: false, facts: ['inLine'], before: '', after: '', dateText });
    const approved = date('Approval of Minutes for November 7, 2011 City Council Meeting <br />', 'November 7, 2011', '2011-11-07');
    const own = date('MINUTES FOR THE CITY COUNCIL MEETING ON MONDAY, NOVEMBER 21, 2011 <br />Mayor Fran Miron called the meeting to order at 7:07 p.m.', 'NOVEMBER 21, 2011', '2011-11-21');
    expect(headerFeatures(approved).previousMeeting).toBe(1);
    expect(headerFeatures(own).previousMeeting).toBeUndefined();
  });
});
