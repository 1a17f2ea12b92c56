/**
 * npm run train:apply-gate — fits the Apply gate (src/analyzer/apply-gate.ts) on every edit reviewers judged and
 * writes src/analyzer/apply-gate.generated.json.
 *
 * Data: each judged round in tests/data/rewrite-review (`sample*.jsonl` holds the passage before and after the edit,
 * `judgements*.jsonl` the reviewer's three answers), plus the blind check of the advice-only rules' edits. The second
 * reading of rounds 71-76 is left out: those edits are already in, judged once. An edit is acceptable when all three
 * answers are yes.
 *
 * The threshold comes from cross-validation by round (each round's edits scored by a gate trained without it), set
 * where the `withheld` share (GATE_TRAINING) of judged edits falls below it. Same data and seed give the same file, byte
 * for byte.
 *
 *   npm run train:apply-gate               train and write the gate
 *   npm run train:apply-gate -- --cv-only  print the cross-validated figures without writing
 *   npm run train:apply-gate -- --through N  train on rounds up to N only (the committed gate: --through 96)
 *   npm run train:apply-gate -- --split N  train on rounds up to N, read the later ones up to --through (nothing written)
 *   POISE_GATE='{"epochs":5}' npm run train:apply-gate -- --split 76   try other settings (any key of GATE_TRAINING)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApplyGate, gateBuckets, gateFeatures, gateScore, type ApplyGateFile } from '../src/analyzer/apply-gate';
import { packWeights } from '../src/analyzer/model/model-file';
import { seededRandom } from '../src/analyzer/model/train';

const root = fileURLToPath(new URL('..', import.meta.url));
const REVIEW_DIR = `${root}tests/data/rewrite-review`;

/** Settings; the figures printed by --cv-only were read at these. */
export const GATE_TRAINING = { buckets: 8192, epochs: 12, learningRate: 0.03, l2: 1e-4, seed: 7, folds: 5, withheld: 0.45, ...(JSON.parse(process.env.POISE_GATE ?? '{}') as Record<string, number>) };

export interface JudgedEdit {
  rule: string;
  before: string;
  after: string;
  acceptable: boolean;
  /** The round it was judged in (folds keep a round together). */
  round: number;
}

/** Every judged edit in `dir`: each judgements file against the sample file of its round. */
export function judgedEdits(dir: string = REVIEW_DIR): JudgedEdit[] {
  const pairs: [string, string, number][] = [['sample.jsonl', 'judgements.jsonl', 1], ['advice-only-check-sample.jsonl', 'advice-only-check-judgements.jsonl', 0]];
  for (const name of readdirSync(dir).sort()) {
    const round = /^judgements-(\d+)\.jsonl$/.exec(name)?.[1];
    if (round) pairs.push([`sample-${round}.jsonl`, name, Number(round)]);
  }
  const lines = (file: string) => readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  return pairs.filter(([s, j]) => existsSync(`${dir}/${s}`) && existsSync(`${dir}/${j}`)).flatMap(([s, j, round]) => {
    const samples = new Map(lines(s).map((row) => [row.id, row]));
    return lines(j).flatMap((verdict) => {
      const sample = samples.get(verdict.id);
      if (!sample) return [];
      return [{ rule: String(sample.rule), before: String(sample.before), after: String(sample.after), acceptable: verdict.fluent === true && verdict.fixed === true && verdict.kept === true, round }];
    });
  });
}

interface Fitted {
  weights: Float64Array;
  bias: number;
}

/** Logistic regression over the edits' buckets, AdaGrad, a seeded shuffle each epoch: deterministic. */
export function fitGate(edits: readonly JudgedEdit[], settings = GATE_TRAINING): Fitted {
  const vectors = edits.map((e) => gateBuckets(gateFeatures(e.rule, e.before, e.after), settings.buckets));
  const weights = new Float64Array(settings.buckets);
  const squares = new Float64Array(settings.buckets).fill(1e-8);
  // The bias starts at the log-odds of an acceptable edit, so the weights learn what moves an edit from the usual.
  const share = edits.filter((e) => e.acceptable).length / Math.max(1, edits.length);
  let bias = Math.log(Math.max(share, 1e-6) / Math.max(1 - share, 1e-6));
  let biasSquare = 1e-8;
  const order = edits.map((_, i) => i);
  const random = seededRandom(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const buckets = vectors[i]!;
      let logit = bias;
      for (const b of buckets) logit += weights[b]!;
      const g = 1 / (1 + Math.exp(-logit)) - (edits[i]!.acceptable ? 1 : 0);
      for (const b of buckets) {
        const grad = g + settings.l2 * weights[b]!;
        squares[b]! += grad * grad;
        weights[b]! -= (settings.learningRate * grad) / Math.sqrt(squares[b]!);
      }
      biasSquare += g * g;
      bias -= (settings.learningRate * g) / Math.sqrt(biasSquare);
    }
  }
  return { weights, bias };
}

/** Weights as signed bytes on one scale, packed as the sentence model packs them. */
function quantiseGate(fitted: Fitted, buckets: number): { scale: number; index: string; weights: string; model: Fitted } {
  const largest = fitted.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const bytes = Int8Array.from(fitted.weights, (w) => Math.round(w / scale));
  return { scale, ...packWeights(bytes, buckets, 1), model: { weights: Float64Array.from(bytes, (v) => v * scale), bias: fitted.bias } };
}

/** Each edit's probability from a gate trained on the other folds (rounds dealt to folds in turn). */
export function crossValidated(edits: readonly JudgedEdit[], settings = GATE_TRAINING): number[] {
  const rounds = [...new Set(edits.map((e) => e.round))].sort((a, b) => a - b);
  const foldOf = new Map(rounds.map((r, i) => [r, i % settings.folds]));
  const out = new Array<number>(edits.length).fill(0);
  for (let fold = 0; fold < settings.folds; fold++) {
    const model = quantiseGate(fitGate(edits.filter((e) => foldOf.get(e.round) !== fold), settings), settings.buckets).model;
    edits.forEach((e, i) => {
      if (foldOf.get(e.round) === fold) out[i] = gateScore(model.weights, model.bias, e.rule, e.before, e.after);
    });
  }
  return out;
}

/** The probability below which the `withheld` share of `probabilities` falls. */
export function thresholdFor(probabilities: readonly number[], withheld: number): number {
  const sorted = [...probabilities].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * withheld)] ?? 0;
}

function auc(probabilities: readonly number[], labels: readonly boolean[]): number {
  const pos = probabilities.filter((_, i) => labels[i]);
  const neg = probabilities.filter((_, i) => !labels[i]);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

export function buildGateFile(edits: readonly JudgedEdit[], settings = GATE_TRAINING): { file: ApplyGateFile; report: string } {
  const cv = crossValidated(edits, settings);
  const threshold = thresholdFor(cv, settings.withheld);
  const labels = edits.map((e) => e.acceptable);
  const offered = edits.filter((_, i) => cv[i]! >= threshold);
  const acceptable = offered.filter((e) => e.acceptable).length;
  const all = edits.filter((e) => e.acceptable).length;
  const report = [
    `${edits.length} judged edits, ${all} acceptable (${((100 * all) / edits.length).toFixed(1)}%)`,
    `cross-validated by round: AUC ${auc(cv, labels).toFixed(3)}; at threshold ${threshold.toFixed(3)} it offers ${offered.length} (${((100 * offered.length) / edits.length).toFixed(1)}%), ${acceptable} of them acceptable (${((100 * acceptable) / offered.length).toFixed(1)}%)`,
  ].join('\n');
  const fitted = fitGate(edits, settings);
  const { scale, index, weights } = quantiseGate(fitted, settings.buckets);
  const file: ApplyGateFile = {
    version: 1,
    buckets: settings.buckets,
    bias: Number(fitted.bias.toFixed(6)),
    scale: Number(scale.toPrecision(8)),
    index,
    weights,
    threshold: Number(threshold.toFixed(6)),
    trained: { edits: edits.length, acceptable: all, lastRound: Math.max(...edits.map((e) => e.round)), seed: settings.seed, epochs: settings.epochs, withheld: settings.withheld, cvAuc: Number(auc(cv, labels).toFixed(3)) },
  };
  return { file, report };
}

/**
 * `--split N`: the gate trained (and its threshold set) on rounds up to N only, read on the later rounds: what it
 * would have done to edits judged after it was made.
 */
function splitReport(edits: readonly JudgedEdit[], last: number, settings = GATE_TRAINING): string {
  const earlier = edits.filter((e) => e.round <= last);
  const later = edits.filter((e) => e.round > last);
  const { file } = buildGateFile(earlier, settings);
  const gate = createApplyGate(file);
  const offered = later.filter((e) => gate.passes(e.rule, e.before, e.after));
  const ok = (list: readonly JudgedEdit[]) => list.filter((e) => e.acceptable).length;
  const probabilities = later.map((e) => gate.probability(e.rule, e.before, e.after));
  return `AUC ${auc(probabilities, later.map((e) => e.acceptable)).toFixed(3)}; trained on rounds up to ${last} (${earlier.length} edits), read on the ${later.length} judged after: acceptable ${ok(later)} of ${later.length} (${((100 * ok(later)) / later.length).toFixed(1)}%) as judged; the gate offers ${offered.length} (${((100 * offered.length) / later.length).toFixed(1)}%), ${ok(offered)} of them acceptable (${((100 * ok(offered)) / offered.length).toFixed(1)}%)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const through = process.argv.includes('--through') ? Number(process.argv[process.argv.indexOf('--through') + 1]) : Infinity;
  const edits = judgedEdits().filter((e) => e.round <= through);
  const split = process.argv.includes('--split') ? Number(process.argv[process.argv.indexOf('--split') + 1]) : undefined;
  if (split !== undefined) {
    console.log(splitReport(edits, split));
    process.exit(0);
  }
  const { file, report } = buildGateFile(edits);
  console.log(report);
  if (!process.argv.includes('--cv-only')) {
    const json = `${JSON.stringify(file)}\n`;
    writeFileSync(`${root}src/analyzer/apply-gate.generated.json`, json);
    console.log(`poise: wrote src/analyzer/apply-gate.generated.json (${(json.length / 1024).toFixed(0)} KB)`);
  }
}
