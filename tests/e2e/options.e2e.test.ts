/**
 * The options page in a real Chromium with the built extension, opened as chrome-extension://ID/options.html in a
 * tab beside a fixture draft served at the real Gmail URL. What a rep would notice: a phrase added in options is
 * highlighted in the open draft at once, without a reload; a rule turned off from a tooltip is listed in options and
 * turned back on from there; the page passes axe-core and reads well in light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, useHarness, type Harness } from './browser';
import { hoverTooltip, painted, settled } from './page-helpers';
import { seriousAxeViolations } from './axe';

const BODY = 'div[g_editable="true"][contenteditable="true"]';

describe.skipIf(!browserAvailable())('the options page in Chromium with the built extension', () => {
  const harness = useHarness();
  let h: Harness;
  beforeEach(() => {
    h = harness.h;
  });

  const openOptions = async () => {
    const options = await h.context.newPage();
    options.on('pageerror', (e) => h.errors.push(`options: ${e.message}`));
    options.on('console', (m) => {
      if (m.type() === 'error') h.errors.push(`options: console: ${m.text()}`);
    });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    return options;
  };

  /** The draft's page, marked in its own window so a reload would show (the mark would be gone). */
  const openDraft = async () => {
    const page = await h.open('gmail-compose-new.html');
    await settled(page, BODY);
    await page.evaluate(() => { (window as unknown as { poiseTestMark: number }).poiseTestMark = 42; });
    return page;
  };
  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { poiseTestMark?: number }).poiseTestMark);

  it('highlights a phrase added in options in the open draft at once, without a reload; turned off from its tooltip and back on from options; gone when removed', async () => {
    const page = await openDraft();
    expect((await painted(page, BODY)).map((r) => r.text)).not.toContain('ROI calculator');
    const options = await openOptions();
    await options.getByLabel('Phrase', { exact: true }).fill('roi calculator');
    await options.getByLabel('Category', { exact: true }).selectOption('self_serving');
    await options.getByLabel('Note shown with it').fill('Say what the numbers show for their hubs instead.');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(() => options.locator('.poise-added').textContent(), { timeout: 3000 }).toBe('Added “roi calculator”: open drafts are checked for it now.');
    expect(await options.locator('.poise-phrase-list li').first().textContent()).toContain('“roi calculator” (Self-serving)');

    // Back in the mail tab: the phrase is painted in the self-serving colour, on the words as the rep wrote them.
    await page.bringToFront();
    await expect.poll(async () => (await painted(page, BODY)).filter((r) => r.text === 'ROI calculator'), { timeout: 5000 })
      .toEqual([{ category: 'self_serving', text: 'ROI calculator', body: 0 }]);
    expect(await notReloaded(page)).toBe(42);
    const tooltip = await hoverTooltip(page, 'ROI calculator');
    expect(await tooltip.locator('.poise-message').textContent()).toBe('Say what the numbers show for their hubs instead.');

    // Turned off from its tooltip like a rule: it goes quiet, options lists it, and Turn back on brings it back.
    await tooltip.locator('.poise-turn-off').click();
    await expect.poll(async () => (await painted(page, BODY)).map((r) => r.text), { timeout: 5000 }).not.toContain('ROI calculator');
    await options.bringToFront();
    const off = options.locator('.poise-off-list li');
    await expect.poll(() => off.allTextContents(), { timeout: 3000 }).toEqual(['Your phrase “roi calculator” (Self-serving)Turn back on']);
    await options.getByRole('button', { name: 'Turn back on: your phrase “roi calculator”' }).click();
    await page.bringToFront();
    await expect.poll(async () => (await painted(page, BODY)).map((r) => r.text), { timeout: 5000 }).toContain('ROI calculator');

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove “roi calculator”' }).click();
    await page.bringToFront();
    await expect.poll(async () => (await painted(page, BODY)).map((r) => r.text), { timeout: 5000 }).not.toContain('ROI calculator');
    expect(await notReloaded(page)).toBe(42);
    expect(h.errors).toEqual([]);
    await options.close();
    await page.close();
  }, 60_000);

  it('keeps a refused phrase in its field with the reason, and saves nothing', async () => {
    const options = await openOptions();
    const phrase = options.getByLabel('Phrase', { exact: true });
    await phrase.fill('Thanks. Talk soon');
    expect(await options.locator('#poise-new-phrase-problem').textContent()).toMatch(/^Poise checks one sentence at a time/);
    await options.getByRole('button', { name: 'Add phrase' }).click();
    expect(await phrase.inputValue()).toBe('Thanks. Talk soon');
    expect(await options.locator('#poise-new-message-problem').textContent()).toBe('Add a short note for yourself: what to write instead.');
    expect(await options.locator('.poise-phrase-list').count()).toBe(0);
    await options.close();
  }, 60_000);

  it('lists a rule turned off from a tooltip under "Turned off", and Turn back on brings its highlight back in the open draft', async () => {
    const page = await openDraft();
    const tooltip = await hoverTooltip(page, 'you need this');
    const message = await tooltip.locator('.poise-message').textContent();
    await tooltip.locator('.poise-turn-off').click();
    await expect.poll(async () => (await painted(page, BODY)).map((r) => r.text), { timeout: 5000 }).not.toContain('you need this');

    const options = await openOptions();
    const off = options.locator('section', { has: options.getByRole('heading', { name: 'Turned off' }) });
    await expect.poll(() => off.locator('li').allTextContents(), { timeout: 3000 }).toEqual([`${message} (Hard-close pressure)Turn back on`]);
    const hard = options.locator('details.poise-hard_close summary');
    const count = await hard.textContent();
    const [, on, total] = count!.match(/(\d+) of (\d+) on/)!;
    expect(Number(on)).toBe(Number(total) - 1);
    await off.getByRole('button', { name: `Turn back on: ${message}` }).click();
    await expect.poll(() => off.textContent(), { timeout: 3000 }).toContain('Nothing is turned off.');
    expect(await hard.textContent()).toBe(`Hard-close pressure ${total} of ${total} on`);

    await page.bringToFront();
    await expect.poll(async () => (await painted(page, BODY)).map((r) => r.text), { timeout: 5000 }).toContain('you need this');
    expect(await notReloaded(page)).toBe(42);
    expect(h.errors).toEqual([]);
    await options.close();
    await page.close();
  }, 60_000);

  it('has no serious or critical axe-core violation, searched and with a refused phrase shown, in light and dark', async () => {
    const options = await openOptions();
    await options.setViewportSize({ width: 900, height: 900 });
    // A state with most of the page's parts on show: something turned off, a category open, a search, a refusal.
    await options.locator('details.poise-timidity summary').click();
    await options.locator('details.poise-timidity input[type="checkbox"]').nth(1).click();
    await expect.poll(() => options.locator('.poise-off-list li').count(), { timeout: 3000 }).toBe(1);
    await options.getByLabel('Phrase', { exact: true }).fill('need*');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      const violations = await seriousAxeViolations(options);
      expect(violations, `${scheme} theme`).toEqual([]);
    }
    // The page as a rep first meets it: every category collapsed, with its count.
    await options.locator('details.poise-timidity summary').click();
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: join(import.meta.dirname, `screenshots/options-${scheme}.png`), fullPage: true });
    }
    // The search, on a word of a rule's reason, with its own screenshot.
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByLabel('Find a rule by its words').fill('deadline');
    await expect.poll(() => options.locator('.poise-search-status').textContent(), { timeout: 3000 }).toMatch(/^\d+ rules? mentions? “deadline”\.$/);
    expect(await seriousAxeViolations(options), 'while searching').toEqual([]);
    await options.screenshot({ path: join(import.meta.dirname, 'screenshots/options-search.png'), fullPage: true });
    // Put the rule back for the other tests' sake.
    await options.getByRole('button', { name: /^Turn back on: / }).click();
    expect(h.errors).toEqual([]);
    await options.close();
  }, 60_000);
});
