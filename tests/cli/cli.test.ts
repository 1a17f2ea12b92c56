/** The `poise` command as a sales lead uses it: what it prints, and the exit code a template repository gates on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { analysisInput, run } from '../../src/cli/main';
import { toJsonlRecord } from '../../src/cli/jsonl';
import { formatFinding } from '../../src/cli/format';
import { analyze } from '../../src/analyzer';
import { analyze as analyzeEveryEdit } from '../analyzer/apply-helpers';

async function poise(args: string[], stdin = '', stdinIsTTY = false) {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => new TextEncoder().encode(stdin),
    stdinIsTTY,
  });
  return { code, out, err };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'poise-cli-'));
  mkdirSync(join(dir, 'templates/nested'), { recursive: true });
  writeFileSync(join(dir, 'templates/pushy.txt'), 'Hi {{first_name}},\n\nHonestly, you need this.\nThanks,\nJo\n');
  writeFileSync(join(dir, 'templates/clean.md'), '# Intro\n\nWould Tuesday at 10 work to walk [First Name] through the rollout plan?\n');
  writeFileSync(join(dir, 'templates/nested/timid.html'), '<div>Hi {Company} team,</div><div><b>Sorry to</b> bother you&nbsp;again.</div>');
  writeFileSync(join(dir, 'templates/nested/sequence.eml'), 'From: jo@seller.example\r\nSubject: you need this\r\nContent-Type: text/plain\r\n\r\nHi Sam,\r\nThis deal decides my bonus.\r\n');
  writeFileSync(join(dir, 'templates/ignored.json'), '{"text": "you need this"}');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]));
  writeFileSync(join(dir, 'locked.txt'), 'you need this');
  chmodSync(join(dir, 'locked.txt'), 0o000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replies saved as text', () => {
  const REPLY = 'Hi Dana,\n\nSorry to bother you again, here is the summary.\n\nOn Tue, 3 Mar 2026 at 10:02, Dana Lee <dana@lee.example> wrote:\n> Can you do 15% off if we sign this month?\n>\n>> Honestly, you need this.\n';

  it('lints only the rep’s draft of a .txt reply, at its place in the file, never the quoted thread', async () => {
    writeFileSync(join(dir, 'reply.txt'), REPLY);
    const { out } = await poise([join(dir, 'reply.txt')]);
    expect(out).toMatch(/reply\.txt:3:1  warning +timidity .*timidity\/sorry-to-bother/);
    expect(out).not.toContain('you-need-this');
  });

  it('passes the first quoted message of a text or .eml file as the prospect’s, and nothing for Markdown or no quote', () => {
    const txt = analysisInput('reply.txt', REPLY, { sensitivity: 'standard' });
    expect(txt.options).toEqual({ sensitivity: 'standard', prospect: 'Can you do 15% off if we sign this month?' });
    expect(txt.text).toHaveLength(REPLY.length);
    expect(txt.text).not.toContain('15%');
    const eml = 'From: jo@seller.example\r\nContent-Type: text/plain\r\n\r\nUnderstood, Sam.\r\n\r\nOn Mon, 2 Mar 2026, Sam <sam@x.example> wrote:\r\n> Please take me off your list.\r\n';
    expect(analysisInput('thread.eml', eml, {}).options.prospect).toBe('Please take me off your list.');
    expect(analysisInput('<stdin>', REPLY, {}).options.prospect).toBe('Can you do 15% off if we sign this month?');
    expect(analysisInput('notes.md', '> A quote in a template\n', {}).options).toEqual({});
    expect(analysisInput('intro.txt', 'Hi Sam,\nWould Tuesday work?\n', {})).toEqual({ text: 'Hi Sam,\nWould Tuesday work?\n', options: {} });
  });
});

describe('poise FILE|DIR', () => {
  it('prints findings like a linter, file:line:col level category message rule, and a summary per file', async () => {
    const { code, out } = await poise([join(dir, 'templates/pushy.txt')]);
    expect(code).toBe(0);
    const [finding, summary] = out.trim().split('\n');
    expect(finding).toMatch(new RegExp(`^${join(dir, 'templates/pushy.txt')}:3:11  error +hard_close +Telling the prospect .* "you need this"  hard_close/you-need-this`));
    expect(summary).toMatch(/pushy.txt: 1 finding \(1 error\); scores hard_close 58, self_serving 0, timidity 0; balance \+58/);
  });

  it('reads a directory’s .txt, .md, .html and .eml files, recursively, and nothing else', async () => {
    const { out } = await poise([join(dir, 'templates')]);
    const summaries = out.split('\n').filter((l) => /: (no findings|\d+ finding)/.test(l) && !/:\d+:\d+ /.test(l));
    expect(summaries.map((l) => l.split(': ')[0]!.replace(`${dir}/`, ''))).toEqual([
      'templates/clean.md', 'templates/nested/sequence.eml', 'templates/nested/timid.html', 'templates/pushy.txt',
    ]);
    expect(out).not.toContain('ignored.json');
  });

  it('reads HTML through its markup, phrases split across tags included, with positions in the file', async () => {
    const { out } = await poise([join(dir, 'templates/nested/timid.html')]);
    expect(out).toMatch(/timid\.html:1:\d+  warning +timidity .*timidity\/sorry-to-bother/);
  });

  it('skips an .eml header block and reads the body', async () => {
    const { out } = await poise([join(dir, 'templates/nested/sequence.eml')]);
    expect(out).toMatch(/sequence\.eml:6:\d+ .*self_serving\/my-quota/);
    expect(out).not.toContain('you-need-this');
  });

  it('reads merge tags as names and quotes the template as written', async () => {
    const { out } = await poise(['--format', 'json', join(dir, 'templates/clean.md')]);
    const [{ report }] = JSON.parse(out);
    expect(report.findings).toEqual([]);
    expect(report.stats.questions).toBe(1);
  });

  it('--format json prints one array of {file, report}', async () => {
    const { out, code } = await poise(['--format', 'json', join(dir, 'templates/pushy.txt'), join(dir, 'templates/clean.md')]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.map((x: { file: string }) => x.file)).toEqual([join(dir, 'templates/pushy.txt'), join(dir, 'templates/clean.md')]);
    expect(parsed[0].report.findings[0]).toMatchObject({ rule: 'hard_close/you-need-this', text: 'you need this' });
  });

  it('--disable turns a rule off; an unknown rule is a usage error', async () => {
    const off = await poise(['--disable', 'hard_close/you-need-this', join(dir, 'templates/pushy.txt')]);
    expect(off.out).toMatch(/no findings/);
    const bad = await poise(['--disable', 'hard_close/nope', join(dir, 'templates/pushy.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown rule "hard_close\/nope"/);
  });

  it('--disable and --list-rules know the sentence model by its rule id', async () => {
    const text = "Sorry, I realise I'm probably overstepping here. The quote is attached.\n";
    writeFileSync(join(dir, 'model.txt'), text);
    expect((await poise([join(dir, 'model.txt')])).out).toMatch(/ model\/timidity /);
    const off = await poise(['--disable', 'model/timidity', join(dir, 'model.txt')]);
    expect(off.code).toBe(0);
    expect(off.out).toMatch(/no findings/);
    expect((await poise(['--list-rules'])).out).toMatch(/^model\/hard_close +hard_close +suggestion or warning/m);
  });

  it('--fail-on LEVEL exits 1 when a finding at or above LEVEL is found, else 0', async () => {
    expect((await poise(['--fail-on', 'error', join(dir, 'templates/pushy.txt')])).code).toBe(1);
    expect((await poise(['--fail-on', 'warning', join(dir, 'templates/clean.md')])).code).toBe(0);
    expect((await poise(['--fail-on', 'error', join(dir, 'templates/nested/timid.html')])).code).toBe(0);
    expect((await poise(['--fail-on', 'warning', join(dir, 'templates/nested/timid.html')])).code).toBe(1);
    expect((await poise(['--fail-on', 'severe', join(dir, 'templates/clean.md')])).code).toBe(2);
  });

  it('exits 2 with a message naming the problem for missing, unreadable, binary and non-UTF-8 input, and still lints the rest', async () => {
    const { code, out, err } = await poise([join(dir, 'nope.txt'), join(dir, 'binary.txt'), join(dir, 'latin1.txt'), join(dir, 'locked.txt'), join(dir, 'templates/pushy.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/nope\.txt: no such file or directory/);
    expect(err).toMatch(/binary\.txt: binary file/);
    expect(err).toMatch(/latin1\.txt: not UTF-8/);
    if (process.getuid?.() !== 0) expect(err).toMatch(/locked\.txt: permission denied/); // root reads anything
    expect(out).toMatch(/pushy\.txt: 1 finding/);
  });

  it('reads standard input when there is no file, and refuses to wait on a terminal', async () => {
    const piped = await poise([], 'Honestly, you need this.');
    expect(piped.out).toMatch(/^<stdin>:1:11 +error/);
    const tty = await poise([], '', true);
    expect(tty.code).toBe(2);
    expect(tty.err).toMatch(/no input/);
  });

  it('rejects unknown options with the usage', async () => {
    const r = await poise(['--colour']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown option '--colour'[\s\S]*Usage: poise/);
  });
});

describe('→ try: the first rewrite as the rep would apply it', () => {
  /** The finding line of `rule` in the human output, from `→ try:` on. */
  const tryOf = (out: string, rule: string) => out.split('\n').find((l) => l.includes(`  ${rule}  `))!.replace(/^.*?  → try: /, '→ try: ');

  it('prints the whole line exactly: the sentence as it will read after a sentence-wide rewrite', async () => {
    const file = join(dir, 'templates/pushy.txt');
    const { out } = await poise([file]);
    const f = analyze('Hi {{first_name}},\n\nHonestly, you need this.\nThanks,\nJo\n').findings[0]!;
    // you-need-this has only sentences with blanks to offer: the first is printed as the one to write by hand.
    expect(f.rewrites).toEqual([]);
    expect(out.split('\n')[0]).toBe(`${file}:3:11  error      hard_close   ${f.message} "you need this"  hard_close/you-need-this  → try, in your own words: "${f.example}"`);
  });

  it('prints the text as Apply leaves it on one line, merge tags as written, and only where there is something to try', async () => {
    const text = 'Hi {{first_name}},\n\nThanks for the intro, {{first_name}}. I\'d love to jump on a call and tell you a bit more about our company.\nThis is the lowest price you will ever see, so you should sign today\nbefore it is gone. I\'m so sorry to bother you again with yet\nanother email.\n';
    writeFileSync(join(dir, 'clause.txt'), text);
    const { out } = await poise([join(dir, 'clause.txt')]);
    // A sentence over two lines: the words Apply removes, quoted on one line.
    expect(tryOf(out, 'timidity/sorry-to-bother')).toBe('→ try: remove "I\'m so sorry to bother you again with yet another email."');
    const line = (rule: string) => out.split('\n').find((l) => l.includes(`  ${rule}`))!;
    // Removing the pressure would take the ask to sign with it, an edit reviewers mostly failed: the Apply gate
    // withholds it, and the line offers a sentence to write instead.
    expect(line('hard_close/scarcity-pressure')).toMatch(/ {2}→ try, in your own words: "[^"\n]+"$/);
    expect(line('hard_close/you-must-decide')).toMatch(/ {2}→ try, in your own words: "[^"\n]+"$/);
    // No rewrite to apply and no sentence to adapt: the line ends with the rule.
    expect(line('self_serving/our-story')).toMatch(/ {2}self_serving\/our-story$/);
  });

  it('reads HTML through its markup for the suggestion too', async () => {
    const { out } = await poise([join(dir, 'templates/nested/timid.html')]);
    // The apology is the whole sentence, so the suggestion is to remove it, quoted as the file reads without markup.
    expect(tryOf(out, 'timidity/sorry-to-bother')).toBe('→ try: remove "Sorry to bother you again."');
  });

  it('prints the better sentence to write by hand where no rewrite can be applied, and gives it in --jsonl', () => {
    const text = 'The spares ship on Monday, you really need this upgrade, and the fitter can come on Thursday.';
    const f = analyze(text).findings.find((x) => x.rule === 'hard_close/you-need-this')!;
    expect(f.rewrites).toEqual([]);
    expect(formatFinding('t.txt', text, f)).toBe(`t.txt:1:28  error      hard_close   ${f.message} "you really need this"  hard_close/you-need-this  → try, in your own words: "This upgrade could help with [the problem they described]."`);
    const line = toJsonlRecord(1, analyze(text)).findings.find((x) => x.rule === 'hard_close/you-need-this')!;
    expect(line.rewrites).toEqual([]);
    expect(line.example).toBe('This upgrade could help with [the problem they described].');
  });

  it('prints a rewrite that removes the words as remove "<the words>"', () => {
    // The rest of the sentence carries the point, so only the apology goes. (After "Sorry to bother you again, I know
    // this is a busy month." nothing is left but more apology, and the whole sentence is offered for removal.)
    const text = 'Sorry to bother you again, I have the revised figures for the Leeds site.';
    // How a removal is printed, whichever edits the Apply gate offers (its choices are tested on their own).
    const f = analyzeEveryEdit(text).findings.find((x) => x.rule === 'timidity/sorry-to-bother')!;
    // The literal rewrite for the clause and its comma is nothing; the line names the words that go.
    expect(f.rewrites).toEqual(['']);
    const line = formatFinding('t.txt', text, f);
    expect(line).toBe(`t.txt:1:1  warning    timidity     ${f.message} "Sorry to bother you again"  timidity/sorry-to-bother  → try: remove "Sorry to bother you again,"`);
  });
});

describe('poise --jsonl', () => {
  it('writes one line per input line, in order, with exactly id, scores, balance and findings', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Honestly, you need this.' }),
      '',
      JSON.stringify({ id: 7, text: 'Does Tuesday work to review the plan?' }),
    ].join('\n');
    const { code, out } = await poise(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(Object.keys(lines[0]).sort()).toEqual(['balance', 'findings', 'id', 'scores']);
    expect(lines[0].findings[0]).toMatchObject({ rule: 'hard_close/you-need-this', category: 'hard_close', level: 'error', start: 10, end: 23, text: 'you need this' });
    expect(lines[0].findings[0].message).toEqual(expect.any(String));
    expect(lines[0].findings[0].rewrites).toEqual([]);
    expect(lines[0].findings[0].example).toBe('[Our product] could help with [the problem they described].');
    expect(lines[1]).toEqual({ id: 7, scores: { hard_close: 0, self_serving: 0, timidity: 0 }, balance: 0, findings: [] });
  });

  it('gives each finding the range a rewrite replaces, beside its span', async () => {
    const text = "Thanks for the intro. I'd love to jump on a call and tell you a bit more about our company.";
    const { code, out } = await poise(['--jsonl'], JSON.stringify({ id: 'r', text }));
    expect(code).toBe(0);
    const [finding] = JSON.parse(out.trim()).findings;
    expect(Object.keys(finding).sort()).toEqual(['category', 'end', 'level', 'message', 'replace', 'rewrites', 'rule', 'start', 'text', 'why']);
    expect(finding).toMatchObject({ rule: 'self_serving/our-story', text: 'tell you a bit more about our company' });
    // The span is the offending words; the replace range is the clause they sit in, which holds them.
    expect(text.slice(finding.replace.start, finding.replace.end)).toBe("I'd love to jump on a call and tell you a bit more about our company.");
    // Its rewrites keep blanks, so none is applied.
    expect(finding.rewrites).toEqual([]);
  });

  it('reads a line\'s prospect message: a thread key with the guide\'s names, and the thread\'s findings and notes', async () => {
    const input = [
      JSON.stringify({ id: 'cave', prospect: 'Could you knock 20% off the annual plan? Then we can sign.', text: 'Sure, happy to take 20% off the annual plan.' }),
      JSON.stringify({ id: 'fold', prospect: 'Our finance team has frozen all new software spend for this year.', text: 'Totally understand. I will close out your file and reach out next year.' }),
      JSON.stringify({ id: 'first', prospect: '', text: 'Does Tuesday work to review the plan?' }),
    ].join('\n');
    const { code, out } = await poise(['--jsonl'], input);
    expect(code).toBe(0);
    const [cave, fold, first] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(cave).sort()).toEqual(['balance', 'findings', 'id', 'notes', 'scores', 'thread']);
    expect(cave.thread).toEqual({ situation: 'discount', faults: ['caves_on_price'] });
    expect(cave.findings.find((f: { rule: string }) => f.rule === 'thread/caves-on-price')).toMatchObject({ category: 'timidity', text: 'take 20% off' });
    expect(fold.thread).toEqual({ situation: 'budget', faults: ['gives_up'] });
    expect(fold.notes.map((n: { id: string }) => n.id)).toContain('thread-gives-up');
    expect(first.thread).toEqual({ situation: 'none', faults: [] });
  });

  it('answers a prospect that is not a string with an error object', async () => {
    const { code, out } = await poise(['--jsonl'], JSON.stringify({ id: 'p', prospect: 42, text: 'Hi.' }));
    expect(code).toBe(2);
    expect(JSON.parse(out.trim())).toEqual({ id: 'p', error: expect.stringMatching(/"prospect".*must be a string/) });
  });

  it('answers a bad line with an error object, goes on, and exits 2 at the end', async () => {
    const input = ['{not json', JSON.stringify({ id: 'x', text: 42 }), JSON.stringify(['a']), JSON.stringify({ id: 'ok', text: 'Hi.' })].join('\n');
    const { code, out, err } = await poise(['--jsonl'], input);
    expect(code).toBe(2);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: null, error: expect.stringMatching(/not JSON/) });
    expect(lines[1]).toEqual({ id: 'x', error: expect.stringMatching(/string "text"/) });
    expect(lines[2]).toEqual({ id: null, error: expect.any(String) });
    expect(lines[3].id).toBe('ok');
    expect(err).toMatch(/3 input lines failed/);
  });
});

describe('the built command', () => {
  it('runs as npx poise after the build, with the same output and exit codes', () => {
    const bin = join(import.meta.dirname, '../../bin/poise.js');
    const out = execFileSync('node', [bin, '--fail-on', 'suggestion', '-'], { input: 'All set for Tuesday.' }).toString();
    expect(out).toMatch(/<stdin>: no findings/);
    const failing = spawnSync('node', [bin, '--fail-on', 'error'], { input: 'Honestly, you need this.' });
    expect(failing.status).toBe(1);
    expect(failing.stdout.toString()).toMatch(/hard_close\/you-need-this/);
  });
});
