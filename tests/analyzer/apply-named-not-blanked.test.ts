/**
 * Apply does not put a template's blanks where the rep named the thing, does not leave a fragment, and does not open
 * an email with a template pointing at nothing. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { textsAfterApply } from './apply-helpers';
import { DEFAULT_PROTECT, opensWithBackReference } from '../../src/analyzer/keep-point';
import { guardEdit } from '../../src/analyzer/rewrite';

const after = (text: string, rule: string): string[] => textsAfterApply(text, rule);

describe('a template sentence is not offered where the rep named what its blanks stand for', () => {
  it('keeps a booked crew date rather than "[the next step]"', () => {
    expect(after("The survey of your roof is attached. I've kept the scaffolding crew free for you on 12 March, which I need confirmed today, as I'm turning other jobs away for it.", 'hard_close/assumptive-booking')).toEqual([]);
  });

  it('keeps what the rep said other firms did rather than "[comparable customer]"', () => {
    expect(after('The quote for the boilers is attached. Most of the hotels along the seafront moved to us last winter, and frankly the ones who waited look a bit behind the times.', 'hard_close/hesitate-and-regret')).toEqual([]);
  });
});

describe('no fragment and no pointer at nothing', () => {
  it('withholds a removal that would leave "Once the scaffolding comes down in June." on its own', () => {
    expect(after("My price is £4,200 for the whole mural. Once the scaffolding comes down in June, I'd be very grateful if you'd write a short review for our website. I can come by on Monday or Wednesday.", 'self_serving/review-testimonial')).toEqual([]);
  });

  it('withholds a clause cut that leaves a "once…" clause with no main clause', () => {
    const text = 'My price is £900. Once the frames are back on the wall in July, I would love a short write-up from you for our newsletter.';
    const words = 'I would love a short write-up from you for our newsletter';
    const at = text.indexOf(words);
    const g = guardEdit(text, { start: text.indexOf(', I would'), end: text.length - 1 }, '', { span: { start: at, end: at + words.length }, protect: DEFAULT_PROTECT });
    expect('edit' in g ? 'offered' : g.withheld).toBe('not-english');
  });

  it('reads "Here is why this matters…" as pointing back at a sentence before it', () => {
    expect(opensWithBackReference('Here is why this matters for your team: [the result they care about].')).toBe(true);
    expect(opensWithBackReference("Here's how the pilot would run.")).toBe(false);
  });

  it('removes only the apology before the first real sentence of the email', () => {
    expect(after("Dear Mr Hale,\n\nI hope you don't mind me writing again. I wanted to ask whether your team might need a surveyor for the Elmfield site.", 'timidity/hope-this-is-okay')).toEqual([
      'Dear Mr Hale,\n\nI wanted to ask whether your team might need a surveyor for the Elmfield site.',
    ]);
  });
});

describe('the re-check sees the fault in new words', () => {
  it('removes the whole sarcastic line, not only its "huh"', () => {
    expect(after("The planning forms take six weeks to clear. Guess you're too busy to return a call these days, huh?", 'hard_close/ignored-sarcasm')).toEqual([
      'The planning forms take six weeks to clear.',
    ]);
  });

  it('withholds cutting the apology when "I hope this note doesn\'t come across as too forward" would stay', () => {
    const text = 'The quote for the hull survey is attached. I hope this note doesn\'t come across as too forward, and please pardon the interruption.';
    expect(after(text, 'timidity/sorry-to-bother')).toEqual([]);
  });
});
