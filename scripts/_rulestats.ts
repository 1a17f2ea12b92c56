import { readFileSync } from 'node:fs';
import { analyze, applyRewrite } from '../src/analyzer';
const st = new Map<string, { ok: number; n: number }>();
for (let n = 10; n <= 26; n++) {
  const j = new Map(readFileSync(`tests/data/rewrite-review/judgements-${n}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d]; }));
  for (const l of readFileSync(`tests/data/rewrite-review/sample-${n}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const s = JSON.parse(l); const jd = j.get(s.id); if (!jd) continue;
    const f = analyze(s.before).findings.find((x) => x.rule === s.rule && x.text === s.flagged);
    if (!f || !f.rewrites.length || applyRewrite(s.before, f, f.rewrites[0]!).text !== s.after) continue;
    const k = s.rule.startsWith('model/') ? s.rule : s.rule; const v = st.get(k) ?? { ok: 0, n: 0 };
    v.n++; if (jd.fluent && jd.fixed && jd.kept) v.ok++; st.set(k, v);
  }
}
for (const [k, v] of [...st].sort((a, b) => (a[1].ok - a[1].n * 0.86) - (b[1].ok - b[1].n * 0.86))) console.log(`${v.ok}/${v.n}\t${(v.ok / v.n).toFixed(2)}\t${k}`);
