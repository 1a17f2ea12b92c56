/**
 * npm run sample:rewrites -- [N] [--seed S] [--exclude EARLIER-SAMPLE.jsonl]... [--source EMAILS.jsonl]... [--score JUDGEMENTS.jsonl [--against JUDGEMENTS.jsonl]...] [--record]
 *
 * Draws a seeded sample of N findings (default 60) from emails the rules and rewrites were not written from (the
 * sealed sets' emails) and prints, for each, the passage before and after applying its first rewrite, as Apply would
 * in the mail client. A reviewer who did not write the rules judges each on three questions (fluent, fault fixed,
 * the rep's purpose kept) in a JSON-lines file {"id", "fluent", "fixed", "kept", "note"}; `--score` reads that file
 * and prints the share acceptable on all three. A second round after the rewrites changed draws with another seed and
 * leaves out the findings earlier samples showed, so no judged sentence is judged again. Findings that offer no
 * rewrite (every one withheld as dropping the rep's point) are skipped in the draw and counted: the script reports
 * how many of the findings drawn, and of all findings, offer Apply at all.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, applyRewrite, type Finding } from '../src/analyzer';
import { splitSentences } from '../src/analyzer/text';
import { seededRandom } from '../src/analyzer/model/train';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== '--');
// `--source FILE` (repeatable): draw from these JSON-lines files of {"text"} (and "email" or "id") instead, such as
// the development emails while working on rewrites; the judged rounds draw from the sealed sets.
const sourceFiles = args.filter((_, i) => args[i - 1] === '--source');
const SOURCES = sourceFiles.length ? sourceFiles : ['tests/data/sealed8/test-emails.jsonl', 'tests/data/sealed7/test-emails.jsonl', 'tests/data/sealed6/test-emails.jsonl', 'tests/data/sealed5/test-emails.jsonl', 'tests/data/sealed4/test-emails.jsonl', 'tests/data/sealed3/test-emails.jsonl', 'tests/data/sealed2/test-emails.jsonl', 'tests/data/final/test-emails.jsonl'];
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const size = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed' && args[i - 1] !== '--source') ?? 60);
const seed = Number(option('--seed') ?? 60);
const excludeFiles = args.filter((_, i) => args[i - 1] === '--exclude');
// An earlier sample's finding is known by its id (rule, email and offset) and by its passage: either may change when
// the rewrites or the passage window change, so both are left out.
const excluded = new Set(excludeFiles.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).flatMap((l) => {
  const { id, before } = JSON.parse(l) as { id: string; before: string };
  return [id, before];
})));

const scoreFile = option('--score');
if (scoreFile) {
  const rows = readFileSync(scoreFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  const count = (key: string) => rows.filter((r) => r[key] === true).length;
  const all = rows.filter((r) => r.fluent === true && r.fixed === true && r.kept === true).length;
  console.log(`${rows.length} judged: fluent ${count('fluent')}, fault fixed ${count('fixed')}, purpose kept ${count('kept')}, all three ${all} (${((100 * all) / rows.length).toFixed(1)}%)`);
  const againstFiles = args.filter((_, i) => args[i - 1] === '--against');
  if (againstFiles.length) printAgreement(rows, againstFiles.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>)));
  process.exit(0);
}

/**
 * `--score SECOND.jsonl --against FIRST.jsonl...`: how often a second reviewer, judging the same edits blind, gives
 * the same verdict as the first, per question and on all three (with Cohen's kappa, agreement beyond chance). It says
 * how much of a round's figure is the reviewer rather than the edits.
 */
function printAgreement(second: Record<string, unknown>[], first: Record<string, unknown>[]): void {
  const firstById = new Map(first.map((r) => [r.id, r]));
  const pairs = second.flatMap((r) => (firstById.has(r.id) ? [[firstById.get(r.id)!, r] as const] : []));
  const verdict = (r: Record<string, unknown>, key: string) => (key === 'all' ? r.fluent === true && r.fixed === true && r.kept === true : r[key] === true);
  const parts = ['fluent', 'fixed', 'kept', 'all'].map((key) => {
    const same = pairs.filter(([a, b]) => verdict(a, key) === verdict(b, key)).length;
    return `${key === 'all' ? 'all three' : key} ${same}`;
  });
  const n = pairs.length;
  const yesFirst = pairs.filter(([a]) => verdict(a, 'all')).length / n;
  const yesSecond = pairs.filter(([, b]) => verdict(b, 'all')).length / n;
  const observed = pairs.filter(([a, b]) => verdict(a, 'all') === verdict(b, 'all')).length / n;
  const chance = yesFirst * yesSecond + (1 - yesFirst) * (1 - yesSecond);
  console.log(`${n} edits judged by both: same verdict on ${parts.join(', ')} (${(100 * observed).toFixed(1)}%; Cohen's kappa ${((observed - chance) / (1 - chance)).toFixed(2)}); acceptable ${(100 * yesFirst).toFixed(1)}% first, ${(100 * yesSecond).toFixed(1)}% second`);
}

/**
 * `--record`: every judged round replayed on the current rules, per rule: how many of its judged edits Apply still
 * makes exactly as judged, and how many of those the reviewer found acceptable on all three questions. A rule whose
 * record falls below three in four is made advice only (`apply: false` in its file); see README, "Apply".
 */
if (args.includes('--record')) {
  const dir = `${root}tests/data/rewrite-review`;
  const texts = new Map<string, string>();
  const emailText = (email: string): string | undefined => {
    const set = /^s(\d+)e\d+$/.exec(email)?.[1];
    const file = set ? `${root}tests/data/sealed${set}/test-emails.jsonl` : `${root}tests/data/final/test-emails.jsonl`;
    if (!texts.has(email) && existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
        const row = JSON.parse(line) as { email?: string; id?: string; text: string };
        texts.set(row.email ?? row.id ?? '', row.text);
      }
    }
    return texts.get(email);
  };
  const record = new Map<string, { judged: number; acceptable: number }>();
  const rounds = readdirSync(dir).filter((f) => /^judgements-\d+\.jsonl$/.test(f));
  for (const file of rounds) {
    const sampleFile = `${dir}/${file.replace('judgements', 'sample')}`;
    if (!existsSync(sampleFile)) continue;
    const shown = new Map(readFileSync(sampleFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const row = JSON.parse(l) as { id: string; after: string };
      return [row.id, row.after] as const;
    }));
    for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter((l) => l.trim())) {
      const j = JSON.parse(line) as { id: string; fluent: boolean; fixed: boolean; kept: boolean };
      const [rule, at = ''] = j.id.split('@');
      const [email = '', offset] = at.split(':');
      const text = emailText(email);
      const finding = text === undefined ? undefined : analyze(text).findings.find((f) => f.id === `${rule}@${offset}`);
      if (!text || !finding?.rewrites.length) continue;
      const applied = applyRewrite(text, finding, finding.rewrites[0]!);
      const window = passage(text, finding.replace.start, finding.replace.end);
      if (applied.text.slice(window.start, window.end + applied.text.length - text.length) !== shown.get(j.id)) continue;
      const row = record.get(rule!) ?? { judged: 0, acceptable: 0 };
      row.judged++;
      if (j.fluent && j.fixed && j.kept) row.acceptable++;
      record.set(rule!, row);
    }
  }
  const rows = [...record].sort((a, b) => a[1].acceptable / a[1].judged - b[1].acceptable / b[1].judged || a[0].localeCompare(b[0]));
  for (const [rule, { judged, acceptable }] of rows) console.log(`${rule.padEnd(44)} ${String(acceptable).padStart(3)} of ${String(judged).padStart(3)} (${((100 * acceptable) / judged).toFixed(0)}%)`);
  const judged = rows.reduce((n, [, r]) => n + r.judged, 0);
  const acceptable = rows.reduce((n, [, r]) => n + r.acceptable, 0);
  console.log(`${acceptable} of ${judged} judged edits Apply still makes as judged were acceptable (${((100 * acceptable) / judged).toFixed(1)}%), over ${rounds.length} rounds`);
  process.exit(0);
}

/** The sentence holding the edit and its neighbours, as offsets into `text`: enough context to judge a removal. */
function passage(text: string, from: number, to: number): { start: number; end: number } {
  const sentences = splitSentences(text);
  // An edit at the very end of the email (a removed P.S.) lies after every sentence: its passage is the last ones.
  const at = sentences.findIndex((s) => s.end >= from);
  const first = Math.max(0, (at < 0 ? sentences.length - 1 : at) - 1);
  let last = sentences.findIndex((s) => s.end >= to);
  last = Math.min(sentences.length - 1, (last < 0 ? sentences.length - 1 : last) + 1);
  return { start: Math.min(sentences[first]!.start, from), end: Math.max(sentences[last]!.end, to) };
}

const candidates: { email: string; text: string; finding: Finding }[] = [];
for (const source of SOURCES) {
  for (const line of readFileSync(sourceFiles.length ? source : `${root}${source}`, 'utf8').split('\n').filter((l) => l.trim())) {
    const { email: name, id, text } = JSON.parse(line) as { email?: string; id?: string; text: string };
    const email = name ?? id ?? '';
    for (const finding of analyze(text).findings) candidates.push({ email, text, finding });
  }
}

const random = seededRandom(seed);
const order = candidates.map((c, i) => ({ c, k: random(), i })).sort((a, b) => a.k - b.k || a.i - b.i);
let drawn = 0;
let withheld = 0;
for (const { c } of order) {
  if (drawn >= size) break;
  const { finding, text } = c;
  const window = passage(text, finding.replace.start, finding.replace.end);
  const before = text.slice(window.start, window.end);
  const id = finding.id.replace(/@/, `@${c.email}:`);
  if (excluded.has(before) || excluded.has(id)) continue;
  // A finding whose every rewrite was withheld shows advice without Apply: nothing to judge, but it is counted.
  if (!finding.rewrites.length) {
    withheld++;
    continue;
  }
  drawn++;
  const applied = applyRewrite(text, finding, finding.rewrites[0]!);
  // The same stretch of the email after the change (the edit lies inside it), so the reviewer compares like with like.
  const after = applied.text.slice(window.start, window.end + applied.text.length - text.length);
  console.log(JSON.stringify({ id, rule: finding.rule, flagged: finding.text, message: finding.message, before, after }));
}
const offering = candidates.filter((c) => c.finding.rewrites.length).length;
console.error(`${drawn} findings with a rewrite drawn; ${withheld} findings met on the way offer none (advice without Apply), so ${drawn} of ${drawn + withheld} drawn (${((100 * drawn) / Math.max(1, drawn + withheld)).toFixed(1)}%) offer Apply`);
console.error(`${offering} of ${candidates.length} findings (${((100 * offering) / Math.max(1, candidates.length)).toFixed(1)}%) in ${SOURCES.join(', ')} offer a rewrite`);
