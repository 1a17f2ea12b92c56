/**
 * The plain ask inside a hedged or announced one, and where Apply uses it: a sentence whose purpose is an ask keeps
 * the ask, stated once and plainly, instead of losing it with the hedges. Sentences here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { applyRewrite } from '../../src/analyzer';
import { analyze } from './apply-helpers';
import { plainAsk } from '../../src/analyzer/plain-ask';

/** The text after each rewrite a finding of `rule` offers. */
function applied(text: string, rule: string): string[] {
  const f = analyze(text, { sensitivity: 'strict' }).findings.find((x) => x.rule === rule);
  expect(f, `${rule} should flag "${text}"`).toBeDefined();
  return f!.rewrites.map((r) => applyRewrite(text, f!, r).text);
}

describe('plainAsk', () => {
  it('turns an embedded, hedged question into a direct one', () => {
    expect(plainAsk('I was wondering if perhaps you’d maybe be open to hearing a bit about the dispatch board, if it’s not an imposition.')).toBe('Would you be open to hearing about the dispatch board?');
    expect(plainAsk('I wanted to see whether you might have a few minutes sometime to go over the soil results.')).toBe('Could you have a few minutes to go over the soil results?');
    expect(plainAsk("Just checking in to see if you've had a chance to read the kiln survey.")).toBe('Have you had a chance to read the kiln survey?');
    expect(plainAsk("Just circling back to see if you'd had a chance to sign the lease addendum.")).toBe('Have you had a chance to sign the lease addendum?');
  });

  it('strips hedges and a closing aside from a question that is already one', () => {
    expect(plainAsk('I was thinking maybe we could possibly walk your shift leads through the rota, if that works for you?')).toBe('Could we walk your shift leads through the rota?');
    expect(plainAsk("Could you perhaps send the boiler readings, if it's not too much trouble?")).toBe('Could you send the boiler readings?');
  });

  it('asks "Have you had…?" of something they may already have done, never "Could you have had…?"', () => {
    expect(plainAsk('I was wondering if you might possibly have had a moment to look at the quote, if it is not too much trouble.')).toBe('Have you had a moment to look at the quote?');
  });

  it('asks them to consider a proposal, never "could you want to…"', () => {
    expect(plainAsk("I was sort of wondering if you might maybe want to think about a trial run of the van racking, if that's alright.")).toBe('Could you consider a trial run of the van racking?');
    expect(plainAsk('I wondered if you might want to send over the floor plan.')).toBe('Could you send over the floor plan?');
  });

  it('finds no ask in a statement or a bare hedge', () => {
    expect(plainAsk('The new fryers cut oil use by a third.')).toBeUndefined();
    expect(plainAsk('It might perhaps be useful for your depot, possibly.')).toBeUndefined();
    expect(plainAsk('I was wondering if you had?')).toBeUndefined();
    expect(plainAsk('?')).toBeUndefined();
    expect(plainAsk('Hi Dana,\nwould you maybe be free on Tuesday?')).toBeUndefined();
  });
});

describe('Apply keeps a hedged ask', () => {
  it('stacked hedges become the plain question, not a stock sentence', () => {
    const text = 'Thanks for the tour of the bakery. I was wondering if perhaps you might possibly be open to a tasting of the new rye line?';
    expect(applied(text, 'timidity/stacked-hedges')[0]).toBe('Thanks for the tour of the bakery. Would you be open to a tasting of the new rye line?');
  });

  it('an announced follow-up keeps the question it carried, never "An update see if…"', () => {
    const text = "Hope the audit went well. Just wanted to check in and see if you'd had a chance to look at the boiler quote.";
    const after = applied(text, 'timidity/just-wanted-to-touch-base');
    expect(after[0]).toBe('Hope the audit went well. Have you had a chance to look at the boiler quote?');
    expect(after.join('\n')).not.toMatch(/An update see/);
  });

  it('removing an aside that leaves the hedged ask puts the ask plainly instead of deleting the sentence', () => {
    const text = 'Our crews start in March. I was wondering if maybe you’d perhaps be open to hearing about the gutter program, if it’s not an imposition. The price list is attached.';
    expect(applied(text, 'timidity/if-not-too-much-trouble')).toEqual([
      'Our crews start in March. Would you be open to hearing about the gutter program? The price list is attached.',
    ]);
  });
});

describe('a demand put as the rep\'s need becomes a plain ask', () => {
  it('"I need you to…" and "I need to know if…" read as questions', () => {
    expect(plainAsk('I need you to confirm the headcount today.')).toBe('Could you confirm the headcount today?');
    expect(plainAsk('I really need you to send the floor plan.')).toBe('Could you send the floor plan?');
    expect(plainAsk("I need to know if you're keeping the Tuesday slot.")).toBe('Are you keeping the Tuesday slot?');
    expect(plainAsk('I need you to.')).toBeUndefined();
  });

  it('is no question when the demand carries a second statement, which a question mark would garble', () => {
    expect(plainAsk("I need you to confirm the headcount, and I won't chase again.")).toBeUndefined();
    expect(plainAsk("I need you to sign the form, and I'll send the keys on Monday.")).toBeUndefined();
    expect(plainAsk('I need you to confirm the numbers; I have to book the coach.')).toBeUndefined();
    // A purpose, or a list, still belongs to the ask.
    expect(plainAsk('I need you to pick a date, so we can book the hall.')).toBe('Could you pick a date, so we can book the hall?');
    expect(plainAsk('I need you to send the plans, the permit and the deposit.')).toBe('Could you send the plans, the permit and the deposit?');
  });

  it('a removal that leaves "I need you to…" standing asks it plainly instead', () => {
    const text = "I need you to confirm the headcount, or there will be no room left for you, and I won't chase again.";
    expect(applied(text, 'model/hard_close')).toEqual(['Could you confirm the headcount?']);
  });
});

describe('hedges set off by commas', () => {
  it('go with their commas', () => {
    expect(plainAsk('Would you possibly, maybe, have ten minutes on Tuesday?')).toBe('Would you have ten minutes on Tuesday?');
    expect(plainAsk('Could we, perhaps, set up a call next week?')).toBe('Could we set up a call next week?');
    expect(plainAsk('Would you maybe have time on Monday, Tuesday or Friday?')).toBe('Would you have time on Monday, Tuesday or Friday?');
  });
});

describe('courtesy conditions inside the ask (round 60)', () => {
  it('go with their commas, and "a moment" is asked with "Do you have"', () => {
    expect(plainAsk("I was wondering whether you might have had a chance, if it isn't too much trouble, to read the tasting notes.")).toBe('Have you had a chance to read the tasting notes?');
    expect(plainAsk('I wondered if you could, if possible, send the site plan.')).toBe('Could you send the site plan?');
    expect(plainAsk('I wondered whether you might have a spare minute to look at the floor plan.')).toBe('Do you have a spare minute to look at the floor plan?');
    expect(plainAsk('Would you have a look at the floor plan?')).toBe('Would you have a look at the floor plan?');
  });
});

describe('an ask the hedges were wrapped round (rounds 34 and 60)', () => {
  it('drops "honestly no rush" with the hedge, and keeps the ask the model only half reads as timid', () => {
    expect(plainAsk("Just bobbing up to see if you've had a chance to read it, honestly no rush at all.")).toBe("Have you had a chance to read it?");
    expect(plainAsk("Just bobbing up to see if you've had a chance to read it, honestly.")).toBe("Have you had a chance to read it?");
    expect(applied("The fabric book is attached. I only wondered whether you might perhaps have had a chance, if it isn't too much trouble, to look at the linen swatches. Each swatch is washed twice.", 'timidity/if-not-too-much-trouble')).toEqual([
      'The fabric book is attached. Have you had a chance to look at the linen swatches? Each swatch is washed twice.',
    ]);
  });
});
