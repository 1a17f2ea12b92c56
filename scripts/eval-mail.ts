/**
 * npm run eval:mail — Poise on real mail it was not trained on (the public SpamAssassin corpus, 2002):
 *   1. findings per 1,000 words on ordinary mail: the half of easy-ham-1 and hard-ham-1 that training leaves out
 *      (target: at most 2), for the rules alone and with the sentence model;
 *   2. how well the hard-close score separates marketing mail (spam-1) from ordinary mail (held-out easy-ham-1):
 *      ROC-AUC (target: at least 0.75), against a 20-phrase pressure lexicon measured the same way.
 * The outside-check groups (easy-ham-2, spam-2) are never read here.
 */
import bundled from '../src/analyzer/rules.generated.json';
import sentenceModel from '../src/analyzer/model.generated.json';
import { createAnalyzer, type ModelFile, type Rule } from '../src/analyzer';
import { countWords } from '../src/analyzer/text';
import { mailBodies, isTrainingMail } from './mail-corpus';

const rules = bundled as unknown as Rule[];
const variants = {
  'rules alone': createAnalyzer(rules),
  'rules + model': createAnalyzer(rules, sentenceModel as unknown as ModelFile),
};
const verbose = process.argv.includes('--verbose');

const heldOut = (group: 'easy-ham-1' | 'hard-ham-1') => mailBodies(group).filter((m) => !isTrainingMail(m.id));
const ordinary = { 'easy-ham-1': heldOut('easy-ham-1'), 'hard-ham-1': heldOut('hard-ham-1') };
const spam = mailBodies('spam-1');

/** Probability that a random positive scores above a random negative (ties count half). */
function rocAuc(positives: number[], negatives: number[]): number {
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

// A baseline anyone could write: common pressure phrases, counted per email.
const PRESSURE = [
  'act now', 'order now', 'call now', 'apply now', 'buy now', 'limited time', "don't miss", 'hurry', 'expires',
  'last chance', 'today only', 'while supplies last', 'before it', 'only a few', 'urgent', 'immediately',
  'final notice', 'offer ends', 'once in a lifetime', "won't last",
];
const lexiconScore = (text: string) => PRESSURE.reduce((n, p) => n + (text.toLowerCase().split(p).length - 1), 0);

for (const [name, analyzer] of Object.entries(variants)) {
  console.log(`\n== ${name}`);
  for (const [group, mails] of Object.entries(ordinary)) {
    let words = 0;
    let findings = 0;
    for (const m of mails) {
      words += countWords(m.body);
      const report = analyzer.analyze(m.body);
      findings += report.findings.length;
      if (verbose) for (const f of report.findings) console.log(`  ${group} ${f.rule}: "${f.text}"`);
    }
    console.log(`${group} (held-out half, ${mails.length} messages, ${words.toLocaleString('en-US')} words): ${((1000 * findings) / words).toFixed(2)} findings per 1,000 words (${findings})`);
  }
  const hc = (t: string) => analyzer.analyze(t).scores.hard_close;
  console.log(`hard-close ROC-AUC, spam-1 (${spam.length}) against held-out easy-ham-1: ${rocAuc(spam.map((m) => hc(m.body)), ordinary['easy-ham-1'].map((m) => hc(m.body))).toFixed(3)}`);
}
console.log(`\n20-phrase pressure lexicon ROC-AUC, same mail: ${rocAuc(spam.map((m) => lexiconScore(m.body)), ordinary['easy-ham-1'].map((m) => lexiconScore(m.body))).toFixed(3)}`);
