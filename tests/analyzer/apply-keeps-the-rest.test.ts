/**
 * Apply takes the fault and leaves the rest of the rep's sentence standing: the exact text a rep would send after one
 * click, or that no click is offered where every rewrite would take an ask or a fact with the fault, blank out what
 * the rep named, leave the fault in other words, leave a fragment, or answer nothing. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { analyze, exampleAfter, textsAfterApply } from './apply-helpers';
import { guardEdit } from '../../src/analyzer/rewrite';
import { DEFAULT_PROTECT, droppedItems, isCompleteSentence, leansOnPrevious, protectedItems } from '../../src/analyzer/keep-point';

const after = (text: string, rule: string): string[] => textsAfterApply(text, rule);

describe('a removal takes the fault, not the ask or the fact beside it', () => {
  it('offers nothing when the sentence holds the only ask ("a simple yes or no") and the rest still presses for it', () => {
    expect(protectedItems('so a simple yes or no would help', DEFAULT_PROTECT).map((i) => i.text)).toEqual(['a simple yes or no']);
    expect(protectedItems('the least you owe me is one more call', DEFAULT_PROTECT).map((i) => i.text)).toEqual(['one more call']);
    expect(after("Thanks for the floor plan. That's my fifth message about the renovation quote, so a simple yes or no isn't much to ask.", 'hard_close/counting-follow-ups')).toEqual([]);
    expect(after('Thanks for the call. I drove to Leeds three times at my own cost for your team, so the least you owe me is one more call.', 'hard_close/owe-a-reply')).toEqual([]);
  });

  it('keeps the call to action when the quota beside it goes, unless the email asks for the same thing elsewhere', () => {
    // Reviewers failed removals that took "get the order signed", "pop the deposit over" or "a short testimonial"
    // with the pressure round them, even where the email asked for something else too.
    expect(protectedItems('so pop the deposit over and we can start', DEFAULT_PROTECT)).toEqual([]);
    const alone = "The tiles arrived on Monday. I'm a few sales short of my bonus this month, so it would be great to get the order signed.";
    expect(after(alone, 'self_serving/my-quota')).toEqual(['The tiles arrived on Monday. It would be great to get the order signed.']);
    // Another ask is not the same ask: the signature stays.
    expect(after(`${alone} Could you send me the floor plan too?`, 'self_serving/my-quota')).toEqual([
      'The tiles arrived on Monday. It would be great to get the order signed. Could you send me the floor plan too?',
    ]);
    // The same ask made again later: the sentence may go.
    expect(after(`${alone} Could you get the order signed by Friday?`, 'self_serving/my-quota')).toContain(
      'The tiles arrived on Monday. Could you get the order signed by Friday?',
    );
  });

  it('keeps "your purchase order by then" as the ask', () => {
    const po = "My director wants this signed before our year end on the 31st, so I'd be grateful for your purchase order by then.";
    const text = `The quote is attached. ${po}`;
    const start = text.indexOf(po);
    expect(droppedItems(text, { start, end: start + po.length, replacement: '' }, [], DEFAULT_PROTECT).map((i) => i.text)).toContain('your purchase order by');
  });

  it('keeps a plain "sign the…", a payment step and "hear back by…" as the ask the pressure was wrapped round', () => {
    const taken = (text: string, sentence: string) => {
      const start = text.indexOf(sentence);
      return droppedItems(text, { start, end: start + sentence.length, replacement: '' }, [], DEFAULT_PROTECT).map((i) => i.text);
    };
    const sign = "Sign the hire agreement today or you'll watch the grant money vanish.";
    expect(taken(`${sign} Could we talk on Thursday at 11?`, sign)).toEqual(['Sign the hire agreement']);
    const pay = "Send over your card details today and I'll load the van.";
    expect(taken(`The van is booked for the 9th. ${pay}`, pay)).toContain('Send over your card details');
    const hear = 'I spent four evenings on these drawings, so it would be nice to hear back before the weekend.';
    expect(taken(`The drawings are attached. ${hear}`, hear)).toContain('hear back before');
    // Asked again in the same email: the first may go.
    expect(taken(`${sign} Could you sign the hire agreement by Friday?`, sign)).toEqual([]);
  });

  it('keeps an unflagged introduction and cuts only the boast', () => {
    expect(after("Loved the sourdough at your market stall. We're a family bakery on the high street, and we've won gold at the national bread awards five years running. A sample box is on its way.", 'self_serving/awards-and-press')).toEqual([
      "Loved the sourdough at your market stall. We're a family bakery on the high street. A sample box is on its way.",
    ]);
  });

  it("does not cut the term of an offer (what the rep asks in return)", () => {
    const text = 'The trial would cover both depots for six weeks at no cost, and in return we would love a quote from your ops lead for our website.';
    const words = 'we would love a quote from your ops lead for our website';
    const at = text.indexOf(words);
    const unit = text.indexOf(', and in return');
    const g = guardEdit(text, { start: unit, end: text.length - 1 }, '', { span: { start: at, end: at + words.length }, protect: DEFAULT_PROTECT });
    expect('edit' in g ? 'offered' : g.withheld).toBe('drops');
  });
});

describe('a template keeps what the rep named', () => {
  it('names the product and the prospect\'s own thing as the rep did instead of "[Our product]"', () => {
    // The sentence keeps a blank, so it is shown to write by hand (no Apply), with the rep's own words in it.
    expect(after("Attached is the quote for the conveyor upgrade. Your depot needs this scanner yesterday, and I'd stop shopping around.", 'hard_close/you-need-this')).toEqual([]);
    expect(exampleAfter("Attached is the quote for the conveyor upgrade. Your depot needs this scanner yesterday, and I'd stop shopping around.", 'hard_close/you-need-this')).toBe(
      'This scanner could help your depot with [the problem they described].',
    );
  });

  it('fills the ask and the deadline from the rep\'s own words', () => {
    expect(exampleAfter('Hi Tomas,\n\nI was just wondering if perhaps your staff might maybe have a spare moment sometime to go over the booking portal demo?', 'timidity/just-wondering')).toBe(
      'Could we go over the booking portal demo on [a day that works]?',
    );
    expect(after('Your lunch rush is where this matters. The launch pricing disappears at noon, so lock it in now.', 'hard_close/otherwise-price-jumps')[0]).toBe(
      "Your lunch rush is where this matters. The current pricing holds until noon, and I'm happy to walk through it before then.",
    );
  });

  it('offers no "[one feature]" in place of the features the rep listed', () => {
    expect(after('Loved your talk at the Denver summit. Our new ordering app has table QR codes, loyalty, gift cards, stock sync, rota planning, offline mode and 30 integrations.', 'self_serving/feature-dump')).toEqual([
      'Loved your talk at the Denver summit.',
    ]);
  });
});

describe('the sentence Apply leaves is read again for the same fault', () => {
  it('takes "I know how swamped…" with the apology it excused', () => {
    expect(after('Hi Priya,\n\nSorry to bother you again, I know how swamped the clinic gets. The pilot kit arrived yesterday.', 'timidity/sorry-to-bother')).toEqual([
      'Hi Priya,\n\nThe pilot kit arrived yesterday.',
    ]);
  });

  it('never leaves "only if you sign today" standing: it goes with the scarcity, and the date stays', () => {
    expect(after("Thanks for the walkthrough. Our installer can start on 4 March, but only if you sign today, because that slot won't last.", 'hard_close/act-now')).toEqual([
      'Thanks for the walkthrough. Our installer can start on 4 March.',
    ]);
  });
});

describe('no fragment and no opener left pointing at removed text', () => {
  it('ends a cut after "a.m." with one point, and never removes the sign-off over the rep\'s name (rounds 29 and 30)', () => {
    const text = 'Dear Mrs Hale,\n\nOur crews come on Monday and Thursday before 7 a.m., and our company is the number one collector in the whole city with the most modern fleet. The contract is attached.\n\nKind regards,\nAda';
    expect(after(text, 'self_serving/brag-adjectives')).toEqual([
      'Dear Mrs Hale,\n\nOur crews come on Monday and Thursday before 7 a.m. The contract is attached.\n\nKind regards,\nAda',
    ]);
    const signed = 'Dear Mrs Hale,\n\nThe quote for the stairlift is attached, and the fitter can come in the week of 10 November.\n\nYours most gratefully and apologetically,\nPeter Hollis\nHollis Mobility';
    const grovel = analyze(signed, { sensitivity: 'strict' }).findings.find((f) => f.start > signed.indexOf('Yours'));
    expect(grovel?.rule).toBe('model/timidity');
    expect(grovel!.rewrites).toEqual([]);
    // A longer close is still the close: the apology stays for the rep to reword.
    expect(after('Dear Mrs Hale,\n\nThe quote for the stairlift is attached.\n\nYours, with humble apologies for the bother,\nPeter Hollis', 'timidity/sorry-to-bother')).toEqual([]);
  });

  it('leaves no stub where the cut took what the words before it led into (rounds 27 and 28)', () => {
    // "…, and honestly." and "we are, after all." once what they introduced went; "could, be" once "perhaps, possibly"
    // went; "to make him happy" once the director went; a participle phrase or a list left without its clause.
    // (A lead-in such as "and honestly," goes with the clause it introduced.)
    expect(after('Great to see the new kitchen on Friday, and honestly, thank you so much for even giving a tiny firm like ours a look. The quote is attached.', 'timidity/thanks-for-even-considering')).toEqual([
      'Great to see the new kitchen on Friday. The quote is attached.',
    ]);
    expect(after('The frames are seasoned oak from our own mill, and we are, after all, the only frame maker in the valley to have won two national design awards. The drawings follow on Monday.', 'self_serving/awards-and-press')).toEqual([]);
    expect(after('I thought a trial batch could perhaps, possibly, be of some use to your kitchen.', 'timidity/doubled-hedge')).toEqual([]);
    expect(after('The quote is attached. My director keeps asking me about this order, so please confirm by Friday to keep him off my back.', 'self_serving/my-manager-wants')).toEqual([]);
    expect(after('The quote is attached. We are the leading cask supplier in the north, trusted by the Abbey Brewery, the Mill Tap and dozens more.', 'self_serving/brag-adjectives')).toEqual([]);
    // The clause a colon opened cut, and the tour it introduced left standing as a sentence of its own.
    expect(after("Thanks for the call about the night shifts. I'd love to give you the grand tour of everything we've built: all 300 lessons, our new coaching app and the leadership series we launched in May. The pilot price is attached.", 'self_serving/product-tour')).toEqual([]);
    expect(isCompleteSentence('Trusted by the Abbey Brewery, the Mill Tap and dozens more.')).toBe(false);
    expect(isCompleteSentence('All twelve courses, plus the handbook and the app we built.')).toBe(false);
    expect(isCompleteSentence('Fitted in 2019, the boiler still runs well.')).toBe(true);
    expect(isCompleteSentence('Our team, plus two subcontractors, will be on site Monday.')).toBe(true);
    expect(isCompleteSentence('Quick question, do you have the drawings?')).toBe(true);
  });

  it('reads a subjectless second conjunct as no sentence', () => {
    expect(isCompleteSentence('Have been for 25 years.')).toBe(false);
    expect(isCompleteSentence('Have you been to the new site?')).toBe(true);
    expect(after("Thanks for the site visit. We're the largest independent roofer in the county, and have been for 25 years.", 'self_serving/best-in-the-business')).toEqual([]);
  });

  it('takes "More relevant to you," once what it compared with is gone', () => {
    expect(leansOnPrevious('More relevant to you, the new dashboard refreshes hourly.')).toBe(true);
    expect(after("Dear Ms Okafor,\n\nI'm delighted to share that we just raised a $40M Series B. More relevant to you, the new dashboard refreshes your stock data hourly.", 'self_serving/investors')).toEqual([
      'Dear Ms Okafor,\n\nThe new dashboard refreshes your stock data hourly.',
    ]);
  });

  it('offers no check-in with a blank for the news the rep has yet to write', () => {
    expect(after('Thanks for the call. I just wanted to touch base about the pallet quote.', 'timidity/just-wanted-to-touch-base')).toEqual([]);
  });
});

describe('a replacement answers what the prospect asked and decided', () => {
  it('offers no "let\'s talk value first" in place of the answer to their request for a lower rate', () => {
    expect(after("Thanks for the feedback on the renewal. On the question of a lower rate, I'll need to check with my manager before I can say anything.", 'timidity/check-with-my-manager')).toEqual([]);
    expect(after("Thanks for the call. Waiving the install fee isn't my decision, but I can ask my team lead if that would help.", 'timidity/check-with-my-manager')).toEqual([]);
  });

  it('says no "Before you decide" to a prospect who has decided', () => {
    expect(after("I'll drop by the depot on Friday to walk the site. You'll come crawling back once the cheaper racking fails.", 'hard_close/decision-dismissed')).toEqual([
      "I'll drop by the depot on Friday to walk the site. What's making the other option the better fit? I'd like to understand.",
    ]);
  });

  it('leaves no "every other school has already…" behind once "the only one left" goes', () => {
    const text = 'The course runs in June. Every other school in the county has already trained its kitchen staff with us, and it would be embarrassing to be the only one left.';
    expect(after(text, 'hard_close/scarcity-pressure')).toEqual(['The course runs in June.']);
  });

  it('leaves no sacrifice behind once the demand it backed goes', () => {
    const text = 'The quote is attached. I dropped two other jobs to fit your survey in on a Saturday, so the least you can do is get back to me.';
    // Not "…I dropped two other jobs to fit your survey in on a Saturday.": the same debt, without its demand.
    expect(after(text, 'hard_close/owe-a-reply')).not.toContain('The quote is attached. I dropped two other jobs to fit your survey in on a Saturday.');
    expect(after(text, 'hard_close/owe-a-reply')).toEqual([]);
  });

  it("puts no stock question in place of the rep's recommendation", () => {
    const advice = "The survey found two cracked housings. You need to replace all four pumps now, there's nothing left to weigh up.";
    expect(after(advice, 'hard_close/think-it-over-dismissed')).toEqual([]);
    const verdict = "The survey found two cracked housings. Frankly, your depot needs this, and there's nothing left to weigh up.";
    expect(after(verdict, 'hard_close/think-it-over-dismissed')).toEqual(["The survey found two cracked housings. What questions are still open for you? I'm happy to answer them."]);
  });

  it('reads a decision made by their board or trust, or a no the rep has already accepted, as made', () => {
    const decided = [
      'Thanks for letting me know the trust has picked another supplier for the boilers. No hard feelings at all!',
      "Totally understand, and thanks for the time you gave the trial. No hard feelings, I'll drop you a line next spring.",
    ];
    for (const text of decided) expect(after(text, 'timidity/no-hard-feelings')).not.toContainEqual(expect.stringContaining('Before you decide'));
    // Still undecided: the question is offered.
    expect(after('The trial kit is on its way to you. If you go another way, no hard feelings.', 'timidity/no-hard-feelings')).toContainEqual(expect.stringContaining('Before you decide'));
  });
});

describe('more of the same fault and pointers at what went', () => {
  it('offers no cut that leaves "a simple yes or no isn\'t much to ask", nor one that takes that ask', () => {
    const text = "Thanks for the quick reply. I spent three evenings redrawing the layout for you, so a simple yes or no isn't much to ask.";
    expect(after(text, 'self_serving/after-all-ive-done')).toEqual([]);
    // A removal of the flagged clause that holds the only ask is withheld, even though the ask is in the flagged words.
    const words = "so a simple yes or no isn't much to ask";
    const at = text.indexOf(words);
    const g = guardEdit(text, { start: at, end: at + words.length }, '', { span: { start: at, end: at + words.length }, protect: DEFAULT_PROTECT });
    expect('edit' in g ? 'offered' : `${g.withheld}: ${g.detail}`).toBe('drops: a simple yes or no');
  });

  it('offers no "[the paperwork]" where the rep named the order form', () => {
    expect(after("Thanks for the call. My quarter closes Friday, so let's get the order form signed.", 'hard_close/seller-reason-deadline')).not.toContainEqual(expect.stringContaining('[the paperwork]'));
  });
});

describe('round 13: the topic, the price, the prospect clause and the rep ask stay; no leftover fault; no contradiction', () => {
  it("withholds a removal that would take the email's only mention of what it is about", () => {
    const text = 'Hi Ines,\n\nThis is my fifth note about the kiln controllers, and I can see every one of them was read. Every day the old ones stay in costs you a batch.';
    expect(after(text, 'hard_close/counting-follow-ups')).toEqual([]);
  });

  it('keeps the stated price when the concession beside it goes', () => {
    const text = 'Thanks for the walkthrough. The retrofit comes to €48,500, and I can knock 8% off that if it helps you decide.';
    expect(after(text, 'timidity/concession-sweetener')).toEqual(['Thanks for the walkthrough. The retrofit comes to €48,500.']);
    expect(after(text, 'timidity/unprompted-discount')).toEqual(['Thanks for the walkthrough. The retrofit comes to €48,500.']);
  });

  it("never takes the clause of a model finding that tells the prospect what they get, nor blanks it with a template", () => {
    const text = "Our grading line would sort your apples in half the time, and frankly it's the best machine on the market, with four industry prizes behind it. The trial slot is open from the 9th.";
    const end = text.indexOf(' The trial');
    const guard = { span: { start: 0, end: 0 }, evidence: { start: 0, end }, protect: DEFAULT_PROTECT, stillFaulty: (s: string) => (/best machine|prizes/.test(s) ? ('sure' as const) : false) };
    const removal = guardEdit(text, { start: 0, end }, '', guard);
    // The cut that keeps the prospect's clause is inside the sentence: a model finding offers only whole-sentence edits.
    expect('edit' in removal ? text.slice(0, removal.edit.start) + removal.edit.replacement + text.slice(removal.edit.end) : removal.withheld).toBe('shape');
    const template = guardEdit(text, { start: 0, end }, 'For [their team], this means [the result they care about].', guard);
    expect('edit' in template ? 'offered' : template.withheld).toBe('drops');
  });

  it("offers no template that puts a blank in place of the rep's own ask and date, nor one that drops the meeting asked for", () => {
    expect(after('Good to see you at the expo. My director wants this booked before our half-year closes on the 28th, so could you send the signed order back by Tuesday?', 'hard_close/seller-reason-deadline')).toEqual([]);
    expect(after("That's my seventh voicemail about the freezer upgrade, and you must have heard at least one. I'll keep ringing your front desk until we book a call. The spec sheet is attached again.", 'hard_close/badgering-until')).toEqual([]);
  });

  it('flags the second clause carrying the same fault, so Apply takes it too or nothing', () => {
    expect(after('The fleet report you asked for is attached. We are so grateful you would even look at us, we honestly don\'t deserve your time.\n\nBest,', 'timidity/thanks-for-even-considering')).toEqual([
      'The fleet report you asked for is attached.\n\nBest,',
    ]);
    expect(after('Following up on the mixer quote from Monday. Truly, a bakery running your volumes needs this mixer, and your review has dragged on long enough.', 'hard_close/think-it-over-dismissed')).toEqual([
      "Following up on the mixer quote from Monday. What questions are still open for you? I'm happy to answer them.",
    ]);
    expect(after("The invoice for the rollout is €9,200 and I'm sorry the price is so high; I tried really hard to get it lower for you. The training day is included.", 'timidity/sorry-for-the-price')).toEqual([]);
  });

  it('says no "Before you decide" to a prospect the draft says has chosen someone else', () => {
    const text = "I hear you've chosen another supplier for the canteen contract. No hard feelings whatsoever!\n\nOur allergen matrix is attached in case your new caterer can use it.";
    expect(after(text, 'timidity/no-hard-feelings')).toEqual([]);
    // Where the prospect is still deciding, the same templates stand.
    const deciding = "I hear you're still weighing up the canteen contract. No hard feelings whatsoever!\n\nOur allergen matrix is attached in case it helps.";
    expect(after(deciding, 'timidity/no-hard-feelings')).toEqual([
      "I hear you're still weighing up the canteen contract. Before you decide, what would make this an easy yes for your team?\n\nOur allergen matrix is attached in case it helps.",
      "I hear you're still weighing up the canteen contract. If another option looks stronger, what is it doing better for you?\n\nOur allergen matrix is attached in case it helps.",
    ]);
  });

  it('offers no cut that leaves a bare "or," or takes the "and" joining two clauses', () => {
    expect(after('The new layout frees two bays. Glad to walk you through it on Monday at 10, or whenever you get a minute, honestly no stress.\n\nCheers,', 'timidity/whenever-you-get-a-chance')).toEqual([]);
    expect(after("The yard fills up in March. Send me the pallet count whenever you get a chance and I'll reserve the bay, no rush.\n\nBest,", 'timidity/whenever-you-get-a-chance')).toEqual([]);
  });
});

describe('round 16: what a cut leaves reads as a sentence, without the fault', () => {
  it('takes a filler that only commented on the removed clause (", of course")', () => {
    expect(after("The crew can be at your depot on 4 May to fit all twelve racks, if that's not too much of an imposition, of course.", 'timidity/if-not-too-much-trouble')).toEqual([
      'The crew can be at your depot on 4 May to fit all twelve racks.',
    ]);
  });
  it('takes a neighbouring clause that says the same fault, and keeps the point the apology led into', () => {
    expect(after("I'm sorry for writing again, I do not want to disturb you, but the drawings need your sign-off.", 'timidity/sorry-for-following-up')).toEqual([
      'The drawings need your sign-off.',
    ]);
  });
  it('reads a phrase opened by a preposition as no sentence, whatever the commas inside its numbers', () => {
    expect(isCompleteSentence('With over 1,200 kegs delivered every week.')).toBe(false);
    expect(isCompleteSentence('With 1,200 kegs a week, we can cover both of your sites.')).toBe(true);
  });
  it('offers no cut that leaves a "so" following from a reason no longer there', () => {
    expect(after('The boiler comes with a five-year warranty, and I need this one for my bonus, so let me know by Friday.', 'self_serving/need-this-deal')).toEqual([]);
  });
  it('reads "it means the world" left after a thank-you as the same gushing, and takes the whole sentence', () => {
    expect(after("I'll try again next spring. Thanks so much for even considering us, it means the world.", 'timidity/thanks-for-even-considering')).toEqual([
      "I'll try again next spring.",
    ]);
  });
  it('offers no cut that leaves an "and if it helps" with no main clause after it', () => {
    for (const rewrite of after("The frames can be ready by 9 June, and if it helps, I'll throw in the delivery for free.", 'timidity/concession-sweetener')) {
      expect(rewrite).not.toMatch(/and if it helps\.$/);
    }
  });
});

describe('round 17: pointers and leftovers the round-16 review found', () => {
  it('withholds a cut whose next clause gave its time ("since that\'s when…"), and takes the chain whole instead', () => {
    expect(after("The quote for both pumps is attached, and I can take 10% off if you sign by Friday, since that's when my quarter closes. The crew is free in May.", 'timidity/unprompted-discount')).toEqual([
      'The quote for both pumps is attached. The crew is free in May.',
    ]);
  });
  it('fills a blank with the rep\'s own words where the sentence named it ("the proposal")', () => {
    expect(after('The proposal for the Leeds depot is attached. I can see the proposal has been opened five times, so you\'ve clearly read it. The crew is free in May.', 'hard_close/read-receipt-guilt')[0]).toBe(
      'The proposal for the Leeds depot is attached. Happy to walk through the proposal if any questions came up. The crew is free in May.',
    );
  });
  it('reads "Anything beyond that…" as leaning on the sentence before it', () => {
    expect(leansOnPrevious("Anything beyond that I'd need to clear with head office.")).toBe(true);
    expect(leansOnPrevious('Anything you need for the audit is in the shared folder.')).toBe(false);
  });
  it('never leaves "I think I\'ve earned a yes or no" after the favour it was claimed for goes', () => {
    for (const text of after("The electric trucks cut your charging bill by £40 a week. I also put my neck on the line with our credit team to get you these terms, so I think I've earned a yes or no by tonight.", 'self_serving/out-on-a-limb')) {
      expect(text).not.toMatch(/earned/);
    }
  });
  it('puts a plain ask without the comma an aside left ("Would you, pass it…")', () => {
    expect(after("The robes ship on Friday. Would you maybe be able to, if it isn't too much bother, perhaps pass it round the governors at some point? The blazers wash at 40 degrees.", 'timidity/if-not-too-much-trouble')).toEqual([
      'The robes ship on Friday. Would you pass it round the governors? The blazers wash at 40 degrees.',
    ]);
  });
});

describe('round 18: splices, leftovers and emptied lines the round-17 review found', () => {
  it('names the rep\'s product with its kind ("our slotting engine"), not "[Our product]"', () => {
    expect(exampleAfter('Thanks for the walk round your cross-dock. Your warehouse needs our slotting engine, full stop.', 'hard_close/you-need-this')).toBe(
      'Our slotting engine could help your warehouse with [the problem they described].',
    );
  });
  it('takes "I know your mornings are hectic" with the apology for the length, leaving no comma splice', () => {
    expect(after('The notes sit in the same folder as the licence, and forgive the long email, I know your mornings are hectic.', 'timidity/sorry-for-the-length')).toEqual([
      'The notes sit in the same folder as the licence.',
    ]);
  });
  it('offers no cut that leaves two clauses spliced once the last "and" went', () => {
    for (const text of after("We run 40 trucks, our techs are all certified, and we've been voted the county's best contractor six years straight.", 'self_serving/awards-and-press')) {
      expect(text).not.toBe('We run 40 trucks, our techs are all certified.');
    }
  });
  it('withholds a cut discount that a later "that discount" still points at', () => {
    expect(after("The deck oven quote you asked for is attached: £24,500 installed. I'll throw in 8% off if you order this week. Take it by Thursday; come Friday, that discount is off the table.", 'timidity/concession-sweetener')).toEqual([]);
  });
  it('removes a "P.S." line whole, with its blank line', () => {
    expect(after('Hi Sam,\n\nThe quote is attached.\n\nP.S. I can knock another £1,000 off if that helps.\n\nCheers,\nJo', 'timidity/unprompted-discount')).toEqual([
      'Hi Sam,\n\nThe quote is attached.\n\nCheers,\nJo',
    ]);
    // A second postscript goes the same way: no empty "P.P.S." is left.
    expect(after('Hi Sam,\n\nThe quote is attached.\n\nP.S. The van is booked.\n\nP.P.S. I can knock another £1,000 off if that helps.\n\nCheers,\nJo', 'timidity/unprompted-discount')).toEqual([
      'Hi Sam,\n\nThe quote is attached.\n\nP.S. The van is booked.\n\nCheers,\nJo',
    ]);
  });
});

describe('after round 18: leftovers the last review named count as the fault still there', () => {
  it('offers no cut that leaves the workshop\'s "since 1921" as the boast', () => {
    for (const text of after("We've been stitching saddles in this workshop since 1921, four generations of craft.", 'self_serving/years-in-business')) {
      expect(text).not.toMatch(/since 1921/);
    }
  });
  it('offers no reply to a put-off the prospect never gave ("If now\'s not a good time…")', () => {
    expect(after("If now's not a good time, that's totally okay, I can try again later in the year.", 'timidity/see-you-next-year')).toEqual([]);
  });
  it('takes the grievance with the owed answer ("truly disappointed after spending two months…")', () => {
    expect(after("Thanks for the demo feedback, and you owe us an answer, as we're truly disappointed after spending two months building your demo.", 'hard_close/owe-a-reply')).toEqual([
      'Thanks for the demo feedback.',
    ]);
  });
});

describe('rounds 57 to 60: what a cut leaves around it', () => {
  it('takes a lead-in ("and I\'ll be straight,") with the clause it introduced', () => {
    expect(after("The route survey covers both yards, and I'll be straight, I still need two more deals before the month closes. Could we walk the site on Friday?", 'self_serving/my-quota')).toEqual([
      'The route survey covers both yards. Could we walk the site on Friday?',
    ]);
  });

  it('ends the statement left plainly once the exclaimed clause goes, but a greeting keeps its "!"', () => {
    expect(after("The sizing chart and the fabric swatches are attached, and sorry this note turned into a novel! Which colour suits the hall?", 'timidity/sorry-for-the-length')).toEqual([
      'The sizing chart and the fabric swatches are attached. Which colour suits the hall?',
    ]);
    expect(after("Lovely to meet you at the trade fair, and sorry this note turned into a novel! The swatches are attached.", 'timidity/sorry-for-the-length')).toEqual([
      'Lovely to meet you at the trade fair! The swatches are attached.',
    ]);
  });

  it('reads a participle phrase left alone ("Dating back to 1887.") as no sentence', () => {
    expect(isCompleteSentence('Dating right back to 1887.')).toBe(false);
    expect(isCompleteSentence('Starting on the 12th with the first crew.')).toBe(false);
    expect(isCompleteSentence('Shipping from our depot takes two days.')).toBe(true);
    expect(isCompleteSentence('Nothing in the quote has changed.')).toBe(true);
  });

  it('removes a P.S. that would only say "Thank you."', () => {
    expect(after("The tasting menu is attached.\n\nP.S. Thank you so much for even reading this far.\n\nBest,\nNoor", 'timidity/thanks-for-even-considering')).toEqual([
      'The tasting menu is attached.\n\nBest,\nNoor',
    ]);
  });

  it('leaves no bare "We\'re a family firm." once the generations go', () => {
    expect(after("The hinges are forged to your drawing. We're a family firm, the fifth generation of smiths in this valley. Delivery is ten days.", 'self_serving/years-in-business')).toEqual([
      'The hinges are forged to your drawing. Delivery is ten days.',
    ]);
  });
});

describe('rounds 59 and 60: leftovers that still carry the fault', () => {
  it('takes "no stress if you\'re…" with the other let-off, and the count of attempts with the guilt', () => {
    expect(after("The samples go out Monday. Ping me if you'd like a set, though no stress if you're snowed under.", 'timidity/no-pressure')).toEqual([
      'The samples go out Monday. Ping me if you\'d like a set.',
    ]);
    expect(after('The tiles are in stock. This is our third approach, and frankly we expected the courtesy of a reply by now. The price list is attached.', 'hard_close/owe-a-reply')).toEqual([
      'The tiles are in stock. The price list is attached.',
    ]);
  });
});

describe('rounds 61 and 62: what a cut leaves pointing at what went', () => {
  it('offers no cut that leaves "…, and because I\'m desperate." without the clause it led into', () => {
    expect(after("The kit comes to £940 delivered, and because I'm a bit desperate to hit my numbers I could take another 10% off if you order by Friday.", 'self_serving/my-quota')).toEqual([]);
  });

  it('leaves no "Thank you, it means a great deal." nor "It means a great deal." once what it thanked for went', () => {
    expect(after('Dear Mr Osei,\n\nThank you so much for even considering us, it truly means a great deal. The harness spec is attached.', 'timidity/thanks-for-even-considering')).toEqual([
      'Dear Mr Osei,\n\nThe harness spec is attached.',
    ]);
  });

  it('reads the rest of a list left without its verb as no sentence', () => {
    expect(isCompleteSentence('A gold medal and a Best Employer ranking, both this year.')).toBe(false);
    expect(isCompleteSentence('A courier is booking the slot now.')).toBe(true);
  });

  it('offers no cut that leaves "by then" once the date it pointed at went', () => {
    expect(after('My manager wants this signed before our quarter-end on the 30th, so could you confirm by then? The schedule is attached.', 'self_serving/my-quarter-end')).toEqual([]);
  });
});

describe('rounds 63 and 64: the rest of a boast, a debt or a push still reads as the fault', () => {
  it('takes a list of credentials whole, not one item of it', () => {
    expect(after('The jars are £2.10 each. We have collected three gold stars, supply two hotel chains and were named Preserve Maker of the Year. Samples follow on Monday.', 'self_serving/awards-and-press')).toEqual([
      'The jars are £2.10 each. Samples follow on Monday.',
    ]);
  });

  it('leaves no "every shop on your street already stocks ours" once "don\'t be the only one" goes', () => {
    expect(after("The display stand adds £12, and every shop on your street already stocks ours, so don't be the only one left out. The order form is attached.", 'hard_close/competitors-already')).toEqual([
      'The display stand adds £12. The order form is attached.',
    ]);
  });

  it('leaves no "After the hours I spent…" once the debt it backed goes', () => {
    expect(after('The spec sheet is attached. After the hours I spent measuring those rooms for you, I think I am owed at least a straight answer.', 'hard_close/owe-a-reply')).toEqual([
      'The spec sheet is attached.',
    ]);
  });
});

describe('rounds 65 and 66: more leftovers of the same fault', () => {
  it('takes "I do go on." with the apology for the length, and "any date is fine" with the other let-off', () => {
    expect(after('The kiln schedule is attached. Sorry this one is so long, I do go on.', 'timidity/sorry-for-the-length')).toEqual([
      'The kiln schedule is attached.',
    ]);
    expect(after("I could bring the sample board on 3 May, though honestly any date is fine, there's no hurry at all on my side.", 'timidity/no-pressure')).toEqual([
      'I could bring the sample board on 3 May.',
    ]);
  });

  it('leaves no "I\'ve held this price three times now" and no "the least I\'d hope for" once the debt goes', () => {
    expect(after("I've held this price three times now, and after the visits I made on my own weekends, I think I've earned a straight answer. The swatches are attached.", 'self_serving/after-all-ive-done')).toEqual([
      'The swatches are attached.',
    ]);
  });

  it('reads "For how long my last note ran." as no sentence', () => {
    expect(isCompleteSentence('For how long my last note ran.')).toBe(false);
    expect(isCompleteSentence('For how long will the price hold?')).toBe(true);
  });
});

describe('rounds 67 and 68: "done so" and "I always write too much"', () => {
  it('offers no cut that leaves "we have done so…" pointing at the claim that went', () => {
    expect(after('The kiln suits your studio. We are the only supplier in the county to stock every glaze range, and we have done so for twenty years. The price is £3,200.', 'self_serving/best-in-the-business')).toEqual([]);
  });

  it('takes "I always write far too much." with the apology for the length', () => {
    expect(after('The readers take both film sizes. Forgive the essay, I always write far too much. The quote is attached.', 'timidity/sorry-for-the-length')).toEqual([
      'The readers take both film sizes. The quote is attached.',
    ]);
  });
});

describe('rounds 75 and 76: a second apology object, and the same fault in other words', () => {
  it('reads what was the second object of a cut apology as no sentence, and takes the apology whole', () => {
    expect(isCompleteSentence('For any trouble the delivery may have caused.')).toBe(false);
    expect(isCompleteSentence('For that price we can fit both doors.')).toBe(true);
    expect(isCompleteSentence("For the kitchen I'd suggest the oak.")).toBe(true);
    expect(after('The tiles arrive on Thursday. I apologise for the length of this note, and for any fuss the survey caused.', 'timidity/sorry-for-the-length')).toEqual([
      'The tiles arrive on Thursday.',
    ]);
  });

  it('leaves no "still family owned" once the founding year goes', () => {
    expect(after('Established in 1952, Harrow Glass is still family owned. The panes are £40 each.', 'self_serving/years-in-business')).toEqual([]);
  });

  it('leaves no "please don\'t go with the other installer" once the rep\'s feelings go', () => {
    expect(after("The survey is booked for the 4th, and please don't go with the other installer, I'd be crushed after all my work on this.", 'timidity/feel-terrible')).toEqual([
      'The survey is booked for the 4th.',
    ]);
  });
});

describe('rounds 77 to 80: asks to keep, and more of the same fault in other words', () => {
  it('keeps "a quick yes", the answer the rep asks for, even beside their quota', () => {
    expect(after('The sauna pays for itself in two years, and a quick yes would do wonders for my quota.', 'self_serving/my-quota')).toEqual([]);
  });

  it('keeps "Ring me today", the rep\'s one ask, when only the model reads the push round it', () => {
    expect(textsAfterApply("The price is £40 a unit. Ring me today, or don't bother ringing at all.", 'model/hard_close', analyze)).toEqual([]);
  });

  it('takes "I shan\'t trouble you again" with the thanks for reading', () => {
    expect(after("The boards are £18 each. Thank you for even reading this, and I shan't trouble you again.", 'timidity/thanks-for-even-considering')).toEqual([
      'The boards are £18 each.',
    ]);
  });

  it('leaves no "I\'m conscious it\'s a lot of money" or "I know it is a lot of money" once the price cut goes', () => {
    expect(after("The quote you asked for is attached at £4,200. I'm conscious it's a lot of money, so I'm sorry, and I could drop it to £3,500 if that helps.", 'timidity/concession-sweetener')).toEqual([
      'The quote you asked for is attached at £4,200.',
    ]);
    expect(after('The quote you asked for is attached at £4,200. I know it is a lot of money, and I would happily knock 10% off if that helps.', 'timidity/unprompted-discount')).toEqual([
      'The quote you asked for is attached at £4,200.',
    ]);
  });

  it('leaves no "I am only small company." once the apology for the intrusion goes', () => {
    expect(after('I am writing again about the walk-in freezer. Please forgive me for disturbing you again, I know you are very busy and I am only small company. Could you look at the quote?', 'timidity/i-know-youre-busy')).toEqual([]);
  });

  it('offers no cut of the hedges that leaves "if that might be acceptable to you?"', () => {
    expect(after('Could we perhaps maybe trial the new hoses for a month, if that might be acceptable to you?', 'timidity/stacked-hedges')).toEqual([]);
  });
});

describe('rounds 85 to 88: the question kept a question, the shared subject, and what points back', () => {
  it('closes a question on "?" once the release after it goes', () => {
    expect(after('Could Thursday at 10 suit you for a walk round the loading bay, but no worries at all if not!', 'timidity/no-worries-if-not')).toEqual([
      'Could Thursday at 10 suit you for a walk round the loading bay?',
    ]);
  });

  it('keeps the subject the cut apology shared with the rep\'s offer', () => {
    expect(after('I apologise for the length of this note, and would welcome the chance to walk your trustees through the survey on 9 May.', 'timidity/sorry-for-the-length')).toEqual([
      'I would welcome the chance to walk your trustees through the survey on 9 May.',
    ]);
  });

  it('leaves no "the last in the county" or "the one that couldn\'t keep up" once the peers who moved go', () => {
    expect(after('Every other library in the borough has already switched to self-service, and Elmfield is starting to look like the one that couldn\'t keep up.', 'hard_close/competitors-already')).toEqual([]);
    expect(after('The audit form is attached. A hall of your size would hardly want to be the last in the district without a certificate, when every other hall has already signed up.', 'hard_close/competitors-already')).toEqual([
      'The audit form is attached.',
    ]);
  });

  it('leaves no "may seem a lot" once the unasked discount goes', () => {
    expect(after('The 40 planters come to £3,600 fitted, which I know may seem a lot, so I\'d be glad to knock 10% off if you like.', 'timidity/unprompted-discount')).toEqual([
      'The 40 planters come to £3,600 fitted.',
    ]);
  });

  it('takes "ever since…" with the heritage line it hung from', () => {
    expect(after('We have been sharpening blades for four generations, ever since my great-grandfather opened the forge in 1921.', 'self_serving/years-in-business')).toEqual([]);
  });

  it('offers no removal where the next sentence comments on the removed one', () => {
    expect(textsAfterApply('The new boiler would halve your heating bill. My firm has fitted boilers in two cathedrals and we were on the television news last year. I hope that doesn\'t come across as showing off, and I would hate for you to think less of us. The survey takes an hour.', 'model/self_serving', analyze)).toEqual([]);
  });

  it('keeps a line saying what is attached', () => {
    expect(after("The price list's attached, and sorry it's such a long list, I got a bit carried away.", 'timidity/sorry-for-the-length')).toEqual([
      "The price list's attached.",
    ]);
  });

  it('reads what a cut threat or cost leaves, "Failing a reply by Monday." or "Going by your meter readings.", as no sentence', () => {
    expect(isCompleteSentence('Failing a reply by Monday.')).toBe(false);
    expect(isCompleteSentence('Going by your meter readings.')).toBe(false);
    expect(isCompleteSentence('Going by your meter readings, the boiler uses twice what a new one would.')).toBe(true);
    expect(after("The boiler is eleven years old. Going by your meter readings, every month you put this off costs about £90, so waiting really isn't an option. I can survey on Monday.", 'hard_close/cost-of-delay')).toEqual([]);
  });

  it('offers no cut that leaves "Tell you what, sign by Thursday." without the rep\'s side of the deal', () => {
    expect(isCompleteSentence('Tell you what, sign by Thursday.')).toBe(false);
    expect(after("The quote is attached; sorry it's so high. Tell you what, say yes by Thursday and I'll throw in the fitting for free. Let me know.", 'timidity/concession-sweetener')).toEqual([]);
  });

  it('offers no cut that leaves "we have, I might add." once the award it led to goes', () => {
    expect(isCompleteSentence('Our price list is attached; we have, I might add.')).toBe(false);
  });

  it('leaves no "I\'m sure I\'m the last person you want to hear from" once the apology for writing goes', () => {
    expect(after("Dear Ms Hart,\n\nPlease forgive me for writing yet again, I'm sure I'm the last person you want to hear from. The survey found damp in two rooms.", 'timidity/sorry-for-following-up')).toEqual([]);
  });

  it('puts no "make this a priority" sentence first in an email, before anything is offered', () => {
    expect(after("Dear Mr Lowe,\n\nPlease feel free to delete this if it's of no interest at all. I was hoping to drop the samples in on Thursday, if that suits?", 'timidity/feel-free-to-ignore')).toEqual([]);
  });
});

describe('rounds 93 to 96: more of the fault in other words, and a lead-in left alone', () => {
  it('takes "I know you\'ve got loads on" with the apology for chasing', () => {
    expect(after("Hi Jo,\n\nSorry for chasing, I know you've got loads on.\n\nThe weekly hire is £120 as quoted.", 'timidity/sorry-for-following-up')).toEqual([
      'Hi Jo,\n\nThe weekly hire is £120 as quoted.',
    ]);
  });

  it('takes "I know it\'s a hectic time of year" with the apology it excuses', () => {
    expect(after("Hi Sam,\n\nSorry to chase you, I know it's a hectic time of year. The revised quote is attached.", 'timidity/sorry-to-bother')).toEqual([
      'Hi Sam,\n\nThe revised quote is attached.',
    ]);
  });

  it('reads "Got to say," as a lead-in, and "more kilns than any other firm" as the boast left', () => {
    expect(isCompleteSentence('Got to say.')).toBe(false);
    expect(after('The kiln quote you asked for is attached. We have relined more kilns than any other firm in Wales, and we won the Heritage Craft Award this spring.', 'self_serving/awards-and-press')).toEqual([
      'The kiln quote you asked for is attached.',
    ]);
  });
});

