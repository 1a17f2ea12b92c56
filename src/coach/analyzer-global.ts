/**
 * The analyser bundle (compromise and the rules, ~400 KB) is not part of the content scripts: it is injected into
 * the page's isolated world when a compose first appears, so ordinary mail pages never pay for parsing it. The
 * bundle publishes itself under this global; content scripts of the same extension share the isolated world.
 */
import type { AnalyzeOptions } from '../analyzer/types';
import type { Session } from '../analyzer/analyze';

export interface AnalyzerApi {
  createSession(options: AnalyzeOptions): Session;
}

export const ANALYZER_GLOBAL = '__poiseAnalyzer';

export function publishedAnalyzer(): AnalyzerApi | undefined {
  return (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] as AnalyzerApi | undefined;
}
