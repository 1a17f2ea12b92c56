/** What both benchmarks share: the analyser entry points and real English email to measure on. */
import bundled from '../src/analyzer/rules.generated.json';
import { analyze, createAnalyzer as create, type Rule } from '../src/analyzer';
import { countWords } from '../src/analyzer/text';
import { mailBodies } from './mail-corpus';

export { analyze, countWords };
/** A fresh analyser with the bundled rules, so its session starts with an empty cache. */
export const createAnalyzer = () => create(bundled as unknown as Rule[]);

/** Real mailing-list email ("easy ham") up to `targetWords` words: what both benchmarks type and analyse. */
export function hamBodies(targetWords: number): string[] {
  const bodies: string[] = [];
  let total = 0;
  for (const { body } of mailBodies('easy-ham-1')) {
    bodies.push(body);
    total += countWords(body);
    if (total >= targetWords) break;
  }
  return bodies;
}
