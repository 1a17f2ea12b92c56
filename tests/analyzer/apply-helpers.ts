/**
 * What the rep would send after clicking each of a finding's rewrites: shared by the Apply tests, which assert that
 * exact text (or an empty list where Apply is withheld).
 */
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, createAnalyzer, type AnalyzeOptions, type Report } from '../../src/analyzer';
import bundled from '../../src/analyzer/rules.generated.json';
import gateKeys from '../../src/analyzer/rules.gates.generated.json';
import sentenceModel from '../../src/analyzer/model.generated.json';
import threadModel from '../../src/analyzer/thread-model.generated.json';
import type { GateKeys } from '../../src/analyzer/engine';
import type { ModelFile } from '../../src/analyzer/model/model-file';
import type { Rule } from '../../src/analyzer/rule-schema';
import type { ThreadModelFile } from '../../src/analyzer/thread/model-file';
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

/** The bundled analyser (rules, sentence model, thread model) as `analyze` is, with every rule offering its rewrites. */
const bundledEvery = createAnalyzer(offerEvery(bundled as unknown as Rule[]), sentenceModel as unknown as ModelFile, { prevalidated: true, gateKeys: gateKeys as GateKeys, thread: threadModel as unknown as ThreadModelFile });
export const analyze = (text: string, options: AnalyzeOptions = {}): Report => bundledEvery.analyze(text, options);
