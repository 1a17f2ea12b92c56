/**
 * Binds the page coach to the browser: storage for settings and dismissals, the background for the analyser
 * bundle, WXT's content-script context for the lifecycle (an extension reload or update under an open tab aborts
 * it, and everything the coach added to the page goes with it).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditorAdapter } from '../editors/types';
import { dismiss, hashFinding, loadDismissed, loadSettings, updateSettings, watchSettings } from '../storage/items';
import { acceptMessage, type Message, type TabState } from '../messaging/protocol';
import { publishedAnalyzer, type AnalyzerApi } from './analyzer-global';
import { startPageCoach } from './page-coach';

async function loadAnalyzer(): Promise<AnalyzerApi> {
  const ready = publishedAnalyzer();
  if (ready) return ready;
  await browser.runtime.sendMessage({ type: 'poise/load-analyzer' });
  const api = publishedAnalyzer();
  if (!api) throw new Error('poise: the analyser bundle did not load');
  return api;
}

export function runInPage(ctx: ContentScriptContext, adapter: EditorAdapter): void {
  // WXT notices an extension reload or update only when the context is asked; ask every second, so the coach
  // removes its highlights and listeners instead of calling a dead runtime.
  ctx.setInterval(() => {}, 1000);
  let dismissed: Promise<Set<string>> | null = null;
  const dismissedNow = () => (dismissed ??= loadDismissed().catch(() => new Set<string>()));
  const send = (message: Message) => {
    if (ctx.isInvalid) return;
    // No listener (the panel is closed) is not an error worth reporting; nor is a runtime gone after a reload.
    browser.runtime.sendMessage(message).catch(() => {});
  };
  const coach = startPageCoach({
    doc: document,
    adapter,
    loadAnalyzer,
    loadSettings,
    watchSettings,
    turnOffRule: (rule) => updateSettings((s) => ({ ...s, disabledRules: [...new Set([...s.disabledRules, rule])] })).then(() => {}),
    isDismissed: async (draftKey, f) => (await dismissedNow()).has(await hashFinding(draftKey, f.rule, f.text)),
    dismiss: async (draftKey, f) => {
      const hash = await hashFinding(draftKey, f.rule, f.text);
      (await dismissedNow()).add(hash);
      await dismiss(hash);
    },
    signal: ctx.signal,
    publish: (state: TabState) => send({ type: 'poise/tab-state', state }),
    openCoach: () => send({ type: 'poise/open-coach' }),
    recordSend: (entry) => send({ type: 'poise/record-send', entry }),
  });

  // The side panel's requests. Only this extension's own pages are heard (acceptMessage checks the sender's id).
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    const message = acceptMessage(raw, sender, browser.runtime.id);
    if (!message) return undefined;
    switch (message.type) {
      case 'poise/get-state':
        return Promise.resolve(coach.state());
      case 'poise/apply':
        return Promise.resolve(coach.applyFinding(message.findingId, message.rewrite, message.draftKey));
      case 'poise/select':
        return Promise.resolve(coach.selectFinding(message.draftKey, message.findingId));
      case 'poise/dismiss':
        return Promise.resolve(coach.dismissFinding(message.draftKey, message.findingId));
      case 'poise/focus-draft':
        return Promise.resolve(coach.focusDraft(message.draftKey));
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the runtime is already gone
    }
  });
}
