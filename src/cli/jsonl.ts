/**
 * `poise --jsonl`: one JSON object per input line, `{"id": ..., "text": ...}`, one output line per input line, in
 * order. A line may carry the prospect's last message as a string `prospect`: its output line then also has
 * `thread` (`{"situation", "faults"}`, the labelling guide's names) and `notes`, and its findings include the
 * thread's. A bad line gets an error object and the run goes on.
 */
import type { AnalyzeOptions, Report } from '../analyzer';

export interface JsonlResult {
  lines: string[];
  failed: number;
}

export function toJsonlRecord(id: unknown, r: Report) {
  return {
    id,
    scores: r.scores,
    balance: r.balance,
    findings: r.findings.map((f) => ({
      rule: f.rule, category: f.category, level: f.level, start: f.start, end: f.end, text: f.text, replace: f.replace,
      message: f.message, why: f.why, rewrites: f.rewrites, ...(f.example ? { example: f.example } : {}),
    })),
    ...(r.thread ? { thread: { situation: r.thread.situation, faults: r.thread.faults }, notes: r.notes.map((n) => ({ id: n.id, message: n.message })) } : {}),
  };
}

export function runJsonl(input: string, analyze: (text: string, o: AnalyzeOptions) => Report, options: AnalyzeOptions): JsonlResult {
  const lines: string[] = [];
  let failed = 0;
  for (const raw of input.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      failed++;
      lines.push(JSON.stringify({ id: null, error: `not JSON: ${(e as Error).message}` }));
      continue;
    }
    const rec = obj !== null && typeof obj === 'object' && !Array.isArray(obj) ? (obj as Record<string, unknown>) : null;
    const id = rec && 'id' in rec ? rec.id : null;
    if (!rec || typeof rec.text !== 'string') {
      failed++;
      lines.push(JSON.stringify({ id, error: 'each line must be an object with a string "text"' }));
      continue;
    }
    if ('prospect' in rec && typeof rec.prospect !== 'string') {
      failed++;
      lines.push(JSON.stringify({ id, error: '"prospect", when given, must be a string (the prospect\'s last message, "" for none)' }));
      continue;
    }
    const withProspect = typeof rec.prospect === 'string' ? { ...options, prospect: rec.prospect } : options;
    lines.push(JSON.stringify(toJsonlRecord(id, analyze(rec.text, withProspect))));
  }
  return { lines, failed };
}
