/**
 * From labelled sentences and ordinary mail to the committed model file: cross-validated thresholds, the final fit,
 * quantisation to a size budget. Pure (the training script reads the files), so a test can train on a small slice
 * twice and compare the bytes.
 */
import { CATEGORIES } from '../types';
import { hash } from './features';
import { packLevels, type ModelFile } from './model-file';
import { predict, quantise, train, type Example, type TrainOptions } from './train';

export interface LabelledSentence {
  /** Sentences of one email share a group, and a group is never split across folds. */
  group: string;
  text: string;
  labels: boolean[];
  /** Written inside a whole email (the once-sealed sets), not as a loose sentence: it counts `emailWeight`. */
  wholeEmail?: boolean;
}

export interface OrdinarySentence {
  group: string;
  text: string;
}

export interface TrainingSetup extends TrainOptions {
  /** How much one sentence of ordinary mail counts against a labelled one. */
  ordinaryWeight: number;
  /**
   * How much a labelled sentence written inside a whole email counts against a loose one. Reps' drafts are whole
   * emails, and the loose sentences (rule examples, wordings written one at a time) outnumber them less each round.
   */
  emailWeight: number;
  folds: number;
  /** Print the ordinary sentences scored highest and the positives scored lowest (for studying errors). */
  debug?: boolean;
  /** Buckets kept in the shipped model (the largest weights); what keeps the file inside the bundle's budget. */
  keep: number;
  /**
   * Thresholds, chosen on cross-validated predictions: the lowest probability at which labelled sentences reach
   * `precision` and ordinary mail is flagged in at most `ordinaryRate` of its sentences. `standard` is what a rep
   * sees by default, `strict` the more eager setting, `warning` the confidence at which a finding is a warning.
   * Standard allows 0.6 % of ordinary sentences: the product's promise is at most 2 findings per 1,000 words of
   * ordinary mail (about one sentence in 35), and at 0.4 % the hard-close threshold was held up by ordinary mail
   * alone while its cross-validated precision stood well above target, so pressure in new wordings went unflagged.
   * A category may be given its own share (`ordinaryRateFor`). Hard close had 1.2 % while the labelled data was mostly
   * loose sentences; trained with whole emails as well, 0.8 % keeps its new-text recall and flags less ordinary mail.
   */
  targets: Record<'standard' | 'strict' | 'warning', ThresholdTarget>;
}

export interface ThresholdTarget {
  precision: number;
  ordinaryRate: number;
  /** A category's own share of ordinary sentences, where it differs from `ordinaryRate`. */
  ordinaryRateFor?: Partial<Record<(typeof CATEGORIES)[number], number>>;
}

export const DEFAULT_TRAINING: TrainingSetup = {
  buckets: 1 << 18,
  epochs: 12,
  seed: 20261205,
  learningRate: 0.3,
  l2: 1e-5,
  ordinaryWeight: 0.5,
  // Tried once at 2 in the thirteenth session, against 1: on the 23 sealed sets not trained on, mean macro-F1 0.933 ->
  // 0.938 (14 sets higher, 5 lower), clean sentences flagged 26 -> 24; ordinary mail 1.53 / 1.76 -> 1.61 / 1.79.
  emailWeight: 2,
  folds: 5,
  keep: 80_000,
  targets: {
    // Precision on the training folds, whose negatives are mostly near misses, reads lower than on real drafts: the
    // sealed sets read 0.94-1.00 at a 0.9 target while recall lagged, so 0.85; ordinary mail stays the limit. With
    // four more once-sealed sets and 473 fresh sentences in training, 0.8 % of training mail let 2.13 findings per
    // 1,000 words through on held-out hard ham (target at most 2): 0.6 % holds it at 1.69.
    // Hard close alone at 0.9 %: its thresholds sat on ordinary mail while its cross-validated precision stood at
    // 0.94, and pressure in new wordings went unflagged (recall 0.71). At 0.9 % the 39 sealed sets not trained on read
    // hard close 0.848 -> 0.867 (none below 0.75), no set lower, 56 -> 59 clean sentences flagged of about 4,100;
    // ordinary mail 1.54 / 1.69 findings per 1,000 words.
    standard: { precision: 0.85, ordinaryRate: 0.006, ordinaryRateFor: { hard_close: 0.009 } },
    strict: { precision: 0.8, ordinaryRate: 0.01 },
    warning: { precision: 0.97, ordinaryRate: 0.001 },
  },
};

const examplesOf = (labelled: readonly LabelledSentence[], ordinary: readonly OrdinarySentence[], setup: TrainingSetup): Example[] => [
  ...labelled.map((s) => ({ text: s.text, labels: s.labels, weight: s.wholeEmail ? setup.emailWeight : 1 })),
  ...ordinary.map((s) => ({ text: s.text, labels: CATEGORIES.map(() => false), weight: setup.ordinaryWeight })),
];

interface Scored {
  p: number;
  positive: boolean;
}

/** The lowest threshold (at least 0.1) meeting both targets; 1 when none does, which turns the category off. */
export function chooseThreshold(labelled: Scored[], ordinary: number[], target: { precision: number; ordinaryRate: number }): number {
  const candidates = [...new Set(labelled.filter((s) => s.positive).map((s) => s.p))].filter((p) => p >= 0.1).sort((a, b) => a - b);
  for (const t of candidates) {
    const flagged = labelled.filter((s) => s.p >= t);
    const precision = flagged.filter((s) => s.positive).length / flagged.length;
    const rate = ordinary.filter((p) => p >= t).length / Math.max(1, ordinary.length);
    if (precision >= target.precision && rate <= target.ordinaryRate) return Number(t.toFixed(4));
  }
  return 1;
}

const fold = (group: string, folds: number) => hash(group) % folds;

export function buildModelFile(
  labelled: readonly LabelledSentence[],
  ordinary: readonly OrdinarySentence[],
  setup: TrainingSetup,
  { crossValidate }: { crossValidate: boolean },
): { file: ModelFile; report: string } {
  const lines: string[] = [];
  const oofLabelled: number[][] = labelled.map(() => []);
  const oofOrdinary: number[][] = ordinary.map(() => []);
  if (crossValidate) {
    for (let f = 0; f < setup.folds; f++) {
      const { model } = quantise(train(
        examplesOf(labelled.filter((s) => fold(s.group, setup.folds) !== f), ordinary.filter((s) => fold(s.group, setup.folds) !== f), setup),
        setup,
      ), setup.buckets, setup.keep);
      labelled.forEach((s, i) => { if (fold(s.group, setup.folds) === f) oofLabelled[i] = predict(model, s.text, setup.buckets); });
      ordinary.forEach((s, i) => { if (fold(s.group, setup.folds) === f) oofOrdinary[i] = predict(model, s.text, setup.buckets); });
    }
  }

  const thresholds: ModelFile['thresholds'] = { standard: [], strict: [], warning: [] };
  CATEGORIES.forEach((category, c) => {
    const scored = labelled.map((s, i) => ({ p: oofLabelled[i]![c] ?? 0, positive: s.labels[c]! }));
    const ordinaryP = oofOrdinary.map((p) => p[c] ?? 0);
    for (const level of ['standard', 'strict', 'warning'] as const) {
      const target = setup.targets[level];
      const ordinaryRate = target.ordinaryRateFor?.[category] ?? target.ordinaryRate;
      thresholds[level][c] = crossValidate ? chooseThreshold(scored, ordinaryP, { precision: target.precision, ordinaryRate }) : 0.5;
    }
    if (crossValidate && setup.debug) {
      const top = ordinary.map((s, i) => ({ p: ordinaryP[i]!, text: s.text })).sort((a, b) => b.p - a.p).slice(0, 25);
      lines.push(...top.map((x) => `  ordinary ${category} ${x.p.toFixed(2)} ${x.text}`));
      const missed = labelled.map((s, i) => ({ p: scored[i]!.p, s })).filter((x) => x.s.labels[c]).sort((a, b) => a.p - b.p).slice(0, 25);
      lines.push(...missed.map((x) => `  missed ${category} ${x.p.toFixed(2)} ${x.s.text}`));
    }
    if (crossValidate) {
      const t = thresholds.standard[c]!;
      const tp = scored.filter((s) => s.positive && s.p >= t).length;
      const fp = scored.filter((s) => !s.positive && s.p >= t).length;
      const pos = scored.filter((s) => s.positive).length;
      const ord = ordinaryP.filter((p) => p >= t).length;
      lines.push(
        `${category.padEnd(13)} threshold ${t.toFixed(3)} (strict ${thresholds.strict[c]!.toFixed(3)}, warning ${thresholds.warning[c]!.toFixed(3)})` +
          `  cross-validated: precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(tp / Math.max(1, pos)).toFixed(3)}` +
          `  ordinary mail flagged ${ord}/${ordinaryP.length}` +
          `  (precision target alone: ${chooseThreshold(scored, [], { ...setup.targets.standard, ordinaryRate: 1 }).toFixed(3)})`,
      );
    }
  });

  const final = train(examplesOf(labelled, ordinary, setup), setup);
  const { quantised, scale } = quantise(final, setup.buckets, setup.keep);
  const file: ModelFile = {
    version: 2,
    buckets: setup.buckets,
    categories: [...CATEGORIES],
    bias: final.bias.map((b) => Number(b.toFixed(6))),
    scale: scale.map((s) => Number(s.toPrecision(8))),
    thresholds,
    ...packLevels(quantised, setup.buckets),
    trained: { labelledSentences: labelled.length, ordinarySentences: ordinary.length, seed: setup.seed, epochs: setup.epochs, bucketsKept: setup.keep },
  };
  lines.push(`model: ${labelled.length} labelled and ${ordinary.length} ordinary sentences, the ${setup.keep} strongest of ${setup.buckets} buckets kept`);
  return { file, report: lines.join('\n') };
}
