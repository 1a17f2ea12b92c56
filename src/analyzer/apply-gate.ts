/**
 * The Apply gate: a small model of the reviewers' verdicts on applied edits, which withholds the edits they would most
 * likely fail. Every edit a reviewer judged (fluent, fault fixed, the rep's point kept) is an example; what it learns
 * from is what the edit takes away and puts in, word by word, and which rule made it. Reviewers failed edits that took
 * a date, a figure, a signature or a question with the fault ("rm:friday", "rm:sign", "rm:?" weigh against) and passed
 * ones that took an apology or a "honestly" ("rm:sorry", "rm:honestly" weigh for); the checks in rewrite-guard.ts
 * name many such cases one by one, and this reads the ones they miss. An edit it reads as likelier to fail than its
 * threshold is not offered: the finding shows the sentence to adapt by hand instead (its `example`), as an
 * advice-only rule does. Trained by `npm run train:apply-gate` (scripts/train-apply-gate.ts); pure, like the rest
 * of the analyser.
 */
import { forEachPackedRow } from './model/model-file';

export interface ApplyGateFile {
  version: 1;
  /** Hash buckets (a power of two). */
  buckets: number;
  bias: number;
  /** weight = signed byte * scale. */
  scale: number;
  /** Buckets with a weight (gaps, LEB128, base64) and their signed bytes, as the sentence model packs them. */
  index: string;
  weights: string;
  /** The probability of an acceptable edit below which it is withheld. */
  threshold: number;
  /** How the gate was made, for the README and the curious: data sizes, seed, cross-validated figures. */
  trained: Record<string, number | string>;
}

const TOKEN_RE = /\p{L}+|\p{N}+|[£$€%?!]/gu;

/** Words, numbers (all one token, "NUM") and the marks that carry meaning in an edit: a currency, a "?" or a "!". */
export function gateTokens(text: string): string[] {
  return (text.match(TOKEN_RE) ?? []).map((t) => (/^\p{N}+$/u.test(t) ? 'NUM' : t.toLowerCase()));
}

/**
 * What an edit takes away and puts in, as tokens: `before` and `after` with their common start and end trimmed; and the
 * token on each side of it, which the text after the edit joins ("^" and "$" at the ends of the window).
 */
export function editTokens(before: string, after: string): { removed: string[]; added: string[]; previous: string; next: string } {
  const b = gateTokens(before);
  const a = gateTokens(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < Math.min(a.length, b.length) - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  return { removed: b.slice(p, b.length - q), added: a.slice(p, a.length - q), previous: b[p - 1] ?? '^', next: b[b.length - q] ?? '$' };
}

/**
 * The gate's features for the edit that turns `before` into `after`: the rule that made it, whether it puts words in
 * or only takes them out, how much it takes (in fours of tokens, up to 24), each token taken and put in, and the
 * tokens either side of it, which the edit joins ("…attached. Going by…" reads differently from "…attached. I…").
 */
export function gateFeatures(rule: string, before: string, after: string): string[] {
  const { removed, added, previous, next } = editTokens(before, after);
  return [
    `prev:${previous}`,
    `next:${next}`,
    `rule:${rule}`,
    added.some((t) => /\p{L}/u.test(t)) ? 'shape:reworded' : 'shape:removal',
    `size:${Math.min(Math.floor(removed.length / 4), 6)}`,
    ...[...new Set(removed)].map((t) => `rm:${t}`),
    ...[...new Set(added)].map((t) => `add:${t}`),
  ];
}

/** FNV-1a, 32 bits: a feature's bucket. */
export function gateBucket(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & (buckets - 1);
}

/** The buckets of `features`, each once (a feature named twice counts once, as in training). */
export function gateBuckets(features: readonly string[], buckets: number): number[] {
  return [...new Set(features.map((f) => gateBucket(f, buckets)))];
}

export interface ApplyGate {
  /** How likely reviewers are to find the edit from `before` to `after` acceptable on all three questions. */
  probability(rule: string, before: string, after: string): number;
  /** Whether the edit is offered. */
  passes(rule: string, before: string, after: string): boolean;
}

/** The probability a gate with these weights (one per bucket) and bias gives the edit from `before` to `after`. */
export function gateScore(weights: ArrayLike<number>, bias: number, rule: string, before: string, after: string): number {
  let logit = bias;
  for (const b of gateBuckets(gateFeatures(rule, before, after), weights.length)) logit += weights[b]!;
  return 1 / (1 + Math.exp(-logit));
}

export function createApplyGate(file: ApplyGateFile): ApplyGate {
  const weights = new Float32Array(file.buckets);
  forEachPackedRow(file.index, file.weights, 1, (bucket, row) => {
    weights[bucket] = row[0]! * file.scale;
  });
  const probability = (rule: string, before: string, after: string): number => gateScore(weights, file.bias, rule, before, after);
  return { probability, passes: (rule, before, after) => probability(rule, before, after) >= file.threshold };
}

/**
 * The stretch of text the gate reads around an edit of `text` (its replace range swapped for `rewrite`): the two
 * hundred characters each side are enough for the trim to find where the edit starts and ends, and keep the work on
 * a keystroke independent of the email's length.
 */
export function gateWindow(text: string, replace: { start: number; end: number }, rewrite: string): { before: string; after: string } {
  const from = Math.max(0, replace.start - 200);
  const to = Math.min(text.length, replace.end + 200);
  return { before: text.slice(from, to), after: text.slice(from, replace.start) + rewrite + text.slice(replace.end, to) };
}
