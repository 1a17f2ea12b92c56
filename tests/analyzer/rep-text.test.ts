/** Words a rep reads stand on their own: no seed numbers, guide rules, file names or rule ids in them. */
import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from '../../src/analyzer';
import { CONCESSION_MESSAGE, MODEL_MESSAGES } from '../../src/analyzer/model/messages';

const INTERNAL = /\bseeds?\b|\blabels?\.md\b|\bLABELS\b|\brule \d+|\.ya?ml\b|\.jsonl?\b|\b(hard_close|self_serving|timidity)\b|\bmodel\//i;

const repText = [
  ...defaultAnalyzer().engine.rules.flatMap((r) => [[`${r.id} message`, r.message], [`${r.id} why`, r.why], ...r.rewrites.map((w) => [`${r.id} rewrite`, w])]),
  ...Object.entries({ ...MODEL_MESSAGES, concession: CONCESSION_MESSAGE }).flatMap(([c, m]) => [[`model ${c} message`, m.message], [`model ${c} why`, m.why], ...m.rewrites.map((w) => [`model ${c} rewrite`, w])]),
] as [string, string][];

describe('text a rep reads', () => {
  it('exists for every rule and the model', () => {
    expect(repText.length).toBeGreaterThan(300);
  });

  it.each(repText)('%s names nothing internal', (_, text) => {
    expect(text).not.toMatch(INTERNAL);
  });
});
