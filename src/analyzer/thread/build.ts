/**
 * Training the thread model: from labelled pairs (prospect message, reply, situation, fault) and labelled prospect
 * messages to the committed file. The same habits as the sentence model (../model/build): AdaGrad over hashed
 * sparse features, a seeded shuffle, thresholds chosen on cross-validated predictions, weights quantised to bytes,
 * so the same data and seed give the same file, byte for byte. Pure: the training script reads the files.
 */
import { hash } from '../model/features';
import { seededRandom } from '../model/train';
import { packWeights } from '../model/model-file';
import { acceptsTheirTrade, chasesEarly, exitsWithFeedback, mentionsConcession, instancesOf, prospectVector, replyHits, replySentences, vectorOf, type SentenceScores, type SparseVector } from './features';
import type { PackedHead, ThreadModelFile } from './model-file';
import { faultProbability, pickFaults, pickSituation, softmaxOf } from './decide';
import { FAULTS_AFTER, SITUATIONS, THREAD_FAULTS, type Situation, type ThreadFault } from './situations';

export { faultProbability, pickFaults, pickSituation, softmaxOf } from './decide';

export interface ThreadPair {
  /** Pairs of one group (one prospect message) never straddle folds. */
  group: string;
  prospect: string;
  reply: string;
  situation: Situation;
  fault: ThreadFault | null;
  /**
   * false: the pair teaches the fault heads only, and its prospect message is not a situation example (pairs written
   * for one fault's wordings, whose messages all share a situation and would tilt the situation head towards it).
   */
  situationExample?: false;
}

export interface ProspectMessage {
  group: string;
  prospect: string;
  situation: Situation;
}

export interface ThreadTraining {
  buckets: number;
  epochs: number;
  seed: number;
  learningRate: number;
  l2: number;
  folds: number;
  /** Rows kept per fault head (the largest weights): what keeps the file small. */
  keep: number;
  /**
   * Rows kept in the situation head: it has seven outputs and reads character n-grams as well as words, so it needs
   * more of its rows than a fault head with one output (chosen on the cross-validated situation macro-F1: with the
   * round-4 data, 0.921 at 6,000 rows (96 KB file), 0.926 at 8,000 (117 KB), 0.933 at 10,000 (about 138 KB)).
   */
  situationKeep: number;
  /** Each head is the average of this many fits, each with its own shuffle (seed, seed + 1, …). */
  fits: number;
  /** A fault's threshold is the one with the best cross-validated F1 that flags at most this share of good replies. */
  maxGoodFlagged: number;
  /** A fault's threshold is the lowest whose F1 is within this of the best (see chooseFaultThreshold). */
  thresholdSlack: number;
  /** How much one ordinary reply (see buildThreadModel) counts against a labelled pair. */
  ordinaryWeight: number;
  /** Floors on the situation's probability tried per fault (see the end-to-end step of buildThreadModel). */
  floorCandidates: readonly number[];
  /** Print the cross-validated mistakes (for studying errors). */
  debug?: boolean;
}

export const DEFAULT_THREAD_TRAINING: ThreadTraining = {
  buckets: 1 << 16,
  epochs: 20,
  seed: 20261206,
  learningRate: 0.3,
  l2: 1e-5,
  folds: 5,
  keep: 2500,
  situationKeep: 8000,
  fits: 3,
  // 5 %, not 8 %: on cross-validation it costs the faults' end-to-end F1 at most 0.013 and faults a third fewer good
  // replies (22 of 632, was 32); a coach that scolds a good reply teaches the rep to ignore it.
  maxGoodFlagged: 0.05,
  thresholdSlack: 0,
  ordinaryWeight: 0.3,
  floorCandidates: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7],
};

/**
 * Faults that ordinary mail never commits: a note about a build, a meeting or a lunch is not a re-pitch, a price
 * cut or pressure, whatever it replies to. (Ordinary mail would commit the two absences, so it is not used there.)
 */
export const ORDINARY_NEGATIVE: readonly ThreadFault[] = ['push_after_no', 'caves_on_price', 'pressures_stall'];

interface Fitted {
  k: number;
  weights: Float64Array;
  bias: number[];
}

/**
 * k outputs: a softmax when `softmax` (targets are class indices), else one logistic regression per output
 * (targets are 0/1 per output, k = 1 here). Each example is one or more readings (see instancesOf) and scores as
 * its highest: each step learns from the reading that scores highest now, as run time reads it (with one output).
 * Deterministic: seeded shuffle, fixed update order, ties to the first reading.
 */
function fit(vectors: readonly (readonly SparseVector[])[], targets: readonly number[], k: number, softmax: boolean, t: ThreadTraining, weight?: readonly number[]): Fitted {
  const weights = new Float64Array(t.buckets * k);
  const squares = new Float64Array(t.buckets * k).fill(1e-8);
  const bias = new Array<number>(k).fill(0);
  const biasSquares = new Array<number>(k).fill(1e-8);
  const order = vectors.map((_, i) => i);
  const random = seededRandom(t.seed);
  const logits = new Float64Array(k);
  for (let epoch = 0; epoch < t.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      let { buckets, values } = vectors[i]![0]!;
      if (vectors[i]!.length > 1) {
        let best = -Infinity;
        for (const v of vectors[i]!) {
          let z = bias[0]!;
          for (let f = 0; f < v.buckets.length; f++) z += weights[v.buckets[f]! * k]! * v.values[f]!;
          if (z > best) { best = z; ({ buckets, values } = v); }
        }
      }
      for (let c = 0; c < k; c++) {
        let z = bias[c]!;
        for (let f = 0; f < buckets.length; f++) z += weights[buckets[f]! * k + c]! * values[f]!;
        logits[c] = z;
      }
      const p = softmax ? softmaxOf(logits) : Array.from(logits, sigmoid);
      for (let c = 0; c < k; c++) {
        const y = softmax ? (targets[i] === c ? 1 : 0) : targets[i]!;
        const g = (p[c]! - y) * (weight?.[i] ?? 1);
        for (let f = 0; f < buckets.length; f++) {
          const at = buckets[f]! * k + c;
          const grad = g * values[f]! + t.l2 * weights[at]!;
          squares[at]! += grad * grad;
          weights[at]! -= (t.learningRate * grad) / Math.sqrt(squares[at]!);
        }
        biasSquares[c]! += g * g;
        bias[c]! -= (t.learningRate * g) / Math.sqrt(biasSquares[c]!);
      }
    }
  }
  return { k, weights, bias };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * A head as the average of `fits` fits that differ only in their shuffle. One fit leans on the order it met the
 * examples in; the average of a few leans less (linear heads, so averaging the weights is averaging the logits).
 */
function fitAveraged(vectors: readonly (readonly SparseVector[])[], targets: readonly number[], k: number, softmax: boolean, t: ThreadTraining, weight?: readonly number[]): Fitted {
  const fits = Array.from({ length: Math.max(1, t.fits) }, (_, n) => fit(vectors, targets, k, softmax, { ...t, seed: t.seed + n }, weight));
  if (fits.length === 1) return fits[0]!;
  const weights = new Float64Array(fits[0]!.weights.length);
  for (const f of fits) for (let i = 0; i < weights.length; i++) weights[i]! += f.weights[i]! / fits.length;
  const bias = fits[0]!.bias.map((_, c) => fits.reduce((a, f) => a + f.bias[c]!, 0) / fits.length);
  return { k, weights, bias };
}

/** Weights to signed bytes (one scale per output), keeping the `keep` strongest rows; returns what ships. */
function quantise(m: Fitted, t: ThreadTraining, outputs: readonly string[], keep = t.keep): { head: PackedHead; shipped: Fitted } {
  const { k } = m;
  const scale = Array.from({ length: k }, (_, c) => {
    let max = 0;
    for (let b = 0; b < t.buckets; b++) max = Math.max(max, Math.abs(m.weights[b * k + c]!));
    return Number(((max || 127) / 127).toPrecision(8));
  });
  const ranked: { b: number; s: number }[] = [];
  for (let b = 0; b < t.buckets; b++) {
    let s = 0;
    for (let c = 0; c < k; c++) s = Math.max(s, Math.abs(m.weights[b * k + c]!) / scale[c]!);
    if (s >= 0.5) ranked.push({ b, s });
  }
  ranked.sort((x, y) => y.s - x.s || x.b - y.b);
  const quantised = new Int8Array(t.buckets * k);
  const weights = new Float64Array(t.buckets * k);
  for (const { b } of ranked.slice(0, keep)) {
    for (let c = 0; c < k; c++) {
      const q = Math.max(-127, Math.min(127, Math.round(m.weights[b * k + c]! / scale[c]!)));
      quantised[b * k + c] = q;
      weights[b * k + c] = q * scale[c]!;
    }
  }
  const bias = m.bias.map((x) => Number(x.toFixed(6)));
  return { head: { outputs: [...outputs], bias, scale, ...packWeights(quantised, t.buckets, k) }, shipped: { k, weights, bias } };
}

function logitsOf(m: Fitted, v: SparseVector): number[] {
  return m.bias.map((b, c) => {
    let z = b;
    for (let f = 0; f < v.buckets.length; f++) z += m.weights[v.buckets[f]! * m.k + c]! * v.values[f]!;
    return z;
  });
}

/** A threshold with (nearly) the best F1 that flags at most `maxGood` of the good replies; 0.5 with no positives. */
export function chooseFaultThreshold(scored: readonly { p: number; positive: boolean; good: boolean }[], maxGood: number, slack = 0): number {
  const positives = scored.filter((s) => s.positive).length;
  const good = scored.filter((s) => s.good).length;
  if (!positives) return 0.5;
  const candidates = [...new Set(scored.map((s) => s.p))].filter((p) => p >= 0.15 && p <= 0.9).sort((a, b) => a - b);
  const allowed = candidates.map((t) => {
    const tp = scored.filter((s) => s.positive && s.p >= t).length;
    const fp = scored.filter((s) => !s.positive && s.p >= t).length;
    const goodFlagged = scored.filter((s) => s.good && s.p >= t).length;
    return { t, f1: tp ? (2 * tp) / (2 * tp + fp + (positives - tp)) : 0, ok: !good || goodFlagged / good <= maxGood };
  }).filter((c) => c.ok);
  if (!allowed.length) return 0.5;
  // Replies in the wild are worded further from the training set than cross-validation shows, and their scores drift
  // down: of the thresholds within `slack` of the best F1, the lowest.
  const best = Math.max(...allowed.map((c) => c.f1));
  return Number(allowed.find((c) => c.f1 >= best - slack)!.t.toFixed(4));
}

const foldOf = (group: string, folds: number) => hash(group) % folds;

/** Prospect messages to learn situations from: every pair's and every labelled message, each text once. */
function situationExamples(pairs: readonly ThreadPair[], messages: readonly ProspectMessage[]): ProspectMessage[] {
  const seen = new Set<string>();
  const out: ProspectMessage[] = [];
  for (const m of [...pairs.filter((p) => p.situationExample !== false), ...messages]) {
    const key = m.prospect.trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ group: m.group, prospect: m.prospect, situation: m.situation });
  }
  return out;
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

export function buildThreadModel(
  pairs: readonly ThreadPair[],
  messages: readonly ProspectMessage[],
  t: ThreadTraining,
  { crossValidate, scores, ordinary = [] }: { crossValidate: boolean; scores?: SentenceScores; ordinary?: readonly { group: string; reply: string }[] },
): { file: ThreadModelFile; report: string } {
  const lines: string[] = [];
  const sit = situationExamples(pairs, messages);
  const sitVectors = sit.map((m) => prospectVector(m.prospect, t.buckets));
  const sitTargets = sit.map((m) => SITUATIONS.indexOf(m.situation));
  const read = (reply: string, prospect: string) => {
    const sentences = replySentences(reply);
    return { n: sentences.length, hits: replyHits(sentences, prospect, t.buckets, scores).hits };
  };
  const readings = (all: { n: number; hits: ReturnType<typeof replyHits>['hits'] }[]) =>
    Object.fromEntries(THREAD_FAULTS.map((f) => [f, all.map((r) => instancesOf(r.hits, r.n, f).map((x) => vectorOf(x.hits)))])) as Record<ThreadFault, SparseVector[][]>;
  const replyVectors = readings(pairs.map((p) => read(p.reply, p.prospect)));
  const ordinaryVectors = readings(ordinary.map((o) => read(o.reply, '')));
  /** A fault head's training set: the pairs whose situation admits the fault, and ordinary mail where it applies. */
  const headData = (f: ThreadFault, keep: (group: string) => boolean) => {
    const rows = admits(f).filter(({ p }) => keep(p.group));
    const extra = ORDINARY_NEGATIVE.includes(f) ? ordinary.map((o, i) => ({ o, i })).filter(({ o }) => keep(o.group)) : [];
    return {
      vectors: [...rows.map(({ i }) => replyVectors[f][i]!), ...extra.map(({ i }) => ordinaryVectors[f][i]!)],
      targets: [...rows.map(({ p }) => (p.fault === f ? 1 : 0)), ...extra.map(() => 0)],
      weights: [...rows.map(() => 1), ...extra.map(() => t.ordinaryWeight)],
    };
  };
  const admits = (f: ThreadFault) => pairs.map((p, i) => ({ p, i })).filter(({ p }) => FAULTS_AFTER[p.situation].includes(f));
  const trained: ThreadModelFile['trained'] = { pairs: pairs.length, prospectMessages: sit.length, ordinaryReplies: ordinary.length, seed: t.seed, epochs: t.epochs, rowsKept: t.keep, situationRowsKept: t.situationKeep };

  // Cross-validated predictions: every situation and fault probability from a model that did not see its group.
  const thresholds = Object.fromEntries(THREAD_FAULTS.map((f) => [f, 0.5])) as Record<ThreadFault, number>;
  const floors = Object.fromEntries(THREAD_FAULTS.map((f) => [f, 0])) as Record<ThreadFault, number>;
  if (crossValidate) {
    const oofSituation: number[][] = sit.map(() => []);
    const oofFault = THREAD_FAULTS.map(() => pairs.map(() => 0));
    for (let fold = 0; fold < t.folds; fold++) {
      const inTrain = (g: string) => foldOf(g, t.folds) !== fold;
      const si = sit.map((m, i) => ({ m, i })).filter(({ m }) => inTrain(m.group));
      const sModel = quantise(fitAveraged(si.map(({ i }) => [sitVectors[i]!]), si.map(({ i }) => sitTargets[i]!), SITUATIONS.length, true, t), t, SITUATIONS, t.situationKeep).shipped;
      sit.forEach((m, i) => { if (!inTrain(m.group)) oofSituation[i] = softmaxOf(logitsOf(sModel, sitVectors[i]!)); });
      THREAD_FAULTS.forEach((f, fi) => {
        const d = headData(f, inTrain);
        const m = quantise(fitAveraged(d.vectors, d.targets, 1, false, t, d.weights), t, [f]).shipped;
        pairs.forEach((p, i) => {
          if (!inTrain(p.group)) oofFault[fi]![i] = Math.max(...replyVectors[f][i]!.map((v) => faultProbability(logitsOf(m, v)[0]!, m.bias[0]!)));
        });
      });
    }
    // Situations.
    const predicted = oofSituation.map(pickSituation);
    if (t.debug) predicted.forEach((s, i) => { if (s !== sit[i]!.situation) lines.push(`  situation ${sit[i]!.situation} -> ${s} | ${sit[i]!.prospect}`); });
    const correct = predicted.filter((s, i) => s === sit[i]!.situation).length;
    let f1Sum = 0;
    const perSituation = SITUATIONS.map((s) => {
      const tp = predicted.filter((p, i) => p === s && sit[i]!.situation === s).length;
      const fp = predicted.filter((p, i) => p === s && sit[i]!.situation !== s).length;
      const fn = predicted.filter((p, i) => p !== s && sit[i]!.situation === s).length;
      const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
      f1Sum += f1;
      return `${s} ${fmt(f1)}`;
    });
    lines.push(`situation (cross-validated, ${sit.length} messages): accuracy ${fmt(correct / sit.length)}, macro-F1 ${fmt(f1Sum / SITUATIONS.length)}; ${perSituation.join(', ')}`);
    trained.cvSituationAccuracy = Number((correct / sit.length).toFixed(3));
    trained.cvSituationMacroF1 = Number((f1Sum / SITUATIONS.length).toFixed(3));
    // Faults, on the gold situation: thresholds for the best F1 with few good replies flagged.
    // As at run time (reader.ts), a reply that accepts their own trade, or offers nothing on price, does not cave:
    // the caving threshold is set on the scores that can reach the rep.
    const noCave = pairs.map((p) => acceptsTheirTrade(replySentences(p.reply), p.prospect) || !mentionsConcession(replySentences(p.reply), p.prospect));
    THREAD_FAULTS.forEach((f, fi) => {
      const scored = admits(f).map(({ p, i }) => ({ p: f === 'caves_on_price' && noCave[i] ? 0 : oofFault[fi]![i]!, positive: p.fault === f, good: p.fault === null }));
      thresholds[f] = chooseFaultThreshold(scored, t.maxGoodFlagged, t.thresholdSlack);
      const th = thresholds[f];
      const tp = scored.filter((s) => s.positive && s.p >= th).length;
      const fp = scored.filter((s) => !s.positive && s.p >= th).length;
      const pos = scored.filter((s) => s.positive).length;
      const good = scored.filter((s) => s.good);
      if (t.debug) {
        admits(f).forEach(({ p, i }) => {
          const q = oofFault[fi]![i]!;
          if ((p.fault === f) !== (q >= th)) lines.push(`  ${p.fault === f ? 'missed' : 'false'} ${f} ${q.toFixed(2)} | ${p.prospect} | ${p.reply}`);
        });
      }
      lines.push(`${f.padEnd(16)} threshold ${fmt(th)}  cross-validated on ${scored.length} pairs: precision ${fmt(tp / (tp + fp))} recall ${fmt(tp / pos)}` +
        ` F1 ${fmt((2 * tp) / (2 * tp + fp + pos - tp))}, good replies flagged ${good.filter((s) => s.p >= th).length}/${good.length}`);
    });
    // End to end, as run time reads a pair: the situation read from the message (cross-validated), then the fault.
    // A reply commits a fault only against the situation it answers; when the message was misread (an "after the
    // summer" read as a no), the reply's ordinary pitch or follow-up looks like a re-pitch or pressure. So a fault
    // is reported only when the situation was read with at least some confidence: per fault, the floor on the
    // situation's probability with the best end-to-end F1 (none when no floor helps).
    const sitIndex = new Map(sit.map((m, i) => [m.prospect.trim(), i]));
    // An empty message is 'none' for certain, as at run time.
    const certainNone = SITUATIONS.map((s) => (s === 'none' ? 1 : 0));
    // A pair that is no situation example (situationExample: false) is read as its own situation, for certain.
    const certain = (s: Situation) => SITUATIONS.map((x) => (x === s ? 1 : 0));
    const sitProbability = pairs.map((p) => {
      const at = sitIndex.get(p.prospect.trim());
      return p.prospect.trim() === '' ? certainNone : at === undefined ? certain(p.situation) : oofSituation[at]!;
    });
    // As at run time: a caving fault needs the reply to give, offer or open the price at all.
    const acceptsTrade = noCave;
    const feedbackExit = pairs.map((p) => exitsWithFeedback(replySentences(p.reply)));
    const early = pairs.map((p) => chasesEarly(replySentences(p.reply), p.prospect).length > 0);
    const endToEnd = (floor: Record<ThreadFault, number>) => pairs.map((p, i) => {
      const probs = sitProbability[i]!;
      const s = pickSituation(probs);
      const confidence = Math.max(...probs);
      const got = pickFaults(s, (f) => (confidence >= floor[f] ? oofFault[THREAD_FAULTS.indexOf(f)]![i]! : 0), (f) => thresholds[f])[0] ?? null;
      // As at run time (reader.ts): accepting the trade the prospect proposed is not caving.
      if (got === null && s === 'stall' && early[i]) return 'pressures_stall';
      return (got === 'caves_on_price' && acceptsTrade[i]) || (got === 'push_after_no' && feedbackExit[i]) ? null : got;
    });
    const f1Of = (got: readonly (ThreadFault | null)[], f: ThreadFault) => {
      const tp = got.filter((g, i) => g === f && pairs[i]!.fault === f).length;
      const fp = got.filter((g, i) => g === f && pairs[i]!.fault !== f).length;
      const fn = got.filter((g, i) => g !== f && pairs[i]!.fault === f).length;
      return { tp, fp, fn, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0 };
    };
    for (const f of THREAD_FAULTS) {
      let best = { floor: 0, f1: f1Of(endToEnd({ ...floors }), f).f1 };
      for (const floor of t.floorCandidates) {
        const f1 = f1Of(endToEnd({ ...floors, [f]: floor }), f).f1;
        if (f1 > best.f1 + 1e-9) best = { floor, f1 };
      }
      floors[f] = best.floor;
    }
    const e2e = endToEnd(floors);
    const goodPairs = pairs.filter((p) => p.fault === null).length;
    const goodFaulted = e2e.filter((g, i) => g !== null && pairs[i]!.fault === null).length;
    lines.push(`end to end (cross-validated situation, then fault): ${THREAD_FAULTS.map((f) => { const r = f1Of(e2e, f); return `${f} F1 ${fmt(r.f1)} (floor ${floors[f]})`; }).join(', ')}; good replies faulted ${goodFaulted}/${goodPairs}`);
    if (t.debug) e2e.forEach((g, i) => { if (g !== pairs[i]!.fault) lines.push(`  end to end ${pairs[i]!.fault} -> ${g} | ${pairs[i]!.prospect} | ${pairs[i]!.reply}`); });
  }

  const situation = quantise(fitAveraged(sitVectors.map((v) => [v]), sitTargets, SITUATIONS.length, true, t), t, SITUATIONS, t.situationKeep).head;
  const faults = Object.fromEntries(THREAD_FAULTS.map((f) => {
    const d = headData(f, () => true);
    const head = quantise(fitAveraged(d.vectors, d.targets, 1, false, t, d.weights), t, [f]).head;
    return [f, { ...head, threshold: thresholds[f], ...(floors[f] ? { situationFloor: floors[f] } : {}) }];
  })) as ThreadModelFile['faults'];
  const file: ThreadModelFile = { version: 1, kind: 'thread', buckets: t.buckets, situation, faults, trained };
  lines.push(`thread model: ${pairs.length} pairs, ${sit.length} prospect messages, ${t.keep} rows kept per fault head and ${t.situationKeep} in the situation head, of ${t.buckets} buckets`);
  return { file, report: lines.join('\n') };
}
