/**
 * Training the sentence model: one logistic regression per category over the hashed features, fitted with AdaGrad.
 * Written out rather than taken from a library: the model is a dot product over at most a few hundred sparse
 * features, and the linear-model packages on npm (ml-logistic-regression and kin) work on dense matrices, which at
 * 2^17 features would need gigabytes. Deterministic by construction: a seeded shuffle, a fixed order of updates
 * and only IEEE arithmetic, so the same data and seed give the same model, byte for byte.
 */
import { CATEGORIES } from '../types';
import { WEIGHT_LEVELS } from './model-file';
import { features, hitValue, tokenize } from './features';

export interface Example {
  text: string;
  /** In CATEGORIES order. */
  labels: boolean[];
  /** How much the example counts in the loss (ordinary mail counts less than a labelled sentence). */
  weight: number;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  seed: number;
  learningRate: number;
  l2: number;
}

export interface Trained {
  /** buckets x categories, row-major. */
  weights: Float64Array;
  bias: number[];
}

interface Vector {
  buckets: Uint32Array;
  values: Float64Array;
}

/** The features of a text as a sparse vector: repeated buckets summed, every hit worth 1/sqrt(hits). */
export function vectorize(text: string, buckets: number): Vector {
  const hits = features(tokenize(text), buckets);
  const value = hitValue(hits.length);
  const sums = new Map<number, number>();
  for (const h of hits) sums.set(h.bucket, (sums.get(h.bucket) ?? 0) + value);
  const keys = [...sums.keys()].sort((a, b) => a - b);
  return { buckets: Uint32Array.from(keys), values: Float64Array.from(keys, (k) => sums.get(k)!) };
}

/** mulberry32: a tiny seeded generator, enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: readonly Example[], options: TrainOptions): Trained {
  const k = CATEGORIES.length;
  const vectors = examples.map((e) => vectorize(e.text, options.buckets));
  const weights = new Float64Array(options.buckets * k);
  const squares = new Float64Array(options.buckets * k).fill(1e-8);
  const bias = new Array<number>(k).fill(0);
  const biasSquares = new Array<number>(k).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  const lr = options.learningRate;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { buckets, values } = vectors[i]!;
      const example = examples[i]!;
      for (let c = 0; c < k; c++) {
        let logit = bias[c]!;
        for (let f = 0; f < buckets.length; f++) logit += weights[buckets[f]! * k + c]! * values[f]!;
        const p = 1 / (1 + Math.exp(-logit));
        const g = (p - (example.labels[c] ? 1 : 0)) * example.weight;
        for (let f = 0; f < buckets.length; f++) {
          const at = buckets[f]! * k + c;
          const grad = g * values[f]! + options.l2 * weights[at]!;
          squares[at]! += grad * grad;
          weights[at]! -= (lr * grad) / Math.sqrt(squares[at]!);
        }
        biasSquares[c]! += g * g;
        bias[c]! -= (lr * g) / Math.sqrt(biasSquares[c]!);
      }
    }
  }
  return { weights, bias };
}

/** Probabilities of a trained (not yet quantised) model, for cross-validation in the training script. */
export function predict(model: Trained, text: string, buckets: number): number[] {
  const k = CATEGORIES.length;
  const v = vectorize(text, buckets);
  return CATEGORIES.map((_, c) => {
    let logit = model.bias[c]!;
    for (let f = 0; f < v.buckets.length; f++) logit += model.weights[v.buckets[f]! * k + c]! * v.values[f]!;
    return 1 / (1 + Math.exp(-logit));
  });
}

/** The level closest to `x` (in units of the category's scale), keeping its sign. */
function nearestLevel(x: number): number {
  const a = Math.abs(x);
  let best = 0;
  for (const level of WEIGHT_LEVELS) if (Math.abs(level - a) < Math.abs(best - a)) best = level;
  return x < 0 ? -best : best;
}

/**
 * Weights to levels on a log scale (0, ±1, 2, 4 … 64; `WEIGHT_LEVELS`), one scale per category, keeping only the
 * `keep` buckets with the largest weights: most hashed buckets hold noise from a single example. A level fits in four
 * bits, so the file holds twice the buckets a signed byte each would in the same size, and the many weak weights
 * those buckets carry raised cross-validated recall more than the coarser steps between strong weights cost.
 * Returns the levels and the model they stand for, so cross-validation measures exactly what ships.
 */
export function quantise(trained: Trained, buckets: number, keep: number): { quantised: Int8Array; scale: number[]; model: Trained } {
  const k = CATEGORIES.length;
  const scale = CATEGORIES.map((_, c) => {
    let max = 0;
    for (let b = 0; b < buckets; b++) max = Math.max(max, Math.abs(trained.weights[b * k + c]!));
    return max / WEIGHT_LEVELS[WEIGHT_LEVELS.length - 1]! || 1;
  });
  const strength = (b: number) => Math.max(...CATEGORIES.map((_, c) => Math.abs(trained.weights[b * k + c]!) / scale[c]!));
  const ranked = Array.from({ length: buckets }, (_, b) => b)
    .map((b) => ({ b, s: strength(b) }))
    .filter((x) => x.s >= 0.5)
    .sort((x, y) => y.s - x.s || x.b - y.b)
    .slice(0, keep);
  const quantised = new Int8Array(buckets * k);
  const weights = new Float64Array(buckets * k);
  for (const { b } of ranked) {
    for (let c = 0; c < k; c++) {
      const q = nearestLevel(trained.weights[b * k + c]! / scale[c]!);
      quantised[b * k + c] = q;
      weights[b * k + c] = q * scale[c]!;
    }
  }
  return { quantised, scale, model: { weights, bias: trained.bias } };
}
