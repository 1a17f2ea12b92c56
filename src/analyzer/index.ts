/**
 * The analyser's public entry: pure (no DOM, no browser APIs), text in, report out, with the bundled rules and the
 * sentence model and the thread model. The rules are compiled from rules/ by `npm run build:rules` (validated there,
 * so loading here cannot fail); the models are trained by `npm run train` and `npm run train:thread` and committed.
 */
import bundled from './rules.generated.json';
import gateKeys from './rules.gates.generated.json';
import sentenceModel from './model.generated.json';
import threadModel from './thread-model.generated.json';
import applyGate from './apply-gate.generated.json';
import type { ApplyGateFile } from './apply-gate';
import type { ModelFile } from './model/model-file';
import type { ThreadModelFile } from './thread/model-file';
import type { Rule } from './rule-schema';
import { createAnalyzer, type Analyzer, type Session } from './analyze';
import type { GateKeys } from './engine';
import type { AnalyzeOptions, Report } from './types';

let shared: Analyzer | undefined;

/** Built on first use: compiling the rules and compromise's first call cost tens of milliseconds. */
export function defaultAnalyzer(): Analyzer {
  // The bundle was validated when it was compiled (npm run build:rules), so it is not checked again at every start,
  // and the words its patterns are indexed under were worked out then too.
  shared ??= bundledAnalyzer();
  return shared;
}

/**
 * The bundled rules (or the same rules with a field changed, as the Apply tests offer every rule's rewrites) with
 * the committed models and the Apply gate, built as `analyze` is. `applyGate: false` offers every edit the checks
 * allow, for the tests of what an edit does.
 */
export function bundledAnalyzer(edit: (rule: Rule) => Rule = (rule) => rule, options: { applyGate?: boolean } = {}): Analyzer {
  const rules = (bundled as unknown as Rule[]).map(edit);
  return createAnalyzer(rules, sentenceModel as unknown as ModelFile, {
    prevalidated: true, gateKeys: gateKeys as GateKeys, thread: threadModel as unknown as ThreadModelFile,
    ...(options.applyGate === false ? {} : { applyGate: applyGate as ApplyGateFile }),
  });
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return defaultAnalyzer().analyze(text, options);
}

export function createSession(options: AnalyzeOptions = {}): Session {
  return defaultAnalyzer().createSession(options);
}

/**
 * One flagged example per rule, for warming the analyser up before the rep types: the first finding of a kind
 * compiles the patterns its rewrite checks use (tens of milliseconds, once), which on a keystroke would be a long task.
 * Analysing these while the page is idle pays that cost up front.
 */
export function warmUpSentences(): string[] {
  return (bundled as unknown as Rule[]).map((rule) => rule.examples.flag[0]).filter((s): s is string => s !== undefined);
}

export { createAnalyzer, fitRewrite, MAX_WORDS, emptyReport, type Analyzer, type Session } from './analyze';
export { RuleError } from './rule-error';
export { applyRewrite, extendNameRun, fillRewrite, findingSpanEnd, previewRewrite, replaceUnit, rewriteContext, rewriteEdit, type ReplaceScope, type RewriteContext, type RewriteEdit, type TextRange } from './rewrite';
export { validateUserPhrase } from './user-phrases';
export { scoreFromPoints, LEVEL_POINTS } from './score';
export type { Rule } from './rule-schema';
export type { ModelFile } from './model/model-file';
export type { ThreadModelFile } from './thread/model-file';
export type { ApplyGateFile } from './apply-gate';
export { MODEL_RULE_PREFIX } from './model/detector';
export * from './types';
export * from './thread/situations';
