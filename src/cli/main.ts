/**
 * The `poise` command. run() takes its I/O as arguments so tests drive it without spawning a process.
 * Exit codes: 2 on any usage or input error; else 1 when --fail-on finds a finding at or above the level; else 0.
 */
import { parseArgs } from 'node:util';
import { analyze, CATEGORIES, defaultAnalyzer, FAULT_CATEGORY, faultRuleId, LEVELS, MODEL_RULE_PREFIX, SENSITIVITIES, THREAD_FAULTS, type AnalyzeOptions, type Level, type Sensitivity } from '../analyzer';
import { formatFinding, formatSummary } from './format';
import { readInputs, decode, type Input } from './inputs';
import { runJsonl } from './jsonl';
import { splitReply } from './reply';
import { toAnalysableText } from './text-formats';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** All of standard input as bytes; called only when the input is stdin. */
  readStdin: () => Promise<Uint8Array>;
  stdinIsTTY: boolean;
}

const USAGE = `Usage: poise [options] FILE|DIR...      lint template files (.txt .md .html .eml in a DIR)
       poise [options] < draft.txt        lint standard input (or pass - as the file)
       poise --jsonl < lines.jsonl        {"id","text"} per line in (optional "prospect": their last message), one result per line out

Options:
  --format human|json     output style (default human)
  --fail-on LEVEL         exit 1 if a finding at or above LEVEL (suggestion, warning, error) is found
  --disable RULE          turn a rule off (repeatable, or comma-separated), e.g. timidity/just-checking-in
  --sensitivity LEVEL     gentle (warnings and errors), standard (default) or strict (adds strict-only rules)
  --list-rules            print every rule id with its category and level
  --jsonl                 JSON-lines mode (see above)
  -h, --help              this help
Exit codes: 0 clean or below --fail-on, 1 a finding at or above --fail-on, 2 usage or input error.`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'human' },
        'fail-on': { type: 'string' },
        disable: { type: 'string', multiple: true, default: [] },
        sensitivity: { type: 'string', default: 'standard' },
        jsonl: { type: 'boolean', default: false },
        'list-rules': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usageError(io, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const rules = defaultAnalyzer().engine.rules;
  if (values['list-rules']) {
    for (const r of rules) io.stdout(`${r.id.padEnd(44)} ${r.category.padEnd(12)} ${r.level}${r.strict ? ' (strict only)' : ''}\n`);
    for (const c of CATEGORIES) io.stdout(`${`${MODEL_RULE_PREFIX}${c}`.padEnd(44)} ${c.padEnd(12)} suggestion or warning (the sentence model)\n`);
    for (const f of THREAD_FAULTS) io.stdout(`${faultRuleId(f).padEnd(44)} ${FAULT_CATEGORY[f].padEnd(12)} warning or note (the reply to the prospect's message)\n`);
    return 0;
  }
  if (values.format !== 'human' && values.format !== 'json') return usageError(io, `--format must be human or json, not "${values.format}"`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !LEVELS.includes(failOn as Level)) return usageError(io, `--fail-on must be one of ${LEVELS.join(', ')}, not "${failOn}"`);
  if (!SENSITIVITIES.includes(values.sensitivity as Sensitivity)) return usageError(io, `--sensitivity must be one of ${SENSITIVITIES.join(', ')}, not "${values.sensitivity}"`);
  const disabled = values.disable.flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  const known = new Set([...rules.map((r) => r.id), ...CATEGORIES.map((c) => `${MODEL_RULE_PREFIX}${c}`), ...THREAD_FAULTS.map(faultRuleId)]);
  const unknown = disabled.filter((d) => !known.has(d));
  if (unknown.length) return usageError(io, `unknown rule ${unknown.map((u) => `"${u}"`).join(', ')} in --disable; see poise --list-rules`);
  const options: AnalyzeOptions = { disabledRules: disabled, sensitivity: values.sensitivity as Sensitivity };

  if (values.jsonl) {
    if (positionals.length) return usageError(io, '--jsonl reads standard input only; drop the file arguments or use "poise --jsonl < FILE"');
    const decoded = decode(await io.readStdin());
    if ('error' in decoded) return inputError(io, `<stdin>: ${decoded.error}`);
    const { lines, failed } = runJsonl(decoded.content, analyze, options);
    for (const l of lines) io.stdout(`${l}\n`);
    if (failed) io.stderr(`poise: ${failed} input line${failed > 1 ? 's' : ''} failed (see the "error" lines)\n`);
    return failed ? 2 : 0;
  }

  let inputs: Input[];
  if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
    if (positionals.length === 0 && io.stdinIsTTY) return usageError(io, 'no input: give a FILE or DIR, or pipe text in');
    const d = decode(await io.readStdin());
    inputs = ['error' in d ? { file: '<stdin>', error: d.error } : { file: '<stdin>', content: d.content }];
  } else {
    inputs = readInputs(positionals);
  }

  let inputErrors = 0;
  let failing = false;
  const results: { file: string; report: ReturnType<typeof analyze> }[] = [];
  for (const input of inputs) {
    if ('error' in input) {
      inputErrors++;
      io.stderr(`poise: ${input.file}: ${input.error}\n`);
      continue;
    }
    const analysis = analysisInput(input.file, input.content, options);
    const report = analyze(analysis.text, analysis.options);
    // Findings quote the file as written (merge tags included), not the text the analyser saw.
    for (const f of report.findings) f.text = input.content.slice(f.start, f.end);
    results.push({ file: input.file, report });
    if (failOn && report.findings.some((f) => LEVELS.indexOf(f.level) >= LEVELS.indexOf(failOn as Level))) failing = true;
    if (values.format === 'human') {
      for (const f of report.findings) io.stdout(`${formatFinding(input.file, input.content, f)}\n`);
      io.stdout(`${formatSummary(input.file, report)}\n`);
    }
  }
  if (values.format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return inputErrors ? 2 : failing ? 1 : 0;
}

/**
 * What the analyser reads for one input file, and with which options. A text or .eml file (anything but Markdown,
 * where `>` is a block quote, and HTML) may be a reply: its first quoted message is the prospect's, passed as
 * `prospect`, and the quote is blanked out of the draft, every character kept in place so positions stay the file's.
 */
export function analysisInput(file: string, content: string, options: AnalyzeOptions): { text: string; options: AnalyzeOptions } {
  const text = toAnalysableText(file, content);
  if (/\.(?:md|markdown|html?)$/i.test(file)) return { text, options };
  const { draft, prospect } = splitReply(text);
  return { text: draft, options: prospect === '' ? options : { ...options, prospect } };
}

function usageError(io: Io, message: string): number {
  io.stderr(`poise: ${message}\n\n${USAGE}\n`);
  return 2;
}

function inputError(io: Io, message: string): number {
  io.stderr(`poise: ${message}\n`);
  return 2;
}
