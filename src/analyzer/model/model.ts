/**
 * The sentence model at run time: a linear model per category over hashed features (./features), loaded from the
 * committed model file that `npm run train` writes. Pure: text in, probabilities and explanations out.
 */
import { CATEGORIES, type Category } from '../types';
import { features, hitValue, tokenize, type FeatureHit, type Token } from './features';
import { decodeWeights, type ModelFile } from './model-file';

export interface SentenceScore {
  /** One probability per category, in CATEGORIES order. */
  probabilities: number[];
  tokens: Token[];
  hits: FeatureHit[];
  /** The weight each feature hit adds, per category: hits[k] adds contributions[c][k] to category c's logit. */
  contributions: Float32Array[];
}

export interface SentenceModel {
  readonly file: ModelFile;
  score(sentence: string): SentenceScore;
  /** The shortest run of words that carries most of the category's evidence, as sentence offsets. */
  explain(score: SentenceScore, category: Category): { start: number; end: number };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Share of the positive evidence the explaining span must hold: most of it, without growing to the whole sentence. */
const EXPLAINED_SHARE = 0.6;

export function loadModel(file: ModelFile): SentenceModel {
  const weights = decodeWeights(file);
  const k = CATEGORIES.length;

  function score(sentence: string): SentenceScore {
    const tokens = tokenize(sentence);
    const hits = features(tokens, file.buckets);
    // Each hit counts 1/sqrt(n): long and short sentences land on the same scale.
    const value = hitValue(hits.length);
    const contributions = CATEGORIES.map(() => new Float32Array(hits.length));
    const logits = file.bias.slice();
    hits.forEach((h, j) => {
      for (let c = 0; c < k; c++) {
        const w = weights[h.bucket * k + c]! * value;
        contributions[c]![j] = w;
        logits[c]! += w;
      }
    });
    return { probabilities: logits.map(sigmoid), tokens, hits, contributions };
  }

  function explain(s: SentenceScore, category: Category): { start: number; end: number } {
    const c = CATEGORIES.indexOf(category);
    const n = s.tokens.length;
    // Spread each feature's weight evenly over the words it was read from.
    const perToken = new Float64Array(n);
    s.hits.forEach((h, j) => {
      const share = s.contributions[c]![j]! / (h.to - h.from + 1);
      for (let t = h.from; t <= h.to; t++) perToken[t]! += share;
    });
    const positive = perToken.reduce((sum, x) => sum + Math.max(0, x), 0);
    let best = { from: 0, to: n - 1, mass: -Infinity };
    if (positive > 0) {
      // Shortest window holding EXPLAINED_SHARE of the positive evidence; among equals, the one holding most.
      for (let len = 1; len <= n && best.mass === -Infinity; len++) {
        for (let from = 0; from + len <= n; from++) {
          let mass = 0;
          for (let t = from; t < from + len; t++) mass += perToken[t]!;
          if (mass >= EXPLAINED_SHARE * positive && mass > best.mass) best = { from, to: from + len - 1, mass };
        }
      }
    }
    if (best.mass === -Infinity) best = { from: 0, to: n - 1, mass: 0 };
    // A lone "?" or "!" is not words a rep can read as the reason: fold it into its neighbour.
    let { from, to } = best;
    while (to > from && /^[?!]$/.test(s.tokens[to]!.word)) to--;
    while (from < to && /^[?!]$/.test(s.tokens[from]!.word)) from++;
    if (/^[?!]$/.test(s.tokens[from]!.word) && from > 0) from = to = from - 1;
    return { start: s.tokens[from]!.start, end: s.tokens[to]!.end };
  }

  return { file, score, explain };
}
