import type { ThreadReading } from './thread/situations';

/**
 * The analyser's public types. Every surface (CLI, tooltip, side panel, history) prints the same Finding shape,
 * as vfile-message and Vale's Alert do, so a rep sees one vocabulary everywhere.
 */

export const CATEGORIES = ['hard_close', 'self_serving', 'timidity'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from least to most serious; the order matters for `--fail-on` and sensitivity. */
export const LEVELS = ['suggestion', 'warning', 'error'] as const;
export type Level = (typeof LEVELS)[number];

export const SENSITIVITIES = ['gentle', 'standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface Finding {
  /** Stable within one text: rule id and start offset. */
  id: string;
  /** The rule's id, which is its file path under rules/ without the extension, e.g. `timidity/sorry-to-bother`. */
  rule: string;
  category: Category;
  level: Level;
  message: string;
  /** One line on why it costs the sale, grounded in the seed articles. */
  why: string;
  /** UTF-16 offsets into the analysed input, end exclusive; the offending words only. */
  start: number;
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  /**
   * UTF-16 offsets into the analysed input, end exclusive: what a rewrite replaces. It contains [start, end) and
   * covers the grammatical unit the fault lives in (the clause around the span or the whole sentence, the rule's
   * `replace:`; a user phrase's own span), widened to the punctuation a removal takes with it.
   */
  replace: { start: number; end: number };
  /**
   * The literal replacement texts for `input.slice(replace.start, replace.end)`, best first: templates filled,
   * capitalised to fit, final punctuation kept; may hold `[placeholders]` for the rep to fill. For every rewrite,
   * `input.slice(0, replace.start) + rewrite + input.slice(replace.end)` is the text after Apply, removals included.
   * Empty when every rewrite was withheld for dropping the rep's point or leaving the fault (src/analyzer/keep-point.ts):
   * the finding is then advice without Apply.
   */
  rewrites: string[];
  /**
   * Where no rewrite is offered (`rewrites` empty): a better sentence to adapt by hand, with placeholders, from the
   * rule's own wordings. Never applied to the draft: it shows the idea where a one-click edit would break the sentence
   * or take the rep's point with it.
   */
  example?: string;
  /**
   * Where the finding came from: a bundled rule, the sentence model (`model/<category>`), one of the rep's own
   * phrases, or the thread model (`thread/<fault>`: the reply mishandles the prospect's last message).
   */
  source: 'rule' | 'model' | 'user' | 'thread';
}

/** An observation about the whole email: no span, never part of the scores. */
export interface EmailNote {
  id: 'no-question' | 'first-person-heavy' | 'discount-before-value' | 'exclamation-pile' | 'repeated-follow-up'
    | 'not-english' | 'truncated'
    /** Thread faults that are an absence: no question after "no budget"; their question left unanswered. */
    | 'thread-gives-up' | 'thread-dodges-question';
  message: string;
}

export interface Stats {
  words: number;
  sentences: number;
  questions: number;
  secondPerson: number;
  firstPerson: number;
}

export interface Coverage {
  /** Sentences in the whole input. */
  sentences: number;
  /** Sentences inside the analysis bound (the first MAX_WORDS words). */
  sentencesAnalyzed: number;
  /** Words past the bound, not analysed. */
  wordsSkipped: number;
}

export type Scores = Record<Category, number>;

export interface Report {
  findings: Finding[];
  scores: Scores;
  /** -100 (pushover) .. +100 (pushy): hard-close score minus timidity score. */
  balance: number;
  stats: Stats;
  notes: EmailNote[];
  coverage: Coverage;
  /** What the prospect's last message does and the faults the reply commits against it; only when `prospect` was given. */
  thread?: ThreadReading;
}

/** A phrase the rep adds in the options page: matched literally, case-insensitively, on word boundaries. */
export interface UserPhrase {
  phrase: string;
  category: Category;
  message: string;
  rewrite?: string;
}

export interface AnalyzeOptions {
  /** Rule ids the rep turned off (single rules), e.g. `timidity/just-checking-in`. */
  disabledRules?: readonly string[];
  /** Whole categories the rep turned off. */
  disabledCategories?: readonly Category[];
  userPhrases?: readonly UserPhrase[];
  sensitivity?: Sensitivity;
  /**
   * The prospect's last message, the one the draft replies to ('' for a new email). Only read to decide the thread's
   * situation; never flagged, highlighted or stored.
   */
  prospect?: string;
}
