/**
 * Linter-style output: `file:line:col  level  category  message "text"  rule-id  → try: ...`, then one summary line
 * per file.
 */
import { previewRewrite, type Finding, type Report } from '../analyzer';
import { mergeTagsAsNames, toAnalysableText } from './text-formats';

export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** Whitespace (line breaks included) as single spaces: the suggestion stays on the finding's one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The first rewrite as the rep would apply it: a rewrite replaces the finding's whole unit (a clause or the sentence),
 * so it prints the sentence as it will read afterwards, or `remove "<the unit>"` for a rewrite that removes it.
 * Offsets and sentence bounds come from the analysed text; the words are quoted as written (merge tags kept), except
 * in markup, which is read as the analyser read it.
 */
export function formatTry(file: string, content: string, f: Finding): string {
  const rewrite = f.rewrites[0];
  // No rewrite can be applied safely here: the rule's better sentence, to adapt by hand.
  if (rewrite === undefined) return f.example ? `  → try, in your own words: "${f.example}"` : '';
  const analysed = toAnalysableText(file, content);
  const shown = mergeTagsAsNames(content) === analysed ? content : analysed;
  const p = previewRewrite(analysed, f, rewrite);
  if (p.removal) return `  → try: remove "${oneLine(shown.slice(p.at, p.at + p.removed.length))}"`;
  const sentence = shown.slice(p.at - p.before.length, p.at) + p.inserted + shown.slice(p.at + p.removed.length, p.at + p.removed.length + p.after.length);
  return `  → try: "${oneLine(sentence)}"`;
}

export function formatFinding(file: string, text: string, f: Finding): string {
  const { line, col } = lineCol(text, f.start);
  return `${file}:${line}:${col}  ${f.level.padEnd(10)} ${f.category.padEnd(12)} ${f.message} "${f.text}"  ${f.rule}${formatTry(file, text, f)}`;
}

export function formatSummary(file: string, r: Report): string {
  const n = r.findings.length;
  const counts = r.findings.length
    ? ` (${(['error', 'warning', 'suggestion'] as const).map((l) => [l, r.findings.filter((f) => f.level === l).length] as const).filter(([, c]) => c).map(([l, c]) => `${c} ${l}${c > 1 ? 's' : ''}`).join(', ')})`
    : '';
  const notes = r.notes.length ? `; notes: ${r.notes.map((x) => x.message).join(' | ')}` : '';
  return `${file}: ${n === 0 ? 'no findings' : `${n} finding${n > 1 ? 's' : ''}${counts}`}; scores hard_close ${r.scores.hard_close}, self_serving ${r.scores.self_serving}, timidity ${r.scores.timidity}; balance ${r.balance > 0 ? '+' : ''}${r.balance}${notes}`;
}
