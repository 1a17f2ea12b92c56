/**
 * The sentence model: trained deterministically, packed without loss, and its findings shaped, shown and switched
 * off like any rule's. The sentences here were written for this test; a retrained model may need new ones, which
 * is the point: the test reads what the shipped model does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, applyRewrite, CATEGORIES, createSession } from '../../src/analyzer';
import { analyze as analyzeEveryEdit } from './apply-helpers';
import { buildModelFile, DEFAULT_TRAINING, type LabelledSentence } from '../../src/analyzer/model/build';
import { decodeWeights, packLevels } from '../../src/analyzer/model/model-file';

const slice = (file: string, n: number): LabelledSentence[] =>
  readFileSync(fileURLToPath(new URL(`../data/train/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .map((l) => JSON.parse(l) as { id: string; text: string; labels: string[] })
    .map((r) => ({ group: r.id, text: r.text, labels: CATEGORIES.map((c) => r.labels.includes(c)) }));

describe('training', () => {
  const labelled = [...slice('hard-close-a.jsonl', 40), ...slice('self-serving-a.jsonl', 40), ...slice('timidity-a.jsonl', 40)];
  const ordinary = ['The build finished at noon.', 'Can you send the log from last night?', 'Thanks, that fixed it for me.'].map((text, i) => ({ group: `o${i}`, text }));
  const small = { ...DEFAULT_TRAINING, buckets: 1 << 12, epochs: 3, folds: 2, keep: 2000 };
  const build = (seed: number) => JSON.stringify(buildModelFile(labelled, ordinary, { ...small, seed }, { crossValidate: true }).file);

  it('gives the same model file, byte for byte, from the same data and seed', () => {
    const first = build(7);
    expect(build(7)).toBe(first);
    // And the seed matters, so the comparison above could fail.
    expect(build(8)).not.toBe(first);
  });

  it('packs weight levels without losing any, and refuses a value that is not a level', () => {
    const buckets = 64;
    const levels = new Int8Array(buckets * 3);
    levels.set([4, -2, 0], 0);
    levels.set([0, 0, 64], 3 * 40);
    levels.set([-64, 1, 32], 3 * 63);
    const file = { version: 2 as const, buckets, categories: [...CATEGORIES], bias: [0, 0, 0], scale: [1, 1, 1],
      thresholds: { standard: [1, 1, 1], strict: [1, 1, 1], warning: [1, 1, 1] }, trained: {}, ...packLevels(levels, buckets) };
    expect(Array.from(decodeWeights(file))).toEqual(Array.from(levels));
    levels.set([5, 0, 0], 3 * 10);
    expect(() => packLevels(levels, buckets)).toThrow(/not a weight level: 5/);
  });

  it('refuses a model file of the earlier format with a message that says what to do', () => {
    const old = { version: 1, buckets: 64, categories: [...CATEGORIES], bias: [0, 0, 0], scale: [1, 1, 1],
      thresholds: { standard: [1, 1, 1], strict: [1, 1, 1], warning: [1, 1, 1] }, trained: {}, index: '', weights: '' };
    expect(() => decodeWeights(old as unknown as Parameters<typeof decodeWeights>[0])).toThrow(/run npm run train/);
  });
});

describe('model findings', () => {
  const PUSHY = 'The quote is attached. Frankly, anyone serious about this would have signed already.';
  const SELF = "Thanks for the demo yesterday. I'm so excited about our new dashboard that I had to write to you again.";
  const TIMID = "Sorry, I realise I'm probably overstepping here. The quote is attached.";

  it.each([
    ['hard_close', PUSHY],
    ['self_serving', SELF],
    ['timidity', TIMID],
  ])('look like a rule finding: %s', (category, text) => {
    const [f, ...rest] = analyze(text).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: `model/${category}`, category, source: 'model', text: text.slice(f!.start, f!.end) });
    expect(['suggestion', 'warning']).toContain(f!.level);
    expect(f!.message.length).toBeGreaterThan(20);
    // The span names the words that carried the decision, narrower than the sentence it sits in.
    const sentence = text.slice(f!.replace.start, f!.replace.end);
    expect(sentence).toContain(f!.text);
    expect(f!.text.length).toBeLessThan(sentence.length);
  });

  // Harper-style: the whole text after each rewrite, read by a person.
  it.each([
    // The removal keeps the rest of the email; the template sentences keep blanks, so they are shown, not applied.
    [PUSHY, ['The quote is attached.']],
    [SELF, ['Thanks for the demo yesterday.']],
    [TIMID, ['The quote is attached.']],
  ])('rewrite the sentence they sit in: %s', (text, results) => {
    // What the edit does, with every edit the checks allow offered (the Apply gate's choice is tested on its own).
    const [f] = analyzeEveryEdit(text).findings;
    expect(f!.rewrites.map((r) => applyRewrite(text, f!, r).text)).toEqual(results);
  });

  it('offer Apply only where it takes the whole sentence: a cut that keeps the rest is advice without a button', () => {
    // Reviewers judged a model finding's cuts inside a sentence right about half the time, its whole-sentence edits
    // far more often: the price news here must stay, so no rewrite is offered.
    const text = 'Sorry, I realise I\'m probably overstepping here, but the renewal price rises on the 1st.';
    const [f] = analyze(text).findings;
    expect(f!.rule).toBe('model/timidity');
    expect(f!.rewrites).toEqual([]);
    const alone = 'The renewal price rises in March. Sorry, I realise I\'m probably overstepping here.';
    const g = analyze(alone).findings.find((x) => x.rule === 'model/timidity')!;
    expect(g.rewrites.map((r) => applyRewrite(alone, g, r).text)[0]).toBe('The renewal price rises in March.');
  });

  it('say a timid line gives ground on price when it offers a cut or a freebie, and asks permission otherwise', () => {
    const text = 'Thanks for the site visit. If you need, I can also remove the tooling fee completely, no problem.';
    // (Every edit offered, the Apply gate aside: this is about what the edit does.)
    const caving = analyzeEveryEdit(text).findings.find((f) => f.rule === 'model/timidity')!;
    expect(caving.message).toBe('This line gives ground on price that nobody asked for, which tells the prospect your price was padded.');
    expect(caving.rewrites.map((r) => applyRewrite(text, caving, r).text)).toEqual(['Thanks for the site visit.']);
    const halve = "We tour with four orchestras. If the hire fee feels steep, I'm happy to halve the delivery charge, no strings.";
    expect(analyze(halve).findings.find((f) => f.rule === 'model/timidity')!.message).toBe(caving.message);
    expect(analyze(TIMID).findings[0]!.message).toBe('This line asks for permission instead of bringing something useful.');
  });

  it('stay silent where a rule already flags the category in that sentence', () => {
    const findings = analyze('Honestly, your warehouse needs our routing module, and anyone serious would have signed already.').findings;
    expect(findings.map((f) => f.category)).toContain('hard_close');
    expect(findings.filter((f) => f.rule === 'model/hard_close')).toEqual([]);
  });

  it('are switched off like a rule, by id or category, and hidden at the gentle sensitivity', () => {
    expect(analyze(TIMID, { disabledRules: ['model/timidity'] }).findings).toEqual([]);
    expect(analyze(TIMID, { disabledCategories: ['timidity'] }).findings).toEqual([]);
    expect(analyze(TIMID, { sensitivity: 'gentle' }).findings).toEqual([]);
    expect(analyze(TIMID, { sensitivity: 'strict' }).findings.map((f) => f.rule)).toEqual(['model/timidity']);
  });

  it('read words that are also names on every object ("constructor", "toString") as words', () => {
    const text = 'The constructor sent the toString and valueOf notes, and hasOwnProperty is fixed.';
    expect(analyze(text).stats.words).toBe(12);
    expect(analyze(text).findings).toEqual([]);
  });

  it('come the same from a session as from analyze()', () => {
    const session = createSession();
    session.update(PUSHY);
    expect(session.update(`${PUSHY} ${TIMID}`)).toEqual(analyze(`${PUSHY} ${TIMID}`));
  });
});
