/**
 * What a rep reads when the reply mishandles the prospect's message. A fault that sits in words (caving on price,
 * pushing after a no, pressing someone who asked for time) is a finding on the sentence that carries it: its
 * message says what in their message it answers, and its rewrites replace that sentence with the labelling guide's
 * "a good reply instead", with [placeholders] for what only the rep knows. A fault that is an absence (no question
 * after "no budget", their question left unanswered) has no words to point at: it is an email-level note.
 */
import type { EmailNote } from '../types';
import type { Situation, ThreadFault } from './situations';

export type WordFault = 'push_after_no' | 'caves_on_price' | 'pressures_stall';
export type AbsenceFault = 'gives_up' | 'dodges_question';

export const isWordFault = (f: ThreadFault): f is WordFault => f === 'push_after_no' || f === 'caves_on_price' || f === 'pressures_stall';

export interface ThreadMessage {
  message: string;
  why: string;
  /** Replace the sentence the fault sits in, best first; "" removes it (the re-pitch, the deadline). */
  rewrites: string[];
}

export function threadFindingMessage(fault: WordFault, situation: Situation): ThreadMessage {
  switch (fault) {
    case 'push_after_no':
      return {
        message: 'They said no; this tries to change their mind.',
        why: 'Pushing after a clear no confirms their choice and closes the door; accepting it gracefully is what keeps them willing to come back.',
        rewrites: [
          '',
          "I respect the decision, and I'm here if anything changes with [what they chose instead].",
          'Could I ask what tipped the decision, so we can learn from it?',
        ],
      };
    case 'caves_on_price':
      return {
        message: situation === 'budget'
          ? "They said the money isn't there; this cuts the price without getting anything back."
          : 'They asked for a lower price; this gives it away without getting anything back.',
        why: 'A concession given for nothing tells them the price was never real and invites the next request; one traded for something keeps its value.',
        rewrites: situation === 'budget'
          ? [
            'What is [the problem they described] costing your team while the budget is closed?',
            'We could start with [a smaller scope] at the normal rate and add the rest when the budget allows.',
            'The price stays at [the price], because [the result they get].',
          ]
          : [
            'Before we look at price, what is behind the request: [their concern]?',
            'I can do [the concession] if you can [commit to a longer term, more volume or a faster start].',
            'The price stays at [the price], because [the result they get].',
          ],
      };
    case 'pressures_stall':
      return {
        message: 'They asked for time; this pushes them to decide now.',
        why: 'Hurrying someone who asked for time (a deadline, a chase before their date, a yes assumed from silence) makes them defend their process; helping them decide is what brings the answer sooner.',
        rewrites: [
          '',
          'What would help you decide: [answers, a reference, a short summary for whoever signs off]?',
          "I'll check in on [the date they gave], as you suggested.",
        ],
      };
  }
}

export const THREAD_NOTE_ID: Record<AbsenceFault, EmailNote['id']> = {
  gives_up: 'thread-gives-up',
  dodges_question: 'thread-dodges-question',
};

export const THREAD_NOTE_TEXT: Record<AbsenceFault, string> = {
  gives_up: "They said the money isn't there, and this reply accepts it and steps away without a single question. Ask one: what the problem costs them, when the timing could change, or what is ahead of it on their list.",
  dodges_question: 'They asked a question, and this reply does not answer it before it pitches. Answer it first, plainly (or say when you will), then suggest the next step.',
};
