/**
 * npm run bench:cli — the CLI as a whole process, start-up included, against the same job done with alex: both read
 * 1,000 ordinary emails (SpamAssassin easy-ham-1 bodies) as JSON lines on standard input and write one result per
 * line. Runs are interleaved and the median of three is compared (target: poise at least 3x alex).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { mailBodies } from './mail-corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'poise-bench-cli-'));
const mails = mailBodies('easy-ham-1').slice(0, 1000);
const input = `${mails.map((m) => JSON.stringify({ id: m.id, text: m.body })).join('\n')}\n`;

// The peer: the shortest script that does the same job with alex.
const alexScript = join(dir, 'alex-lines.mjs');
writeFileSync(alexScript, `import { text } from ${JSON.stringify(createRequire(import.meta.url).resolve('alex'))};
import { createInterface } from 'node:readline';
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, text: body } = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id, messages: text(body).messages.map((m) => m.reason) }) + '\\n');
}
`);

const commands = {
  poise: [join(root, 'bin/poise.js'), '--jsonl'],
  alex: [alexScript],
};
const times: Record<string, number[]> = { poise: [], alex: [] };
for (let round = 0; round < 3; round++) {
  for (const [name, args] of Object.entries(commands)) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { input, maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr.toString().slice(0, 500)}`);
    times[name]!.push(performance.now() - t0);
  }
}
rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const ratio = median(times.alex!) / median(times.poise!);
console.log(`1,000 emails as JSON lines, whole process, median of 3: poise ${(median(times.poise!) / 1000).toFixed(2)} s, alex ${(median(times.alex!) / 1000).toFixed(2)} s`);
console.log(`  target poise >= 3x alex: ${ratio.toFixed(1)}x ${ratio >= 3 ? 'PASS' : 'FAIL'}`);
