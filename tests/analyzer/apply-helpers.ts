/**
 * What the rep would send after clicking each of a finding's rewrites: shared by the Apply tests, which assert that
 * exact text (or an empty list where Apply is withheld).
 */
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, createAnalyzer, type Report } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';

/** The rules as written in rules/ (not the compiled copy), read at strict sensitivity: every finding a rep could see. */
const repoRules = createAnalyzer(loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url)))));
export const analyzeStrict = (text: string): Report => repoRules.analyze(text, { sensitivity: 'strict' });

/** The text after applying each rewrite of `rule`'s finding in `text`; fails the test if `rule` does not flag it. */
export function textsAfterApply(text: string, rule: string, analyze: (text: string) => Report = analyzeStrict): string[] {
  const f = analyze(text).findings.find((x) => x.rule === rule);
  expect(f, `${rule} flags "${text}"`).toBeDefined();
  return f!.rewrites.map((r) => applyRewrite(text, f!, r).text);
}

/** The sentence a finding of `rule` in `text` offers to write by hand when Apply would leave a blank (its `example`). */
export function exampleAfter(text: string, rule: string, analyze: (text: string) => Report = analyzeStrict): string | undefined {
  const f = analyze(text).findings.find((x) => x.rule === rule);
  expect(f, `${rule} flags "${text}"`).toBeDefined();
  return f!.example;
}
