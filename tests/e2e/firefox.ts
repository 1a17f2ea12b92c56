/**
 * A real Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, with the built Firefox extension
 * installed as a temporary add-on and the fixture pages served at the real Gmail and Outlook URLs (TOOLCHAIN.md "A
 * real Firefox in tests"), so the content scripts are injected exactly as in production and nothing reaches the
 * network. The Firefox counterpart of browser.ts.
 */
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, MAIL_URL, ROOT } from './browser';
import type { InPage } from './page-helpers';

export const FIREFOX = process.env.POISE_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
/** The gecko id in wxt.config.ts. */
const GECKO_ID = 'poise@poise.example';
/** Extension pages live at moz-extension://<uuid>/, a uuid Firefox picks per profile unless told: tell it. */
const EXTENSION_UUID = '9f0c3c55-7a3e-4d1b-9d8e-5b0e1c2a7f41';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}`;

/** Under CI the Firefox tests must run: a missing Firefox is a failure, never a skip. */
export function firefoxAvailable(): boolean {
  if (existsSync(FIREFOX)) return true;
  if (process.env.CI === 'true') throw new Error(`Firefox not found at ${FIREFOX}; .ci/run installs Debian's firefox-esr package`);
  return false;
}

export interface FirefoxHarness {
  browser: Browser;
  /** Every request a page made for anything but its served mail page, the extension's own files or inline data. */
  strayRequests: string[];
  /** Page errors and console errors, per page. */
  errors: string[];
  /**
   * Opens a fixture at its real mail URL. `beforeScripts` runs in the page before any of its own or the extension's
   * scripts (as a page's own early script would).
   */
  open(fixture: string, options?: { url?: string; beforeScripts?: () => void }): Promise<Page>;
  /** Opens one of the extension's pages (sidepanel.html, popup.html, options.html) in a tab. */
  openExtensionPage(path: string, name: string): Promise<Page>;
  /** Waits for a tab, not among `before`, in which the extension opened one of its pages. */
  waitForExtensionPage(path: string, name: string, before: Set<Page>): Promise<Page>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox(): Promise<FirefoxHarness> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    // Firefox's WebDriver BiDi navigates only to web URLs unless system access is allowed; the extension's own pages
    // (moz-extension://) need it.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The browser's own favicon fetch is not the page's nor the extension's: keep it out of the request log.
      'browser.chrome.site_icons': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  const strayRequests: string[] = [];
  const errors: string[] = [];

  const watch = (page: Page, name: string) => {
    page.on('pageerror', (e) => errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${name}: console: ${m.text()}`);
    });
  };
  const record = (url: string) => {
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!strayRequests.includes(url)) strayRequests.push(url);
  };

  return {
    browser,
    strayRequests,
    errors,
    async open(fixture, options = {}) {
      const client = fixture.startsWith('gmail') ? 'gmail' : 'outlook';
      const target = new URL(options.url ?? MAIL_URL[client]!);
      const body = readFileSync(join(FIXTURES, fixture), 'utf8');
      const page = await browser.newPage();
      watch(page, fixture);
      if (options.beforeScripts) await page.evaluateOnNewDocument(options.beforeScripts);
      await page.setRequestInterception(true);
      page.on('request', (r: HTTPRequest) => {
        const url = new URL(r.url());
        const served = r.isNavigationRequest() && url.host === target.host && url.pathname === target.pathname;
        if (!served) record(r.url());
        // Some requests cannot be intercepted and reject: nothing to do about those.
        (served ? r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }) : r.abort()).catch(() => {});
      });
      await page.goto(target.toString());
      return page;
    },
    async openExtensionPage(path, name) {
      const page = await browser.newPage();
      watch(page, name);
      page.on('request', (r: HTTPRequest) => record(r.url()));
      // Firefox loads a moz-extension:// page but may never report the load (TOOLCHAIN.md): wait for its markup.
      await page.goto(`${EXTENSION_BASE}/${path}`, { timeout: 1000 }).catch(() => {});
      for (let i = 0; i < 50 && !(await page.evaluate(() => document.readyState === 'complete' && !!document.body?.childElementCount).catch(() => false)); i++) await sleep(100);
      return page;
    },
    async waitForExtensionPage(path, name, before) {
      const url = `${EXTENSION_BASE}/${path}`;
      for (let i = 0; i < 50; i++) {
        for (const page of await browser.pages()) {
          if (before.has(page)) continue;
          // Firefox's BiDi does not report moz-extension:// navigations in page.url(): ask the page itself.
          if ((await page.evaluate(() => location.href).catch(() => '')) === url) {
            watch(page, name);
            page.on('request', (r: HTTPRequest) => record(r.url()));
            return page;
          }
        }
        await sleep(100);
      }
      throw new Error(`no tab opened ${url}`);
    },
    async close() {
      await browser.close();
    },
  };
}

/** One Firefox for the tests of a file: launched before them, closed after them. */
export function useFirefox(): { readonly h: FirefoxHarness } {
  const holder = {} as { h: FirefoxHarness };
  beforeAll(async () => {
    holder.h = await launchFirefox();
  }, 60_000);
  afterAll(async () => {
    await holder.h?.close();
  });
  return holder;
}

/** A puppeteer page as the shared page helpers take it. */
export const inFirefox = (page: Page): InPage => (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never;
