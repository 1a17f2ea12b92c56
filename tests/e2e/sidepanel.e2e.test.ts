/**
 * The side panel in a real Chromium with the built extension, opened as chrome-extension://ID/sidepanel.html in a
 * tab (it then follows the mail tab in which a draft was last focused), beside the fixture pages served at the real
 * Gmail and Outlook URLs. What a rep would notice: the findings listed, the draft Apply leaves, what Ctrl+Z
 * restores, the words selected, the panel switching drafts, the plain empty states, and that it reads well.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze, CATEGORIES, rewriteEdit } from '../../src/analyzer';
import { browserAvailable, useHarness, type Harness } from './browser';
import { BODY, expected, inPanelOrder } from './expectations';
import { hoverTooltip, listedFindings as listed, painted, settled } from './page-helpers';
import { seriousAxeViolations } from './axe';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const draftText = (fixture: string, index = 0) => expected.fixtures[fixture]!.drafts.find((d) => d.index === index)!.text;


describe.skipIf(!browserAvailable())('the side panel in Chromium with the built extension', () => {
  const harness = useHarness();
  let h: Harness;
  beforeEach(() => {
    h = harness.h;
  });

  const openPanel = async (width = 360) => {
    const panel = await h.context.newPage();
    panel.on('pageerror', (e) => h.errors.push(`sidepanel: ${e.message}`));
    panel.on('console', (m) => {
      if (m.type() === 'error') h.errors.push(`sidepanel: console: ${m.text()}`);
    });
    await panel.setViewportSize({ width, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    return panel;
  };

  /** A fixture's compose, analysed and then focused by a click, as a rep starting to write. */
  const focusedDraft = async (fixture: string, client: 'gmail' | 'outlook', index = 0) => {
    const page = await h.open(fixture);
    await settled(page, BODY[client]);
    await page.locator(BODY[client]).nth(index).click();
    return page;
  };

  it('says plainly that no mail tab is open', async () => {
    const panel = await openPanel();
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 5000 }).toBe('No mail tab is open');
    expect(await panel.locator('.poise-empty p').first().textContent()).toContain('Open Gmail or Outlook on the web');
    expect(h.errors).toEqual([]);
    await panel.close();
  }, 60_000);

  it('lists exactly the findings of the focused Gmail draft, grouped by category in draft order, with the gauge and scores', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const panel = await openPanel();
    const report = analyze(draftText('gmail-compose-new.html'));
    await expect.poll(() => listed(panel), { timeout: 5000 }).toEqual(inPanelOrder(report.findings));
    const first = inPanelOrder(report.findings)[0]!;
    const f = report.findings.find((x) => squash(x.text) === first.text)!;
    const item = panel.locator('.poise-finding').first();
    expect(await item.locator('.poise-message').textContent()).toBe(f.message);
    expect(await item.locator('.poise-why').textContent()).toBe(f.why);
    expect(await item.locator('.poise-apply').count()).toBe(Math.min(3, f.rewrites.length));
    const gauge = panel.locator('[role="meter"]');
    expect(Number(await gauge.getAttribute('aria-valuenow'))).toBe(report.balance);
    expect(await panel.locator('.poise-score-value').allTextContents()).toEqual(CATEGORIES.map((c) => String(report.scores[c])));
    expect(await panel.locator('.poise-stat-value').first().textContent()).toBe(String(report.stats.words));
    expect(await panel.locator('.poise-notes li').allTextContents()).toEqual(report.notes.map((n) => n.message));
    expect(h.errors).toEqual([]);
    await panel.close();
    await page.close();
  }, 60_000);

  it('Apply in the panel rewrites the draft as previewed, Ctrl+Z restores it, and the finding leaves the panel', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const body = page.locator(BODY.gmail);
    const textNow = () => body.evaluate((el) => (el as HTMLElement).innerText.replace(/\u00A0/g, ' '));
    const original = await textNow();
    const panel = await openPanel();
    const text = draftText('gmail-compose-new.html');
    const words = 'I know you’re busy';
    const finding = analyze(text).findings.find((x) => x.text === words)!;
    const rewrite = finding.rewrites[0]!;
    const edit = rewriteEdit(text, finding, rewrite);
    const item = panel.locator('.poise-finding').filter({ hasText: `“${words}”` });
    await expect.poll(() => item.count(), { timeout: 5000 }).toBe(1);
    // The sentence that goes is previewed struck.
    expect(await item.locator('.poise-preview del').first().textContent()).toBe(text.slice(edit.start, edit.end).trim());
    await item.locator('.poise-apply').first().click();
    await expect.poll(textNow, { timeout: 3000 }).toBe(original.replace(text.slice(edit.start, edit.end), rewrite));
    await expect.poll(() => listed(panel), { timeout: 3000 }).not.toContainEqual({ category: 'timidity', text: words });
    await body.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(textNow, { timeout: 3000 }).toBe(original);
    await expect.poll(async () => (await listed(panel)).map((l) => l.text), { timeout: 3000 }).toContain(words);
    expect(h.errors).toEqual([]);
    await panel.close();
    await page.close();
  }, 60_000);

  it('adds the finding of a faulty sentence as the rep types it, without moving what sits above the findings', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const panel = await openPanel();
    await expect.poll(async () => (await listed(panel)).length, { timeout: 5000 }).toBeGreaterThan(0);
    // Where the tone and statistics cards sit; a finding added below them must not push them around.
    const boxes = () => panel.locator('.poise-card').evaluateAll((cards) => cards.slice(0, 2).map((c) => { const r = c.getBoundingClientRect(); return [r.top, r.height]; }));
    const before = await boxes();
    // The rep goes back to the mail tab to type (the panel, opened as a tab here, keeps listening behind it).
    await page.bringToFront();
    // The caret at the end of the draft's first paragraph (Ctrl+End would land in the signature, which is not coached).
    await page.locator(BODY.gmail).evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.includes('Thanks for walking me through'));
      (el as HTMLElement).focus();
      getSelection()!.collapse(node!, node!.textContent!.length);
    });
    await page.keyboard.type(' Honestly, your team needs this.');
    let highlightAt = 0;
    let panelAt = 0;
    const start = Date.now();
    while ((!highlightAt || !panelAt) && Date.now() - start < 8000) {
      const [marks, items] = await Promise.all([painted(page, BODY.gmail), listed(panel)]);
      const now = Date.now();
      if (!highlightAt && marks.some((m) => m.text === 'your team needs this')) highlightAt = now;
      if (!panelAt && items.some((i) => i.text === 'your team needs this' && i.category === 'hard_close')) panelAt = now;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(highlightAt, 'highlighted in the draft').toBeGreaterThan(0);
    expect(panelAt, 'listed in the panel').toBeGreaterThan(0);
    // How soon after the highlight the panel shows it is a speed target: npm run bench:typing measures it.
    expect(await boxes()).toEqual(before);
    await panel.close();
    await page.close();
  }, 60_000);

  it('clicking a finding selects its words in the draft; Enter on a focused Apply applies; Escape returns to the draft', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const panel = await openPanel();
    const item = panel.locator('.poise-finding').filter({ hasText: '“Sorry to bother you”' });
    await expect.poll(() => item.count(), { timeout: 5000 }).toBe(1);
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await item.locator('.poise-finding-show').click();
    await expect.poll(() => page.evaluate(() => getSelection()!.toString()), { timeout: 3000 }).toBe('Sorry to bother you');

    // From the keyboard: Tab through the panel to that finding's Remove, Enter applies it.
    const body = page.locator(BODY.gmail);
    const textNow = () => body.evaluate((el) => (el as HTMLElement).innerText.replace(/\u00A0/g, ' '));
    const before = await textNow();
    await panel.bringToFront();
    await panel.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await panel.evaluate(() => {
        const el = document.activeElement;
        return !!el?.classList.contains('poise-apply') && el.textContent === 'Remove' && !!el.closest('.poise-finding')?.textContent?.includes('Sorry to bother you');
      });
    }
    expect(reached, 'Tab reaches the Remove of "Sorry to bother you"').toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(textNow, { timeout: 3000 }).toBe(before.replace('Sorry to bother you, I know you’re busy.\n', ''));

    await panel.locator('.poise-finding-show').first().focus();
    await panel.keyboard.press('Escape');
    await expect.poll(() => page.evaluate((sel) => document.activeElement === document.querySelector(sel), BODY.gmail), { timeout: 3000 }).toBe(true);
    expect(h.errors).toEqual([]);
    await panel.close();
    await page.close();
  }, 60_000);

  it('switches to the second compose when the rep focuses it', async () => {
    const page = await focusedDraft('gmail-two-composes.html', 'gmail', 0);
    const panel = await openPanel();
    const first = inPanelOrder(analyze(draftText('gmail-two-composes.html', 0)).findings);
    const second = inPanelOrder(analyze(draftText('gmail-two-composes.html', 1)).findings);
    expect(first).not.toEqual(second);
    await expect.poll(() => listed(panel), { timeout: 5000 }).toEqual(first);
    await page.locator(BODY.gmail).nth(1).click();
    await expect.poll(() => listed(panel), { timeout: 3000 }).toEqual(second);
    await page.locator(BODY.gmail).nth(0).click();
    await expect.poll(() => listed(panel), { timeout: 3000 }).toEqual(first);
    await panel.close();
    await page.close();
  }, 60_000);

  it('lists exactly the findings of the focused Outlook draft', async () => {
    const page = await focusedDraft('outlook-compose-new.html', 'outlook');
    const panel = await openPanel();
    await expect.poll(() => listed(panel), { timeout: 5000 }).toEqual(inPanelOrder(analyze(draftText('outlook-compose-new.html')).findings));
    expect(await panel.locator('.poise-where').textContent()).toBe('Outlook draft in focus');
    await panel.close();
    await page.close();
  }, 60_000);

  it('says so when the site is turned off, and when the mail tab has no draft', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const panel = await openPanel();
    await expect.poll(async () => (await listed(panel)).length, { timeout: 5000 }).toBeGreaterThan(0);
    await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { sites: object }>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? { version: 1 }), sites: { gmail: false, outlook: true } } });
    });
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 3000 }).toBe('Poise is turned off for Gmail');
    await panel.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 5000 }).toBe('Tone');

    // The compose closes (Gmail's Discard): the tab has no draft any more.
    await page.bringToFront();
    await page.evaluate((sel) => document.querySelector(sel)!.closest('div.M9, [role="dialog"]')!.remove(), BODY.gmail);
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 5000 }).toBe('No draft open in Gmail');
    expect(await panel.locator('.poise-empty p').textContent()).toContain('Click Compose or Reply');
    await panel.close();
    await page.close();
  }, 60_000);

  it('has no serious or critical axe-core violation with findings shown, in light and dark, and reads well at 360 px', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const panel = await openPanel(360);
    await expect.poll(async () => (await listed(panel)).length, { timeout: 5000 }).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(panel);
      expect(violations, `${scheme} theme`).toEqual([]);
      // Nothing wider than the panel: no sideways scrolling at 360 px.
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await panel.screenshot({ path: join(import.meta.dirname, `screenshots/sidepanel-${scheme}.png`), fullPage: true });
    }
    // The narrowest and widest panel the issue asks for: still nothing wider than the panel.
    for (const width of [320, 400]) {
      await panel.setViewportSize({ width, height: 900 });
      expect(await panel.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
    }
    await panel.close();
    await page.close();
  }, 60_000);

  it('shows a better sentence to write by hand where no rewrite can be applied, in light and dark at 360 px', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const panel = await openPanel(360);
    await expect.poll(async () => (await listed(panel)).length, { timeout: 5000 }).toBeGreaterThan(0);
    await page.bringToFront();
    // A new line after the ask, above the sign-off (the signature is never analysed).
    await page.locator(BODY.gmail!).getByText('Would a 20-minute call', { exact: false }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const typed = 'The spares ship on Monday, you really need this upgrade, and the fitter can come on Thursday.';
    await page.keyboard.type(typed);
    await expect.poll(async () => (await listed(panel)).map((i) => i.text), { timeout: 8000 }).toContain('you really need this');
    await panel.bringToFront();
    const want = analyze(typed).findings.find((f) => f.rule === 'hard_close/you-need-this')!.example!;
    const example = panel.locator('.poise-finding').filter({ hasText: '“you really need this”' }).locator('.poise-example');
    expect(await example.count()).toBe(1);
    expect(await example.textContent()).toBe(`Try, in your own words: ${want}`);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousAxeViolations(panel), `${scheme} theme`).toEqual([]);
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await example.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: join(import.meta.dirname, `screenshots/sidepanel-by-hand-${scheme}.png`) });
    }
    await panel.close();
    await page.close();
  }, 60_000);

  it('opens the real side panel from "Open the coach" in the popup and in a tooltip', async () => {
    const page = await focusedDraft('gmail-compose-new.html', 'gmail');
    const cdp = await h.context.newCDPSession(page);
    // Chrome's side panel is a page of the browser window, not a tab: Playwright lists it only through CDP.
    const panels = async () => (await cdp.send('Target.getTargets')).targetInfos
      .filter((t) => t.type === 'page' && t.url === `chrome-extension://${h.extensionId}/sidepanel.html`);
    const closePanels = async () => {
      for (const t of await panels()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
      await expect.poll(async () => (await panels()).length, { timeout: 3000 }).toBe(0);
    };
    await closePanels();

    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Open the coach' }).click();
    await expect.poll(async () => (await panels()).length, { timeout: 5000 }).toBe(1);
    if (!popup.isClosed()) await popup.close();
    await closePanels();

    await page.bringToFront();
    const tooltip = await hoverTooltip(page, 'you need this');
    await tooltip.locator('.poise-open-coach', { hasText: 'Open the coach' }).click();
    await expect.poll(async () => (await panels()).length, { timeout: 5000 }).toBe(1);
    await closePanels();
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('makes no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
