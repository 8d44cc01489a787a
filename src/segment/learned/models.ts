// The learned models the segmenter consults, and how a parse is told to use other weights or
// to record what it scored (for training and cross-validation). The committed weights are
// written by `npm run train` from the gold annotations of every fixture.
import { train, type Example, type Features, type Model } from './logistic.js';
import committed from './weights.json' with { type: 'json' };

/**
 * decision: a sentence records a decision; body, date, venue: a header candidate is the
 * meeting's body, date or venue; question: a prose sentence asks a question; answer: a sentence
 * after a question opens its answer.
 */
export type Task = 'decision' | 'body' | 'date' | 'venue' | 'question' | 'answer';
export const tasks: readonly Task[] = ['decision', 'body', 'date', 'venue', 'question', 'answer'];

export type Models = Record<Task, Model>;

/** A candidate the parser scored: for training, its features and the value it stands for. */
export interface Candidate {
  task: Task;
  /** The item (its order) a decision, question or answer sentence was read in. */
  item?: number;
  value: string;
  features: Features;
}

export interface Learned {
  models: Models;
  /** Called with every candidate scored (training and evaluation only). */
  record?: (candidate: Candidate) => void;
}

export const committedModels: Models = committed as Models;
export const defaultLearned: Learned = { models: committedModels };

/** A labelled candidate of one task. */
export interface TaskExample extends Example {
  task: Task;
}

/** One model per task, trained on `examples` in the order given (same examples, same weights). */
export function trainModels(examples: readonly TaskExample[]): Models {
  return Object.fromEntries(tasks.map((t) => [t, train(examples.filter((e) => e.task === t))])) as Models;
}

/**
 * The committed training data (src/segment/learned/examples.json) as written by `npm run
 * train`: every feature name once, then each example as its task, label and feature indices
 * (every feature the models use is 0 or 1).
 */
export interface ExampleFile {
  features: string[];
  examples: [Task, 0 | 1, number[]][];
}

export function readExampleFile(file: ExampleFile): TaskExample[] {
  return file.examples.map(([task, label, on]) => ({ task, label, features: Object.fromEntries(on.map((i) => [file.features[i]!, 1])) }));
}

export function writeExampleFile(examples: readonly TaskExample[]): ExampleFile {
  const features = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(features.map((f, i) => [f, i]));
  return { features, examples: examples.map((e) => [e.task, e.label, Object.keys(e.features).map((f) => index.get(f)!).sort((a, b) => a - b)]) };
}
