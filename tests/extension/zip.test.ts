/**
 * The store packages `npm run zip` makes (npm test makes them first): the Chrome and Firefox zips hold exactly the
 * built extensions, and the Firefox sources archive holds what a reviewer needs to rebuild it, and nothing else.
 * The last test rebuilds the Firefox package from the archive and compares it file by file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';

const root = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => join(root, '.output', `poise-${version}-${kind}.zip`);

async function open(kind: 'chrome' | 'firefox' | 'sources'): Promise<JSZip> {
  const path = zipPath(kind);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip (npm test does) before this test`);
  return JSZip.loadAsync(readFileSync(path));
}
const files = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
const builtFiles = (dir: string) => readdirSync(join(root, '.output', dir), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(root, '.output', dir).length + 1)).sort();

describe('npm run zip', () => {
  it('packs the Chrome build, its manifest at the root, file for file', async () => {
    const zip = await open('chrome');
    expect(files(zip)).toEqual(builtFiles('chrome-mv3'));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ manifest_version: 3, version, options_ui: { page: 'options.html' } });
    expect(manifest).toEqual(JSON.parse(readFileSync(join(root, '.output/chrome-mv3/manifest.json'), 'utf8')));
  });

  it('packs the Firefox build with its gecko id, file for file', async () => {
    const zip = await open('firefox');
    expect(files(zip)).toEqual(builtFiles('firefox-mv2'));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ manifest_version: 2, version, browser_specific_settings: { gecko: { id: 'poise@poise.example' } } });
  });

  it('gives Firefox reviewers the sources to rebuild from, and nothing else', async () => {
    const names = files(await open('sources'));
    for (const f of ['package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'wxt.config.ts', 'scripts/compile-rules.ts',
      'entrypoints/options/main.tsx', 'src/analyzer/analyze.ts', 'src/analyzer/model.generated.json', 'src/analyzer/tsconfig.json']) {
      expect(names, f).toContain(f);
    }
    const rules = readdirSync(join(root, 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(names.filter((n) => n.startsWith('rules/') && n.endsWith('.yaml'))).toHaveLength(rules.length);
    // No dependencies, build output, tests or their data, dotfiles, or what the build compiles from rules/.
    expect(names.filter((n) => /(^|\/)(node_modules|\.output|tests|dist|scratch)\//.test(n) || /(^|\/)\./.test(n))).toEqual([]);
    expect(names).not.toContain('src/analyzer/rules.generated.json');
    // package.json as in the repository (WXT rewrites it only for private packages, which Poise has none of).
    const zip = await open('sources');
    expect(await zip.file('package.json')!.async('string')).toBe(readFileSync(join(root, 'package.json'), 'utf8'));
  });

  it('rebuilds, from the sources archive alone (and the same dependencies), a Firefox package identical to the one zipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poise-sources-'));
    try {
      const sources = await open('sources');
      for (const f of Object.values(sources.files).filter((x) => !x.dir)) {
        mkdirSync(dirname(join(dir, f.name)), { recursive: true });
        writeFileSync(join(dir, f.name), await f.async('nodebuffer'));
      }
      // What `npm ci` would install, without the network: the same locked tree.
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      // A reviewer's shell, not vitest's: NODE_ENV=test and the VITEST variables would change what Vite bundles.
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && k !== 'MODE' && !k.startsWith('VITEST')));
      const run = (cmd: string, args: string[]) => execFileSync(join(root, 'node_modules/.bin', cmd), args, { cwd: dir, stdio: 'pipe', env });
      run('tsx', ['scripts/compile-rules.ts']);
      run('wxt', ['build', '-b', 'firefox']);
      const firefox = await open('firefox');
      const rebuilt = readdirSync(join(dir, '.output/firefox-mv2'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(dir, '.output/firefox-mv2').length + 1)).sort();
      expect(rebuilt).toEqual(files(firefox));
      for (const name of rebuilt) {
        const packed = await firefox.file(name)!.async('nodebuffer');
        expect(readFileSync(join(dir, '.output/firefox-mv2', name)).equals(packed), name).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
