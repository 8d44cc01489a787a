// Logistic regression over named features: inference for the parser, training for
// `npm run train`. Training is deterministic (features in sorted order, examples in the order
// given, full-batch gradient descent for a fixed number of rounds, no randomness), so the same
// examples always give the same weights, which are rounded before they are written.

/** Named feature values of one candidate (absent features are 0). */
export type Features = Record<string, number>;

export interface Model {
  bias: number;
  weights: Record<string, number>;
}

export interface Example {
  features: Features;
  label: 0 | 1;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability the model gives that a candidate with `features` is a positive one. */
export function probability(model: Model, features: Features): number {
  let z = model.bias;
  for (const name of Object.keys(features)) z += (model.weights[name] ?? 0) * features[name]!;
  return sigmoid(z);
}

export interface TrainOptions {
  rounds?: number;
  rate?: number;
  /** L2 penalty per example: keeps weights of rare features small. */
  l2?: number;
}

/** Decimal places kept in the committed weights. */
const PLACES = 4;
/** Rounded to PLACES; a weight rounded to nothing is 0, never -0 (JSON writes -0 as 0, so the committed file would not be what training gives). */
const round = (x: number) => Math.round(x * 10 ** PLACES) / 10 ** PLACES + 0;

/** Fits a model by gradient descent on the log loss (L2-penalised). */
export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { rounds = 1500, rate = 0.5, l2 = 0.0003 } = options;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({ cols: Object.keys(e.features).map((n) => [index.get(n)!, e.features[n]!] as const), label: e.label }));
  const positives = rows.filter((r) => r.label === 1).length;
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) return { bias: positives === 0 ? -5 : 5, weights: {} };
  const w = new Array<number>(names.length).fill(0);
  let bias = 0;
  for (let round = 0; round < rounds; round++) {
    const grad = new Array<number>(names.length).fill(0);
    let gradBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const [c, v] of row.cols) z += w[c]! * v;
      const err = sigmoid(z) - row.label;
      gradBias += err;
      for (const [c, v] of row.cols) grad[c]! += err * v;
    }
    for (let c = 0; c < w.length; c++) w[c] = w[c]! - (rate * (grad[c]! / rows.length + l2 * w[c]!));
    bias -= (rate * gradBias) / rows.length;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, c) => {
    const v = round(w[c]!);
    if (v !== 0) weights[n] = v;
  });
  return { bias: round(bias), weights };
}
