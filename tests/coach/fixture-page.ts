/** A captured mail page in jsdom, served at the Gmail URL, for coach tests that run without a browser. */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

export function fixturePage(fixture = 'gmail-compose-new.html') {
  const dom = new JSDOM(readFileSync(join(FIXTURES, fixture), 'utf8'), { url: 'https://mail.google.com/mail/u/0/', pretendToBeVisual: true });
  const win = dom.window;
  // jsdom lays nothing out: give every range one box so the overlay fallback has something to draw.
  win.Range.prototype.getClientRects = function () {
    return [{ left: 10, top: 20, right: 60, bottom: 36, width: 50, height: 16 }] as unknown as DOMRectList;
  };
  win.Range.prototype.getBoundingClientRect = function () {
    return { left: 10, top: 20, right: 60, bottom: 36, width: 50, height: 16 } as DOMRect;
  };
  return { doc: win.document, win };
}
