/** Apply, round 10: what a rep would send after one click, or that no click is offered, on sentences written here. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, createAnalyzer } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';
import { plainAsk } from '../../src/analyzer/plain-ask';

const analyzer = createAnalyzer(loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url)))));
const strict = { sensitivity: 'strict' } as const;
const after = (text: string, rule: string): string[] => {
  const f = analyzer.analyze(text, strict).findings.find((x) => x.rule === rule);
  expect(f, `${rule} flags "${text}"`).toBeDefined();
  return f!.rewrites.map((r) => applyRewrite(text, f!, r).text);
};

describe('Apply round 10', () => {
  it('asks "Do you have any…?" rather than "Could you have any…?"', () => {
    expect(plainAsk('I wanted to see whether you might possibly have any concerns about the rollout.')).toBe('Do you have any concerns about the rollout?');
    expect(plainAsk('I was wondering if you could have a look at the floor plan.')).toBe('Could you have a look at the floor plan?');
  });

  it('puts a hedged check-in as the plain question a rep would send', () => {
    expect(after('I just wanted to check in and see whether you might have any questions about the quote.', 'timidity/just-wanted-to-touch-base')).toEqual([
      'Do you have any questions about the quote?',
    ]);
  });

  it('promises no hold the rep never offered when a competing buyer goes', () => {
    expect(after('The last pallet goes to the next customer on our list.', 'hard_close/competing-buyer')).toEqual([
      'Let me know if [the slot] suits your team.',
      'What would you need to know to decide whether [the slot] works for you?',
    ]);
  });

  it('keeps the day the rep named instead of offering "[a day]"', () => {
    expect(after("I'll be at your depot on Tuesday either way.", 'hard_close/uninvited-visit')).toEqual([]);
  });

  it('opens no reply with "Understood" when nobody refused anything', () => {
    expect(after('No stress if not, I’ll circle back in the new year.', 'timidity/see-you-next-year')).toEqual([
      "I'll come back to you when the timing is better. What would need to change for this to make your list?",
      'Makes sense. What is driving the timing on your side?',
    ]);
  });
});
