/**
 * Scores. The weekly history stores them, so this formula is a contract: change it only with a migration.
 *
 *   points(category) = Σ over the shown findings of that category of LEVEL_POINTS[level]
 *   score(category)  = round(100 × (1 − 0.75 ^ points))        0 when nothing is found, approaches 100
 *   balance          = score(hard_close) − score(timidity)      −100 pushover … +100 pushy
 *
 * One suggestion scores 25, one warning 44, one error 58, two errors 82. Self-serving phrasing sits across both
 * sides of the scale (PRODUCT.md), so it has a score but does not move the balance. A draft that is both pushy
 * and timid scores high on both: the balance may be near 0, the two scores show why.
 */
import { CATEGORIES, type Category, type Finding, type Level, type Scores } from './types';

export const LEVEL_POINTS: Record<Level, number> = { suggestion: 1, warning: 2, error: 3 };
export const SCORE_BASE = 0.75;

export function scoreFromPoints(points: number): number {
  return points <= 0 ? 0 : Math.round(100 * (1 - SCORE_BASE ** points));
}

export function scores(findings: readonly Pick<Finding, 'category' | 'level'>[]): Scores {
  const points = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) points[f.category] += LEVEL_POINTS[f.level];
  return Object.fromEntries(CATEGORIES.map((c) => [c, scoreFromPoints(points[c])])) as Scores;
}

export function balance(s: Scores): number {
  return s.hard_close - s.timidity;
}
