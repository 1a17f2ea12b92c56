/** Bundles the CLI (analyser, compiled rules, compromise) into one file, dist/poise.mjs, that bin/poise.js runs. */
import { build } from 'esbuild';
import { fastCompromise } from './compromise-startup';

await build({
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/poise.mjs',
  logLevel: 'warning',
  plugins: fastCompromise,
  // One self-contained file: the analyser, the compiled rules and compromise.
});
console.log('poise: built dist/poise.mjs');
