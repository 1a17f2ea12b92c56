/**
 * Which mail tab the side panel follows, and what it then shows: the tab in which a draft last took focus (across
 * tabs and composes), else the active mail tab, else any mail tab. Pure: the panel's wiring feeds it what the
 * browser and the content scripts said.
 */
import type { Client } from '../editors/types';
import type { Settings } from '../storage/settings';
import type { PanelStatus } from '../ui/SidePanel';
import type { TabState } from './protocol';

export interface MailTab {
  tabId: number;
  client: Client;
  active: boolean;
  /** What its content script said; null when it has not answered (not injected: the page cannot be read). */
  state: TabState | null;
}

export function followedTab(tabs: readonly MailTab[]): MailTab | null {
  if (tabs.length === 0) return null;
  const rank = (t: MailTab) => [t.state?.focusedAt ?? 0, t.state?.status === 'draft' ? 1 : 0, t.active ? 1 : 0, t.state ? 1 : 0];
  return [...tabs].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i]! - ra[i]!;
    return 0;
  })[0]!;
}

/** What the panel shows for the followed tab. */
export function panelStatus(tab: MailTab | null, settings: Settings | null, answered: boolean): PanelStatus {
  if (!answered) return { kind: 'loading' };
  if (!tab) return { kind: 'no-mail-tab' };
  if (settings && !settings.sites[tab.client]) return { kind: 'off', client: tab.client };
  const state = tab.state;
  if (!state || state.status === 'unreadable') return { kind: 'unreadable', client: tab.client };
  if (state.status === 'no-draft' || !state.draft) return { kind: 'no-draft', client: tab.client };
  return { kind: 'draft', client: tab.client, draft: state.draft };
}
