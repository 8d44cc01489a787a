// The learned models: training is deterministic and reproduces the committed weights; the
// models decide the cases the rules alone got wrong on documents of publishers they never saw.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { probability, train, type Example } from '../src/segment/learned/logistic.js';
import { committedModels } from '../src/segment/learned/models.js';
import { decisionFeatures } from '../src/segment/learned/decisions.js';
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
  it('are what `npm run train` gives from the fixtures (needs the build: npm test builds first)', () => {
    const run = spawnSync(process.execPath, ['scripts/train.mjs', '--check'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 130_000);
  it('rate a plain outcome sentence as a decision and narrative as none', () => {
    const context = { item: 0, first: true, paragraph: 0, paragraphs: 2, underDecisionHeading: false, title: 'Minutes' };
    const decision = decisionFeatures('The minutes of the meeting held on 4 May were approved as a correct record.', context, true);
    const narrative = decisionFeatures('Councillor Smith asked whether the road would be resurfaced this year.', { ...context, title: 'Highways' }, false);
    expect(probability(committedModels.decision, decision)).toBeGreaterThan(0.5);
    expect(probability(committedModels.decision, narrative)).toBeLessThan(0.5);
  });
});

describe('meeting details', () => {
  it('take the date printed in a flattened header, whose year runs into the next label', async () => {
    const doc = await parse('Special City Council - AgendaMeeting #:Date:Friday, October 06, 2023Time: 10:00 A.m.\n\n1. Call to Order\n\nThe meeting began.\n');
    expect(doc.meeting.date).toBe('2023-10-06');
  });
});
