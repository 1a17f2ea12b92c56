// @vitest-environment jsdom
/**
 * The options page as a rep uses it: rules grouped by category with counts, found by their words, turned back on
 * after a tooltip turned them off; sensitivity and sites; their own phrases checked as they type.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsPage, type RuleSummary } from '../../src/ui/OptionsPage';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings';
import summaries from '../../src/analyzer/rules.summary.generated.json';

const RULES: RuleSummary[] = [
  { id: 'hard_close/you-need-this', category: 'hard_close', level: 'error', message: 'Telling the prospect they need your product is a demand.', why: 'People resist being told what they need.', strict: false },
  { id: 'hard_close/price-jump', category: 'hard_close', level: 'warning', message: 'Threatening a price jump pressures the prospect.', why: 'A deadline on the price is yours, not theirs.', strict: false },
  { id: 'timidity/sorry-to-bother', category: 'timidity', level: 'warning', message: 'Apologising for writing makes it an intrusion.', why: 'An expert with something useful just says it.', strict: false },
  { id: 'timidity/hedge-stack', category: 'timidity', level: 'suggestion', message: 'Stacked hedges sound unsure.', why: 'Maybe, perhaps and possibly together bury the point.', strict: true },
];

function mount(settings: Settings, opts: { dismissedCount?: number; rules?: readonly RuleSummary[]; slot?: preact.ComponentChildren } = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onChange = vi.fn();
  const onClearDismissed = vi.fn();
  const draw = (s: Settings) => act(() => render(
    <OptionsPage settings={s} rules={opts.rules ?? RULES} dismissedCount={opts.dismissedCount ?? 0} onChange={onChange} onClearDismissed={onClearDismissed}>{opts.slot}</OptionsPage>,
    host,
  ));
  draw(settings);
  const checkbox = (text: string) => [...host.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;
  const category = (name: string) => [...host.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.startsWith(name))!;
  const summaries = () => [...host.querySelectorAll('details summary')].map((s) => s.textContent);
  const section = (heading: string) => [...host.querySelectorAll('section')].find((s) => s.querySelector('h2')!.textContent === heading)!;
  const button = (within: Element, text: string) => [...within.querySelectorAll('button')].find((b) => b.textContent === text)!;
  const input = (name: string) => host.querySelector(`[name="${name}"]`) as HTMLInputElement;
  const type = (el: HTMLInputElement, value: string) => act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const problem = (name: string) => host.querySelector(`#poise-new-${name}-problem`)!.textContent;
  const submit = () => act(() => (host.querySelector('form') as HTMLFormElement).requestSubmit());
  return { host, onChange, onClearDismissed, draw, checkbox, category, summaries, section, button, input, type, problem, submit };
}

describe('rules by category', () => {
  it('groups the rules in collapsed categories that say how many are on, and the count follows the settings', () => {
    const page = mount({ ...DEFAULT_SETTINGS, disabledRules: ['timidity/sorry-to-bother'] });
    expect(page.summaries()).toEqual(['Hard-close pressure 2 of 2 on', 'Self-serving 0 of 0 on', 'Order-taker timidity 1 of 2 on']);
    expect([...page.host.querySelectorAll('details')].every((d) => !d.open)).toBe(true);
    page.draw({ ...DEFAULT_SETTINGS, disabledRules: ['timidity/sorry-to-bother', 'hard_close/price-jump'], disabledCategories: ['self_serving'] });
    expect(page.summaries()).toEqual(['Hard-close pressure 1 of 2 on', 'Self-serving category off (0 of 0 rules on)', 'Order-taker timidity 1 of 2 on']);
  });

  it('counts the real rules, the sentence model among them, in every category', () => {
    const real = summaries as RuleSummary[];
    const page = mount(DEFAULT_SETTINGS, { rules: real });
    for (const [i, c] of (['hard_close', 'self_serving', 'timidity'] as const).entries()) {
      const n = real.filter((r) => r.category === c).length;
      expect(n).toBeGreaterThan(10);
      expect(page.summaries()[i]).toMatch(new RegExp(`${n} of ${n} on$`));
      expect(real.some((r) => r.id === `model/${c}`)).toBe(true);
    }
  });

  it('turns a single rule off, and a whole category off with its rules greyed out', () => {
    const page = mount(DEFAULT_SETTINGS);
    act(() => page.checkbox('Threatening a price jump').click());
    expect(page.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ disabledRules: ['hard_close/price-jump'] }));
    act(() => page.checkbox('Coach order-taker timidity at all').click());
    expect(page.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ disabledCategories: ['timidity'] }));
    const off = mount({ ...DEFAULT_SETTINGS, disabledCategories: ['timidity'] });
    expect(off.checkbox('Apologising for writing').disabled).toBe(true);
    expect(off.checkbox('Threatening a price jump').disabled).toBe(false);
  });

  it('finds rules by the words of their message or their reason, opens their categories, and says when nothing matches', () => {
    const page = mount(DEFAULT_SETTINGS);
    const search = page.host.querySelector('input[type="search"]') as HTMLInputElement;
    expect(page.host.querySelector('label[for="poise-rule-search"]')!.textContent).toBe('Find a rule by its words');
    page.type(search, 'deadline');
    const visible = () => [...page.host.querySelectorAll('details')].filter((d) => d.open).flatMap((d) => [...d.querySelectorAll('.poise-rule-message')].map((m) => m.textContent));
    // "deadline" is only in the reason of the price-jump rule.
    expect(visible()).toEqual(['Threatening a price jump pressures the prospect.']);
    expect(page.summaries()).toEqual(['Hard-close pressure 2 of 2 on, 1 match']);
    expect(page.host.querySelector('[role="status"]')!.textContent).toBe('1 rule mentions “deadline”.');
    page.type(search, 'PROSPECT');
    expect(visible()).toEqual(['Telling the prospect they need your product is a demand.', 'Threatening a price jump pressures the prospect.']);
    page.type(search, 'maybe hedges');
    expect(visible()).toEqual(['Stacked hedges sound unsure.']);
    page.type(search, 'zebra');
    expect(page.host.querySelectorAll('details')).toHaveLength(0);
    expect(page.host.querySelector('[role="status"]')!.textContent).toBe('No rule mentions “zebra”. Try another word, such as “price” or “sorry”.');
    page.type(search, '');
    expect(page.summaries()).toHaveLength(3);
    expect([...page.host.querySelectorAll('details')].every((d) => !d.open)).toBe(true);
  });

  it('shows each rule\'s reason and level in plain words, never its internal id', () => {
    const page = mount(DEFAULT_SETTINGS);
    const timid = page.category('Order-taker timidity');
    expect(timid.textContent).toContain('Maybe, perhaps and possibly together bury the point.');
    expect(timid.textContent).toContain('Suggestion, strict only');
    // What a rep reads: the text, and no tooltip title holding an id.
    expect(page.host.textContent).not.toMatch(/sorry-to-bother|hard_close|timidity\//);
    expect(page.host.querySelectorAll('[title]')).toHaveLength(0);
  });
});

describe('turned off', () => {
  it('lists the rules a tooltip turned off, and turns each back on from here', () => {
    const page = mount({ ...DEFAULT_SETTINGS, disabledRules: ['hard_close/you-need-this', 'a-rule-no-longer-shipped'] });
    const off = page.section('Turned off');
    expect([...off.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Telling the prospect they need your product is a demand. (Hard-close pressure)Turn back on']);
    act(() => page.button(off, 'Turn back on').click());
    expect(page.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ disabledRules: ['a-rule-no-longer-shipped'] }));
  });

  it('lists a category turned off, and turns everything back on at once', () => {
    const page = mount({ ...DEFAULT_SETTINGS, disabledRules: ['timidity/sorry-to-bother'], disabledCategories: ['hard_close'] });
    const off = page.section('Turned off');
    expect(off.querySelectorAll('li')).toHaveLength(2);
    expect(off.querySelector('li')!.textContent).toBe('Hard-close pressure (the whole category)Turn back on');
    act(() => page.button(off, 'Turn all back on').click());
    expect(page.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ disabledRules: [], disabledCategories: [] }));
  });

  it('lists one of the rep\'s own phrases turned off from a tooltip, and turns it back on', () => {
    const phrases = [
      { phrase: 'circle back', category: 'timidity' as const, message: 'Say what is new.' },
      { phrase: 'no brainer', category: 'hard_close' as const, message: 'Give the reason.' },
    ];
    const page = mount({ ...DEFAULT_SETTINGS, userPhrases: phrases, disabledRules: ['user/1'] });
    const off = page.section('Turned off');
    expect([...off.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Your phrase “no brainer” (Hard-close pressure)Turn back on']);
    expect(page.section('Your own phrases').querySelectorAll('li')[1]!.textContent).toContain('Turned off (see “Turned off” above).');
    act(() => page.button(off, 'Turn back on').click());
    expect(page.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ disabledRules: [] }));
  });

  it('keeps the right phrases off when one before them is removed', () => {
    const phrases = ['circle back', 'no brainer', 'touch base'].map((phrase) => ({ phrase, category: 'timidity' as const, message: 'Say it plainly.' }));
    // "touch base" (the third) is off; "circle back" (the first) is off too; "no brainer" is on.
    const page = mount({ ...DEFAULT_SETTINGS, userPhrases: phrases, disabledRules: ['user/0', 'user/2', 'hard_close/price-jump'] });
    act(() => page.button(page.section('Your own phrases'), 'Remove').click());
    const next = page.onChange.mock.lastCall![0] as Settings;
    expect(next.userPhrases.map((p) => p.phrase)).toEqual(['no brainer', 'touch base']);
    // "touch base" is now the second phrase and still off; "no brainer" stays on.
    expect(next.disabledRules).toEqual(['user/1', 'hard_close/price-jump']);
  });

  it('says that nothing is off when nothing is', () => {
    const page = mount(DEFAULT_SETTINGS);
    expect(page.section('Turned off').textContent).toContain('Nothing is turned off.');
  });
});

describe('sensitivity and sites', () => {
  it('changes sensitivity and sites', () => {
    const { host, checkbox, onChange } = mount(DEFAULT_SETTINGS);
    act(() => (host.querySelector('input[value="strict"]') as HTMLInputElement).click());
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sensitivity: 'strict' }));
    act(() => checkbox('Outlook on the web').click());
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sites: { gmail: true, outlook: false } }));
  });
});

describe('your own phrases', () => {
  it('says what is wrong as the rep types, keeps what was typed, and adds nothing until it is right', () => {
    const page = mount(DEFAULT_SETTINGS);
    // Nothing is reported before the rep types.
    expect(page.problem('phrase')).toBe('');
    page.type(page.input('phrase'), 'x'.repeat(250));
    expect(page.problem('phrase')).toBe('This phrase is 250 characters long; keep it to 200 or fewer. A few words work best: Poise looks for them inside one sentence.');
    expect(page.input('phrase').getAttribute('aria-invalid')).toBe('true');
    page.type(page.input('phrase'), '!!!');
    expect(page.problem('phrase')).toMatch(/no letters/);
    page.type(page.input('phrase'), 'need*');
    expect(page.problem('phrase')).toMatch(/“\*” is not a wildcard/);
    page.type(page.input('phrase'), 'Thanks. Talk soon');
    expect(page.problem('phrase')).toMatch(/one sentence at a time/);
    page.type(page.input('phrase'), '');
    expect(page.problem('phrase')).toMatch(/Type the words you want Poise to catch/);
    page.type(page.input('message'), 'Say what is new for them.');
    page.submit();
    expect(page.onChange).not.toHaveBeenCalled();
    expect(page.input('message').value).toBe('Say what is new for them.');
    // Add moves the rep to the field to fix.
    expect(document.activeElement).toBe(page.input('phrase'));
    page.type(page.input('phrase'), 'circle back');
    expect(page.problem('phrase')).toBe('');
    expect(page.input('phrase').hasAttribute('aria-invalid')).toBe(false);
    page.submit();
    expect(page.onChange).toHaveBeenCalledWith(expect.objectContaining({
      userPhrases: [{ phrase: 'circle back', category: 'timidity', message: 'Say what is new for them.' }],
    }));
    expect(page.input('phrase').value).toBe('');
    expect(page.host.querySelector('.poise-added')!.textContent).toBe('Added “circle back”: open drafts are checked for it now.');
  });

  it('on Add with nothing typed, shows every missing field', () => {
    const page = mount(DEFAULT_SETTINGS);
    page.submit();
    expect(page.problem('phrase')).toMatch(/Type the words/);
    expect(page.problem('message')).toMatch(/Add a short note/);
    expect(page.problem('rewrite')).toBe('');
  });

  it('refuses a phrase already in the list and lists, then removes, the ones there', () => {
    const mine = { phrase: 'circle back', category: 'timidity' as const, message: 'Say what is new.', rewrite: 'I have news on the pilot' };
    const page = mount({ ...DEFAULT_SETTINGS, userPhrases: [mine] });
    const list = page.section('Your own phrases').querySelector('ul')!;
    expect(list.textContent).toBe('“circle back” (Order-taker timidity): Say what is new. Try: “I have news on the pilot”.Remove');
    page.type(page.input('phrase'), 'Circle  Back');
    expect(page.problem('phrase')).toBe('“Circle  Back” is already in your list. To change it, remove it from the list and add it again.');
    act(() => (list.querySelector('button') as HTMLButtonElement).click());
    expect(page.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ userPhrases: [] }));
  });
});

describe('the rest of the page', () => {
  it('offers to show dismissed findings again only when there are some', () => {
    const none = mount(DEFAULT_SETTINGS, { dismissedCount: 0 });
    expect(none.button(none.section('Dismissed findings'), 'Show dismissed findings again').disabled).toBe(true);
    const some = mount(DEFAULT_SETTINGS, { dismissedCount: 3 });
    expect(some.host.textContent).toContain('3 findings are dismissed');
    act(() => some.button(some.section('Dismissed findings'), 'Show dismissed findings again').click());
    expect(some.onClearDismissed).toHaveBeenCalled();
  });

  it('shows what the entry point puts in its slot (the history settings) before the dismissed findings', () => {
    const page = mount(DEFAULT_SETTINGS, { slot: <section aria-labelledby="h"><h2 id="h">History</h2></section> });
    expect([...page.host.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Where Poise coaches', 'Sensitivity', 'Turned off', 'Categories and rules', 'Your own phrases', 'History', 'Dismissed findings',
    ]);
  });
});
