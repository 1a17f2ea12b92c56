/**
 * Which words explain a linear model's decision: each feature's weight spread over the words it was read from, then
 * the shortest run of words holding most of the positive evidence. Shared by the sentence model and the thread model,
 * so a finding's highlighted words mean the same thing whichever model found it.
 */

/** Share of the positive evidence the explaining run must hold. */
export const EXPLAINED_SHARE = 0.6;

/**
 * The shortest run of tokens holding EXPLAINED_SHARE of the positive evidence (among equals, the one holding most;
 * the whole sentence when there is none). A lone "?" or "!" is not words a rep can read as the reason: it is folded
 * into its neighbour.
 */
export function evidenceWindow(perToken: Float64Array, words: readonly string[]): { from: number; to: number } {
  const n = perToken.length;
  const positive = perToken.reduce((sum, x) => sum + Math.max(0, x), 0);
  let best = { from: 0, to: n - 1, mass: -Infinity };
  if (positive > 0) {
    for (let len = 1; len <= n && best.mass === -Infinity; len++) {
      for (let from = 0; from + len <= n; from++) {
        let mass = 0;
        for (let t = from; t < from + len; t++) mass += perToken[t]!;
        if (mass >= EXPLAINED_SHARE * positive && mass > best.mass) best = { from, to: from + len - 1, mass };
      }
    }
  }
  if (best.mass === -Infinity) best = { from: 0, to: n - 1, mass: 0 };
  let { from, to } = best;
  const mark = (t: number) => /^[?!]$/.test(words[t]!);
  while (to > from && mark(to)) to--;
  while (from < to && mark(from)) from++;
  if (mark(from) && from > 0) from = to = from - 1;
  return { from, to };
}
