/**
 * The analyser bundle, injected into a mail tab's isolated world by the background when a compose first appears
 * (src/coach/analyzer-global.ts says why). It publishes the analyser for the content script, then warms it up while
 * the page is idle.
 */
import { analyze, createSession, warmUpSentences } from '@/src/analyzer';
import { ANALYZER_GLOBAL, type AnalyzerApi } from '@/src/coach/analyzer-global';

export default defineUnlistedScript(() => {
  const api: AnalyzerApi = { createSession };
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = api;
  warmUpWhileIdle();
});

/**
 * Analyses one flagged example per rule in the page's idle time, a few per idle period, so that the first finding of
 * each kind the rep types does not pay for compiling its rewrite checks on a keystroke. Nothing is kept or sent.
 */
function warmUpWhileIdle(): void {
  if (typeof requestIdleCallback !== 'function') return;
  const sentences = warmUpSentences();
  let next = 0;
  const step = (deadline: IdleDeadline) => {
    while (next < sentences.length && deadline.timeRemaining() > 8) analyze(sentences[next++]!, { sensitivity: 'strict' });
    if (next < sentences.length) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}
