/** Reloading or updating the extension under an open mail tab: the old coach goes quiet and leaves no error. */
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, useHarness, type Harness } from './browser';
import { painted, settled } from './page-helpers';

const BODY = 'div[g_editable="true"][contenteditable="true"]';

describe.skipIf(!browserAvailable())('extension reload under an open tab', () => {
  const harness = useHarness();
  let h: Harness;
  beforeEach(() => {
    h = harness.h;
  });

  it('removes the old highlights, keeps the draft typable, and leaves no error on the page', async () => {
    const page = await h.open('gmail-compose-new.html');
    expect((await settled(page, BODY)).length).toBeGreaterThan(0);
    const before = await page.locator(BODY).evaluate((el) => el.innerHTML);
    const worker = h.context.serviceWorkers()[0]!;
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await expect.poll(async () => (await painted(page, BODY)).length, { timeout: 5000 }).toBe(0);
    expect(await page.locator(BODY).evaluate((el) => el.innerHTML)).toBe(before);
    await page.locator(BODY).click();
    await page.keyboard.type(' Still typing after the reload.');
    await page.waitForTimeout(1500);
    expect(await page.locator(BODY).evaluate((el) => (el as HTMLElement).innerText)).toContain('Still typing after the reload.');
    expect(h.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
