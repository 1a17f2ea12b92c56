/**
 * Apply is offered only for the shapes of edit reviewers judged reliable (src/analyzer/rewrite-shape.ts): a rule's
 * whole sentence, lead-in, last clause, deadline phrase or bracketed aside; a model finding's whole sentence. And no
 * edit takes a clause the analyser reads as plainly clean with the fault. Every case asserts what the rep would see:
 * the text after Apply, or a finding shown without a button.
 */
import { describe, expect, it } from 'vitest';
import { applyRewrite } from '../../src/analyzer';
import { analyze } from './apply-helpers';
import { editShape } from '../../src/analyzer/rewrite-shape';

/** The text after each rewrite a finding of `rule` offers on `text`. */
function afterApply(text: string, rule: string): string[] {
  const finding = analyze(text).findings.find((f) => f.rule === rule);
  expect(finding, `${rule} should flag "${text}"`).toBeDefined();
  return finding!.rewrites.map((r) => applyRewrite(text, finding!, r).text);
}

/** The shape of the edit that replaces `old` (found in `text`) with `replacement`. */
function shapeOf(text: string, old: string, replacement: string) {
  const start = text.indexOf(old);
  const edit = { start, end: start + old.length, replacement };
  return editShape(text, { start: 0, end: text.length }, edit);
}

describe('the shape of an edit in its sentence', () => {
  it('tells a whole sentence, a lead-in, a last clause, a deadline phrase, an aside and a cut from inside apart', () => {
    expect(shapeOf('Sorry for the long email.', 'Sorry for the long email.', '')).toBe('sentence');
    expect(shapeOf('Sorry to nag, but could you send the count?', 'Sorry to nag, but c', 'C')).toBe('first-clause');
    expect(shapeOf('The plan is attached, and sorry it is late.', ', and sorry it is late', '')).toBe('last-clause');
    expect(shapeOf('If you sign by Friday, the crew is yours.', ' by Friday', '')).toBe('deadline');
    expect(shapeOf('The pump (sorry, I know) halves your bills.', ' (sorry, I know)', '')).toBe('aside');
    expect(shapeOf('The spares come Tuesday, sorry, and the fitter Thursday.', ', sorry', '')).toBe('inner');
  });

  it('tells the reason given for a claim apart from a last clause that only adds to it', () => {
    const text = "Everyone on your street has switched, so you'd be the last one left.";
    expect(shapeOf(text, ", so you'd be the last one left", '')).toBe('reason');
    expect(shapeOf('Sign it today because my bonus depends on it.', ' because my bonus depends on it', '')).toBe('reason');
    expect(shapeOf('The fitter can come on Friday, as you asked.', ', as you asked', '')).toBe('last-clause');
    expect(shapeOf('Thank you so much for reading it.', ' so much for reading it', '')).toBe('last-clause');
  });
});

describe('what Apply offers', () => {
  it("withholds a rule's cut from the middle of a sentence: the highlight and advice stay, without a button", () => {
    const text = 'The loom spares arrive on Tuesday, sorry for going on about it, and the fitter can come on Thursday.';
    const finding = analyze(text).findings.find((f) => f.rule === 'timidity/sorry-for-the-length')!;
    expect(finding.text).toBe('sorry for going on');
    expect(finding.rewrites).toEqual([]);
  });

  it('gives a better sentence to adapt by hand only where no rewrite is offered, its slots filled from the sentence', () => {
    const offered = analyze('Your quote is attached, and honestly you\'d be mad to go with anyone else.').findings[0]!;
    expect(offered.rewrites).not.toEqual([]);
    expect(offered.example).toBeUndefined();
    const text = 'The spares ship on Monday, you really need this upgrade, and the fitter can come on Thursday.';
    const withheld = analyze(text).findings.find((f) => f.rule === 'hard_close/you-need-this')!;
    expect(withheld.rewrites).toEqual([]);
    expect(withheld.example).toBe('This upgrade could help with [the problem they described].');
  });

  it("still offers a rule's removal of an apologetic lead-in, leaving the ask", () => {
    expect(afterApply('Sorry to nag you again, but could your buyer send over the pallet count?', 'timidity/sorry-to-bother')).toEqual([
      'Could your buyer send over the pallet count?',
    ]);
  });

  it('keeps a clause the analyser reads as plainly clean: the cut takes only the concession, and no template replaces the sentence', () => {
    const text = 'Harnesses, ropes and helmets are all included, and we could probably waive the booking fee entirely if that makes things easier for the club.';
    expect(afterApply(text, 'timidity/unprompted-discount')).toEqual(['Harnesses, ropes and helmets are all included.']);
  });

  it('cuts a reason from its claim only where the claim left reads free of the fault, else takes both halves', () => {
    // The claim that stays is the same appeal ("everyone has switched"): the sentence goes whole.
    const text = "The deck ovens ship in May. Nearly every bakery on your street has switched to us already, so you'd be the last one still on the old ovens.";
    expect(afterApply(text, 'hard_close/competitors-already')).toEqual(['The deck ovens ship in May.']);
    // A plain fact stays when its pressure goes.
    expect(afterApply('The freight rates move on 1 March, so you will want to lock this in today.', 'hard_close/act-now')).toEqual([
      'The freight rates move on 1 March.',
    ]);
  });

  it("withholds a model finding's cut that keeps the rest of the sentence, and offers its whole-sentence removal", () => {
    const kept = 'We would send the wiring plan to your site engineer for approval, and honestly it would be brilliant for our showreel to film the install.';
    const inside = analyze(kept).findings.find((f) => f.rule === 'model/self_serving')!;
    expect(inside.rewrites).toEqual([]);
    // The better sentence is still there, to write by hand.
    expect(inside.example).toBe('For [their team], this means [the result they care about].');
    const alone = 'The wiring plan is attached. Honestly it would be brilliant for our showreel to film the install.';
    expect(afterApply(alone, 'model/self_serving')[0]).toBe('The wiring plan is attached.');
  });
});
