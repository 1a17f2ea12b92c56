/**
 * What a rep would see on the page: the painted highlights, the tooltip, the draft. The readers of highlights take a
 * Playwright page (Chromium) or any function that runs a function in the page (`inFirefox` for puppeteer's).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Runs `fn(arg)` in the page's own world and returns its result. */
export type InPage = <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>;

const inPage = (page: Page | InPage): InPage =>
  typeof page === 'function' ? page : (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PaintedRange {
  category: string;
  text: string;
  /** Index of the compose body holding the range among `bodySelector` matches, -1 outside every body. */
  body: number;
}

/** Every range painted through the CSS Custom Highlight API, with its category and text. */
export async function painted(page: Page | InPage, bodySelector: string): Promise<PaintedRange[]> {
  return inPage(page)((sel) => {
    const bodies = [...document.querySelectorAll(sel)];
    const out: { category: string; text: string; body: number }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      for (const range of highlight) {
        out.push({
          category: name.replace(/^poise-/, ''),
          text: range.toString().replace(/\u00A0/g, ' '),
          body: bodies.findIndex((b) => b.contains(range.commonAncestorContainer)),
        });
      }
    }
    return out;
  }, bodySelector);
}

/** Waits until the painted highlights stop changing (analysis is debounced and asynchronous). */
export async function settled(page: Page | InPage, bodySelector: string, atLeast = 1): Promise<PaintedRange[]> {
  let last = '';
  let same = 0;
  for (let i = 0; i < 100; i++) {
    const now = await painted(page, bodySelector);
    const key = JSON.stringify(now);
    if (key === last && now.length >= atLeast) {
      if (++same >= 3) return now;
    } else same = 0;
    last = key;
    await sleep(100);
  }
  return JSON.parse(last || '[]');
}

/** The centre of the first client rect of the highlight whose text is `text`. */
export async function pointOf(page: Page | InPage, text: string): Promise<{ x: number; y: number }> {
  return inPage(page)((t) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const h of registry.values()) for (const r of h) {
      if (r.toString().replace(/\u00A0/g, ' ') === t) {
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no highlight "${t}"`);
  }, text);
}

/** Normalises a phrase as the extractor does, for comparing with range text. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Hovers the highlight whose text is `text` and waits for the tooltip, as a rep's mouse would. */
export async function hoverTooltip(page: Page, text: string): Promise<Locator> {
  const point = await pointOf(page, text);
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('poise-tooltip .poise-tooltip');
  await expect.poll(() => tooltip.isVisible(), { timeout: 3000 }).toBe(true);
  return tooltip;
}

/** The findings a side panel lists, in the order it lists them: category and quoted words. */
export async function listedFindings(panel: Page | InPage): Promise<{ category: string; text: string }[]> {
  return inPage(panel)(() => [...document.querySelectorAll('.poise-finding')].map((li) => ({
    category: [...li.classList].find((c) => c !== 'poise-finding')!.replace(/^poise-/, ''),
    text: (li.querySelector('.poise-quote')!.textContent ?? '').replace(/^“|”$/g, '').replace(/\s+/g, ' ').trim(),
  })), null);
}
