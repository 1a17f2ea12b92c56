import { readFileSync } from 'node:fs';
import { analyze, applyRewrite } from '../src/analyzer';
const rounds = process.argv.slice(2);
const tally: Record<string, number> = {};
for (const n of rounds) {
  const j = new Map(readFileSync(`tests/data/rewrite-review/judgements-${n}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d]; }));
  for (const l of readFileSync(`tests/data/rewrite-review/sample-${n}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const s = JSON.parse(l); const jd = j.get(s.id); if (!jd) continue;
    const ok = jd.fluent && jd.fixed && jd.kept;
    const f = analyze(s.before).findings.find((x) => x.rule === s.rule && x.text === s.flagged) ?? analyze(s.before).findings.find((x) => x.rule === s.rule);
    let now: string;
    if (!f) now = 'gone';
    else if (!f.rewrites.length) now = 'withheld';
    else now = applyRewrite(s.before, f, f.rewrites[0]!).text === s.after ? 'same' : 'changed';
    const k = `${ok ? 'ok' : 'FAIL'} ${now}`; tally[k] = (tally[k] ?? 0) + 1;
    if (process.env.SHOW && (now === 'changed' || (process.env.SHOW === 'all' && !ok && now === 'same') || (ok && now !== 'same'))) {
      console.log(`== ${n} ${ok ? 'ok' : 'FAIL'} ${now} ${s.rule} [${s.flagged}]`);
      if (f && f.rewrites.length) console.log('  now:', applyRewrite(s.before, f, f.rewrites[0]!).text.replace(/\n/g, ' / ').slice(0, 400));
      console.log('  was:', s.after.replace(/\n/g, ' / ').slice(0, 400));
    }
  }
}
console.log(tally);
