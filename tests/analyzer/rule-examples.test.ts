/**
 * One generic test runs every rule's own examples (Harper's test/allows lines, Vale's per-rule fixtures):
 * each `flag:` sentence is flagged by its rule, each `allow:` sentence is not, and every rewrite, applied at the
 * finding's span, leaves a sentence that no rule flags at all.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';

const rules = loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url))));
const analyzer = createAnalyzer(rules);
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

  it.each(rule.examples.flag)('every rewrite leaves a clean sentence: %s', (sentence) => {
    const finding = analyzer.analyze(sentence, strict).findings.find((f) => f.rule === id);
    if (!finding) return; // reported by the "flags" case above
    for (const rewrite of finding.rewrites) {
      const rewritten = sentence.slice(0, finding.start) + rewrite + sentence.slice(finding.end);
      const left = analyzer.analyze(rewritten, strict).findings.map((f) => `${f.rule}: "${f.text}"`);
      expect(left, `rewrite "${rewrite}" gives "${rewritten}"`).toEqual([]);
    }
  });
});
