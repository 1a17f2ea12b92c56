/**
 * npm run train — fits the sentence model and writes src/analyzer/model.generated.json.
 *
 * Data: the labelled sentences in tests/data/heldout.jsonl, tests/data/challenge/, tests/data/train/ and the
 * development sets that were once sealed (sealed2-6, sealed9-89; never the sealed sets tests/data/final,
 * sealed7, sealed8, sealed90 and later), every rule's flag and allow examples, plus ordinary
 * mail as negatives (less any sentence a rule flags): the sentences of half the messages of
 * SpamAssassin's easy-ham-1 and hard-ham-1 (chosen by a hash of the file name; the other half is kept for measuring
 * findings per 1,000 words).
 * Thresholds come from 5-fold cross-validation by email, so they are set on predictions for sentences the model
 * did not see. Same data and seed give the same file, byte for byte.
 *
 *   npm run train               train and write the model
 *   npm run train -- --cv-only  print the cross-validated figures without writing
 *   POISE_TRAIN='{"folds":3}' npm run train -- --cv-only   try other settings (any key of DEFAULT_TRAINING)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../src/analyzer/types';
import { buildModelFile, DEFAULT_TRAINING, type LabelledSentence } from '../src/analyzer/model/build';
import { isTrainingMail, mailBodies, proseSentences } from './mail-corpus';
import { loadRules } from '../src/analyzer/rules';
import { readRuleSources } from '../src/cli/rule-files';
import { createAnalyzer } from '../src/analyzer/analyze';

const root = fileURLToPath(new URL('..', import.meta.url));
/** `sealed<from>/test.jsonl` to `sealed<to>/test.jsonl`. */
const onceSealed = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => `sealed${from + k}/test.jsonl`);

/** The labelled sentences written for this project; the sealed sets (tests/data/final, sealed7, sealed8, sealed90 on) never. */
const TRAINING = [
  'heldout.jsonl', 'challenge', 'train',
  // Development sets once sealed: written from LABELS.md alone, as whole emails, by people who never saw the rules or
  // the model; their misses were read, so they measure nothing new now, and what they teach is real email context.
  // sealed24 to sealed57 joined in the tenth session and sealed58 to sealed89 in the thirteenth, each read several
  // times while sealed (their readings stay in the README). sealed7, sealed8 and sealed90 on stay sealed.
  ...onceSealed(2, 6),
  ...onceSealed(9, 89),
];

function labelledFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${path}/${f}`);
}

const labelled: LabelledSentence[] = TRAINING.flatMap((p) => labelledFiles(`${root}tests/data/${p}`).flatMap((file) =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const r = JSON.parse(l) as { email?: string; id: string; text: string; labels: string[] };
    // Folds keep an email's sentences together; the training files are loose sentences (one "email" per file).
    const group = file.includes('/train/') ? r.id : (r.email ?? r.id);
    return { group, text: r.text, labels: CATEGORIES.map((c) => r.labels.includes(c)), wholeEmail: p.startsWith('sealed') };
  }),
));

/**
 * Every rule's own examples: its `flag:` sentences carry its category, its `allow:` sentences (the tricky near
 * misses) are clean. Other categories are taken as absent, which is true of nearly all of them.
 */
const rules = loadRules(readRuleSources(`${root}rules`));
const ruleExamples: LabelledSentence[] = rules.flatMap((rule) => [
  ...rule.examples.flag.map((text) => ({ group: rule.id, text, labels: CATEGORIES.map((c) => c === rule.category) })),
  ...rule.examples.allow.map((text) => ({ group: rule.id, text, labels: CATEGORIES.map(() => false) })),
]);

/**
 * Ordinary mail is taken as clean, which is true of nearly all of it; but the newsletters and offers in it hold some
 * real pressure ("You must act right now!", "Join today and get your first month for $1!"). A sentence a rule flags
 * is left out rather than taught as clean: it would contradict that rule's own labelled examples and push the
 * thresholds up for the wordings the rules miss.
 */
const rulesOnly = createAnalyzer(rules);
const ordinary = (['easy-ham-1', 'hard-ham-1'] as const).flatMap((g) =>
  mailBodies(g).filter((m) => isTrainingMail(m.id)).flatMap((m) => proseSentences(m.body).map((text) => ({ group: `${g}/${m.id}`, text }))),
).filter((s) => rulesOnly.analyze(s.text).findings.length === 0);

const cvOnly = process.argv.includes('--cv-only');
const { file, report } = buildModelFile([...labelled, ...ruleExamples], ordinary, { ...DEFAULT_TRAINING, ...JSON.parse(process.env.POISE_TRAIN ?? '{}') }, { crossValidate: true });
console.log(report);
if (!cvOnly) {
  writeFileSync(`${root}src/analyzer/model.generated.json`, `${JSON.stringify(file)}\n`);
  console.log(`poise: wrote src/analyzer/model.generated.json (${(JSON.stringify(file).length / 1024).toFixed(0)} KB)`);
}
