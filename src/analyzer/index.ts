/**
 * The analyser's public entry: pure (no DOM, no browser APIs), text in, report out, with the bundled rules.
 * The bundle is compiled from rules/ by `npm run build:rules` (validated there, so loading here cannot fail).
 */
import bundled from './rules.generated.json';
import type { Rule } from './rule-schema';
import { createAnalyzer, type Analyzer, type Session } from './analyze';
import type { AnalyzeOptions, Report } from './types';

let shared: Analyzer | undefined;

/** Built on first use: compiling the rules and compromise's first call cost tens of milliseconds. */
export function defaultAnalyzer(): Analyzer {
  shared ??= createAnalyzer(bundled as unknown as Rule[]);
  return shared;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return defaultAnalyzer().analyze(text, options);
}

export function createSession(options: AnalyzeOptions = {}): Session {
  return defaultAnalyzer().createSession(options);
}

export { createAnalyzer, fitRewrite, MAX_WORDS, emptyReport, type Analyzer, type Session } from './analyze';
export { RuleError } from './rule-error';
export { validateUserPhrase } from './user-phrases';
export { scoreFromPoints, LEVEL_POINTS } from './score';
export type { Rule } from './rule-schema';
export * from './types';
