/**
 * The background: injects the analyser bundle into a mail tab's frame on request. It makes no network request and
 * stores no email text (PRODUCT.md: private); every message is validated and its sender checked.
 */
import { browser } from 'wxt/browser';
import { acceptMessage } from '@/src/messaging/protocol';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = acceptMessage(raw, sender, browser.runtime.id);
    if (message?.type !== 'poise/load-analyzer' || sender.tab?.id === undefined) return undefined;
    return injectAnalyzer(sender.tab.id, sender.frameId ?? 0).then(() => true);
  });
});

async function injectAnalyzer(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/analyzer.js'] });
  } else {
    await browser.tabs.executeScript(tabId, { file: '/analyzer.js', frameId });
  }
}
