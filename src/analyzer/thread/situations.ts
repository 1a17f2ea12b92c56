/**
 * The thread vocabulary: what the prospect's last message does (its situation) and how a reply can mishandle it
 * (a thread fault). Names follow the thread labelling guide, so eval files and `--jsonl` output use them as-is;
 * the words a rep reads are here too, in plain language, so every surface says the same thing.
 *
 * The advice traces to the seed articles: accept a clear no and leave the door open ("When to Keep Pushing or Pull
 * Back?"); table a discount request and return to value ("Why Your Salespeople Are Pushovers", "Is the Prospective
 * Customer King?"); test a budget objection instead of folding ("Pushing Back to Get More Sales"); give a prospect
 * who asked for time what helps them decide, not a deadline ("When to Keep Pushing or Pull Back?").
 */
import type { Category } from '../types';

/** In priority order: when a message does several things, the first that applies wins. */
export const SITUATIONS = ['declined', 'discount', 'budget', 'stall', 'question', 'interested', 'none'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const THREAD_FAULTS = ['push_after_no', 'caves_on_price', 'gives_up', 'pressures_stall', 'dodges_question'] as const;
export type ThreadFault = (typeof THREAD_FAULTS)[number];

/** What the analyser read in the prospect's message, and the faults the reply commits against it. */
export interface ThreadReading {
  situation: Situation;
  faults: ThreadFault[];
}

/** Which faults a reply can commit after each situation, and the category each belongs to. */
export const FAULTS_AFTER: Record<Situation, readonly ThreadFault[]> = {
  declined: ['push_after_no'],
  discount: ['caves_on_price'],
  budget: ['caves_on_price', 'gives_up'],
  stall: ['pressures_stall'],
  question: ['dodges_question'],
  interested: [],
  none: [],
};

export const FAULT_CATEGORY: Record<ThreadFault, Category> = {
  push_after_no: 'hard_close',
  caves_on_price: 'timidity',
  gives_up: 'timidity',
  pressures_stall: 'hard_close',
  dodges_question: 'self_serving',
};

/** The rule id a fault's findings carry: `thread/caves-on-price`. */
export const faultRuleId = (fault: ThreadFault): string => `thread/${fault.replaceAll('_', '-')}`;

/** One line naming the situation, and what to do about it, for the side panel. */
export const SITUATION_TEXT: Record<Situation, { line: string; advice: string }> = {
  declined: {
    line: 'They said no.',
    advice: 'Thank them, accept the decision and leave the door open. One short question for feedback at most: a new pitch now only confirms their choice.',
  },
  discount: {
    line: 'They asked for a lower price.',
    advice: 'Ask what is behind the request and bring the conversation back to the value. If you give something, get something for it: a longer term, more volume, a faster start.',
  },
  budget: {
    line: "They said the money isn't there.",
    advice: "Don't fold and don't cut the price for nothing. Ask one question about what the problem costs them, their timing or their priorities.",
  },
  stall: {
    line: 'They asked for time.',
    advice: 'Give them what helps them decide (answers, a reference, a short summary for whoever signs off) and agree a date. A deadline now reads as pressure.',
  },
  question: {
    line: 'They asked a question.',
    advice: 'Answer it first, plainly, then suggest the next step.',
  },
  interested: {
    line: 'They want to move forward.',
    advice: 'Make the next step easy: confirm it and stop selling.',
  },
  none: {
    line: 'No message from them to answer.',
    advice: 'A first email or a follow-up: the usual coaching applies.',
  },
};
