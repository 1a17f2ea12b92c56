/**
 * The side panel's wiring (Chrome/Edge side panel, Firefox sidebar, or sidepanel.html in a tab of its own): asks the
 * mail tabs' content scripts for their state, follows the tab in which a draft last took focus, and sends Apply,
 * Dismiss, "show in draft" and Escape back to it. Everything travels in memory through messaging; nothing is stored.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { clientForHost } from '@/src/editors';
import { followedTab, panelStatus, type MailTab } from '@/src/messaging/follow';
import { acceptApplyResult, acceptMessage, acceptTabState, type Message } from '@/src/messaging/protocol';
import { loadSettings, watchSettings } from '@/src/storage/items';
import type { Settings } from '@/src/storage/settings';
import { PANEL_CSS, SidePanel } from '@/src/ui/SidePanel';

const style = document.createElement('style');
style.textContent = PANEL_CSS;
document.head.append(style);
const root = document.getElementById('app')!;

const tabs = new Map<number, MailTab>();
let settings: Settings | null = null;
let answered = false;
let notice = '';
/** This page's own tab when it is opened as a tab (then "show in draft" and Escape switch to the mail tab). */
let ownTabId: number | undefined;

const clientOf = (url: string | undefined) => {
  try {
    return url ? clientForHost(new URL(url).hostname) : null;
  } catch {
    return null;
  }
};

const send = (tabId: number, message: Message) => browser.tabs.sendMessage(tabId, message);

async function ask(tab: { id?: number; url?: string; active?: boolean }): Promise<void> {
  const client = clientOf(tab.url);
  if (tab.id === undefined || tab.id === ownTabId || !client) return;
  let state = null;
  try {
    state = acceptTabState(await send(tab.id, { type: 'poise/get-state' }));
  } catch {
    // No content script answered: the tab predates the extension, or the page is not one Poise can read.
  }
  tabs.set(tab.id, { tabId: tab.id, client, active: tab.active ?? false, state });
}

async function refresh(): Promise<void> {
  const all = await browser.tabs.query({});
  const mail = all.filter((t) => clientOf(t.url) !== null && t.id !== ownTabId);
  for (const id of [...tabs.keys()]) if (!mail.some((t) => t.id === id)) tabs.delete(id);
  await Promise.all(mail.map(ask));
  answered = true;
  draw();
}

const followed = () => followedTab([...tabs.values()]);

function draw(): void {
  const tab = followed();
  const status = panelStatus(tab, settings, answered);
  const draftKey = status.kind === 'draft' ? status.draft.key : null;
  const target = tab?.tabId;
  render(
    <SidePanel
      status={status}
      notice={notice}
      onSelect={(findingId) => {
        if (target === undefined || draftKey === null) return;
        void send(target, { type: 'poise/select', draftKey, findingId }).catch(() => {});
        if (ownTabId !== undefined) void browser.tabs.update(target, { active: true }).catch(() => {});
      }}
      onApply={(findingId, rewrite) => {
        if (target === undefined || draftKey === null) return;
        void send(target, { type: 'poise/apply', draftKey, findingId, rewrite }).then((raw) => {
          const result = acceptApplyResult(raw);
          say(result === 'applied'
            ? 'Applied. Ctrl+Z in the draft undoes it.'
            : 'The draft changed here since it was checked, so nothing was replaced. Poise is checking it again.');
        }, () => say('The mail tab did not answer, so nothing was replaced.'));
      }}
      onDismiss={(findingId) => {
        if (target === undefined || draftKey === null) return;
        void send(target, { type: 'poise/dismiss', draftKey, findingId }).catch(() => {});
      }}
      onReturn={() => {
        if (target === undefined || draftKey === null) return;
        if (ownTabId !== undefined) void browser.tabs.update(target, { active: true }).catch(() => {});
        void send(target, { type: 'poise/focus-draft', draftKey }).catch(() => {});
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
function say(text: string): void {
  notice = text;
  draw();
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    notice = '';
    draw();
  }, 6000);
}

// A content script says its tab changed: a draft took focus, was analysed or closed. Only this extension is heard.
browser.runtime.onMessage.addListener((raw, sender) => {
  const message = acceptMessage(raw, sender, browser.runtime.id);
  if (message?.type !== 'poise/tab-state' || sender.tab?.id === undefined) return undefined;
  const client = clientOf(sender.tab.url) ?? message.state.client;
  tabs.set(sender.tab.id, { tabId: sender.tab.id, client, active: sender.tab.active ?? false, state: message.state });
  answered = true;
  draw();
  return undefined;
});
browser.tabs.onRemoved.addListener((tabId) => {
  if (tabs.delete(tabId)) draw();
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined || change.status === 'complete') {
    if (clientOf(tab.url)) void ask(tab).then(draw);
    else if (tabs.delete(tabId)) draw();
  }
});
browser.tabs.onActivated.addListener(({ tabId }) => {
  for (const t of tabs.values()) t.active = t.tabId === tabId;
  draw();
});
watchSettings((s) => {
  settings = s;
  draw();
});

draw();
void (async () => {
  ownTabId = (await browser.tabs.getCurrent().catch(() => undefined))?.id;
  settings = await loadSettings().catch(() => null);
  await refresh();
})();
