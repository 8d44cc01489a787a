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

/**
 * Fits a model by gradient descent on the log loss (L2-penalised). Examples with the same
 * features are one row counted as often as they occur (the loss is the same sum); the rows' columns
 * are packed in typed arrays, so that training on every corpus stays a matter of seconds.
 */
export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { rounds = 1500, rate = 0.5, l2 = 0.0003 } = options;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  if (positives === 0 || negatives === 0) return { bias: positives === 0 ? -5 : 5, weights: {} };
  // One row per distinct feature set, in order of first occurrence: how often it occurs and how often as a positive.
  const rowOf = new Map<string, number>();
  const rowCols: (readonly (readonly [number, number])[])[] = [];
  const counts: number[] = [];
  const positiveCounts: number[] = [];
  for (const e of examples) {
    const cols = Object.keys(e.features)
      .map((n) => [index.get(n)!, e.features[n]!] as const)
      .sort((a, b) => a[0] - b[0]);
    const key = cols.map(([c, v]) => `${c}:${v}`).join(' ');
    let row = rowOf.get(key);
    if (row === undefined) {
      row = rowCols.length;
      rowOf.set(key, row);
      rowCols.push(cols);
      counts.push(0);
      positiveCounts.push(0);
    }
    counts[row]! += 1;
    positiveCounts[row]! += e.label;
  }
  const starts = new Int32Array(rowCols.length + 1);
  rowCols.forEach((cols, r) => (starts[r + 1] = starts[r]! + cols.length));
  const cols = new Int32Array(starts[rowCols.length]!);
  const values = new Float64Array(cols.length);
  rowCols.forEach((row, r) => row.forEach(([c, v], k) => ((cols[starts[r]! + k] = c), (values[starts[r]! + k] = v))));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  let bias = 0;
  for (let round = 0; round < rounds; round++) {
    grad.fill(0);
    let gradBias = 0;
    for (let r = 0; r < rowCols.length; r++) {
      let z = bias;
      for (let k = starts[r]!; k < starts[r + 1]!; k++) z += w[cols[k]!]! * values[k]!;
      const err = counts[r]! * sigmoid(z) - positiveCounts[r]!;
      gradBias += err;
      for (let k = starts[r]!; k < starts[r + 1]!; k++) grad[cols[k]!]! += err * values[k]!;
    }
    for (let c = 0; c < w.length; c++) w[c] = w[c]! - rate * (grad[c]! / examples.length + l2 * w[c]!);
    bias -= (rate * gradBias) / examples.length;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, c) => {
    const v = round(w[c]!);
    if (v !== 0) weights[n] = v;
  });
  return { bias: round(bias), weights };
}
