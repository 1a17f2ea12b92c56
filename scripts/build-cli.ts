/** Bundles the CLI (analyser, compiled rules, compromise) into one file, dist/poise.mjs, that bin/poise.js runs. */
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

/**
 * compromise merges each of its plugins' models into its world at start-up with `Object.assign(model, { [key]: v })`
 * for every key, a fresh object and a generic assign per word of its lexicon: about 200 ms of every CLI run. The same
 * merge written as plain assignments (the same [[Set]] on the same keys in the same order, so the same world) takes
 * a quarter of that. The build fails if compromise's code is no longer the code this replaces.
 */
const MERGE_DEEP_BEFORE = `      if (isObject(plugin[key])) {
        if (!model[key]) Object.assign(model, { [key]: {} })
        mergeDeep(model[key], plugin[key]) //recursion
      } else {
        Object.assign(model, { [key]: plugin[key] })
      }`;
const MERGE_DEEP_AFTER = `      const value = plugin[key]
      if (isObject(value)) {
        if (!model[key]) model[key] = {}
        mergeDeep(model[key], value) //recursion
      } else {
        model[key] = value
      }`;

const quickMerge: Plugin = {
  name: 'compromise-quick-merge',
  setup(b) {
    b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split(MERGE_DEEP_BEFORE).length !== 2) throw new Error(`build-cli: compromise's mergeDeep is not the code scripts/build-cli.ts expects (${args.path})`);
      return { contents: source.replace(MERGE_DEEP_BEFORE, MERGE_DEEP_AFTER), loader: 'js' };
    });
  },
};

await build({
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/poise.mjs',
  logLevel: 'warning',
  plugins: [quickMerge],
  // One self-contained file: the analyser, the compiled rules and compromise.
});
console.log('poise: built dist/poise.mjs');
