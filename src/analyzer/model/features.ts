/**
 * What the sentence model reads: hashed word n-grams, character n-grams and Poise's domain tags, each tied to the
 * words it came from so a decision can be explained by a span. No compromise here: the model runs on every
 * sentence (most never reach the tagger), so its features must cost microseconds, not a parse.
 */
import { DOMAIN_LEXICON, DOMAIN_TAGS } from '../lexicon';

/** A word of the sentence, lower-cased, with its UTF-16 offsets in the sentence. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** One feature occurrence: its hashed bucket and the tokens [from, to] (inclusive) it was read from. */
export interface FeatureHit {
  bucket: number;
  from: number;
  to: number;
}

const TOKEN_RE = /[\p{L}\p{N}$%#]+(?:['’][\p{L}]+)*|[?!]/gu;

const CURLY_OR_DIGIT_RE = /[’\d]/;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m; m = TOKEN_RE.exec(sentence)) {
    // Digits become a shape: "15%" and "20%" carry the same tone, and the model should not learn particular figures.
    // One test spares the two replacements the many words that need neither (this runs on every word of every sentence).
    const lower = m[0].toLowerCase();
    const word = CURLY_OR_DIGIT_RE.test(lower) ? lower.replace(/’/g, "'").replace(/\d+/g, '0') : lower;
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The words of tokenize(sentence), without their offsets (the model's fast path). The sentence is lower-cased once:
 * lower-casing keeps every letter, digit and sign of TOKEN_RE in its class and length, so the tokens fall at the same
 * places, except for "İ" (two units lower-cased) and "Σ" (whose lower case depends on the letters around it, which a
 * word on its own does not have): a sentence with either takes tokenize's path.
 */
export function tokenWords(sentence: string): string[] {
  if (/[\u0130\u03A3]/.test(sentence)) return tokenize(sentence).map((t) => t.word);
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(lower); m; m = TOKEN_RE.exec(lower)) {
    const w = m[0];
    out.push(CURLY_OR_DIGIT_RE.test(w) ? w.replace(/’/g, "'").replace(/\d+/g, '0') : w);
  }
  return out;
}

/** One-word entries of the domain lexicon, by word: "sorry" -> Apology. Multi-word entries are left to n-grams. */
const DOMAIN_TAG_OF = new Map<string, string>();
for (const tag of DOMAIN_TAGS) {
  for (const entry of DOMAIN_LEXICON[tag] as readonly string[]) {
    if (/^[a-z']+$/.test(entry) && !DOMAIN_TAG_OF.has(entry)) DOMAIN_TAG_OF.set(entry, tag);
  }
}

/**
 * Pronoun classes: who the sentence is about is half of what separates "my quota" from "your rollout". A Map, not an
 * object literal, so that words such as "constructor" are not looked up on Object.prototype.
 */
const PERSON = new Map<string, string>([
  ...['i', 'me', 'my', 'mine', "i'm", "i've", "i'll", "i'd", 'we', 'us', 'our', 'ours', "we're", "we've", "we'll", "we'd"].map((w) => [w, 'P1'] as const),
  ...['you', 'your', 'yours', "you're", "you've", "you'll", "you'd"].map((w) => [w, 'P2'] as const),
]);

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over `text`, continuing from `h`: hashing "a" then "b" equals hashing "ab", so keys are hashed in parts. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a, 32 bits: stable across engines and platforms, so the same text always lands in the same bucket. */
export function hash(text: string): number {
  return fnv(FNV_OFFSET, text) >>> 0;
}

/** The class a word stands for in the "shape" features: its domain tag, its person, or the word itself. */
function classOf(word: string): string {
  return DOMAIN_TAG_OF.get(word) ?? PERSON.get(word) ?? word;
}

const W = fnv(FNV_OFFSET, 'w ');
const C = fnv(FNV_OFFSET, 'c ');
const B = fnv(FNV_OFFSET, 'b ');
const CB = fnv(FNV_OFFSET, 'cb ');
const T = fnv(FNV_OFFSET, 't ');
const CT = fnv(FNV_OFFSET, 'ct ');
const G = fnv(FNV_OFFSET, 'g ');

/**
 * Every feature of a sentence, hashed into `buckets` (a power of two), handed to `visit` with the tokens it was read
 * from. Words: unigrams, bigrams, trigrams; the same with words replaced by their class (so "sorry to bother" and
 * "apologies to bother" share "Apology to bother"); character 3- to 5-grams inside each word of four letters or more
 * (morphology: "discount", "discounted", "discounting"). A "?" or "!" is a token, so questions and exclamations count.
 * Keys are hashed in parts without building strings: this runs on every sentence of every draft.
 */
export function forEachFeature(tokens: readonly Token[], buckets: number, visit: (bucket: number, from: number, to: number) => void): void {
  for (let i = 0; i < tokens.length; i++) forEachWordFeature(tokens[i]!.word, buckets, (bucket) => visit(bucket, i, i));
  forEachContextFeature(tokens, buckets, visit);
}

/**
 * The features of one word on its own (unigram, class, character n-grams unless `chars` is false): the same wherever
 * the word stands.
 */
export function forEachWordFeature(w: string, buckets: number, visit: (bucket: number) => void, chars = true): void {
  const mask = buckets - 1;
  const c = classOf(w);
  visit(fnv(W, w) & mask);
  if (c !== w) visit(fnv(C, c) & mask);
  if (chars && w.length >= 4) {
    const padded = `<${w}>`;
    for (let k = 0; k + 3 <= padded.length; k++) {
      let h = G;
      for (let len = 1; len <= 5 && k + len <= padded.length; len++) {
        h = Math.imul(h ^ padded.charCodeAt(k + len - 1), 0x01000193);
        if (len >= 3) visit(h & mask);
      }
    }
  }
}

/**
 * The hash states forEachContextFeature reaches after a word's own part of each key ("b w ", "cb C ", "t w ",
 * "ct C "), so a caller that remembers them per word hashes only the neighbours' part: the same buckets.
 */
export interface ContextStates { word: string; bigram: number; classBigram: number; trigram: number; classTrigram: number; classOf: string }
export function contextStates(w: string): ContextStates {
  const c = classOf(w);
  return { word: w, bigram: fnv(fnv(B, w), ' '), classBigram: fnv(fnv(CB, c), ' '), trigram: fnv(fnv(T, w), ' '), classTrigram: fnv(fnv(CT, c), ' '), classOf: c };
}

/** Hashing continued from a state (contextStates) with the rest of a key, as forEachContextFeature hashes it. */
export const continueHash = fnv;

/** The features that depend on a word's neighbours: word and class bigrams and trigrams. */
export function forEachContextFeature(tokens: readonly Token[], buckets: number, visit: (bucket: number, from: number, to: number) => void): void {
  const mask = buckets - 1;
  const n = tokens.length;
  const words = tokens.map((t) => t.word);
  const classes = words.map(classOf);
  for (let i = 0; i + 1 < n; i++) {
    const w = words[i]!;
    const c = classes[i]!;
    visit(fnv(fnv(fnv(B, w), ' '), words[i + 1]!) & mask, i, i + 1);
    visit(fnv(fnv(fnv(CB, c), ' '), classes[i + 1]!) & mask, i, i + 1);
    if (i + 2 < n) {
      visit(fnv(fnv(fnv(fnv(T, w), ' '), words[i + 1]!), ' ' + words[i + 2]!) & mask, i, i + 2);
      visit(fnv(fnv(fnv(fnv(CT, c), ' '), classes[i + 1]!), ' ' + classes[i + 2]!) & mask, i, i + 2);
    }
  }
}

/** The same features as a list, for explaining a decision and for training; without character n-grams when `chars` is false. */
export function features(tokens: readonly Token[], buckets: number, chars = true): FeatureHit[] {
  const out: FeatureHit[] = [];
  if (chars) {
    forEachFeature(tokens, buckets, (bucket, from, to) => out.push({ bucket, from, to }));
  } else {
    tokens.forEach((t, i) => forEachWordFeature(t.word, buckets, (bucket) => out.push({ bucket, from: i, to: i }), false));
    forEachContextFeature(tokens, buckets, (bucket, from, to) => out.push({ bucket, from, to }));
  }
  return out;
}

/**
 * What one feature hit is worth in a sentence with `hits` hits: 1/sqrt(hits), so long and short sentences land on
 * one scale, but never more than in a sentence of about fifteen words: a four-word fragment ("Sorry I wasn't clear.")
 * should not be judged on a handful of features blown up to full weight.
 */
export const MIN_NORMALISED_HITS = 150;
export function hitValue(hits: number): number {
  return hits ? 1 / Math.sqrt(Math.max(hits, MIN_NORMALISED_HITS)) : 0;
}
