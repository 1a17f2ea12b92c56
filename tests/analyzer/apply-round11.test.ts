/** Apply, round 11: what a rep would send after one click, or that no click is offered, on sentences written here. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, createAnalyzer } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';

const analyzer = createAnalyzer(loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url)))));
const strict = { sensitivity: 'strict' } as const;
const after = (text: string, rule: string): string[] => {
  const f = analyzer.analyze(text, strict).findings.find((x) => x.rule === rule);
  expect(f, `${rule} flags "${text}"`).toBeDefined();
  return f!.rewrites.map((r) => applyRewrite(text, f!, r).text);
};

describe('Apply round 11', () => {
  it('puts no "[the next step]" where the rep named the thing they will do', () => {
    expect(after("If I don't hear back by Friday, I'll take that as a yes and ship the cabinets.", 'hard_close/silence-means-yes')).toEqual([]);
  });

  it('puts no "[Our product]" where the rep named the product, and keeps the templates that name no thing', () => {
    expect(after('Your clinic needs this scheduler now, and I would stop looking around.', 'hard_close/you-need-this')).toEqual([
      'Based on [what you learned], it looks like a fit for [their goal].',
      'Would [the result they care about] be worth a look for your team?',
    ]);
  });

  it('leaves no "?." where a question template meets the rep\'s stop', () => {
    expect(after('The pilot cut returns by 9% in a month. Any chance you would be a case study for us? Let me know.', 'self_serving/case-study-ask')).toEqual([
      "The pilot cut returns by 9% in a month. Once [the result they've seen] is in, would you be open to a case study in return for [what they get, such as a credit or early access]? Let me know.",
      'The pilot cut returns by 9% in a month. Let me know.',
    ]);
  });

  it('offers no template that says "in return" right before the rep says it again', () => {
    expect(after("The pilot cut returns by 9% in a month. Any chance you'd be a case study for us? I'd add a free month in return. Let me know.", 'self_serving/case-study-ask')).toEqual([
      "The pilot cut returns by 9% in a month. I'd add a free month in return. Let me know.",
    ]);
  });

  it('leaves no "if it helps, whatever…" fragment after cutting the discount', () => {
    expect(after("The pallets ship Monday, and if it helps, I'm happy to knock another 8% off, whatever gets it over the line.", 'timidity/unprompted-discount')).toEqual([]);
  });
});
