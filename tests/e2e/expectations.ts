/**
 * What every browser must show on the fixtures, shared by the Chromium and Firefox suites: the fixtures' planted
 * phrases, decoys and clean sentences (tests/fixtures/expected.json), and the compose-body selectors.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyRewrite, CATEGORIES, rewriteEdit, type Finding } from '../../src/analyzer';
import { FIXTURES } from './browser';
import { norm, type PaintedRange } from './page-helpers';

export interface Expected {
  fixtures: Record<string, {
    client: 'gmail' | 'outlook';
    drafts: { index: number; text: string; phrases: { text: string; category: string }[]; clean_sentences: string[] }[];
    decoys: { text: string }[];
  }>;
}
export const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected;

export const BODY: Record<'gmail' | 'outlook', string> = {
  gmail: 'div[g_editable="true"][contenteditable="true"]',
  outlook: '[id^="editorParent_"] > div[contenteditable="true"]',
};

/** Range.toString() has no line breaks between block lines; compare without any whitespace. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The painted ranges of a fixture are exactly what the analyser finds in each draft: every planted phrase with its
 * category, nothing in a clean sentence, nothing on a decoy or outside the compose bodies.
 */
export function expectExactlyTheFindings(fixture: string, ranges: PaintedRange[]): void {
  const { drafts, decoys } = expected.fixtures[fixture]!;
  for (const draft of drafts) {
    const mine = ranges.filter((r) => r.body === draft.index);
    const findings = analyze(draft.text).findings;
    expect(mine.map((r) => squash(r.text)).sort(), `painted in draft ${draft.index}`).toEqual(findings.map((f) => squash(f.text)).sort());
    for (const phrase of draft.phrases) {
      const hit = mine.find((r) => r.category === phrase.category && (squash(phrase.text).includes(squash(r.text)) || squash(r.text).includes(squash(phrase.text))));
      expect(hit, `planted ${phrase.category} phrase "${phrase.text}" is highlighted`).toBeDefined();
    }
    for (const clean of draft.clean_sentences) {
      expect(mine.filter((r) => norm(clean).includes(norm(r.text))), `clean sentence "${clean}"`).toEqual([]);
    }
  }
  for (const decoy of decoys) {
    expect(ranges.filter((r) => r.body === -1 || squash(decoy.text) === squash(r.text)), `decoy "${decoy.text}"`).toEqual([]);
  }
}

/** The findings a rep should see in the side panel: grouped by category, in the order they appear in the draft. */
export const inPanelOrder = (findings: Finding[]) =>
  CATEGORIES.flatMap((c) => findings.filter((f) => f.category === c).sort((a, b) => a.start - b.start))
    .map((f) => ({ category: f.category, text: f.text.replace(/\s+/g, ' ').trim() }));

/**
 * What Apply of the first rewrite of the finding on `words` must do to a fixture's first draft: the words it replaces
 * (the clause or sentence the fault lives in), the rewrite, and the draft's line as it will read after.
 */
export function firstRewriteOf(fixture: string, words: string) {
  const text = expected.fixtures[fixture]!.drafts[0]!.text;
  const finding = analyze(text).findings.find((f) => f.text === words)!;
  const rewrite = finding.rewrites[0]!;
  const edit = rewriteEdit(text, finding, rewrite);
  const replaced = text.slice(edit.start, edit.end);
  const lineAfter = applyRewrite(text, finding, rewrite).text.split('\n').find((l) => l.includes(rewrite))!;
  // What a screen reader hears for the first Apply: a rewrite's sentence as it will read, or the sentence removed.
  const label = rewrite === '' ? `Remove the sentence: ${replaced.trim()}` : `Apply: ${lineAfter}`;
  return { finding, rewrite, replaced, lineAfter, label };
}
