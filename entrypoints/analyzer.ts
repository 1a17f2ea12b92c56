/**
 * The analyser bundle, injected into a mail tab's isolated world by the background when a compose first appears
 * (src/coach/analyzer-global.ts says why). It publishes the analyser for the content script and does nothing else.
 */
import { createSession } from '@/src/analyzer';
import { ANALYZER_GLOBAL, type AnalyzerApi } from '@/src/coach/analyzer-global';

export default defineUnlistedScript(() => {
  const api: AnalyzerApi = { createSession };
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = api;
});
