/**
 * The background: injects the analyser bundle into a mail tab's frame on request, opens the side panel (the
 * tooltip's "Open the coach", the keyboard command), and writes the send history (counts only) for the mail tabs. It makes no network request and stores no email text
 * (PRODUCT.md: private); every message is validated and its sender checked.
 */
import { browser } from 'wxt/browser';
import { acceptMessage } from '@/src/messaging/protocol';
import { recordSend } from '@/src/storage/items';

/** The manifest's command (wxt.config.ts) that opens the coach; its key is in the README. */
const OPEN_COACH_COMMAND = 'open-coach';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = acceptMessage(raw, sender, browser.runtime.id);
    if (message?.type === 'poise/open-coach') {
      // Called at once, without awaiting anything first: the browser opens a panel only during the rep's click.
      openCoach(sender.tab?.windowId);
      return undefined;
    }
    if (message?.type === 'poise/record-send' && sender.tab?.id !== undefined) {
      // Only a mail tab's content script sends these; one writer, so concurrent sends queue (storage/items.ts).
      return recordSend(message.entry).then(() => true, () => false);
    }
    if (message?.type !== 'poise/load-analyzer' || sender.tab?.id === undefined) return undefined;
    return injectAnalyzer(sender.tab.id, sender.frameId ?? 0).then(() => true);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_COACH_COMMAND) openCoach(tab?.windowId);
  });
});

interface PanelApis {
  /** Chrome and Edge (MV3). */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
}

/** Chrome's side panel, Firefox's sidebar, or, where neither can open, the same page in a tab of its own. */
function openCoach(windowId: number | undefined): void {
  const apis = (globalThis as { chrome?: PanelApis }).chrome ?? {};
  const inTab = () => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }).catch(() => {});
  const firefox = (browser as unknown as PanelApis).sidebarAction;
  let opening: Promise<void> | null = null;
  try {
    if (firefox) opening = firefox.open();
    else if (apis.sidePanel && windowId !== undefined) opening = apis.sidePanel.open({ windowId });
  } catch {
    opening = null;
  }
  if (opening) opening.catch(inTab);
  else inTab();
}

async function injectAnalyzer(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/analyzer.js'] });
  } else {
    await browser.tabs.executeScript(tabId, { file: '/analyzer.js', frameId });
  }
}
