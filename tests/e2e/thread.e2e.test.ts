/**
 * The thread in a real Chromium with the built extension: the prospect's last message read from the fixture pages as
 * served at the real Gmail and Outlook URLs (Chromium's own selector engine and DOM, not jsdom's), and the side panel
 * saying what that message asks of the reply, above the findings, readable and accessible in light and dark.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { analyze, previewRewrite, SITUATION_TEXT } from '../../src/analyzer';
import type { TabState } from '../../src/messaging/protocol';
import { browserAvailable, FIXTURES, ROOT, useHarness, type Harness } from './browser';
import { hoverTooltip, painted, settled } from './page-helpers';
import { GMAIL_PROSPECT, OUTLOOK_PROSPECT } from '../editors/load';
import { seriousAxeViolations } from './axe';

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { fixtures: Record<string, { drafts: { text: string }[] }> };

/** The editors layer as one script for the page's main world (the extension's own copy runs in its isolated world). */
async function editorsScript(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import { gmailAdapter, outlookAdapter } from './src/editors'; globalThis.__poiseEditorsUnderTest = { gmailAdapter, outlookAdapter };",
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, write: false, format: 'iife', platform: 'browser',
  });
  return out.outputFiles[0]!.text;
}

describe.skipIf(!browserAvailable())('the thread in Chromium with the built extension', () => {
  const harness = useHarness();
  let h: Harness;
  beforeEach(() => {
    h = harness.h;
  });

  it.each([
    ['gmail-reply-inline.html', 'gmail', [GMAIL_PROSPECT]],
    ['outlook-reply.html', 'outlook', [OUTLOOK_PROSPECT]],
    ['gmail-two-composes.html', 'gmail', ['', '']],
    ['outlook-compose-new.html', 'outlook', ['']],
  ] as const)('reads the prospect’s last message of %s as the real page shows it', async (fixture, client, want) => {
    const page = await h.open(fixture);
    await settled(page, client === 'gmail' ? 'div[g_editable="true"]' : '[id^="editorParent_"] > div[contenteditable="true"]');
    await page.addScriptTag({ content: await editorsScript() });
    const read = await page.evaluate((c) => {
      const editors = (globalThis as unknown as { __poiseEditorsUnderTest: Record<string, { findDrafts(d: Document): { prospectMessage(): string; extract(): { text: string } }[] }> }).__poiseEditorsUnderTest;
      return editors[`${c}Adapter`]!.findDrafts(document).map((d) => ({ prospect: d.prospectMessage(), draft: d.extract().text }));
    }, client);
    expect(read.map((r) => r.prospect)).toEqual(want);
    expect(read.map((r) => r.draft)).toEqual(expected.fixtures[fixture]!.drafts.map((d) => d.text));
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('coaches a reply without painting the quote or storing a word of the prospect’s message', async () => {
    const page = await h.open('gmail-reply-inline.html');
    const body = 'div[g_editable="true"]';
    const marks = await settled(page, body);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.body === 0)).toBe(true);
    const inQuote = await page.evaluate(() => {
      const quote = document.querySelector('div[g_editable="true"] .gmail_quote')!;
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].flatMap((hl) => [...hl]).filter((r) => quote.contains(r.startContainer) || quote.contains(r.endContainer)).length;
    });
    expect(inQuote).toBe(0);
    // A dismissal writes to storage: still nothing of their message (nor of the draft) is in it.
    const first = marks[0]!.text;
    // Findings may overlap (the model's reading of the whole sentence around a rule's words): Dismiss takes away the
    // one highlight whose tooltip it was.
    const paintedCount = async () => (await painted(page, body)).length;
    const before = await paintedCount();
    await (await hoverTooltip(page, first)).locator('.poise-dismiss').click();
    await expect.poll(paintedCount, { timeout: 3000 }).toBe(before - 1);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const stored = JSON.stringify(await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<unknown> } } } }).chrome.storage.local.get()));
    for (const words of ['20% off', 'CFO', 'onboarding included', 'budget number', first]) expect(stored).not.toContain(words);
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    await options.close();
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  /**
   * The whole path with the real analyser: the rep replaces their reply with a short one that gives the discount away;
   * the quote under it is the prospect's discount request. The coach reads it, highlights the cave as a thread finding
   * (its tooltip says what in their message it answers), and the panel names the situation.
   */
  it.each([
    ['gmail-reply-inline.html', 'div[g_editable="true"]', '.gmail_quote', GMAIL_PROSPECT],
    ['outlook-reply.html', '[id^="editorParent_"] > div[contenteditable="true"]', '#divRplyFwdMsg', OUTLOOK_PROSPECT],
  ] as const)('in %s a reply that gives the discount away is a thread finding, and the panel names their request', async (fixture, body, quote, prospect) => {
    const reply = 'Hi, sure, we can take 20% off the annual plan. I will send the new order form today. Thanks, Jordan';
    const want = analyze(reply, { prospect });
    expect(want.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    const cave = want.findings.find((f) => f.rule === 'thread/caves-on-price')!;
    const page = await h.open(fixture);
    await settled(page, body);
    // Select the rep's own words (everything before the quote) and type the new reply over them, as a rep would.
    await page.locator(body).first().click();
    await page.evaluate(({ body, quote }) => {
      const editor = document.querySelector(body)!;
      const range = document.createRange();
      // End inside the rep's last block of text, so what is typed stays in the rep's part, not in the quote's block.
      let last = editor.querySelector(quote)!.previousElementSibling;
      while (last && !last.textContent!.trim()) last = last.previousElementSibling;
      range.setStart(editor, 0);
      range.setEnd(last!, last!.childNodes.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, { body, quote });
    await page.keyboard.type(`${reply}\n`);
    await expect.poll(async () => (await painted(page, body)).map((r) => r.text), { timeout: 5000 }).toContain(cave.text);
    const marks = await settled(page, body);
    expect(marks.map((m) => m.text)).toEqual(want.findings.map((f) => f.text));
    const tooltip = await hoverTooltip(page, cave.text);
    expect(await tooltip.locator('.poise-message').textContent()).toBe(cave.message);
    expect(cave.message).toMatch(/^They asked for a lower price/);
    // The panel, following this tab's focused draft, names what their message asks and lists the thread finding.
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('.poise-thread p').textContent(), { timeout: 5000 }).toBe(`${SITUATION_TEXT.discount.line} ${SITUATION_TEXT.discount.advice}`);
    expect(await panel.locator('.poise-finding .poise-message').allTextContents()).toContain(cave.message);
    if (fixture.startsWith('gmail')) await panel.screenshot({ path: join(import.meta.dirname, 'screenshots/sidepanel-thread-live.png'), fullPage: true });
    expect(h.errors).toEqual([]);
    await panel.close();
    await page.close();
  }, 60_000);

  /**
   * The panel as a tab, fed one mail tab's state by another extension page, as a content script would send it (the
   * panel forgets a tab's state when the tab closes, so the sender stays open until the panel closes).
   */
  async function panelShowing(state: TabState): Promise<Page> {
    const panel = await h.context.newPage();
    panel.on('pageerror', (e) => h.errors.push(`sidepanel: ${e.message}`));
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    const sender = await h.context.newPage();
    await sender.goto(`chrome-extension://${h.extensionId}/options.html`);
    await panel.bringToFront();
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 5000 }).toBe('No mail tab is open');
    // Not awaited: nobody answers a tab-state message.
    await sender.evaluate((s) => {
      void (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'poise/tab-state', state: s }).catch(() => {});
    }, state);
    panel.on('close', () => void sender.close());
    return panel;
  }

  it('shows what their last message asks, above the findings, with no serious axe violation in light and dark', async () => {
    const text = expected.fixtures['gmail-reply-inline.html']!.drafts[0]!.text;
    const report = analyze(text);
    const state: TabState = {
      client: 'gmail', status: 'draft', focusedAt: Date.now(),
      draft: {
        key: 'gmail:compose:9',
        findings: report.findings.map((finding) => ({ finding, previews: finding.rewrites.slice(0, 3).map((rewrite) => ({ rewrite, ...previewRewrite(text, finding, rewrite) })) })),
        scores: report.scores, balance: report.balance, stats: report.stats, notes: report.notes, analysed: true,
        thread: { situation: 'discount', faults: [] },
      },
    };
    const panel = await panelShowing(state);
    const line = panel.locator('.poise-thread p');
    await expect.poll(() => line.textContent(), { timeout: 5000 }).toBe(`${SITUATION_TEXT.discount.line} ${SITUATION_TEXT.discount.advice}`);
    const order = await panel.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => s.className));
    expect(order.indexOf('poise-card poise-thread')).toBe(order.indexOf('poise-findings') - 1);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(panel);
      expect(violations, `${scheme} theme`).toEqual([]);
      expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await panel.locator('.poise-thread').scrollIntoViewIfNeeded();
      await panel.screenshot({ path: join(import.meta.dirname, `screenshots/sidepanel-thread-${scheme}.png`) });
    }
    expect(h.errors).toEqual([]);
    await panel.close();
  }, 60_000);

  it('adds nothing for a first email (situation none)', async () => {
    const report = analyze('Hi Sam,\n\nWould Tuesday at 10 work to walk through the rollout plan?\n');
    const panel = await panelShowing({
      client: 'gmail', status: 'draft', focusedAt: Date.now(),
      draft: { key: 'k', findings: [], scores: report.scores, balance: report.balance, stats: report.stats, notes: report.notes, analysed: true, thread: { situation: 'none', faults: [] } },
    });
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 5000 }).toBe('Tone');
    expect(await panel.locator('.poise-thread').count()).toBe(0);
    await panel.close();
  }, 60_000);

  it('makes no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
