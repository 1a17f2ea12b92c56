// @vitest-environment jsdom
/**
 * The tooltip as a rep reads it: each rewrite shown as the sentence will read after Apply, the change marked, and a
 * rewrite that removes the words labelled as such. The findings are written out here (not taken from the rules,
 * which change), and the previews come from the analyser's previewRewrite, as the page coach computes them.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { previewRewrite } from '../../src/analyzer';
import { literalRewrites } from '../../src/analyzer/rewrite';
import type { Finding } from '../../src/analyzer/types';
import { FindingTooltip, type RewritePreview } from '../../src/ui/FindingTooltip';

/** A finding on `words` in `text`, whose templates (as a rule writes them, "" removes) replace `unit`. */
function findingIn(text: string, words: string, unit: string, templates: string[]): Finding {
  const start = text.indexOf(words);
  const replaceStart = text.indexOf(unit);
  const { replace, rewrites } = literalRewrites(text, { start: replaceStart, end: replaceStart + unit.length }, templates);
  return {
    id: `timidity/test@${start}`, rule: 'timidity/test', category: 'timidity', level: 'warning', source: 'rule',
    message: 'Apologising for writing tells the prospect your email is an intrusion.', why: 'Because.',
    start, end: start + words.length, text: words, replace, rewrites,
  };
}

function mount(text: string, finding: Finding) {
  const previews: RewritePreview[] = finding.rewrites.map((rewrite) => ({ rewrite, ...previewRewrite(text, finding, rewrite) }));
  const host = document.createElement('div');
  document.body.append(host);
  const onApply = vi.fn();
  act(() => render(<FindingTooltip finding={finding} previews={previews} onApply={onApply} onDismiss={() => {}} onTurnOff={() => {}} onClose={() => {}} />, host));
  const items = [...host.querySelectorAll('.poise-rewrites li')].map((li) => ({
    shown: li.querySelector('.poise-preview')!.textContent,
    removed: [...li.querySelectorAll('del')].map((e) => e.textContent),
    inserted: [...li.querySelectorAll('ins')].map((e) => e.textContent),
    button: li.querySelector('button')!,
  }));
  return { items, onApply, host };
}

const DRAFT = 'Hi Sam,\n\nSorry to bother you again, just checking in on the pilot.\nI need to hit my number this quarter.\n';

describe('finding tooltip', () => {
  it('shows a clause rewrite inside its sentence: the words that go struck, the words that come marked', () => {
    const f = findingIn(DRAFT, 'Sorry to bother you', 'Sorry to bother you again', ["I'll keep this short", '']);
    const { items } = mount(DRAFT, f);
    expect(items[0]!.removed).toEqual(['Sorry to bother you again']);
    expect(items[0]!.inserted).toEqual(["I'll keep this short"]);
    expect(items[0]!.shown).toBe("Sorry to bother you againI'll keep this short, just checking in on the pilot.");
    expect(items[0]!.button.textContent).toBe('Apply');
    expect(items[0]!.button.getAttribute('aria-label')).toBe("Apply: I'll keep this short, just checking in on the pilot.");
  });

  it('labels a rewrite that removes the words as Remove, and reads the sentence that is left', () => {
    const f = findingIn(DRAFT, 'Sorry to bother you', 'Sorry to bother you again', ["I'll keep this short", '']);
    const { items, onApply } = mount(DRAFT, f);
    const removal = items[1]!;
    expect(removal.button.textContent).toBe('Remove');
    // Removing the first clause capitalises the next word: shown as the clause struck and the sentence going on.
    expect(removal.removed).toEqual(['Sorry to bother you again, ']);
    expect(removal.inserted).toEqual([]);
    expect(removal.shown).toBe('Sorry to bother you again, Just checking in on the pilot.');
    expect(removal.button.getAttribute('aria-label')).toBe('Remove "Sorry to bother you again", so it reads: Just checking in on the pilot.');
    act(() => removal.button.click());
    // Apply gets the literal replacement for the finding's range: here the capital the sentence now starts with.
    expect(onApply).toHaveBeenCalledWith(f.rewrites[1]);
    expect(f.rewrites[1]).toBe('J');
  });

  it('shows the advice with no Apply button when no rewrite keeps the rep\'s point', () => {
    const f = { ...findingIn(DRAFT, 'hit my number', 'I need to hit my number this quarter.', ['']), rewrites: [] };
    const { items, host } = mount(DRAFT, f);
    expect(items).toEqual([]);
    expect(host.querySelector('.poise-apply')).toBeNull();
    expect(host.textContent).toContain('Apologising for writing tells the prospect your email is an intrusion.');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toContain('Dismiss');
  });

  it('shows the better sentence to write by hand, with no button, where no rewrite can be applied', () => {
    const f = { ...findingIn(DRAFT, 'hit my number', 'I need to hit my number this quarter.', ['']), rewrites: [], example: 'For [their team], this means [the result they care about].' };
    const { items, host } = mount(DRAFT, f);
    expect(items).toEqual([]);
    expect(host.querySelector('.poise-apply')).toBeNull();
    expect(host.querySelector('.poise-example')!.textContent).toBe('Try, in your own words: For [their team], this means [the result they care about].');
  });

  it('shows a sentence-wide rewrite as the old sentence struck and the new one, and applies the rewrite itself', () => {
    const f = findingIn(DRAFT, 'hit my number', 'I need to hit my number this quarter.', ['This gets [their team] [the result they care about].', '']);
    const { items, onApply } = mount(DRAFT, f);
    expect(items[0]!.removed).toEqual(['I need to hit my number this quarter.']);
    expect(items[0]!.inserted).toEqual(['This gets [their team] [the result they care about].']);
    expect(items[0]!.button.getAttribute('aria-label')).toBe('Apply: This gets [their team] [the result they care about].');
    act(() => items[0]!.button.click());
    // The sentence is alone on its line: the literal rewrite keeps the line breaks the range (a removal's) covers.
    expect(onApply).toHaveBeenCalledWith('\nThis gets [their team] [the result they care about].\n');
    expect(items[1]!.shown).toBe('I need to hit my number this quarter.');
    expect(items[1]!.button.getAttribute('aria-label')).toBe('Remove the sentence: I need to hit my number this quarter.');
  });

  it('strikes a sentence once above the rewrites when every one of them replaces it whole', () => {
    const f = findingIn(DRAFT, 'hit my number', 'I need to hit my number this quarter.', ['This gets [their team] [the result].', 'Teams like yours see [the result].']);
    const { items, host } = mount(DRAFT, f);
    expect(host.querySelector('.poise-replaces')!.textContent).toBe('Replaces I need to hit my number this quarter.');
    expect(host.querySelector('.poise-replaces del')!.textContent).toBe('I need to hit my number this quarter.');
    expect(items.map((i) => [i.shown, i.removed])).toEqual([['This gets [their team] [the result].', []], ['Teams like yours see [the result].', []]]);
    expect(items.map((i) => i.button.getAttribute('aria-label'))).toEqual(['Apply: This gets [their team] [the result].', 'Apply: Teams like yours see [the result].']);
  });

  it('shows at most three rewrites', () => {
    const f = findingIn(DRAFT, 'Sorry to bother you', 'Sorry to bother you again', ['One thing', 'Two things', 'Three things', 'Four things']);
    expect(mount(DRAFT, f).items.map((i) => i.inserted[0])).toEqual(['One thing', 'Two things', 'Three things']);
  });
});
