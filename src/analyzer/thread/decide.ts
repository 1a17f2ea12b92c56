/**
 * From the thread model's numbers to its decisions, shared by training (cross-validation) and run time: the
 * situation picked from the softmax, a fault's probability, the fault picked after a situation.
 */
import { FAULTS_AFTER, SITUATIONS, type Situation, type ThreadFault } from './situations';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function softmaxOf(logits: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c++) max = Math.max(max, logits[c]!);
  const e = Array.from(logits, (z) => Math.exp(z - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * A fault's probability, or 0 when nothing in the reply points towards it: the bias holds only how often the fault
 * came up in the training pairs, and a reply with no evidence either way ("Hi Dana,") commits no fault.
 */
export function faultProbability(logit: number, bias: number): number {
  return logit - bias > 0 ? sigmoid(logit) : 0;
}

/** Situation probabilities and the pick: the most probable, the guide's order breaking ties. */
export function pickSituation(probabilities: readonly number[]): Situation {
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  return SITUATIONS[best]!;
}

/**
 * At most one fault: the first of the situation's faults (FAULTS_AFTER order) over its threshold. After budget that
 * puts caving before giving up, as the guide does.
 */
export function pickFaults(situation: Situation, probability: (f: ThreadFault) => number, threshold: (f: ThreadFault) => number): ThreadFault[] {
  for (const f of FAULTS_AFTER[situation]) if (probability(f) >= threshold(f)) return [f];
  return [];
}

