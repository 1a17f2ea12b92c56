/**
 * npm run bench — speed as ratios against peers measured in the same process and the same run (the machine is
 * shared and noisy, so absolute times mean little):
 *   1. throughput of analyze() on real English email (SpamAssassin "easy ham" bodies, ~45,000 words) against
 *      write-good and alex, all warmed up, rounds interleaved;               target: at least 3x alex
 *   2. the median session.update() after a one-character edit in a 5,000-word draft against the median warm
 *      analyze() of the same draft;                                         target: under 5 %
 *   3. what the sentence model adds to the analyser bundle: its code and its weights, bundled and minified on
 *      their own;                                                           target: at most 300 KB
 */
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import writeGood from 'write-good';
import { text as alexText } from 'alex';
import { analyze, countWords, createAnalyzer, hamBodies } from './bench-support';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const bodies = hamBodies(45_000);
const words = bodies.reduce((n, b) => n + countWords(b), 0);
const tools: Record<string, (t: string) => unknown> = {
  poise: (t) => analyze(t),
  'write-good': (t) => writeGood(t),
  alex: (t) => alexText(t),
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const times: Record<string, number[]> = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
for (const fn of Object.values(tools)) for (const b of bodies) fn(b); // warm-up: JIT, lazy loads, caches of first use
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(tools)) times[name]!.push(time(() => { for (const b of bodies) fn(b); }));
}
const wps = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, words / (median(v) / 1000)]));

console.log(`Throughput on ${words.toLocaleString('en-US')} words of real email (${bodies.length} messages), median of ${ROUNDS} warm rounds:`);
for (const [name, v] of Object.entries(wps)) console.log(`  ${name.padEnd(11)} ${Math.round(v).toLocaleString('en-US').padStart(9)} words/s   ${(v / wps.alex!).toFixed(1)}x alex   ${(v / wps['write-good']!).toFixed(2)}x write-good`);
const vsAlex = wps.poise! / wps.alex!;
console.log(`  target poise >= 3x alex: ${vsAlex.toFixed(1)}x ${vsAlex >= 3 ? 'PASS' : 'FAIL'}`);

// 2. Incremental editing of a 5,000-word draft.
let draft = '';
for (let i = 0; countWords(draft) < 5000; i = (i + 1) % bodies.length) draft += `${bodies[i]}\n\n`;
const analyzer = createAnalyzer();
const full: number[] = [];
for (let i = 0; i < 3; i++) analyzer.analyze(draft);
for (let i = 0; i < 15; i++) full.push(time(() => analyzer.analyze(draft)));
const session = analyzer.createSession();
session.update(draft);
const edits: number[] = [];
let rng = 42;
const next = () => (rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
let text = draft;
for (let i = 0; i < 60; i++) {
  const at = Math.floor(next() * text.length);
  text = text.slice(0, at) + 'abcdefghij'[i % 10] + text.slice(at);
  edits.push(time(() => session.update(text)));
}
const share = median(edits) / median(full);
console.log(`Editing a ${countWords(draft).toLocaleString('en-US')}-word draft: median warm analyze ${median(full).toFixed(1)} ms, median update after a one-character edit ${median(edits).toFixed(2)} ms`);
console.log(`  target update < 5% of a full analysis: ${(share * 100).toFixed(1)}% ${share < 0.05 ? 'PASS' : 'FAIL'}`);

// 3. The model's share of the analyser bundle.
const modelBundle = await build({
  stdin: {
    contents: "import m from './src/analyzer/model.generated.json'; import { createModelDetector } from './src/analyzer/model/detector'; import { MODEL_MESSAGES } from './src/analyzer/model/messages'; export default [createModelDetector(m), MODEL_MESSAGES];",
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true, minify: true, write: false, format: 'esm',
});
const modelKb = modelBundle.outputFiles[0]!.contents.length / 1024;
console.log(`Sentence model in the analyser bundle (code and weights, minified): ${modelKb.toFixed(0)} KB`);
console.log(`  target at most 300 KB: ${modelKb <= 300 ? 'PASS' : 'FAIL'}`);
