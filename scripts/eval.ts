/**
 * npm run eval -- [SENTENCES.jsonl] [EMAILS.jsonl] [--verbose] [--only=rules|model|both]
 * npm run eval -- [SENTENCES.jsonl] --prospect="their message"   the same, every sentence read as a reply to that message,
 *   with the clean sentences flagged only by a thread finding counted apart: a sentence labelled clean for a cold
 *   email that re-pitches after a decline is the thread's fault (THREADS.md), which the thread files judge
 * npm run eval -- THREADS.jsonl [--verbose]
 * A file whose lines carry `prospect` and `situation` is a thread file (THREADS.md): the situation read from each
 * prospect message (accuracy, per-situation and macro F1), the fault found in each reply (per-fault precision,
 * recall and F1) and the share of good replies (fault null) given a fault, each pair analysed as `poise --jsonl`
 * does with its `prospect`.
 *
 * Per-category precision, recall and F1 and the share of clean sentences flagged, each sentence analysed alone
 * (as `poise --jsonl` does); and for whole emails, per category, how often "score above 0" agrees with "label
 * above 0". Each figure for the rules alone, the sentence model alone and both together (what the rep gets).
 * Defaults to ../shared/corpus when it is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import bundled from '../src/analyzer/rules.generated.json';
import sentenceModel from '../src/analyzer/model.generated.json';
import threadModel from '../src/analyzer/thread-model.generated.json';
import { CATEGORIES, createAnalyzer, SITUATIONS, THREAD_FAULTS, type Category, type ModelFile, type Report, type Rule, type ThreadModelFile } from '../src/analyzer';

const args = process.argv.slice(2).filter((a) => a !== '--');
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const sentencesFile = files[0] ?? join(corpus, 'dev.jsonl');
const emailsFile = files[1] ?? (files[0] ? join(dirname(files[0]), 'dev-emails.jsonl') : join(corpus, 'dev-emails.jsonl'));

if (!existsSync(sentencesFile)) {
  console.error(`poise eval: ${sentencesFile} not found. Pass a labelled JSON-lines file: npm run eval -- FILE`);
  process.exit(2);
}

const readJsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

const firstLine = readJsonl(sentencesFile)[0] as Record<string, unknown> | undefined;
if (firstLine && 'prospect' in firstLine && 'situation' in firstLine) {
  evaluateThreads(sentencesFile);
  process.exit(0);
}

interface Pair { id: string; prospect: string; reply: string; situation: string; fault: string | null }

function evaluateThreads(file: string): void {
  const pairs = readJsonl(file) as Pair[];
  const analyzer = createAnalyzer(bundled as unknown as Rule[], sentenceModel as unknown as ModelFile, { thread: threadModel as unknown as ThreadModelFile });
  const read = pairs.map((p) => analyzer.analyze(p.reply, { prospect: p.prospect }).thread!);
  console.log(`Threads: ${relative(process.cwd(), file)} (${pairs.length} pairs)`);
  const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

  const correct = pairs.filter((p, i) => read[i]!.situation === p.situation).length;
  console.log('\nsituation      precision  recall  F1      n');
  let sitF1 = 0;
  for (const s of SITUATIONS) {
    const tp = pairs.filter((p, i) => p.situation === s && read[i]!.situation === s).length;
    const fp = pairs.filter((p, i) => p.situation !== s && read[i]!.situation === s).length;
    const fn = pairs.filter((p, i) => p.situation === s && read[i]!.situation !== s).length;
    sitF1 += f1(tp, fp, fn);
    console.log(`${s.padEnd(14)} ${pct(tp / (tp + fp)).padStart(9)}  ${pct(tp / (tp + fn)).padStart(6)}  ${pct(f1(tp, fp, fn))}  ${tp + fn}`);
  }
  console.log(`situation accuracy ${pct(correct / pairs.length)}, macro-F1 ${pct(sitF1 / SITUATIONS.length)}`);

  console.log('\nfault            precision  recall  F1      n');
  let faultF1 = 0;
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const f of THREAD_FAULTS) {
    const tp = pairs.filter((p, i) => p.fault === f && read[i]!.faults.includes(f)).length;
    const fp = pairs.filter((p, i) => p.fault !== f && read[i]!.faults.includes(f)).length;
    const fn = pairs.filter((p, i) => p.fault === f && !read[i]!.faults.includes(f)).length;
    all.tp += tp; all.fp += fp; all.fn += fn;
    faultF1 += f1(tp, fp, fn);
    console.log(`${f.padEnd(16)} ${pct(tp / (tp + fp)).padStart(9)}  ${pct(tp / (tp + fn)).padStart(6)}  ${pct(f1(tp, fp, fn))}  ${tp + fn}`);
  }
  console.log(`fault macro-F1 ${pct(faultF1 / THREAD_FAULTS.length)}, micro-F1 ${pct(f1(all.tp, all.fp, all.fn))}`);
  const good = pairs.map((p, i) => ({ p, r: read[i]! })).filter(({ p }) => p.fault === null);
  const goodFlagged = good.filter(({ r }) => r.faults.length > 0).length;
  console.log(`good replies (fault null) given a fault: ${goodFlagged}/${good.length} = ${pct(goodFlagged / good.length)}`);

  if (verbose) {
    console.log('');
    pairs.forEach((p, i) => {
      const r = read[i]!;
      const got = r.faults[0] ?? null;
      if (r.situation !== p.situation || got !== p.fault) console.log(`${p.id}: situation ${p.situation} -> ${r.situation}; fault ${p.fault} -> ${got}`);
    });
  }
}

const sentences = readJsonl(sentencesFile) as { id: string; text: string; labels: string[] }[];
const rules = bundled as unknown as Rule[];
const model = sentenceModel as unknown as ModelFile;
const prospectArg = args.find((a) => a.startsWith('--prospect='))?.slice('--prospect='.length);
const withProspect = prospectArg === undefined ? {} : { prospect: prospectArg };
const variants: Record<string, (text: string) => Report> = {
  'rules alone': (t) => rulesOnly.analyze(t),
  'model alone': (t) => modelOnly.analyze(t),
  'rules + model': (t) => both.analyze(t, withProspect),
};
const rulesOnly = createAnalyzer(rules);
const modelOnly = createAnalyzer([], model);
const both = createAnalyzer(rules, model, { thread: threadModel as unknown as ThreadModelFile });
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);

console.log(`Sentences: ${relative(process.cwd(), sentencesFile)} (${sentences.length})${prospectArg === undefined ? '' : `, each a reply to "${prospectArg}" (rules + model)`}`);
for (const [name, analyze] of Object.entries(variants)) {
  if (only && !name.startsWith(only)) continue;
  console.log(`\n== ${name}`);
  evaluate(analyze, name === 'rules + model' && prospectArg !== undefined);
}

function evaluate(analyze: (text: string) => Report, readsProspect = false): void {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  let clean = 0;
  let cleanFlagged = 0;
  let cleanThreadOnly = 0;
  for (const s of sentences) {
    const findings = analyze(s.text).findings;
    const found = new Set(findings.map((f) => f.category));
    if (s.labels.includes('NONE') && findings.length && findings.every((f) => f.source === 'thread')) cleanThreadOnly++;
    for (const c of CATEGORIES) {
      const gold = s.labels.includes(c);
      const got = found.has(c);
      if (gold && got) counts[c].tp++;
      else if (got) counts[c].fp++;
      else if (gold) counts[c].fn++;
      if (verbose && gold !== got) console.log(`${got ? 'FP' : 'FN'} ${c.padEnd(12)} ${s.id} ${s.text}`);
    }
    if (s.labels.includes('NONE')) {
      clean++;
      if (found.size) cleanFlagged++;
    }
  }

  console.log('category       precision  recall  F1');
  let f1Sum = 0;
  for (const c of CATEGORIES) {
    const { tp, fp, fn } = counts[c];
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = tp ? (2 * p * r) / (p + r) : 0;
    f1Sum += f1;
    console.log(`${c.padEnd(14)} ${pct(p).padStart(9)}  ${pct(r).padStart(6)}  ${pct(f1)}`);
  }
  console.log(`macro-F1 ${pct(f1Sum / CATEGORIES.length)}`);
  console.log(`clean sentences flagged: ${cleanFlagged}/${clean} = ${pct(cleanFlagged / clean)}`);
  if (readsProspect) console.log(`  of which by a thread finding alone (the reply's fault against that message): ${cleanThreadOnly}`);

  if (existsSync(emailsFile)) {
    const emails = readJsonl(emailsFile) as { email: string; text: string; labels: Record<Category, number> }[];
    const agree = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    // Where the email-level reading differs, which way: a fault missed in an email labelled 1 (one mild fault) or 2,
    // or a clean email flagged.
    const missed = Object.fromEntries(CATEGORIES.map((c) => [c, [0, 0, 0]])) as Record<Category, number[]>;
    for (const e of emails) {
      const { scores } = analyze(e.text);
      for (const c of CATEGORIES) {
        const ok = scores[c] > 0 === e.labels[c] > 0;
        if (ok) agree[c]++;
        else {
          missed[c]![e.labels[c] === 0 ? 2 : e.labels[c] === 1 ? 0 : 1]!++;
          if (verbose) console.log(`EMAIL ${c} ${e.email}: score ${scores[c]}, label ${e.labels[c]}`);
        }
      }
    }
    console.log(`Emails: ${relative(process.cwd(), emailsFile)} (${emails.length})`);
    console.log(`agreement (score > 0 vs label > 0): ${CATEGORIES.map((c) => `${c} ${pct(agree[c] / emails.length)}`).join(', ')}`);
    console.log(`  the rest: missed with label 1 / missed with label 2 / clean but flagged: ${CATEGORIES.map((c) => `${c} ${missed[c]!.join(' / ')}`).join('; ')}`);
  }
}
