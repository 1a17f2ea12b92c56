/**
 * The built extensions (npm test builds them first): what the browser will grant, and Firefox's own linter.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = join(import.meta.dirname, '../..');
const manifest = (dir: string) => JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8'));
const MAIL_HOSTS = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://outlook.cloud.microsoft/*'];

describe('Chrome MV3 build', () => {
  it('grants host access to the mail sites and nothing else', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.host_permissions].sort()).toEqual([...MAIL_HOSTS].sort());
    expect(m.permissions).not.toContain('<all_urls>');
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...MAIL_HOSTS].sort());
  });

  it('has every entry point: background, both content scripts, side panel, popup and options', () => {
    const m = manifest('chrome-mv3');
    expect(m.background.service_worker).toBe('background.js');
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.options_ui.page).toBe('options.html');
    expect(m.content_scripts.map((c: { js: string[] }) => c.js[0]).sort()).toEqual(['content-scripts/gmail.js', 'content-scripts/outlook.js']);
    for (const f of ['sidepanel.html', 'popup.html', 'options.html']) expect(existsSync(join(root, '.output/chrome-mv3', f))).toBe(true);
  });

  it('ships no code that could reach the network: no remote script, no fetch or XHR to a URL', () => {
    const dir = join(root, '.output/chrome-mv3');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code, f).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(code, f).not.toMatch(/fetch\(\s*["'`]https?:/);
    }
  });
});

describe('Firefox MV2 build', () => {
  it('has a gecko id, a sidebar, and web-ext lint reports 0 errors', () => {
    const m = manifest('firefox-mv2');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    const out = execFileSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', join(root, '.output/firefox-mv2'), '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
  }, 60_000);
});
