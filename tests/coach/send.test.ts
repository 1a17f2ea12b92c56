/**
 * Send detection on the fixture pages in jsdom, with the real adapters, analyser and page coach: what the history
 * would record. A send is Send (button or Ctrl/Cmd+Enter) followed by the compose closing, as both clients close it
 * after sending; the fixtures have no client script, so the test removes the compose as the client would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createSession } from '../../src/analyzer';
import { gmailAdapter, outlookAdapter } from '../../src/editors';
import { startPageCoach } from '../../src/coach/page-coach';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import type { HistoryEntry } from '../../src/storage/history';
import { FIXTURES, fixturePage } from './fixture-page';

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { fixtures: Record<string, { drafts: { text: string }[] }> };
const T0 = Date.UTC(2026, 2, 4, 12);

const page = fixturePage;

async function coached(fixture: string) {
  const { doc, win } = page(fixture);
  const adapter = fixture.startsWith('gmail') ? gmailAdapter : outlookAdapter;
  const recorded: HistoryEntry[] = [];
  const stop = new win.AbortController();
  let clock = T0;
  const coach = startPageCoach({
    doc, adapter, loadAnalyzer: async () => ({ createSession }), loadSettings: async () => DEFAULT_SETTINGS, watchSettings: () => () => {},
    turnOffRule: async () => {}, isDismissed: async () => false, dismiss: async () => {}, signal: stop.signal,
    recordSend: (e) => recorded.push(e), now: () => clock,
  });
  await vi.advanceTimersByTimeAsync(1000);
  const click = (el: Element) => {
    el.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true, button: 0 }));
    el.dispatchEvent(new win.MouseEvent('mouseup', { bubbles: true, button: 0 }));
    el.dispatchEvent(new win.MouseEvent('click', { bubbles: true, button: 0 }));
  };
  const key = (el: Element, init: KeyboardEventInit) => el.dispatchEvent(new win.KeyboardEvent('keydown', { bubbles: true, ...init }));
  return { doc, win, recorded, coach, click, key, advance: (ms: number) => (clock += ms), stop };
}

/** What the history should hold for a fixture draft sent untouched: the analyser's own counts, no words. */
function entryFor(text: string, client: 'gmail' | 'outlook') {
  const report = analyze(text);
  const rules: Record<string, number> = {};
  for (const f of report.findings) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
  const count = (c: string) => report.findings.filter((f) => f.category === c).length;
  return {
    at: T0 + 500, client, words: report.stats.words,
    findings: { hard_close: count('hard_close'), self_serving: count('self_serving'), timidity: count('timidity') },
    rules, scores: report.scores, balance: report.balance, applied: 0, dismissed: 0,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a Gmail send', () => {
  const SEND = '[role="button"][data-tooltip^="Send"]';

  it('clicking Send, then the compose closing, records one entry with the draft counts and no words', async () => {
    const { doc, recorded, click, advance } = await coached('gmail-compose-new.html');
    const text = expected.fixtures['gmail-compose-new.html']!.drafts[0]!.text;
    click(doc.querySelector(SEND)!);
    advance(500);
    doc.querySelector('div.M9')!.closest('.nn, .AD')?.remove();
    doc.querySelector('div.M9')?.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([entryFor(text, 'gmail')]);
    expect(recorded[0]!.findings.hard_close + recorded[0]!.findings.timidity).toBeGreaterThan(0);
    // Rule ids are the extension's own names (some share a word with any email, like "your"): leave them out.
    const json = JSON.stringify(recorded.map((e) => ({ ...e, rules: Object.values(e.rules) })));
    for (const words of text.split(/[^\p{L}]+/u).filter((w) => w.length > 3)) expect(json.toLowerCase()).not.toContain(words.toLowerCase());
  });

  it('Ctrl+Enter in the body counts as Send', async () => {
    const { doc, recorded, key, advance } = await coached('gmail-compose-new.html');
    key(doc.querySelector('div[g_editable="true"]')!, { key: 'Enter', ctrlKey: true });
    advance(500);
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toHaveLength(1);
  });

  it('a compose closed without Send (discarded) records nothing', async () => {
    const { doc, recorded } = await coached('gmail-compose-new.html');
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(recorded).toEqual([]);
  });

  it('a Send that leaves the compose open records nothing, even if the compose is closed later', async () => {
    const { doc, recorded, click, advance } = await coached('gmail-compose-new.html');
    click(doc.querySelector(SEND)!);
    advance(11_000);
    await vi.advanceTimersByTimeAsync(11_000);
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([]);
  });

  it('a Send the rep goes on typing after, then discards, records nothing', async () => {
    const { doc, win, recorded, click, advance } = await coached('gmail-compose-new.html');
    click(doc.querySelector(SEND)!);
    advance(200);
    doc.querySelector('div[g_editable="true"]')!.dispatchEvent(new win.InputEvent('input', { bubbles: true }));
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([]);
  });

  it('"More send options" is not Send', async () => {
    const { doc, recorded, click } = await coached('gmail-compose-new.html');
    click(doc.querySelector('[aria-label="More send options"]')!);
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([]);
  });

  it('with two composes open, only the one sent is recorded, with its own counts', async () => {
    const { doc, recorded, click, advance } = await coached('gmail-two-composes.html');
    const second = doc.querySelectorAll('div.M9')[1]!;
    click(second.querySelector(SEND)!);
    advance(500);
    second.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([entryFor(expected.fixtures['gmail-two-composes.html']!.drafts[1]!.text, 'gmail')]);
  });

  it('counts the rewrites applied and the findings dismissed in the draft, and leaves dismissed findings out', async () => {
    const { doc, recorded, click, advance, coach } = await coached('gmail-compose-new.html');
    const text = expected.fixtures['gmail-compose-new.html']!.drafts[0]!.text;
    const findings = analyze(text).findings;
    const key = coach.state().draft!.key;
    const toDismiss = findings.find((f) => f.text === 'you need this')!;
    expect(coach.dismissFinding(key, toDismiss.id)).toBe(true);
    click(doc.querySelector(SEND)!);
    advance(500);
    doc.querySelector('div.M9')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.dismissed).toBe(1);
    expect(recorded[0]!.rules['hard_close/you-need-this'] ?? 0).toBe((entryFor(text, 'gmail').rules['hard_close/you-need-this'] ?? 0) - 1);
  });
});

describe('an Outlook send', () => {
  it('Send in the command bar (outside the editor) then the compose closing records one entry', async () => {
    const { doc, recorded, click, advance } = await coached('outlook-compose-new.html');
    click(doc.querySelector('button[aria-label="Send"] .ms-Button-label')!);
    advance(500);
    doc.querySelector('[data-app-section="MailReadCompose"]')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([entryFor(expected.fixtures['outlook-compose-new.html']!.drafts[0]!.text, 'outlook')]);
  });

  it('Discard after Send records nothing', async () => {
    const { doc, recorded, click } = await coached('outlook-compose-new.html');
    click(doc.querySelector('button[aria-label="Send"]')!);
    click(doc.querySelector('button[aria-label="Discard"]')!);
    doc.querySelector('[data-app-section="MailReadCompose"]')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toEqual([]);
  });

  it('Cmd+Enter in the subject field counts as Send', async () => {
    const { doc, recorded, key } = await coached('outlook-compose-new.html');
    key(doc.querySelector('input[aria-label="Add a subject"]')!, { key: 'Enter', metaKey: true });
    doc.querySelector('[data-app-section="MailReadCompose"]')!.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(recorded).toHaveLength(1);
  });
});
