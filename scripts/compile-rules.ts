/**
 * rules/**\/*.yaml -> src/analyzer/rules.generated.json, validated. The extension bundles the JSON, so it ships
 * neither a YAML parser nor a rule that failed validation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRules, RuleError } from '../src/analyzer/rules';
import { createEngine, gateKeysOf } from '../src/analyzer/engine';
import { readRuleSources } from '../src/cli/rule-files';
import { CATEGORIES } from '../src/analyzer/types';
import { modelRuleId } from '../src/analyzer/model/detector';
import { MODEL_MESSAGES } from '../src/analyzer/model/messages';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const rules = loadRules(readRuleSources(`${root}rules`));
  createEngine(rules); // cross-rule checks: unknown tags, duplicate patterns, gate anchors
  writeFileSync(`${root}src/analyzer/rules.generated.json`, `${JSON.stringify(rules, null, 1)}\n`);
  // The words each pattern is indexed under, so the extension and the CLI do not work them out at every start.
  writeFileSync(`${root}src/analyzer/rules.gates.generated.json`, `${JSON.stringify(gateKeysOf(rules))}\n`);
  // What the options page lists and searches: a few fields per rule instead of every pattern and example.
  // The sentence model is listed with the rules of each category, so a rep who turned it off from a tooltip can turn
  // it back on (its findings are suggestions or, when it is sure, warnings).
  const modelSummary = CATEGORIES.map((category) => ({ id: modelRuleId(category), category, level: 'suggestion', message: `${MODEL_MESSAGES[category].message} (other wordings of this category, learned from examples)`, why: MODEL_MESSAGES[category].why, strict: false }));
  const summary = [...rules.map(({ id, category, level, message, why, strict }) => ({ id, category, level, message, why, strict })), ...modelSummary];
  writeFileSync(`${root}src/analyzer/rules.summary.generated.json`, `${JSON.stringify(summary, null, 1)}\n`);
  console.log(`poise: compiled ${rules.length} rules`);
} catch (e) {
  console.error(e instanceof RuleError ? e.message : e);
  process.exit(1);
}
