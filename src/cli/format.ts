/** Linter-style output: `file:line:col  level  category  message  rule-id`, then one summary line per file. */
import type { Finding, Report } from '../analyzer';

export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

export function formatFinding(file: string, text: string, f: Finding): string {
  const { line, col } = lineCol(text, f.start);
  const rewrite = f.rewrites[0] ? `  → try: "${f.rewrites[0]}"` : '';
  return `${file}:${line}:${col}  ${f.level.padEnd(10)} ${f.category.padEnd(12)} ${f.message} "${f.text}"  ${f.rule}${rewrite}`;
}

export function formatSummary(file: string, r: Report): string {
  const n = r.findings.length;
  const counts = r.findings.length
    ? ` (${(['error', 'warning', 'suggestion'] as const).map((l) => [l, r.findings.filter((f) => f.level === l).length] as const).filter(([, c]) => c).map(([l, c]) => `${c} ${l}${c > 1 ? 's' : ''}`).join(', ')})`
    : '';
  const notes = r.notes.length ? `; notes: ${r.notes.map((x) => x.message).join(' | ')}` : '';
  return `${file}: ${n === 0 ? 'no findings' : `${n} finding${n > 1 ? 's' : ''}${counts}`}; scores hard_close ${r.scores.hard_close}, self_serving ${r.scores.self_serving}, timidity ${r.scores.timidity}; balance ${r.balance > 0 ? '+' : ''}${r.balance}${notes}`;
}
