// @vitest-environment jsdom
/** The options page as a rep uses it: turning rules back on, sensitivity, sites, and adding a phrase of their own. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsPage, type RuleSummary } from '../../src/ui/OptionsPage';
import { DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings';

const RULES: RuleSummary[] = [
  { id: 'hard_close/you-need-this', category: 'hard_close', level: 'error', message: 'Telling the prospect they need your product is a demand.', strict: false },
  { id: 'timidity/sorry-to-bother', category: 'timidity', level: 'warning', message: 'Apologising for writing makes it an intrusion.', strict: false },
];

function mount(settings: Settings, dismissedCount = 0) {
  const host = document.createElement('div');
  document.body.append(host);
  const onChange = vi.fn();
  const onClearDismissed = vi.fn();
  act(() => render(<OptionsPage settings={settings} rules={RULES} dismissedCount={dismissedCount} onChange={onChange} onClearDismissed={onClearDismissed} />, host));
  const checkbox = (text: string) => [...host.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;
  return { host, onChange, onClearDismissed, checkbox };
}

describe('options page', () => {
  it('shows a rule turned off from a tooltip unchecked, and turns it back on', () => {
    const { checkbox, onChange } = mount({ ...DEFAULT_SETTINGS, disabledRules: ['hard_close/you-need-this'] });
    const box = checkbox('Telling the prospect');
    expect(box.checked).toBe(false);
    act(() => box.click());
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ disabledRules: [] }));
  });

  it('turns a whole category off and greys out its rules', () => {
    const { checkbox, onChange } = mount(DEFAULT_SETTINGS);
    act(() => checkbox('Order-taker timidity').click());
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ disabledCategories: ['timidity'] }));
    const off = mount({ ...DEFAULT_SETTINGS, disabledCategories: ['timidity'] });
    expect(off.checkbox('Apologising for writing').disabled).toBe(true);
  });

  it('changes sensitivity and sites', () => {
    const { host, checkbox, onChange } = mount(DEFAULT_SETTINGS);
    act(() => (host.querySelector('input[value="strict"]') as HTMLInputElement).click());
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sensitivity: 'strict' }));
    act(() => checkbox('Outlook on the web').click());
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sites: { gmail: true, outlook: false } }));
  });

  it('refuses an empty or huge phrase with a clear message and keeps what was typed', () => {
    const { host, onChange } = mount(DEFAULT_SETTINGS);
    const input = (name: string) => host.querySelector(`[name="${name}"]`) as HTMLInputElement;
    const type = (name: string, value: string) => act(() => {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => (host.querySelector('form') as HTMLFormElement).requestSubmit());
    expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/Type the phrase/);
    type('phrase', 'x'.repeat(500));
    type('message', 'Too long to match.');
    act(() => (host.querySelector('form') as HTMLFormElement).requestSubmit());
    expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/under 200 characters/);
    expect(input('message').value).toBe('Too long to match.');
    expect(onChange).not.toHaveBeenCalled();
    type('phrase', 'circle back');
    type('message', 'Say what is new for them instead.');
    act(() => (host.querySelector('form') as HTMLFormElement).requestSubmit());
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({
      userPhrases: [{ phrase: 'circle back', category: 'timidity', message: 'Say what is new for them instead.', rewrite: undefined }],
    }));
  });

  it('offers to show dismissed findings again only when there are some', () => {
    const none = mount(DEFAULT_SETTINGS, 0);
    expect((none.host.querySelector('section:last-of-type button') as HTMLButtonElement).disabled).toBe(true);
    const some = mount(DEFAULT_SETTINGS, 3);
    expect(some.host.textContent).toContain('3 findings are dismissed');
    act(() => (some.host.querySelector('section:last-of-type button') as HTMLButtonElement).click());
    expect(some.onClearDismissed).toHaveBeenCalled();
  });
});
