/**
 * A real Chromium with the built extension loaded, and the fixture pages served at the real Gmail and Outlook
 * URLs (TOOLCHAIN.md), so content scripts are injected exactly as in production and nothing reaches the network.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.POISE_CHROMIUM ?? '/usr/bin/chromium';
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** Under CI the browser tests must run: a missing Chromium is a failure, never a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs Debian's chromium package`);
  return false;
}

export const MAIL_URL: Record<string, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  outlook: 'https://outlook.office.com/mail/',
};

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request that left for anything but a served mail page or the extension itself. */
  strayRequests: string[];
  /** Page errors and console errors, per page. */
  errors: string[];
  open(fixture: string, url?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Harness> {
  const profile = mkdtempSync(join(tmpdir(), 'poise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const served = new Map<string, string>();
  const strayRequests: string[] = [];
  const errors: string[] = [];
  for (const host of ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
    await context.route(`https://${host}/**`, (route) => {
      const url = new URL(route.request().url());
      const body = served.get(url.host + url.pathname);
      if (body && route.request().resourceType() === 'document') return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
      strayRequests.push(route.request().url());
      return route.abort();
    });
  }
  const record = (r: Request) => {
    const u = r.url();
    if (u.startsWith('chrome-extension://') || u.startsWith('data:') || u.startsWith('blob:')) return;
    const url = new URL(u);
    if (served.has(url.host + url.pathname) && r.resourceType() === 'document') return;
    if (!strayRequests.includes(u)) strayRequests.push(u);
  };
  context.on('request', record);
  return {
    context,
    extensionId,
    strayRequests,
    errors,
    async open(fixture, url) {
      const client = fixture.startsWith('gmail') ? 'gmail' : 'outlook';
      const target = new URL(url ?? MAIL_URL[client]!);
      served.set(target.host + target.pathname, readFileSync(join(FIXTURES, fixture), 'utf8'));
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${fixture}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${fixture}: console: ${m.text()}`);
      });
      await page.goto(target.toString());
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One browser for the tests of a file: launched before them, closed after them. */
export function useHarness(): { readonly h: Harness } {
  const holder = {} as { h: Harness };
  beforeAll(async () => {
    holder.h = await launch();
  }, 60_000);
  afterAll(async () => {
    await holder.h?.close();
  });
  return holder;
}
