/**
 * The concession reader (src/analyzer/thread/concession.ts): a concession read from the shape of the sentence (a
 * verb of giving ground with the price as its object, an amount off, something at no charge, a price matched, trying
 * for a better number, a first payment put off, a trial made longer), not from a list of wordings. What a rep would
 * notice: after a request for a lower price, the finding on the words that give it away, or no finding at all when
 * the price is held, traded or the scope made smaller at the normal rate. Every sentence here was written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { concessionSpan } from '../../src/analyzer/thread/concession';

const read = (sentence: string, context = '') => {
  const s = concessionSpan(sentence, context);
  return s && sentence.slice(s.start, s.end);
};

describe('the concession reader', () => {
  it.each<[string, string]>([
    ["We'll trim the hosting charge for you.", 'trim the hosting charge'],
    ['Happy to lop €90 off the yearly renewal.', '€90 off'],
    ['The commissioning fee can be scrapped.', 'fee can be scrapped'],
    ['Consider the call-out charge waived.', 'charge waived'],
    ["I'll toss in a spare battery pack.", 'toss in a spare battery pack'],
    ['We will add four additional user licences.', 'add four additional user licences'],
    ['The first fortnight of cover is on us.', 'of cover is on us'],
    ['We can undercut the quote from Brightline.', 'undercut the quote'],
    ['I will have a word with my sales director about the price.', 'have a word with my sales director'],
    ['Let me find out how far down we can go.', 'find out how far down we can'],
    ["Let's meet halfway on the per-head figure.", 'meet halfway'],
    ['We can delay your opening invoice until the spring.', 'delay your opening invoice until the spring'],
    ['We can extend your trial into next month.', 'extend your trial'],
    ['Call it twelve percent and we have a deal.', 'Call it twelve percent'],
    // A step down, a part of the usual price, an earlier price kept, a thing sold named as reduced.
    ['We can go 6 points lower on the service plan.', 'go 6 points lower'],
    ["We'll bill the clinic at half the standard rate until June.", 'at half the standard rate'],
    ["We'll make your renewal a touch cheaper.", 'make your renewal a touch cheaper'],
    ["I'll honour last year's rate for you.", "honour last year's rate"],
    ['I can offer a discounted membership for the first term.', 'discounted membership'],
    // A charge taken off the bill, kept off it, or taken on by the seller.
    ['The courier charge can come off the invoice.', 'charge can come off the invoice'],
    ["Installation won't show up on your invoice.", "won't show up on your invoice"],
    ['The survey fee has been written off.', 'fee has been written off'],
    ["We'll foot the shipping ourselves.", "We'll foot the shipping"],
    ["Let's forget about the admin fee.", "Let's forget about the admin fee"],
    ["You won't get an invoice from us before March.", "won't get an invoice from us before"],
    // Whatever they can pay, a rival beaten, room on the price said to be there.
    ["Tell me what you can spare and we'll take that.", "what you can spare and we'll take"],
    ["We'll beat their quote by a fraction.", 'beat their quote'],
    ['We can come in under Brightwell on the hourly rate.', 'come in under Brightwell'],
    ["Honestly, there's some wiggle room on the figure.", "there's some wiggle room"],
  ])('reads a concession in "%s", on the words "%s"', (sentence, words) => {
    expect(read(sentence)).toBe(words);
  });

  it('reads a figure offered below the one quoted as a concession, and the same figure with nothing to compare as none', () => {
    const quoted = 'Your quote of $5,600 for the fit-out is more than we expected.';
    expect(read('How about $5,100 for the whole fit-out?', quoted)).toBe('How about $5,100');
    expect(read('I could do it for $5,100.', quoted)).toBe('do it for $5,100');
    expect(read('The fit-out is $5,600 because it includes the electrics.', quoted)).toBeNull();
  });

  it.each([
    // The product saving the prospect money is no concession.
    'Our routing cuts your fuel costs by a fifth.',
    'Most depots see 30% less idle time in the first month.',
    // A price held, refused or explained.
    'I cannot lower the fee, but I can show you what it covers.',
    'The licence price is the same for every customer.',
    'Rather than cutting the rate, we could look at the scope together.',
    // A smaller scope at the normal rate.
    'We could start with one warehouse at the standard rate.',
    // A guarantee, a free trial as usual, a free resource, an invitation.
    'Every plan comes with a 60-day money-back guarantee.',
    'The free trial lasts two weeks, as for everyone.',
    'Feel free to forward this to your finance lead.',
    'Are you free on Thursday for a call?',
    // Help that is not about the price.
    'I will check with my manager about the SSO question.',
    'We will match your naming scheme in the export.',
    // The price kept over something else, a feature free for everyone, a refusal, a refund only if it fails.
    "I'd rather change the scope than the price.",
    'Guest access is free on every plan.',
    'Courier costs are charged at cost.',
    "We don't price match, but we guarantee the delivery date.",
    "If it doesn't pay for itself in a year, we'll refund the licence fee.",
    // Flexibility, "whatever", "better" and "cover" about something other than the price.
    'We can be flexible on the start date.',
    "We'll work with whatever timeline suits your team.",
    "I'll cover the installation details on Thursday's call.",
    'We can better that experience with the new app.',
  ])('reads no concession in "%s"', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

const DISCOUNT = 'The annual licence is more than we planned. Can you do better on the price?';

describe('after a request for a lower price', () => {
  it.each<[string, string]>([
    ['Thanks for the honest feedback. We can trim the annual licence down to £7,400.', 'trim the annual licence'],
    ['Understood. The commissioning fee can be scrapped for you.', 'fee can be scrapped'],
    ['Fair point. I will toss in a spare scanner at no cost.', 'toss in a spare scanner'],
    ['Fair enough. Installation won\'t show up on your invoice.', "won't show up on your invoice"],
    ['Thanks for asking. We\'ll foot the shipping ourselves this time.', "We'll foot the shipping"],
    ['Understood. We can come in under Brightwell on the hourly rate.', 'come in under Brightwell'],
    ['Of course. I\'ll honour last year\'s rate for you.', "honour last year's rate"],
    ['Honestly, there\'s some wiggle room on the figure.', "there's some wiggle room"],
    ['No problem, you won\'t get an invoice from us before March.', "won't get an invoice from us before"],
  ])('a concession in new words is a cave, highlighted on its words: "%s"', (reply, words) => {
    const report = analyze(reply, { prospect: DISCOUNT });
    expect(report.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    const f = report.findings.find((x) => x.rule === 'thread/caves-on-price')!;
    expect(f.text).toContain(words);
    expect(f.message).toBe('They asked for a lower price; this gives it away without getting anything back.');
  });

  it.each([
    'The price holds because it includes the on-site training. If you commit to three years, I can include the second site.',
    'What is behind the request: the total or the timing of the payment?',
    'We could start with the single-site licence at the normal rate and add the others later.',
    'Our routing cuts your fuel costs by a fifth, which pays for the licence within the year.',
    "I'd rather change the scope than the price: the reporting module could wait until spring.",
    "We don't price match, but we guarantee the delivery date in writing.",
    "If it doesn't pay for itself in a year, we'll refund the licence fee.",
  ])('a price held, traded or scoped down is no cave: "%s"', (reply) => {
    const report = analyze(reply, { prospect: DISCOUNT });
    expect(report.thread?.situation).toBe('discount');
    expect(report.thread?.faults).toEqual([]);
    expect(report.findings.some((x) => x.rule === 'thread/caves-on-price')).toBe(false);
  });
});
