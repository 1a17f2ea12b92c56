/**
 * The Apply gate: what it reads of an edit, that training it is repeatable, that the committed gate ranks edits as
 * reviewers did, and that an edit it withholds leaves the finding with the sentence to adapt by hand.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { applyRewrite, createAnalyzer, type ModelFile } from '../../src/analyzer';
import { createApplyGate, editTokens, gateBucket, gateFeatures, type ApplyGateFile } from '../../src/analyzer/apply-gate';
import committedGate from '../../src/analyzer/apply-gate.generated.json';
import sentenceModel from '../../src/analyzer/model.generated.json';
import { packWeights } from '../../src/analyzer/model/model-file';
import { loadRules } from '../../src/analyzer/rules';
import { readRuleSources } from '../../src/cli/rule-files';
import { buildGateFile, judgedEdits } from '../../scripts/train-apply-gate';

describe('what the gate reads of an edit', () => {
  it('takes the words an edit removes and puts in, with numbers as one token and a question mark kept', () => {
    expect(editTokens('Sorry to bother you again. The quote for 12 doors is attached.', 'The quote for 12 doors is attached.')).toEqual({
      removed: ['sorry', 'to', 'bother', 'you', 'again'], added: [], previous: '^', next: 'the',
    });
    expect(editTokens('Can you sign by the 14th? The kit is ready.', 'What would help you decide? The kit is ready.')).toEqual({
      removed: ['can', 'you', 'sign', 'by', 'the', 'NUM', 'th'], added: ['what', 'would', 'help', 'you', 'decide'], previous: '^', next: '?',
    });
  });

  it('names the rule, the shape and the size of the edit beside its words and the words it joins', () => {
    expect(gateFeatures('timidity/sorry-to-bother', 'Hi. Sorry to bother you. Bye.', 'Hi. Bye.')).toEqual([
      'prev:hi', 'next:bye', 'rule:timidity/sorry-to-bother', 'shape:removal', 'size:1', 'rm:sorry', 'rm:to', 'rm:bother', 'rm:you',
    ]);
  });
});

describe('training the gate', () => {
  it('gives the same file, byte for byte, from the same judged edits', () => {
    const edits = judgedEdits().slice(0, 400);
    expect(edits.length).toBe(400);
    const settings = { buckets: 1024, epochs: 3, learningRate: 0.03, l2: 1e-4, seed: 7, folds: 3, withheld: 0.35 };
    const first = JSON.stringify(buildGateFile(edits, settings).file);
    expect(JSON.stringify(buildGateFile(edits, settings).file)).toBe(first);
  });

  it('the committed gate reads a removal that takes a date and a signature as likelier to fail than one that takes only an apology', () => {
    const gate = createApplyGate(committedGate as ApplyGateFile);
    const apology = gate.probability('timidity/sorry-to-bother', 'Hi Ana. I am so sorry to bother you again with this. The fitting plan is attached.', 'Hi Ana. The fitting plan is attached.');
    const ask = gate.probability('self_serving/my-quota', 'Hi Ana. I need the order signed by Friday for my quota. The fitting plan is attached.', 'Hi Ana. The fitting plan is attached.');
    expect(apology).toBeGreaterThan(ask);
    expect(gate.passes('timidity/sorry-to-bother', 'Hi Ana. I am so sorry to bother you again with this. The fitting plan is attached.', 'Hi Ana. The fitting plan is attached.')).toBe(true);
  });
});

describe('an edit the gate withholds', () => {
  const rules = loadRules(readRuleSources(fileURLToPath(new URL('../../rules', import.meta.url))));
  const text = "The quote for the loading bay doors is attached. I'll keep ringing until I hear back from you.";
  /** A gate that passes every edit except one that removes "keep". */
  const buckets = 1024;
  const bytes = new Int8Array(buckets);
  bytes[gateBucket('rm:keep', buckets)] = -100;
  const failsKeep: ApplyGateFile = { version: 1, buckets, bias: 3, scale: 0.1, ...packWeights(bytes, buckets, 1), threshold: 0.5, trained: {} };

  it('is not offered, and the finding shows the sentence to adapt instead', () => {
    const open = createAnalyzer(rules, sentenceModel as unknown as ModelFile).analyze(text).findings.find((f) => f.rule === 'hard_close/badgering-until')!;
    expect(open.rewrites.map((r) => applyRewrite(text, open, r).text)).toContain('The quote for the loading bay doors is attached.');
    const gated = createAnalyzer(rules, sentenceModel as unknown as ModelFile, { applyGate: failsKeep }).analyze(text).findings.find((f) => f.rule === 'hard_close/badgering-until')!;
    expect(gated.rewrites).toEqual([]);
    expect(gated.example).toEqual(expect.any(String));
    expect(gated.text).toBe(open.text);
  });
});
