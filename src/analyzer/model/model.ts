/**
 * The sentence model at run time: a linear model per category over hashed features (./features), loaded from the
 * committed model file that `npm run train` writes. Pure: text in, probabilities and explanations out.
 */
import { CATEGORIES, type Category } from '../types';
import { features, forEachContextFeature, forEachWordFeature, hitValue, tokenize, type FeatureHit, type Token } from './features';
import { decodeWeights, type ModelFile } from './model-file';
import { evidenceWindow } from './evidence-window';

export interface SentenceModel {
  readonly file: ModelFile;
  /** One probability per category, in CATEGORIES order. */
  probabilities(sentence: string): number[];
  /** The shortest run of words that carries most of the category's evidence, as sentence offsets. */
  explain(sentence: string, category: Category): { start: number; end: number };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Words whose own contribution is remembered; a draft or a CLI run rarely holds more distinct words. */
const MAX_CACHED_WORDS = 20_000;

export function loadModel(file: ModelFile): SentenceModel {
  const weights = decodeWeights(file);
  const k = CATEGORIES.length;

  // What each word contributes on its own (about two thirds of all features), by word: words repeat across
  // sentences and drafts, so most are summed once. Bounded: cleared when full.
  const wordSums = new Map<string, { sums: Float64Array; hits: number }>();
  function ofWord(word: string): { sums: Float64Array; hits: number } {
    let entry = wordSums.get(word);
    if (!entry) {
      const sums = new Float64Array(k);
      let hits = 0;
      forEachWordFeature(word, file.buckets, (bucket) => {
        hits++;
        for (let c = 0; c < k; c++) sums[c]! += weights[bucket * k + c]!;
      });
      if (wordSums.size >= MAX_CACHED_WORDS) wordSums.clear();
      wordSums.set(word, (entry = { sums, hits }));
    }
    return entry;
  }

  // The fast path, run on every sentence: sums only, no feature objects.
  function probabilities(sentence: string): number[] {
    const tokens = tokenize(sentence);
    const sums = new Array<number>(k).fill(0);
    let hits = 0;
    for (const t of tokens) {
      const w = ofWord(t.word);
      hits += w.hits;
      for (let c = 0; c < k; c++) sums[c]! += w.sums[c]!;
    }
    forEachContextFeature(tokens, file.buckets, (bucket) => {
      hits++;
      for (let c = 0; c < k; c++) sums[c]! += weights[bucket * k + c]!;
    });
    const value = hitValue(hits);
    return sums.map((sum, c) => sigmoid(file.bias[c]! + sum * value));
  }

  // Run only for the rare sentence that gets a finding.
  function explain(sentence: string, category: Category): { start: number; end: number } {
    const c = CATEGORIES.indexOf(category);
    const tokens: Token[] = tokenize(sentence);
    const hits: FeatureHit[] = features(tokens, file.buckets);
    const n = tokens.length;
    // Spread each feature's weight evenly over the words it was read from.
    const perToken = new Float64Array(n);
    for (const h of hits) {
      const share = weights[h.bucket * k + c]! / (h.to - h.from + 1);
      for (let t = h.from; t <= h.to; t++) perToken[t]! += share;
    }
    const { from, to } = evidenceWindow(perToken, tokens.map((t) => t.word));
    return { start: tokens[from]!.start, end: tokens[to]!.end };
  }

  return { file, probabilities, explain };
}
