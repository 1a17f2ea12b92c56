/**
 * What the rep would send after clicking each of a finding's rewrites: shared by the Apply tests, which assert that
 * exact text (or an empty list where Apply is withheld).
 */
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, bundledAnalyzer, createAnalyzer, type AnalyzeOptions, type Report, type Rule } from '../../src/analyzer';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';

/**
 * The Apply tests check what an edit does wherever one is made, so every rule offers its rewrites here, the advice-only
 * ones (`apply: false`, on the reviewers' record) too; rule-examples.test.ts checks that those offer none to the rep.
 */
const offerEvery = (rules: readonly Rule[]): Rule[] => rules.map((rule) => ({ ...rule, apply: true }));

/** The rules as written in rules/ (not the compiled copy), read at strict sensitivity: every finding a rep could see. */
const repoRules = createAnalyzer(offerEvery(loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url))))));
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

/**
 * The bundled analyser (rules, sentence model, thread model) as `analyze` is, with every rule offering its rewrites
 * and no Apply gate: these tests check what an edit does wherever one is made; apply-gate.test.ts checks which
 * edits the gate lets through.
 */
const bundledEvery = bundledAnalyzer((rule) => ({ ...rule, apply: true }), { applyGate: false });
export const analyze = (text: string, options: AnalyzeOptions = {}): Report => bundledEvery.analyze(text, options);
