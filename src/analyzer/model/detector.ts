/**
 * Model findings: where the sentence model is confident a sentence carries a fault that no rule named. A model
 * finding has the same shape as a rule's: rule id `model/<category>`, a span on the words that carried the decision,
 * a message, a reason and rewrites with placeholders (./messages), dismissable and switchable like any rule.
 */
import { CATEGORIES, type Category, type Level, type Sensitivity } from '../types';
import { loadModel, type SentenceModel } from './model';
import type { ModelFile } from './model-file';

export const MODEL_RULE_PREFIX = 'model/';
export const modelRuleId = (category: Category) => `${MODEL_RULE_PREFIX}${category}`;

/** What the model says of one sentence: for each category it finds at the most eager sensitivity, how sure and where. */
export interface ModelEvidence {
  category: Category;
  probability: number;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

export interface ModelDetector {
  /** A pure function of the sentence's text, so a session can cache it with the sentence's rule hits. */
  evidence(sentence: string): ModelEvidence[];
  /** The model's probabilities for a sentence, in CATEGORIES order (the thread model reads them). */
  probabilities(sentence: string): number[];
  /** Whether evidence this sure is shown at this sensitivity, and at which level. */
  levelAt(e: ModelEvidence, sensitivity: Sensitivity): Level | null;
}

export function createModelDetector(file: ModelFile): ModelDetector {
  const model: SentenceModel = loadModel(file);
  const { thresholds } = file;
  return {
    probabilities: (sentence) => model.probabilities(sentence),
    evidence(sentence) {
      const probabilities = model.probabilities(sentence);
      const out: ModelEvidence[] = [];
      CATEGORIES.forEach((category, c) => {
        const probability = probabilities[c]!;
        if (probability < thresholds.strict[c]! && probability < thresholds.standard[c]!) return;
        out.push({ category, probability, ...model.explain(sentence, category) });
      });
      return out;
    },
    levelAt(e, sensitivity) {
      const c = CATEGORIES.indexOf(e.category);
      // Gentle shows rules only: the model's guesses are for reps who asked for more.
      if (sensitivity === 'gentle') return null;
      const threshold = sensitivity === 'strict' ? Math.min(thresholds.strict[c]!, thresholds.standard[c]!) : thresholds.standard[c]!;
      if (e.probability < threshold) return null;
      return e.probability >= thresholds.warning[c]! ? 'warning' : 'suggestion';
    },
  };
}
