/**
 * The sentence model at run time: a linear model per category over hashed features (./features), loaded from the
 * committed model file that `npm run train` writes. Pure: text in, probabilities and explanations out.
 */
import { CATEGORIES, type Category } from '../types';
import { contextStates, continueHash, features, forEachWordFeature, hitValue, tokenize, tokenWords, type ContextStates, type FeatureHit, type Token } from './features';
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
  // Each word's hash states for the context keys it opens are remembered with it (contextStates).
  type WordEntry = { sums: Float64Array; hits: number; states: ContextStates };
  const wordSums = new Map<string, WordEntry>();
  function ofWord(word: string): WordEntry {
    let entry = wordSums.get(word);
    if (!entry) {
      const sums = new Float64Array(k);
      let hits = 0;
      forEachWordFeature(word, file.buckets, (bucket) => {
        hits++;
        for (let c = 0; c < k; c++) sums[c]! += weights[bucket * k + c]!;
      });
      if (wordSums.size >= MAX_CACHED_WORDS) wordSums.clear();
      wordSums.set(word, (entry = { sums, hits, states: contextStates(word) }));
    }
    return entry;
  }

  // The fast path, run on every sentence: sums only, no feature objects. The context features are added in
  // forEachContextFeature's order (so the sums are the same to the last bit), hashed from the remembered states.
  const mask = file.buckets - 1;
  function probabilities(sentence: string): number[] {
    const words = tokenWords(sentence);
    const sums = new Array<number>(k).fill(0);
    let hits = 0;
    const entries: WordEntry[] = [];
    for (const word of words) {
      const w = ofWord(word);
      entries.push(w);
      hits += w.hits;
      for (let c = 0; c < k; c++) sums[c]! += w.sums[c]!;
    }
    const add = (h: number) => {
      const at = (h & mask) * k;
      hits++;
      for (let c = 0; c < k; c++) sums[c]! += weights[at + c]!;
    };
    const n = entries.length;
    for (let i = 0; i + 1 < n; i++) {
      const s = entries[i]!.states;
      const next = entries[i + 1]!.states;
      add(continueHash(s.bigram, next.word));
      add(continueHash(s.classBigram, next.classOf));
      if (i + 2 < n) {
        const after = entries[i + 2]!.states;
        // Hashing ' ' then the word is hashing ' ' + word, without building that string.
        add(continueHash(continueHash(continueHash(s.trigram, next.word), ' '), after.word));
        add(continueHash(continueHash(continueHash(s.classTrigram, next.classOf), ' '), after.classOf));
      }
    }
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
