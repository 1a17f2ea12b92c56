/**
 * The send history and the weekly summary in a real Chromium with the built extension, the fixture pages served at
 * the real Gmail and Outlook URLs. The fixtures have no client script, so after the rep's real click on Send (or
 * Ctrl+Enter) the test removes the compose as Gmail and Outlook do once a message is sent; a discarded compose is
 * removed without any Send.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyze, applyRewrite } from '../../src/analyzer';
import { weekStart, weeksBefore, type HistoryEntry } from '../../src/storage/history';
import { browserAvailable, FIXTURES, useHarness, type Harness } from './browser';
import { hoverTooltip, painted, settled } from './page-helpers';
import { seriousAxeViolations } from './axe';

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { fixtures: Record<string, { drafts: { text: string }[] }> };
const BODY = {
  gmail: 'div[g_editable="true"][contenteditable="true"]',
  outlook: '[id^="editorParent_"] > div[contenteditable="true"]',
};
const DAY = 24 * 60 * 60 * 1000;

type Chrome = { storage: Record<'local' | 'sync' | 'session', { get(k?: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> }> };

describe.skipIf(!browserAvailable())('the send history and the weekly summary in Chromium', () => {
  const harness = useHarness();
  let h: Harness;
  beforeEach(() => {
    h = harness.h;
  });

  /** An extension page to read and write the extension's storage from. */
  const extensionPage = async (path = 'options.html') => {
    const page = await h.context.newPage();
    page.on('pageerror', (e) => h.errors.push(`${path}: ${e.message}`));
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    return page;
  };
  const storedHistory = async (): Promise<HistoryEntry[]> => {
    const page = await extensionPage();
    const { history } = await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('history'));
    await page.close();
    return ((history as { entries?: HistoryEntry[] } | undefined)?.entries) ?? [];
  };
  const clearStorage = async () => {
    const page = await extensionPage();
    await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.clear());
    await page.close();
  };
  /** Gmail closing the compose, as it does right after sending and on Discard. */
  const closeGmailCompose = (page: Page) => page.evaluate((sel) => document.querySelector(sel)!.closest('div.M9, [role="dialog"]')!.remove(), BODY.gmail);

  it('sending a Gmail draft adds one entry with its counts, and the popup shows it', async () => {
    await clearStorage();
    const page = await h.open('gmail-compose-new.html');
    await settled(page, BODY.gmail);
    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    await closeGmailCompose(page);
    await expect.poll(async () => (await storedHistory()).length, { timeout: 5000 }).toBe(1);
    const [entry] = await storedHistory();
    const report = analyze(expected.fixtures['gmail-compose-new.html']!.drafts[0]!.text);
    expect(entry).toMatchObject({ client: 'gmail', words: report.stats.words, scores: report.scores, balance: report.balance, applied: 0, dismissed: 0 });
    expect(Object.values(entry!.rules).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
    expect(Math.abs(entry!.at - Date.now())).toBeLessThan(60_000);

    const popup = await extensionPage('popup.html');
    const sentThisWeek = popup.locator('.poise-compare tr', { hasText: 'Emails sent' }).locator('td').first();
    await expect.poll(() => sentThisWeek.textContent(), { timeout: 5000 }).toBe('1');
    expect(await popup.locator('.poise-pattern').count()).toBe(3);
    expect(h.errors).toEqual([]);
    await popup.close();
    await page.close();
  }, 60_000);

  it('counts the rewrites applied and the findings dismissed in the draft before it was sent', async () => {
    await clearStorage();
    const page = await h.open('gmail-compose-new.html');
    await settled(page, BODY.gmail);
    const before = (await painted(page, BODY.gmail)).length;
    // Apply takes out the clause or sentence the fault lives in, with any other finding in it: what is left is what
    // the analyser finds in the text after Apply, less the one dismissed.
    const draft = expected.fixtures['gmail-compose-new.html']!.drafts[0]!.text;
    const sorry = analyze(draft).findings.find((f) => f.text === 'Sorry to bother you')!;
    const left = analyze(applyRewrite(draft, sorry, sorry.rewrites[0]!).text).findings.length - 1;
    await (await hoverTooltip(page, 'Sorry to bother you')).locator('.poise-apply').first().click();
    await expect.poll(async () => (await painted(page, BODY.gmail)).map((r) => r.text), { timeout: 3000 }).not.toContain('Sorry to bother you');
    await page.mouse.move(0, 0);
    await (await hoverTooltip(page, 'you need this')).locator('.poise-dismiss').click();
    await expect.poll(async () => (await painted(page, BODY.gmail)).length, { timeout: 3000 }).toBe(left);
    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    await closeGmailCompose(page);
    await expect.poll(async () => (await storedHistory()).length, { timeout: 5000 }).toBe(1);
    const [entry] = await storedHistory();
    expect({ applied: entry!.applied, dismissed: entry!.dismissed, flags: Object.values(entry!.findings).reduce((a, b) => a + b, 0) }).toEqual({ applied: 1, dismissed: 1, flags: left });
    expect(entry!.rules['timidity/sorry-to-bother']).toBeUndefined();
    expect(entry!.rules['hard_close/you-need-this']).toBeUndefined();
    await page.close();
  }, 60_000);

  it('Outlook: Send in the command bar then the compose closing adds one entry', async () => {
    await clearStorage();
    const page = await h.open('outlook-compose-new.html');
    await settled(page, BODY.outlook);
    await page.locator('button[aria-label="Send"]').click();
    await page.evaluate(() => document.querySelector('[data-app-section="MailReadCompose"]')!.remove());
    await expect.poll(async () => (await storedHistory()).map((e) => e.client), { timeout: 5000 }).toEqual(['outlook']);
    await page.close();
  }, 60_000);

  it('a discarded compose adds nothing, nor does a Send that leaves the compose open', async () => {
    await clearStorage();
    const page = await h.open('gmail-two-composes.html');
    await settled(page, BODY.gmail, 2);
    // The first compose is discarded: it closes without any Send.
    await closeGmailCompose(page);
    // The second: Send is pressed but the compose stays open (say, no recipient).
    await page.locator('[role="button"][data-tooltip^="Send"]').first().click();
    await page.waitForTimeout(1500);
    expect(await storedHistory()).toEqual([]);
    await page.close();
  }, 60_000);

  it('stores no word of a sent draft in any storage area the extension can use', async () => {
    await clearStorage();
    const token = `Zyqvortle${Date.now().toString(36)}`;
    const typed = [
      `${token} here.`,
      'Honestly, your warehouse needs our routing module.', // hard close
      'I need to hit my number this quarter, so help me out.', // self-serving
      'Sorry to bother you again, I know you are busy.', // timidity
    ];
    const page = await h.open('gmail-compose-new.html');
    await settled(page, BODY.gmail);
    await page.locator(BODY.gmail).evaluate((el) => {
      (el as HTMLElement).focus();
      const sel = getSelection()!;
      sel.selectAllChildren(el.firstChild!.parentNode!.firstChild!);
      sel.collapseToStart();
    });
    await page.keyboard.type(`${typed.join(' ')} `);
    await expect.poll(async () => (await settled(page, BODY.gmail)).some((r) => r.text.includes('hit my number')), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Control+Enter');
    await closeGmailCompose(page);
    await expect.poll(async () => (await storedHistory()).length, { timeout: 5000 }).toBe(1);
    const [entry] = await storedHistory();
    expect(entry!.findings.hard_close).toBeGreaterThan(0);
    expect(entry!.findings.self_serving).toBeGreaterThan(0);
    expect(entry!.findings.timidity).toBeGreaterThan(0);

    // Every area: chrome.storage local, sync and session, the extension origin's Web Storage, IndexedDB and caches,
    // and the mail page's own Web Storage (a content script could write there).
    const ext = await extensionPage();
    const extensionAreas = await ext.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const dbs = await indexedDB.databases();
      return JSON.stringify({
        local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null), session: await chrome.storage.session.get(null),
        localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage }, indexedDB: dbs.map((d) => d.name), caches: await caches.keys(),
      });
    });
    await ext.close();
    const pageAreas = await page.evaluate(() => JSON.stringify({ localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage } }));
    const everything = `${extensionAreas}\n${pageAreas}`;
    expect(everything).not.toContain(token);
    // The stored values (not the extension's own keys, such as rule ids): no word of the draft, typed or already there.
    const values: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') values.push(v.toLowerCase());
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(extensionAreas));
    walk(JSON.parse(pageAreas));
    const draftWords = new Set([...typed, expected.fixtures['gmail-compose-new.html']!.drafts[0]!.text].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
    expect([...draftWords].filter((w) => values.some((v) => v.includes(w)))).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders a seeded eight-week history: chart, comparison and top patterns; no serious axe-core violation in light and dark', async () => {
    const now = Date.now();
    const entry = (at: number, rules: Record<string, number>, balance: number): HistoryEntry => {
      const findings = { hard_close: 0, self_serving: 0, timidity: 0 };
      for (const [r, n] of Object.entries(rules)) findings[(r.startsWith('model/') ? r.slice(6) : r.split('/')[0]) as keyof typeof findings] += n;
      return { at, client: 'gmail', words: 140, findings, rules, scores: { hard_close: 40, self_serving: 20, timidity: 50 }, balance, applied: 1, dismissed: 0 };
    };
    const sentPerWeek = [3, 5, 4, 6, 2, 7, 5, 4];
    const entries: HistoryEntry[] = [];
    sentPerWeek.forEach((n, i) => {
      const weeksAgo = sentPerWeek.length - 1 - i;
      for (let k = 0; k < n; k++) {
        // Last week leans timid with many apologies; this week fewer apologies and some deadline pressure.
        const rules = weeksAgo === 1
          ? { 'timidity/sorry-to-bother': 2, 'timidity/just-checking-in': 1 }
          : weeksAgo === 0
            ? { 'timidity/sorry-to-bother': k === 0 ? 1 : 0, 'hard_close/deadline-demand': 1, 'self_serving/my-quota': k % 2, 'model/timidity': 1 }
            : { 'timidity/stacked-hedges': 1, 'self_serving/feature-dump': k % 2 };
        const nonzero = Object.fromEntries(Object.entries(rules).filter(([, c]) => c > 0));
        // Spread over the part of each week that has passed this week, so no entry crosses a week boundary.
        const at = weeksBefore(now, weeksAgo) + Math.floor(Math.min(now - weekStart(now), 6 * DAY) * (k + 1) / (n + 1));
        entries.push(entry(at, nonzero, weeksAgo === 1 ? -45 : -30 + (7 - weeksAgo) * 6));
      }
    });
    const seed = await extensionPage();
    await seed.evaluate((history) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ history }), { version: 1, entries: entries.sort((a, b) => a.at - b.at) });
    await seed.close();

    const popup = await h.context.newPage();
    popup.on('pageerror', (e) => h.errors.push(`popup: ${e.message}`));
    await popup.setViewportSize({ width: 360, height: 760 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.poise-chart-bar').count(), { timeout: 5000 }).toBe(8);
    const heights = await popup.locator('.poise-chart-bar').evaluateAll((bars) => bars.map((b) => Math.round(Number(b.getAttribute('height')))));
    // Bars in proportion to the emails sent each week (the tallest, 7, is the full height).
    expect(heights.map((h) => Math.round((h / Math.max(...heights)) * 7))).toEqual(sentPerWeek.map((n) => n));
    expect(await popup.locator('.poise-chart-table tbody td:first-of-type').allTextContents()).toEqual(sentPerWeek.map(String));
    expect(await popup.locator('.poise-compare tr', { hasText: 'Emails sent' }).locator('td').allTextContents()).toEqual(['4', `${Math.round((3 + 5 + 4 + 6 + 2 + 7 + 5) / 7 * 10) / 10} a week`]);
    const patterns = await popup.locator('.poise-pattern').evaluateAll((items) => items.map((li) => `${li.querySelector('.poise-pattern-name')!.textContent}: ${li.querySelector('.poise-pattern-change')!.textContent}`));
    expect(patterns).toEqual([
      'Deadlines and ultimatums: 0 last week, 4 this week',
      'Other timid phrasing: 0 last week, 4 this week',
      'Your quota and quarter: 0 last week, 2 this week',
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(popup);
      expect(violations, `${scheme} theme`).toEqual([]);
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await popup.screenshot({ path: join(import.meta.dirname, `screenshots/popup-${scheme}.png`), fullPage: true });
    }

    // Keyboard: Tab reaches Open the coach, the chart's table and the options link, in that order.
    await popup.locator('body').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.keyboard.press('Tab');
      reached.push(await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached.slice(0, 3)).toEqual(['Open the coach', 'Show as a table', 'History and options']);
    await popup.close();
    expect(h.errors).toEqual([]);
  }, 60_000);

  it('says so when the stored history is unreadable, sets it aside and starts again', async () => {
    const seed = await extensionPage();
    await seed.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ history: { version: 1, entries: 'broken' } }));
    const popup = await extensionPage('popup.html');
    await expect.poll(() => popup.locator('.poise-note').textContent(), { timeout: 5000 }).toContain('could not be read, so Poise set it aside and started a new one');
    expect(await popup.locator('h2').first().textContent()).toBe('Your first week starts with your first email');
    const { historySetAside } = await seed.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('historySetAside'));
    expect((historySetAside as { data: unknown }[])[0]!.data).toEqual({ version: 1, entries: 'broken' });
    await popup.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => popup.locator('.poise-note').count(), { timeout: 3000 }).toBe(0);
    await seed.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.clear());
    expect(h.errors).toEqual([]);
    await popup.close();
    await seed.close();
  }, 60_000);

  it('options: exports the history as JSON and CSV and clears it after asking', async () => {
    const seed = await extensionPage();
    const e: HistoryEntry = { at: Date.now(), client: 'outlook', words: 80, findings: { hard_close: 1, self_serving: 0, timidity: 0 }, rules: { 'hard_close/you-need-this': 1 }, scores: { hard_close: 58, self_serving: 0, timidity: 0 }, balance: 58, applied: 0, dismissed: 1 };
    await seed.evaluate((history) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ history }), { version: 1, entries: [e] });
    await seed.close();
    const options = await extensionPage();
    const section = options.locator('.poise-history');
    await expect.poll(() => section.locator('p').first().textContent(), { timeout: 5000 }).toContain('keeps 1 sent email');
    const [json] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).entries).toEqual([e]);
    const [csv] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',outlook,80,1,0,0,58,0,0,58,0,1,"hard_close/you-need-this=1"');
    await section.getByRole('button', { name: 'Clear history' }).click();
    await section.getByRole('button', { name: 'Yes, clear history' }).click();
    await expect.poll(async () => (await storedHistory()).length, { timeout: 3000 }).toBe(0);
    await options.close();
  }, 60_000);

  /**
   * The real popup, opened by the browser over the mail tab (`action.openPopup`, Chrome 127+). It is a page of the
   * browser window rather than a tab, so Playwright reaches it only through CDP: this drives it with Runtime and
   * Input commands sent to its target.
   */
  const openRealPopup = async (page: Page) => {
    await page.bringToFront();
    const worker = h.context.serviceWorkers()[0]!;
    await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
    const cdp = await h.context.newCDPSession(page);
    let targetId: string | undefined;
    for (let i = 0; i < 50 && !targetId; i++) {
      targetId = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === `chrome-extension://${h.extensionId}/popup.html`)?.targetId;
      if (!targetId) await page.waitForTimeout(100);
    }
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false });
    let next = 0;
    type Reply = { id?: number; result?: { result?: { value?: unknown } } };
    const waiting = new Map<number, (m: Reply) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as Reply;
      if (m.id !== undefined) waiting.get(m.id)?.(m);
    });
    const call = (method: string, params: object) => new Promise<Reply>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
    const evaluate = async <T,>(expression: string): Promise<T> => (await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result?.result?.value as T;
    const press = async (key: string, code: string, text?: string) => {
      await call('Input.dispatchKeyEvent', { type: 'keyDown', key, code, ...(text ? { text } : {}) });
      await call('Input.dispatchKeyEvent', { type: 'keyUp', key, code });
    };
    return { evaluate, press, close: () => cdp.send('Target.closeTarget', { targetId: targetId! }) };
  };

  it('the real popup over a Gmail tab has a switch for Gmail, operated from the keyboard', async () => {
    await clearStorage();
    const page = await h.open('gmail-compose-new.html');
    await settled(page, BODY.gmail);
    const popup = await openRealPopup(page);
    await expect.poll(() => popup.evaluate<string>('document.querySelector("#poise-site-label")?.textContent ?? ""'), { timeout: 5000 }).toBe('Coach in Gmail');
    expect(await popup.evaluate<string>('document.querySelector("[role=switch]").getAttribute("aria-checked")')).toBe('true');
    expect(await popup.evaluate<string>('document.querySelector("h2").textContent')).toBe('Your first week starts with your first email');
    // Tab from the top reaches Open the coach, then the switch; Space turns Gmail off.
    await popup.evaluate('document.body.focus(), 0');
    const focused: string[] = [];
    for (let i = 0; i < 2; i++) {
      await popup.press('Tab', 'Tab');
      focused.push(await popup.evaluate<string>('document.activeElement.getAttribute("role") ?? document.activeElement.textContent'));
    }
    expect(focused).toEqual(['Open the coach', 'switch']);
    await popup.press(' ', 'Space', ' ');
    await expect.poll(() => popup.evaluate<string>('document.querySelector("[role=switch]").getAttribute("aria-checked")'), { timeout: 3000 }).toBe('false');
    // Poise stops coaching the Gmail draft at once.
    await expect.poll(async () => (await painted(page, BODY.gmail)).length, { timeout: 5000 }).toBe(0);
    await popup.press(' ', 'Space', ' ');
    await expect.poll(async () => (await painted(page, BODY.gmail)).length, { timeout: 5000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  }, 60_000);

  it('makes no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
