/**
 * The popup's wiring: reads the send history and settings, finds the mail client in the current tab, and renders the
 * weekly summary; the site switch saves settings, "Open the coach" opens the side panel during the rep's click.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { clientForHost } from '@/src/editors';
import { summarize } from '@/src/history/summary';
import { hideHistoryNotice, loadHistory, loadSettings, updateSettings, watchHistory, watchSettings } from '@/src/storage/items';
import { POPUP_CSS, WeeklySummary } from '@/src/ui/WeeklySummary';
import type { MailClient } from '@/src/ui/SidePanel';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Chrome's side panel or Firefox's sidebar, during the rep's click; the same page in a tab where neither opens. */
function openCoach(): void {
  const inTab = () => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }).then(() => window.close());
  const chromeApis = (globalThis as { chrome?: PanelApis }).chrome;
  const firefox = (browser as unknown as PanelApis).sidebarAction;
  if (firefox) {
    firefox.open().then(() => window.close(), inTab);
  } else if (chromeApis?.sidePanel) {
    void browser.windows.getCurrent().then((w) => chromeApis.sidePanel!.open({ windowId: w.id! })).then(() => window.close(), inTab);
  } else {
    void inTab();
  }
}

const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);
const root = document.getElementById('app')!;

let client: MailClient | null = null;

async function draw(): Promise<void> {
  const [{ history, notice }, settings] = await Promise.all([loadHistory(), loadSettings()]);
  render(
    <WeeklySummary
      summary={summarize(history.entries, Date.now())}
      notice={notice}
      site={client ? { client, on: settings.sites[client] } : null}
      onToggleSite={(on) => {
        if (client) void updateSettings((s) => ({ ...s, sites: { ...s.sites, [client!]: on } }));
      }}
      onOpenCoach={openCoach}
      onHideNotice={() => void hideHistoryNotice().then(draw)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}

void (async () => {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    client = tab?.url ? clientForHost(new URL(tab.url).hostname) : null;
  } catch {
    client = null; // no tab to read (the popup opened as a page of its own): no site switch
  }
  await draw();
})();
watchSettings(() => void draw());
watchHistory(() => void draw());
