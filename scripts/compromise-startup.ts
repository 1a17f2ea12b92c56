/**
 * What the CLI bundle does to compromise's start-up (scripts/build-cli.ts): the same world model, built faster.
 * tests/cli/bundle.test.ts checks that the model is compromise's own, key for key.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

export const quickMerge: Plugin = {
  name: 'compromise-quick-merge',
  setup(b) {
    b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split(MERGE_DEEP_BEFORE).length !== 2) throw new Error(`build-cli: compromise's mergeDeep is not the code scripts/build-cli.ts expects (${args.path})`);
      return { contents: source.replace(MERGE_DEEP_BEFORE, MERGE_DEEP_AFTER), loader: 'js' };
    });
  },
};

/**
 * compromise grows its lexicon at every start-up (conjugating every verb, inflecting every adjective and noun of its
 * word list): about 150 ms of every CLI run, the same result every time for one version of compromise. The build
 * runs that growth once, with compromise's own code, and bundles what it added and changed (the lexicon's new and
 * changed entries, in the order it made them, its multi-word cache and its uncountable nouns), assigned in that
 * order in place of the growth: the same model, key for key and in the same order. The build fails if the model's
 * module is not the code this expects, or if the growth did more than add and change those entries.
 */
const EXPAND_CALL = 'model = expandLexicon(model)\n';

async function grownLexicon(modelIndex: string): Promise<string> {
  const source = await readFile(modelIndex, 'utf8');
  if (source.split(EXPAND_CALL).length !== 2) throw new Error(`build-cli: compromise's lexicon model is not the code scripts/build-cli.ts expects (${modelIndex})`);
  const probe = source.replace(EXPAND_CALL, `const parts = () => ({ lexicon: model.one.lexicon, multi: model.one._multiCache, uncountable: model.two.uncountable })
const before = Object.fromEntries(Object.entries(parts()).map(([k, o]) => [k, JSON.parse(JSON.stringify(o))]))
const frozen = JSON.stringify(model, (k, v) => (k === 'lexicon' || k === '_multiCache' || k === 'uncountable' ? undefined : v instanceof RegExp ? String(v) : v))
${EXPAND_CALL}const grown = {}
for (const [name, o] of Object.entries(parts())) {
  const was = before[name]
  for (const k of Object.keys(was)) if (!(k in o)) throw new Error('the growth removed ' + name + ' ' + k)
  grown[name] = Object.fromEntries(Object.entries(o).filter(([k, v]) => !(k in was) || JSON.stringify(was[k]) !== JSON.stringify(v)))
}
if (JSON.stringify(model, (k, v) => (k === 'lexicon' || k === '_multiCache' || k === 'uncountable' ? undefined : v instanceof RegExp ? String(v) : v)) !== frozen) throw new Error('the growth changed more of the model')
globalThis.__poiseGrown = JSON.stringify(grown)
`);
  const bundled = await build({ stdin: { contents: probe, resolveDir: dirname(modelIndex), loader: 'js' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  const dir = await mkdtemp(join(tmpdir(), 'poise-build-cli-'));
  try {
    const file = join(dir, 'probe.mjs');
    await writeFile(file, bundled.outputFiles[0]!.contents);
    await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return (globalThis as { __poiseGrown?: string }).__poiseGrown!;
}

export const grownOnce: Plugin = {
  name: 'compromise-grown-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const grown = await grownLexicon(args.path);
      const assign = `const grown = JSON.parse(${JSON.stringify(grown)})
Object.assign(model.one.lexicon, grown.lexicon)
Object.assign(model.one._multiCache, grown.multi)
Object.assign(model.two.uncountable, grown.uncountable)
`;
      return { contents: source.replace(EXPAND_CALL, assign), loader: 'js' };
    });
  },
};

/** Both, for the CLI bundle. */
export const fastCompromise: Plugin[] = [quickMerge, grownOnce];
