/**
 * npx tsx scripts/sample-spam.ts [COUNT] [SEED] [--model=MODEL.json]
 * Prints a seeded random sample of the spam-1 messages whose hard-close score is 0 (rules + sentence model), for
 * reading by hand: how many hold pressure in LABELS.md's sense, and so how far the eval:mail AUC can rise without
 * flagging hype. The outside-check groups (easy-ham-2, spam-2) are never read here.
 */
import { readFileSync } from 'node:fs';
import bundled from '../src/analyzer/rules.generated.json';
import committedModel from '../src/analyzer/model.generated.json';
import { createAnalyzer, type ModelFile, type Rule } from '../src/analyzer';
import { mailBodies } from './mail-corpus';

const args = process.argv.slice(2);
const modelPath = args.find((a) => a.startsWith('--model='))?.slice('--model='.length);
const [count = 60, seed = 20261206] = args.filter((a) => !a.startsWith('--')).map(Number);
const model = (modelPath ? JSON.parse(readFileSync(modelPath, 'utf8')) : committedModel) as unknown as ModelFile;
const analyzer = createAnalyzer(bundled as unknown as Rule[], model);
const spam = mailBodies('spam-1');
const zero = spam.filter((m) => analyzer.analyze(m.body).scores.hard_close === 0);
console.error(`spam-1: ${spam.length} messages, ${zero.length} with hard-close score 0`);

// mulberry32, then a Fisher-Yates shuffle of the indices.
let s = seed;
const rnd = () => {
  s = (s + 0x6d2b79f5) | 0;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const order = zero.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
for (const i of order.slice(0, count)) console.log(`\n######## ${zero[i]!.id}\n${zero[i]!.body.replace(/\n{3,}/g, '\n\n')}`);
