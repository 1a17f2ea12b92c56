/**
 * One generic test runs every rule's own examples (Harper's test/allows lines, Vale's per-rule fixtures):
 * each `flag:` sentence is flagged by its rule, each `allow:` sentence is not, and each `fixes:` entry (Harper
 * style) gives, for every rewrite applied with applyRewrite, exactly the sentence written there (null: that rewrite
 * is not offered for this text), which raises no finding of the rule's category. A rule made advice only (`apply:
 * false`) offers no rewrite on the draft; its fixes still show what its rewrites would do.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, createAnalyzer } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';

const rules = loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url))));
const analyzer = createAnalyzer(rules);
// The fixes show what each rule's rewrites do, including an advice-only rule's (`apply: false`), whose rewrites still
// give the example sentence and would be offered again were its reviewers' record to improve.
const everyRewrite = createAnalyzer(rules.map((r) => ({ ...r, apply: true })));
const strict = { sensitivity: 'strict' } as const;

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it.each(rule.examples.flag)('flags: %s', (sentence) => {
    const hits = analyzer.analyze(sentence, strict).findings.filter((f) => f.rule === id);
    expect(hits.map((f) => f.text), `${id} should flag this sentence`).not.toEqual([]);
  });

  it.each(rule.examples.allow)('allows: %s', (sentence) => {
    const hits = analyzer.analyze(sentence, strict).findings.filter((f) => f.rule === id);
    expect(hits.map((f) => f.text), `${id} should allow this sentence`).toEqual([]);
  });

  it.each(rule.fixes.map((f) => [f.text, f.results] as const))('fixes: %s', (text, results) => {
    const finding = everyRewrite.analyze(text, strict).findings.find((f) => f.rule === id);
    expect(finding, `${id} should flag the fix example "${text}"`).toBeDefined();
    if (!rule.apply) {
      // Advice only: no Apply on the draft, and the sentence to adapt by hand where the rule has one.
      const shown = analyzer.analyze(text, strict).findings.find((f) => f.rule === id)!;
      expect(shown.rewrites, `${id} is advice only`).toEqual([]);
      if (rule.rewrites.some((r) => r.trim() !== '' && !/\{(?:before|after|ask)\}/.test(r))) expect(shown.example, `${id} shows an example to adapt`).toMatch(/\p{L}{3}/u);
    }
    // A null result is a rewrite deliberately not offered for this text (it would drop the rep's figure, date, name
    // or request, leave the next sentence pointing at nothing, or leave the fault): the finding shows fewer, or none.
    const offered = results.filter((r): r is string => r !== null);
    const fixed = finding!.rewrites.map((rewrite) => applyRewrite(text, finding!, rewrite).text);
    expect(fixed, `${id}: the text after each rewrite offered (rewrites ${JSON.stringify(rule.rewrites)})`).toEqual(offered);
    fixed.forEach((after, i) => {
      const left = analyzer.analyze(after, strict).findings.filter((f) => f.category === rule.category).map((f) => `${f.rule}: "${f.text}"`);
      expect(left, `rewrite ${i + 1} gives "${after}", which still raises ${rule.category}`).toEqual([]);
    });
  });
});
