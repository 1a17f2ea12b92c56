import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Placeholder } from '@/src/ui/Placeholder';

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

render(
  <Placeholder title="Poise: this week">
    <p>
      <button type="button" class="poise-open-coach" onClick={openCoach}>Open the coach</button>
    </p>
    <p>Your weekly tone summary will appear here once you have written a few prospect emails in Gmail or Outlook.</p>
  </Placeholder>,
  document.getElementById('app')!,
);
