// @vitest-environment jsdom
/** The popup's weekly summary and the options page's history settings, as a rep reads and uses them. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { WeeklySummary, type WeeklySummaryProps } from '../../src/ui/WeeklySummary';
import { HistorySettings } from '../../src/ui/HistorySettings';
import { summarize } from '../../src/history/summary';
import type { HistoryEntry } from '../../src/storage/history';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 2, 4, 12).getTime();

function sent(at: number, rules: Record<string, number>, balance: number): HistoryEntry {
  const findings = { hard_close: 0, self_serving: 0, timidity: 0 };
  for (const [r, n] of Object.entries(rules)) findings[r.split('/')[0] as keyof typeof findings] += n;
  return { at, client: 'gmail', words: 90, findings, rules, scores: { hard_close: 0, self_serving: 0, timidity: 0 }, balance, applied: 0, dismissed: 0 };
}

function mount(props: Partial<WeeklySummaryProps>) {
  const host = document.createElement('div');
  document.body.append(host);
  const all: WeeklySummaryProps = {
    summary: summarize([], NOW), notice: null, site: null,
    onToggleSite: vi.fn(), onOpenCoach: vi.fn(), onHideNotice: vi.fn(), ...props,
  };
  act(() => render(<WeeklySummary {...all} />, host));
  return { host, ...all };
}

describe('the weekly summary', () => {
  it('explains an empty first week, and keeps Open the coach', () => {
    const { host, onOpenCoach } = mount({});
    expect(host.querySelector('h2')!.textContent).toBe('Your first week starts with your first email');
    expect(host.textContent).toContain('Never a word of your emails');
    const open = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Open the coach')!;
    act(() => open.click());
    expect(onOpenCoach).toHaveBeenCalled();
  });

  it('shows this week against earlier weeks, the chart and the top patterns with last week beside them', () => {
    const entries = [
      sent(NOW - 7 * DAY, { 'timidity/sorry-to-bother': 9 }, -60),
      sent(NOW, { 'timidity/sorry-to-bother': 3, 'hard_close/you-need-this': 1 }, -20),
      sent(NOW, {}, 0),
    ];
    const { host } = mount({ summary: summarize(entries, NOW) });
    const row = (label: string) => [...host.querySelectorAll('.poise-compare tr')].find((tr) => tr.querySelector('th')?.textContent?.includes(label))!;
    expect([...row('Emails sent').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '1 a week']);
    expect([...row('Average balance').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['−10 Balanced', '−60 Pushover']);
    expect([...row('Order-taker timidity').querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1.5', '9.0']);
    expect(host.querySelectorAll('.poise-chart-bar')).toHaveLength(8);
    expect(host.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect([...host.querySelectorAll('.poise-pattern')].map((li) => `${li.querySelector('.poise-pattern-name')!.textContent}: ${li.querySelector('.poise-pattern-change')!.textContent}`)).toEqual([
      'Apologies: 9 last week, 3 this week',
      'Telling them what they need: 0 last week, 1 this week',
    ]);
    expect(host.querySelector('.poise-pattern .poise-tip')!.textContent).toMatch(/apology/);
  });

  it('has a switch for the current mail site, and says what to do elsewhere', () => {
    const { host, onToggleSite } = mount({ site: { client: 'gmail', on: true } });
    const sw = host.querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(host.querySelector('#poise-site-label')!.textContent).toBe('Coach in Gmail');
    act(() => (sw as HTMLButtonElement).click());
    expect(onToggleSite).toHaveBeenCalledWith(false);
    expect(mount({ site: null }).host.textContent).toContain('Open Gmail or Outlook on the web in this tab');
  });

  it('says plainly when history was set aside, and hides the note on OK', () => {
    const { host, onHideNotice } = mount({ notice: { reason: 'corrupt', at: NOW } });
    expect(host.querySelector('[role="status"]')!.textContent).toContain('could not be read, so Poise set it aside and started a new one');
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'OK')!.click());
    expect(onHideNotice).toHaveBeenCalled();
  });
});

describe('history settings', () => {
  function settings(entryCount = 5, retentionWeeks = 12) {
    const host = document.createElement('div');
    document.body.append(host);
    const cb = { onRetentionChange: vi.fn(), onClear: vi.fn(), onExportJson: vi.fn(), onExportCsv: vi.fn() };
    act(() => render(<HistorySettings retentionWeeks={retentionWeeks} entryCount={entryCount} {...cb} />, host));
    const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === text);
    return { host, button, ...cb };
  }

  it('sets the retention', () => {
    const { host, onRetentionChange } = settings();
    const select = host.querySelector('select')!;
    expect(select.value).toBe('12');
    select.value = '4';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onRetentionChange).toHaveBeenCalledWith(4);
  });

  it('asks before clearing, and Cancel keeps everything', () => {
    const { host, button, onClear } = settings();
    act(() => button('Clear history')!.click());
    expect(host.textContent).toContain('Delete all 5 sent emails from your history? This cannot be undone.');
    act(() => button('Cancel')!.click());
    expect(onClear).not.toHaveBeenCalled();
    act(() => button('Clear history')!.click());
    act(() => button('Yes, clear history')!.click());
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('History cleared.');
  });

  it('exports JSON and CSV, and offers nothing to export or clear when empty', () => {
    const { button, onExportJson, onExportCsv } = settings();
    act(() => button('Export JSON')!.click());
    act(() => button('Export CSV')!.click());
    expect(onExportJson).toHaveBeenCalledTimes(1);
    expect(onExportCsv).toHaveBeenCalledTimes(1);
    const empty = settings(0);
    expect(['Export JSON', 'Export CSV', 'Clear history'].map((t) => empty.button(t)!.disabled)).toEqual([true, true, true]);
  });
});
