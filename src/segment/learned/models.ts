// The learned models the segmenter consults, and how a parse is told to use other weights or
// to record what it scored (for training and cross-validation). The committed weights are
// written by `npm run train` from the gold annotations of every fixture.
import type { Features, Model } from './logistic.js';
import committed from './weights.json' with { type: 'json' };

/**
 * decision: a sentence records a decision; body, date, venue: a header candidate is the
 * meeting's body, date or venue.
 */
export type Task = 'decision' | 'body' | 'date' | 'venue';
export const tasks: readonly Task[] = ['decision', 'body', 'date', 'venue'];

export type Models = Record<Task, Model>;

/** A candidate the parser scored: for training, its features and the value it stands for. */
export interface Candidate {
  task: Task;
  /** The item (its order) a decision sentence was read in. */
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
