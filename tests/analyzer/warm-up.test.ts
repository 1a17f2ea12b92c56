/**
 * The extension warms the analyser up in idle time with one example per rule, so that the first finding of each
 * kind the rep types compiles nothing on a keystroke. The warm-up only helps if each example reaches its rule's
 * rewrite checks: each must raise its own rule's finding.
 */
import { describe, expect, it } from 'vitest';
import bundled from '../../src/analyzer/rules.generated.json';
import { analyze, warmUpSentences } from '../../src/analyzer';

describe('warm-up sentences', () => {
  it('give one sentence per rule, each raising that rule at strict sensitivity', () => {
    const sentences = warmUpSentences();
    expect(sentences).toHaveLength(bundled.length);
    const missed = bundled
      .map((rule, i) => ({ rule: rule.id, sentence: sentences[i]! }))
      .filter(({ rule, sentence }) => !analyze(sentence, { sensitivity: 'strict' }).findings.some((f) => f.rule === rule));
    expect(missed).toEqual([]);
  });
});
