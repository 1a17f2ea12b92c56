/**
 * The CLI bundle builds compromise's start-up faster (scripts/compromise-startup.ts): its lexicon grown at build time,
 * its plugin merge written as plain assignments. What compromise knows must be exactly what it knows on its own, or
 * the CLI would tag, and so flag, differently from the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, type Plugin } from 'esbuild';
import { fastCompromise } from '../../scripts/compromise-startup';

/** compromise's whole world model (Sets as arrays, functions as their source), keys in their order. */
const PRINT_WORLD = `import nlp from 'compromise/two';
const world = nlp.world();
process.stdout.write(JSON.stringify(world.model, (k, v) => (v instanceof Set ? [...v] : typeof v === 'function' ? String(v) : v instanceof RegExp ? String(v) : v)));
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'poise-bundle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function worldOf(name: string, plugins: Plugin[]): Promise<{ world: string; code: string }> {
  const outfile = join(dir, `${name}.mjs`);
  await build({ stdin: { contents: PRINT_WORLD, resolveDir: process.cwd(), loader: 'js' }, bundle: true, platform: 'node', format: 'esm', outfile, plugins, logLevel: 'warning' });
  const run = spawnSync(process.execPath, [outfile], { maxBuffer: 1 << 26, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return { world: run.stdout, code: readFileSync(outfile, 'utf8') };
}

describe('the CLI bundle of compromise', () => {
  it('knows every word, tag and rule compromise knows, in the same order', async () => {
    const stock = await worldOf('stock', []);
    const fast = await worldOf('fast', fastCompromise);
    // The fast bundle carries the grown lexicon and merges without an Object.assign per key; the stock one does not.
    expect(fast.code).toContain(`JSON.parse('{"lexicon":`);
    expect(stock.code).not.toContain(`JSON.parse('{"lexicon":`);
    expect(stock.code).toMatch(/Object\.assign\(model\d*, \{ \[key\]/);
    expect(fast.code).not.toMatch(/Object\.assign\(model\d*, \{ \[key\]/);
    expect(stock.world.length).toBeGreaterThan(500_000);
    expect(fast.world === stock.world).toBe(true);
  });
});
