import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyzer';
const prospect = process.argv[2]!;
for (const l of readFileSync('../shared/corpus/dev.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const s = JSON.parse(l); if (!s.labels.includes('NONE')) continue;
  const fs = analyze(s.text, { prospect }).findings; const base = analyze(s.text).findings;
  if (fs.length) console.log(`${fs.map((f) => f.rule).join(',')} ${base.length ? '(base flagged)' : ''}\n   ${s.text}`);
}
