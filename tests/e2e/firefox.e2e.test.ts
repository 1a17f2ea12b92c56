/**
 * The coach in a real Firefox (Debian's firefox-esr) with the built Firefox extension installed as a temporary
 * add-on, on the fixture pages served at the real Gmail and Outlook URLs: the same promises the Chromium suite
 * checks, where Firefox differs (its content scripts see the page through Xray wrappers, src/page-realm.ts). What a
 * rep would notice: the words highlighted (by the Highlight API, or by the overlay where the page has none), the
 * tooltip, the text Apply leaves, what Ctrl+Z restores, the HTML that would be sent, the options page, the popup,
 * the side panel page, and that nothing leaves the machine.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { analyze, CATEGORIES } from '../../src/analyzer';
import { FIXTURES } from './browser';
import { BODY, expectExactlyTheFindings, expected, firstRewriteOf, inPanelOrder } from './expectations';
import { firefoxAvailable, inFirefox, useFirefox, type FirefoxHarness } from './firefox';
import { listedFindings, painted, pointOf, settled } from './page-helpers';

const SHOTS = join(import.meta.dirname, 'screenshots');
const draftText = (fixture: string, index = 0) => expected.fixtures[fixture]!.drafts.find((d) => d.index === index)!.text;
const clientOf = (fixture: string) => expected.fixtures[fixture]!.client;

/** Each compose body's HTML now, beside the same body parsed from the fixture's source. */
async function bodyHtml(page: Page, fixture: string): Promise<{ live: string[]; source: string[] }> {
  const source = readFileSync(join(FIXTURES, fixture), 'utf8');
  return page.evaluate((html, sel) => ({
    live: [...document.querySelectorAll(sel)].map((b) => b.innerHTML),
    source: [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll(sel)].map((b) => b.innerHTML),
  }), source, BODY[clientOf(fixture)]);
}

const textOf = (page: Page, selector: string, index = 0) =>
  page.evaluate((sel, i) => (document.querySelectorAll(sel)[i] as HTMLElement).innerText.replace(/\u00A0/g, ' '), selector, index);

/** What the tooltip shows, read from its shadow root; null while it is closed. */
const tooltipNow = (page: Page) => page.evaluate(() => {
  const host = document.querySelector('poise-tooltip') as HTMLElement | null;
  const tip = host?.shadowRoot?.querySelector('.poise-tooltip');
  if (!host || !tip || host.style.display === 'none') return null;
  const first = tip.querySelector('.poise-rewrites li');
  return {
    role: tip.getAttribute('role'),
    message: tip.querySelector('.poise-message')?.textContent ?? '',
    why: tip.querySelector('.poise-why')?.textContent ?? '',
    firstRewrite: first?.querySelector('ins')?.textContent ?? '',
    firstApplyLabel: first?.querySelector('.poise-apply')?.getAttribute('aria-label') ?? '',
  };
});

/** The centre of the first box of `words` in the draft, found in its text (the overlay leaves no Range to ask). */
const pointOfWords = (page: Page, selector: string, words: string) => page.evaluate((sel, w) => {
  const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(w);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + w.length);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`no "${w}" in the draft`);
}, selector, words);

/** Moves the mouse onto the highlighted words, as a rep would, and waits for the tooltip. */
async function hover(page: Page, words: string, point?: { x: number; y: number }) {
  point ??= await pointOf(inFirefox(page), words);
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => tooltipNow(page), { timeout: 3000 }).not.toBeNull();
  return (await tooltipNow(page))!;
}

/** Clicks a button inside the tooltip's shadow root with the mouse. */
async function clickInTooltip(page: Page, selector: string) {
  const button = await page.$(`poise-tooltip >>> ${selector}`);
  expect(button, `tooltip button ${selector}`).not.toBeNull();
  await button!.click();
}

async function undo(page: Page, selector: string) {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyZ');
  await page.keyboard.up('Control');
}

/** A draft's lines with words on them: what the rep reads, whatever empty lines an edit left. */
const nonBlankLines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe.skipIf(!firefoxAvailable())('the coach in Firefox with the built extension', () => {
  const firefox = useFirefox();
  let h: FirefoxHarness;
  beforeEach(() => {
    h = firefox.h;
  });

  describe.each(Object.keys(expected.fixtures))('%s', (fixture) => {
    it('highlights exactly what the analyser finds, every planted phrase and nothing else, and leaves the HTML as it was', async () => {
      const page = await h.open(fixture);
      const { drafts } = expected.fixtures[fixture]!;
      expectExactlyTheFindings(fixture, await settled(inFirefox(page), BODY[clientOf(fixture)], drafts.length));
      const { live, source } = await bodyHtml(page, fixture);
      expect(live.length).toBe(drafts.length);
      expect(live, 'highlights wrote nothing into the editor').toEqual(source);
      expect(h.errors).toEqual([]);
      await page.close();
    }, 60_000);
  });

  it.each([
    ['gmail-compose-new.html', 'I know you’re busy'],
    ['outlook-compose-new.html', 'feel free to ignore this if you’re'],
  ])('%s: the tooltip on hover for "%s"; Apply edits its sentence and Ctrl+Z restores the draft and its HTML', async (fixture, words) => {
    const page = await h.open(fixture);
    const body = BODY[clientOf(fixture)];
    await settled(inFirefox(page), body);
    const gmail = clientOf(fixture) === 'gmail';
    if (gmail) await page.screenshot({ path: join(SHOTS, 'firefox-gmail-coached.png') });
    const originalHtml = (await bodyHtml(page, fixture)).live[0];
    const originalText = await textOf(page, body);

    const { finding, rewrite, replaced, lineAfter: sentenceAfter, label } = firstRewriteOf(fixture, words);
    const tip = await hover(page, words);
    expect(tip).toEqual({ role: tip.role, message: finding.message, why: finding.why, firstRewrite: rewrite, firstApplyLabel: label });
    if (gmail) await page.screenshot({ path: join(SHOTS, 'firefox-gmail-tooltip.png') });

    await clickInTooltip(page, '.poise-rewrites li:first-child .poise-apply');
    const applied = originalText.replace(replaced, rewrite);
    // Firefox empties a removed line's block but leaves it standing (Chromium joins them): one blank line more, the
    // words exactly as Chromium leaves them.
    await expect.poll(async () => nonBlankLines(await textOf(page, body)), { timeout: 3000 }).toEqual(nonBlankLines(applied));
    if (rewrite !== '') expect(await textOf(page, body)).toBe(applied);
    if (rewrite !== '') expect(applied.split('\n')).toContain(sentenceAfter);
    await undo(page, body);
    await expect.poll(() => textOf(page, body), { timeout: 3000 }).toBe(originalText);
    await expect.poll(async () => (await bodyHtml(page, fixture)).live[0], { timeout: 3000 }).toBe(originalHtml);
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens the tooltip from the keyboard with Alt+Shift+P, and Escape closes it', async () => {
    const page = await h.open('outlook-compose-new.html');
    const ranges = await settled(inFirefox(page), BODY.outlook);
    const words = ranges.find((r) => r.category === 'timidity')!.text;
    // The caret three characters into a timid phrase, as a rep arrowing through the draft would leave it.
    await page.evaluate((w) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const target = [...registry.values()].flatMap((hl) => [...hl]).find((r) => r.toString() === w)!;
      (target.startContainer.parentElement!.closest('[contenteditable="true"]') as HTMLElement).focus();
      getSelection()!.collapse(target.startContainer, target.startOffset + 3);
    }, words);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyP');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await expect.poll(() => tooltipNow(page), { timeout: 3000 }).not.toBeNull();
    expect((await tooltipNow(page))!.role).toBe('dialog');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('poise-tooltip');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipNow(page), { timeout: 3000 }).toBeNull();
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('remembers Dismiss across reloads without storing the words, and Turn off this rule in settings', async () => {
    const page = await h.open('gmail-compose-new.html');
    const body = BODY.gmail;
    await settled(inFirefox(page), body);
    await hover(page, 'Sorry to bother you');
    await clickInTooltip(page, '.poise-dismiss');
    await expect.poll(async () => (await painted(inFirefox(page), body)).map((r) => r.text), { timeout: 3000 }).not.toContain('Sorry to bother you');
    await page.reload();
    const after = await settled(inFirefox(page), body);
    expect(after.map((r) => r.text)).not.toContain('Sorry to bother you');
    expect(after.map((r) => r.text)).toContain('you need this');

    await hover(page, 'you need this');
    await clickInTooltip(page, '.poise-turn-off');
    await expect.poll(async () => (await painted(inFirefox(page), body)).map((r) => r.text), { timeout: 5000 }).not.toContain('you need this');

    const options = await h.openExtensionPage('options.html', 'options');
    type Storage = { storage: { local: { get(): Promise<Record<string, unknown>>; clear(): Promise<void> } } };
    const stored = await options.evaluate(() => (globalThis as unknown as { browser: Storage }).browser.storage.local.get());
    expect((stored.settings as { disabledRules: string[] }).disabledRules).toContain('hard_close/you-need-this');
    const everything = JSON.stringify(stored);
    for (const words of ['Sorry to bother you', 'you need this', 'Dana', 'dispatch']) expect(everything).not.toContain(words);
    // Leave the profile as the other tests expect it: every rule on, nothing dismissed.
    await options.evaluate(() => (globalThis as unknown as { browser: Storage }).browser.storage.local.clear());
    await options.close();
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('draws the overlay over exactly the findings when the page has no Highlight API (Firefox before 140)', async () => {
    const fixture = 'gmail-compose-new.html';
    const page = await h.open(fixture, {
      beforeScripts: () => {
        delete (window as { Highlight?: unknown }).Highlight;
        delete (CSS as { highlights?: unknown }).highlights;
      },
    });
    const findings = analyze(draftText(fixture)).findings;
    // One box per line a finding covers: at least one per finding, each in its category's colour class.
    const overlay = () => page.evaluate((sel) => {
      const body = document.querySelector(sel)!.getBoundingClientRect();
      const marks = [...(document.querySelector('poise-overlay')?.shadowRoot?.querySelectorAll('.poise-mark') ?? [])];
      return {
        highlightApi: 'Highlight' in window,
        categories: marks.map((m) => m.className.replace('poise-mark poise-', '')),
        insideBody: marks.every((m) => {
          const r = m.getBoundingClientRect();
          return r.width > 0 && r.left >= body.left && r.right <= body.right && r.top >= body.top && r.bottom <= body.bottom;
        }),
      };
    }, BODY.gmail);
    await expect.poll(async () => (await overlay()).categories.length, { timeout: 8000 }).toBeGreaterThanOrEqual(findings.length);
    const drawn = await overlay();
    expect(drawn.highlightApi).toBe(false);
    expect(drawn.insideBody).toBe(true);
    for (const c of CATEGORIES) {
      const count = findings.filter((f) => f.category === c).length;
      expect(drawn.categories.filter((x) => x === c).length, c).toBeGreaterThanOrEqual(count);
    }
    // The boxes sit over the findings' words: the word under each box's centre belongs to a finding.
    const under = await page.evaluate(() => [...document.querySelector('poise-overlay')!.shadowRoot!.querySelectorAll('.poise-mark')].map((m) => {
      const r = m.getBoundingClientRect();
      const caret = document.caretPositionFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const text = caret?.offsetNode.textContent ?? '';
      const at = caret?.offset ?? 0;
      return (text.slice(0, at).match(/\S*$/)![0] + text.slice(at).match(/^\S*/)![0]).replace(/[.,]$/, '');
    }));
    for (const word of under) expect(findings.some((f) => f.text.includes(word)), `"${word}" is in a finding`).toBe(true);
    expect((await bodyHtml(page, fixture)).live).toEqual((await bodyHtml(page, fixture)).source);
    await page.screenshot({ path: join(SHOTS, 'firefox-gmail-overlay.png') });
    const finding = findings.find((f) => f.text === 'you need this')!;
    const tip = await hover(page, finding.text, await pointOfWords(page, BODY.gmail, finding.text));
    expect(tip.message, 'the tooltip opens without the Highlight API too').toBe(finding.message);
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('"Open the coach" in the tooltip opens the coach page, which lists the draft\'s findings; Apply there rewrites the draft', async () => {
    const fixture = 'gmail-compose-new.html';
    const page = await h.open(fixture);
    await settled(inFirefox(page), BODY.gmail);
    await page.focus(BODY.gmail);
    const tabs = new Set(await h.browser.pages());
    await hover(page, 'you need this');
    await clickInTooltip(page, '.poise-open-coach');
    // Firefox opens a sidebar only from a click on the extension's own UI or its shortcut, not from a content
    // script's message: the background falls back to the same page in a tab (entrypoints/background.ts).
    const panel = await h.waitForExtensionPage('sidepanel.html', 'sidepanel', tabs);
    const report = analyze(draftText(fixture));
    await expect.poll(() => listedFindings(inFirefox(panel)), { timeout: 8000 }).toEqual(inPanelOrder(report.findings));
    await panel.screenshot({ path: join(SHOTS, 'firefox-sidepanel.png') });

    const words = 'I know you’re busy';
    const { rewrite, replaced } = firstRewriteOf(fixture, words);
    const before = await textOf(page, BODY.gmail);
    let clicked = false;
    for (const item of await panel.$$('.poise-finding')) {
      if (clicked || (await item.evaluate((li) => li.querySelector('.poise-quote')?.textContent)) !== `“${words}”`) continue;
      await (await item.$('.poise-apply'))!.click();
      clicked = true;
    }
    expect(clicked, `the panel lists "${words}" with an Apply`).toBe(true);
    await expect.poll(async () => nonBlankLines(await textOf(page, BODY.gmail)), { timeout: 3000 }).toEqual(nonBlankLines(before.replace(replaced, rewrite)));
    await expect.poll(async () => (await listedFindings(inFirefox(panel))).map((l) => l.text), { timeout: 3000 }).not.toContain(words);
    expect(h.errors).toEqual([]);
    await panel.close();
    await page.close();
  }, 60_000);

  it('the options page and the popup open and work', async () => {
    const options = await h.openExtensionPage('options.html', 'options');
    const headings = await options.evaluate(() => [...document.querySelectorAll('h1, h2')].map((e) => e.textContent));
    expect(headings.length).toBeGreaterThan(1);
    // Unticking "Gmail" under "Where Poise coaches" is stored.
    const box = await options.$('input[type="checkbox"]');
    expect(box).not.toBeNull();
    await box!.click();
    await expect.poll(() => options.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, { sites?: Record<string, boolean> }>> } } } }).browser.storage.local.get('settings').then((s) => s.settings?.sites?.gmail)), { timeout: 3000 }).toBe(false);
    await options.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> } } } }).browser.storage.local.clear());
    await options.close();

    const popup = await h.openExtensionPage('popup.html', 'popup');
    expect(await popup.evaluate(() => document.querySelector('.poise-open-coach')?.textContent)).toBe('Open the coach');
    await popup.close();
    expect(h.errors).toEqual([]);
  }, 60_000);

  it('sending a Gmail draft adds one entry to the history, without its words, and the popup counts it', async () => {
    type Local = { storage: { local: { get(k?: string): Promise<Record<string, unknown>>; clear(): Promise<void> } } };
    const page = await h.open('gmail-compose-new.html');
    await settled(inFirefox(page), BODY.gmail);
    await (await page.$('[role="button"][data-tooltip^="Send"]'))!.click();
    // The fixture has no client script: remove the compose as Gmail does after sending.
    await page.evaluate((sel) => document.querySelector(sel)!.closest('div.M9, [role="dialog"]')!.remove(), BODY.gmail);
    const options = await h.openExtensionPage('options.html', 'options');
    const entries = () => options.evaluate(() => (globalThis as unknown as { browser: Local }).browser.storage.local.get('history')
      .then((s) => ((s.history as { entries?: unknown[] } | undefined)?.entries ?? []) as { client: string; words: number }[]));
    await expect.poll(async () => (await entries()).length, { timeout: 5000 }).toBe(1);
    const report = analyze(draftText('gmail-compose-new.html'));
    expect((await entries())[0]).toMatchObject({ client: 'gmail', words: report.stats.words });
    const everything = JSON.stringify(await options.evaluate(() => (globalThis as unknown as { browser: Local }).browser.storage.local.get()));
    for (const words of ['Sorry to bother you', 'you need this', 'Dana', 'dispatch']) expect(everything).not.toContain(words);
    const popup = await h.openExtensionPage('popup.html', 'popup');
    await expect.poll(() => popup.evaluate(() => [...document.querySelectorAll('.poise-compare tr')].find((tr) => tr.textContent!.includes('Emails sent'))?.querySelector('td')?.textContent), { timeout: 5000 }).toBe('1');
    await popup.close();
    await options.evaluate(() => (globalThis as unknown as { browser: Local }).browser.storage.local.clear());
    await options.close();
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('makes no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
