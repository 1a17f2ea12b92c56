/** What a rewrite replaces and what applying it gives: units, slots, removal, capitalisation, name runs, previews. */
import { analyze, textsAfterApply } from './apply-helpers';
import { describe, expect, it } from 'vitest';
import {
  applyRewrite, extendNameRun, fillRewrite, findingSpanEnd, previewRewrite, replaceUnit, rewriteContext, rewriteEdit,
} from '../../src/analyzer';
import { fillTemplates, literalRewrites, templateEdit, type TextRange } from '../../src/analyzer/rewrite';
import { loadRules } from '../../src/analyzer/rules';
import { RuleError } from '../../src/analyzer/rule-error';
import { splitSentences } from '../../src/analyzer/text';

/** The unit's text for the span `words` (its first occurrence) of `sentence`. */
function unitOf(sentence: string, words: string, scope: 'clause' | 'sentence' = 'clause'): string {
  const at = sentence.indexOf(words);
  const u = replaceUnit(sentence, at, at + words.length, scope);
  return sentence.slice(u.start, u.end);
}

/** Fill `template` for the span `words` of `sentence`, as analyze() would. */
function fill(sentence: string, words: string, template: string, scope: 'clause' | 'sentence' = 'clause'): string {
  const at = sentence.indexOf(words);
  const u = replaceUnit(sentence, at, at + words.length, scope);
  return fillRewrite(template, rewriteContext(sentence, at, at + words.length, u));
}

/** Apply a filled rewrite to the span `words` (in the sentence holding it) and return the whole text. */
function apply(text: string, words: string, template: string, scope: 'clause' | 'sentence' = 'clause'): string {
  const at = text.indexOf(words);
  const s = splitSentences(text).find((x) => x.start <= at && at < x.end)!;
  const u = replaceUnit(s.text, at - s.start, at - s.start + words.length, scope);
  const rewrite = fillRewrite(template, rewriteContext(s.text, at - s.start, at - s.start + words.length, u));
  return applyTemplate(text, { start: s.start + u.start, end: s.start + u.end }, rewrite);
}

/** What Apply gives for a filled template on a unit, through the literal form a finding carries. */
function applyTemplate(text: string, unit: TextRange, filled: string): string {
  const { replace, rewrites } = literalRewrites(text, unit, [filled]);
  return applyRewrite(text, { replace }, rewrites[0]!).text;
}

describe('replaceUnit', () => {
  const s = 'Five of your competitors already use our platform, and I\'d hate for you to fall behind.';

  it('takes the clause between the boundaries around the span; the last clause keeps the final punctuation', () => {
    expect(unitOf(s, 'Five of your competitors already use')).toBe('Five of your competitors already use our platform');
    expect(unitOf(s, "I'd hate")).toBe("and I'd hate for you to fall behind.");
    expect(unitOf(s, 'Five of your competitors', 'sentence')).toBe(s);
  });

  it('splits at ; and ": " and spaced dashes, but not inside 1,000 or 9:30 or a hyphenated word', () => {
    const t = 'We ship 1,000 units at 9:30 — re-routing included; call me: it helps - honestly.';
    expect(unitOf(t, 'units')).toBe('We ship 1,000 units at 9:30');
    expect(unitOf(t, 'included')).toBe('re-routing included');
    expect(unitOf(t, 'call')).toBe('call me');
    expect(unitOf(t, 'it helps')).toBe('it helps');
    expect(unitOf(t, 'honestly')).toBe('honestly.');
    expect(unitOf('Short—and sweet.', 'sweet')).toBe('and sweet.');
  });

  it('grows to contain a span that crosses a boundary', () => {
    expect(unitOf('Hi Sam, you need this, and soon, or else.', 'this, and soon')).toBe('you need this, and soon');
  });
});

describe('name runs', () => {
  it('a span ending on a capitalised word grows to the end of the name', () => {
    const t = 'As featured in Logistics Weekly Europe, we lead.';
    const end = t.indexOf('Logistics') + 'Logistics'.length;
    expect(t.slice(0, extendNameRun(t, end))).toBe('As featured in Logistics Weekly Europe');
    expect(extendNameRun('our tool Is great', 'our tool'.length)).toBe('our tool'.length);
  });

  it('a span never ends on a dangling ", but"', () => {
    const t = "I'm sorry to push, but have you had any thoughts?";
    expect(t.slice(4, findingSpanEnd(t, 4, t.indexOf('but') + 3))).toBe('sorry to push');
  });
});

describe('fillRewrite: slots, spaces, capitalisation, final punctuation', () => {
  const t = 'Honestly, we can start on May 3 if you need this, and the sooner the better.';

  it('{before} and {after} are the unit around the span, tidied', () => {
    expect(fill(t, 'if you need this', '{before} when it suits you', 'clause')).toBe('we can start on May 3 when it suits you');
    expect(fill('We can start on May 3 if you need this.', 'if you need this', '{before} when it suits you')).toBe('We can start on May 3 when it suits you.');
    expect(fill('Sorry to bother you, but is Friday good?', 'Sorry to bother you', 'Quick question: {after}', 'sentence')).toBe('Quick question: is Friday good?');
    expect(fill('Sorry to bother you.', 'Sorry to bother you', 'Quick question: {after}', 'sentence')).toBe('Quick question.');
  });

  it('capitalises at a sentence start, lower-cases template words inside one, keeps "I" and a slot\'s own case', () => {
    expect(fill('sorry to bother you.', 'sorry to bother you', "i'll keep this short")).toBe("I'll keep this short.");
    expect(fill('Hi Sam, sorry to bother you.', 'sorry to bother you', 'One idea for [their goal]')).toBe('one idea for [their goal].');
    expect(fill('Hi Sam, sorry to bother you.', 'sorry to bother you', "I'll keep this short")).toBe("I'll keep this short.");
    expect(fill('Hi Sam, Acme needs this.', 'needs this', '{before} could use [the result]')).toBe('Acme could use [the result].');
    expect(fill('Hi, do you need this today?', 'do you need this', '{after} works')).toBe('today works?');
  });

  it('keeps the original final punctuation unless the rewrite has its own', () => {
    expect(fill('Do you need this?', 'you need this', 'Is [the result] worth a look', 'sentence')).toBe('Is [the result] worth a look?');
    expect(fill('Do you need this?', 'you need this', 'This helps with [the problem].', 'sentence')).toBe('This helps with [the problem].');
  });
});

describe('applyRewrite and rewriteEdit', () => {
  it('replaces the unit with the filled rewrite; start/end locate the inserted text', () => {
    const text = "Hi Sam. Five of your competitors already use our platform, and I'd hate for you to fall behind.";
    const at = text.indexOf('Five');
    const u = replaceUnit(text.slice(8), at - 8, at - 8 + 36, 'clause');
    const replace = { start: u.start + 8, end: u.end + 8 };
    const r = applyRewrite(text, { replace }, "Here's what we've seen at [comparable company]");
    expect(r.text).toBe("Hi Sam. Here's what we've seen at [comparable company], and I'd hate for you to fall behind.");
    expect(r.text.slice(r.start, r.end)).toBe("Here's what we've seen at [comparable company]");
    expect(rewriteEdit(text, { replace }, 'x')).toEqual({ start: replace.start, end: replace.end, replacement: 'x' });
  });

  it('"" removes a first clause with its boundary and a following "but", capitalising the new start', () => {
    const text = 'Hi Sam.\nSorry to bother you, but do you have ten minutes on Friday?';
    expect(apply(text, 'Sorry to bother you', '')).toBe('Hi Sam.\nDo you have ten minutes on Friday?');
    const start = text.indexOf('Sorry');
    expect(templateEdit(text, { start, end: start + 19 }, '')).toEqual({ start, end: start + 26, replacement: 'D' });
  });

  it('"" removes a later clause with the boundary before it and keeps the final punctuation', () => {
    expect(apply('The report is attached, sorry to bother you.', 'sorry to bother you', '')).toBe('The report is attached.');
    expect(apply('The report is attached, sorry to bother you, and the quote too.', 'sorry to bother you', '')).toBe('The report is attached, and the quote too.');
  });

  it('"" removes a whole sentence with one adjoining space', () => {
    expect(apply('Hi Sam. Sorry to bother you. Is Friday good?', 'Sorry to bother you', '')).toBe('Hi Sam. Is Friday good?');
    expect(apply('Is Friday good? Sorry to bother you.', 'Sorry to bother you', '')).toBe('Is Friday good?');
    expect(apply('Is Friday good? This deal decides my bonus, so please sign.', 'my bonus', '', 'sentence')).toBe('Is Friday good?');
  });
});

describe('findings from analyze()', () => {
  it('carry replace and literal rewrites: inserting a rewrite at replace is the text after Apply', () => {
    const text = "Hi Sam,\n\nI'm sorry to push, but have you had any thoughts on the solar quote?";
    const f = analyze(text).findings.find((x) => x.rule === 'timidity/sorry-to-bother')!;
    expect(f.text).toBe('sorry to push');
    // The removal takes the clause, its comma and "but", and re-capitalises what then opens the sentence.
    expect(text.slice(f.replace.start, f.replace.end)).toBe("I'm sorry to push, but h");
    expect(f.rewrites).toEqual(['H']);
    const after = `${text.slice(0, f.replace.start)}${f.rewrites[0]}${text.slice(f.replace.end)}`;
    expect(after).toBe('Hi Sam,\n\nHave you had any thoughts on the solar quote?');
    expect(applyRewrite(text, f, f.rewrites[0]!).text).toBe(after);
  });

  it('a user phrase replaces its own span with its rewrite as written', () => {
    const text = 'We are the Uber of freight.';
    const [f] = analyze(text, { userPhrases: [{ phrase: 'uber of freight', category: 'self_serving', message: 'Say what it does.', rewrite: 'a faster way to book carriers' }] }).findings;
    expect(f!.replace).toEqual({ start: f!.start, end: f!.end });
    expect(applyRewrite(text, f!, f!.rewrites[0]!).text).toBe('We are the a faster way to book carriers.');
  });
});

describe('removal', () => {
  it('takes a "P.S." with the sentence it introduced, and its blank line', () => {
    const text = 'Thanks,\nJo\n\nP.S. This deal decides my bonus.\n';
    const f = analyze(text).findings.find((x) => x.rule === 'self_serving/my-quota')!;
    const removal = f.rewrites.findIndex((r) => previewRewrite(text, f, r).removal);
    expect(applyRewrite(text, f, f.rewrites[removal]!).text).toBe('Thanks,\nJo');
  });

  it('takes the whole sentence when removing the clause would leave a lone opener', () => {
    const text = 'Thanks for the tour. Honestly, the clock is ticking. The quote is attached.';
    const clause = { start: text.indexOf('the clock'), end: text.indexOf('. The quote') + 1 };
    expect(applyTemplate(text, clause, '')).toBe('Thanks for the tour. The quote is attached.');
  });
});

describe('previewRewrite', () => {
  it('shows the sentence holding the finding, with only the change marked', () => {
    const text = 'Hi Sam. Sorry to bother you, but do you have ten minutes on Friday? Thanks.';
    const f = analyze(text).findings.find((x) => x.rule === 'timidity/sorry-to-bother')!;
    // Removing the opening clause: struck, and the sentence going on with its new capital.
    expect(previewRewrite(text, f, f.rewrites[0]!)).toMatchObject({ before: '', removed: 'Sorry to bother you, but ', inserted: '', after: 'Do you have ten minutes on Friday?', removal: true });
    expect(previewRewrite(text, f, "I'll keep this short, but d")).toMatchObject({ before: '', removed: 'Sorry to bother you', inserted: "I'll keep this short", removal: false });
  });

  it('a removed sentence shows with the space that goes with it', () => {
    const text = 'Hi Sam. This deal decides my bonus. Thanks.';
    const f = analyze(text).findings.find((x) => x.rule === 'self_serving/my-quota')!;
    const removal = f.rewrites.find((r) => previewRewrite(text, f, r).removal)!;
    expect(previewRewrite(text, f, removal)).toMatchObject({ before: '', removed: 'This deal decides my bonus. ', inserted: '', after: '', removal: true });
    expect(applyRewrite(text, f, removal).text).toBe('Hi Sam. Thanks.');
  });
});

describe('rule files', () => {
  const rule = (extra: string) => `category: timidity
level: warning
message: Apologising for writing sounds timid.
why: An expert who brings something useful does not apologise for arriving.
patterns:
  - "sorry to bother"
${extra}
examples:
  flag: [Sorry to bother you., "Sorry to bother you, Sam."]
  allow: [Hi Sam., Thanks Sam.]
`;
  const load = (extra: string) => loadRules([{ path: 'timidity/x.yaml', source: rule(extra) }]);

  it('accepts replace, an empty rewrite, {before}/{after} and fixes with one result per rewrite', () => {
    const twoFixes = (a: string, b: string) => `fixes:\n  - text: Sorry to bother you.\n    results: [${a}]\n  - text: Hi Sam. Sorry to bother you.\n    results: [${b}]`;
    const [r] = load(`replace: sentence\nrewrites: ["{before} one idea {after}", ""]\n${twoFixes('"One idea.", ""', '"Hi Sam. One idea.", "Hi Sam."')}`);
    expect(r).toMatchObject({ replace: 'sentence', rewrites: ['{before} one idea {after}', ''], fixes: [{ text: 'Sorry to bother you.', results: ['One idea.', ''] }, { text: 'Hi Sam. Sorry to bother you.' }] });
    expect(load(`rewrites: [x]\n${twoFixes('x', '"Hi Sam. x"')}`)[0]).toMatchObject({ replace: 'clause' });
    // Every rule shows its rewrites at work on at least two sentences.
    expect(() => load('rewrites: [x]')).toThrow(/fixes: give at least 2 entries/);
  });

  it('reads protect: (default figure, date, name, request) and null results (a rewrite not offered for that text)', () => {
    const twoFixes = 'fixes:\n  - text: Sorry to bother you.\n    results: [null]\n  - text: Hi Sam. Sorry to bother you.\n    results: ["Hi Sam."]';
    expect(load(`rewrites: [""]\n${twoFixes}`)[0]).toMatchObject({ protect: ['figure', 'date', 'name', 'request'], fixes: [{ results: [null] }, { results: ['Hi Sam.'] }] });
    expect(load(`protect: [date, question]\nrewrites: [""]\n${twoFixes}`)[0]).toMatchObject({ protect: ['date', 'question'] });
    expect(() => load(`protect: [money]\nrewrites: [""]\n${twoFixes}`)).toThrow(/protect: each entry must be one of figure, date, name, request, question/);
  });

  it('rejects an unknown slot, a wrong number of results and a bad replace, saying how to fix them', () => {
    expect(() => load('rewrites: ["{company} can help"]')).toThrow(/unknown slot \{company\}; a rewrite may use only \{before\}.*\{after\}/);
    expect(() => load('rewrites: [a, b]\nfixes:\n  - text: Sorry to bother you.\n    results: [a]')).toThrow(/fixes\.0\.results: give exactly one result per rewrite \(2 rewrites, 1 result\)/);
    expect(() => load('replace: word\nrewrites: [a]')).toThrow(RuleError);
    expect(() => load('replace: word\nrewrites: [a]')).toThrow(/replace: clause \(the default\) or sentence/);
  });
});

describe('a template keeps the concrete detail it would otherwise replace', () => {
  const fill = (sentence: string, words: string, templates: string[]) => {
    const at = sentence.indexOf(words);
    return fillTemplates(templates, rewriteContext(sentence, at, at + words.length, { start: 0, end: sentence.length }));
  };
  it('fills {figure} with the amount the sentence names, and leaves the template out where it names none', () => {
    const t = ['In return for [a commitment], we can offer the {figure}.', 'In return for [a commitment], we can offer [the concession].'];
    expect(fill('We could drop the room rate to €149 for the conference.', 'drop the room rate', t)).toEqual([
      'In return for [a commitment], we can offer the €149.', 'In return for [a commitment], we can offer [the concession].',
    ]);
    expect(fill('We can also waive the setup fee.', 'waive', t)).toEqual(['In return for [a commitment], we can offer [the concession].']);
  });
  it('fills {platform} with the review site the sentence names', () => {
    const t = ['Would you be open to saying so on {platform}?'];
    expect(fill('A Google review would make my week.', 'Google review', t)).toEqual(['Would you be open to saying so on Google?']);
    expect(fill('A short testimonial would make my week.', 'testimonial', t)).toEqual([]);
  });
});

describe('a narrower removal widens when what it leaves says the same thing', () => {
  it('removes the whole apology when the clause left still apologises for writing', () => {
    const text = 'Hi Sam. Sorry to chase, I am sure you are sick of hearing from me. The deck is attached.';
    const f = analyze(text).findings.find((x) => x.rule === 'model/timidity')!;
    expect(f.rewrites.map((r) => applyRewrite(text, f, r).text)).toEqual(['Hi Sam. The deck is attached.']);
  });
});

describe('no rewrite leaves a pronoun pointing at the words it removed', () => {
  const after = (text: string, rule: string) => textsAfterApply(text, rule, analyze);
  it('withholds a removal when the next sentence says "this" for what went', () => {
    const text = 'Hi Dana,\n\nSorry to bother you again about the roof quote. I promise this is the last time. Are you free on Thursday?';
    expect(after(text, 'timidity/sorry-to-bother')).toEqual([]);
  });
  it('withholds a removal when the next sentence says "it" for the thing only the removed sentence named', () => {
    const text = 'Hi Dana,\n\nI stayed up all night finishing the drainage plan for you. Could you get it signed by Friday?';
    expect(after(text, 'self_serving/my-sacrifice')).toEqual([]);
  });
  it('still removes the sentence when the next one names its own subject', () => {
    const text = 'Hi Dana,\n\nSorry to bother you again about the roof quote. The crew can start on the roof on Monday.';
    expect(after(text, 'timidity/sorry-to-bother')).toEqual(['Hi Dana,\n\nThe crew can start on the roof on Monday.']);
  });
  it('still removes the sentence when the pronoun has its noun before it in the same sentence', () => {
    const text = 'Hi Dana,\n\nI stayed up all night finishing the drainage plan for you. The survey costs nothing until your engineer signs off on it.';
    expect(after(text, 'self_serving/my-sacrifice')).toEqual([
      'Hi Dana,\n\nThe survey costs nothing until your engineer signs off on it.',
    ]);
  });
  it('withholds a removal when the next sentence says "those drawings" and only the removed words named them', () => {
    const text = 'Hi Dana,\n\nI cancelled a family dinner to redo these drawings for you. Those drawings are attached.';
    expect(after(text, 'self_serving/my-sacrifice')).toEqual([]);
  });
});

describe('a template sentence does not blank out what the rep named', () => {
  const after = (text: string, rule: string) => textsAfterApply(text, rule, analyze);
  it('withholds a template that would drop the time the rep set ("next spring" -> "when the timing is better")', () => {
    const text = 'Hi Dana,\n\nTotally understand, I\'ll leave it with you and try again next spring. The pump brochure is attached.';
    expect(after(text, 'timidity/accepting-the-brush-off')).toEqual([]);
  });
  it('withholds a placeholder in place of the topic the rep named, and keeps the plain removal', () => {
    const text = 'Hi Dana,\n\nThis is my fourth email about the boiler service. The updated quote for the boiler is attached.';
    expect(after(text, 'hard_close/counting-follow-ups')).toEqual(['Hi Dana,\n\nThe updated quote for the boiler is attached.']);
  });
  it('offers no template that turns a discount tied to a date into one that stands anyway', () => {
    const text = 'Hi Dana,\n\nWe can take 15% off the install if you confirm by the 12th. The revised quote is attached.';
    expect(after(text, 'hard_close/dated-discount')).toEqual([]);
  });
});

describe("a model finding's clause cut takes the fault, or nothing", () => {
  const after = (text: string, rule: string) => textsAfterApply(text, rule, analyze);
  it('withholds a cut that leaves the unannounced visit standing and only takes its "so we can…" tail', () => {
    const text = "Hi Dana,\n\nI'll come by your warehouse on Friday with the signed contract so we can wrap this up face to face. The pump specs are attached.";
    expect(after(text, 'model/hard_close')).toEqual([]);
  });
  it('takes the whole sentence when the clause it would keep still reads as the same pressure', () => {
    const text = "Hi Dana,\n\nThe quote is attached. I turned away two other buyers to keep this for you, so please don't let me down. The fitter is free on Tuesday.";
    expect(after(text, 'model/hard_close')).toEqual(['Hi Dana,\n\nThe quote is attached. The fitter is free on Tuesday.']);
  });
  it('takes the whole sentence rather than leave the presumption once the plea goes', () => {
    const text = "Hi Dana,\n\nThe quote is attached. I've already told my director you're in, so don't make me look silly. The fitter is free on Tuesday.";
    expect(after(text, 'model/hard_close')).toEqual(['Hi Dana,\n\nThe quote is attached. The fitter is free on Tuesday.']);
  });
  it('offers no generic template sentence in place of the rep\'s own question: at most the question put plainly', () => {
    const text = 'Hi Jo,\n\nWould you perhaps be able to tell me if the plan raises any questions? The invoice is attached.';
    const f = analyze(text, { sensitivity: 'strict' }).findings.find((x) => x.rule === 'model/timidity');
    expect(f?.text).toBeDefined();
    // The question put plainly, or nothing where the model still half reads the plain question as timid; never a
    // template sentence in its place.
    const offered = f!.rewrites.map((r) => applyRewrite(text, f!, r).text);
    expect(offered.length).toBeLessThanOrEqual(1);
    for (const t of offered) expect(t).toBe('Hi Jo,\n\nWould you tell me if the plan raises any questions? The invoice is attached.');
  });
  it('still removes the whole pushy sentence when it holds nothing the rep must keep', () => {
    const text = "Hi Dana,\n\nThanks for the tour. Every other bakery in town signed without a second thought, so I'm sure you'll see why. The quote is attached.";
    expect(after(text, 'model/hard_close')[0]).toBe('Hi Dana,\n\nThanks for the tour. The quote is attached.');
  });
});
