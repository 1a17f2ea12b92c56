/** Stored data: corrupted or old-format values are repaired field by field, dismissals hold no email text. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, repairSettings } from '../../src/storage/settings';
import { DISMISSAL_TTL_MS, addDismissal, liveDismissals } from '../../src/storage/dismissals';
import { dismiss, hashFinding, loadDismissed, loadSettings, settingsItem, updateSettings } from '../../src/storage/items';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('repairs %s to the defaults', (_what, raw) => {
    expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields of a partly corrupted object and drops only the bad user phrases', () => {
    const repaired = repairSettings({
      version: 1,
      disabledRules: ['timidity/sorry-to-bother'],
      sensitivity: 'loud',
      sites: 'yes',
      userPhrases: [
        { phrase: 'circle back', category: 'timidity', message: 'Say what is new.' },
        { phrase: '', category: 'timidity', message: 'empty' },
        { phrase: 'x'.repeat(5000), category: 'timidity', message: 'huge' },
        { phrase: 'ok', category: 'rudeness', message: 'bad category' },
        'not an object',
      ],
    });
    expect(repaired.disabledRules).toEqual(['timidity/sorry-to-bother']);
    expect(repaired.sensitivity).toBe('standard');
    expect(repaired.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(repaired.userPhrases.map((p) => p.phrase)).toEqual(['circle back']);
  });

  it('migrates the old format (mutedRules, strictness)', () => {
    expect(repairSettings({ mutedRules: ['hard_close/you-need-this'], strictness: 'gentle' })).toMatchObject({
      version: 1, disabledRules: ['hard_close/you-need-this'], sensitivity: 'gentle',
    });
  });

  it('reads corrupted stored data without throwing and writes back a valid value', async () => {
    await settingsItem.setValue('{{{not settings');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const next = await updateSettings((s) => ({ ...s, disabledRules: [...s.disabledRules, 'timidity/sorry-to-bother'] }));
    expect(next.disabledRules).toEqual(['timidity/sorry-to-bother']);
    expect(await settingsItem.getValue()).toEqual(next);
  });
});

describe('dismissals', () => {
  it('remembers a dismissed finding by a keyed hash, never by its text', async () => {
    const hash = await hashFinding('draft-1', 'hard_close/you-need-this', 'you need this');
    await dismiss(hash);
    expect(await loadDismissed()).toEqual(new Set([hash]));
    const everything = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(everything).not.toContain('you need this');
    expect(everything).not.toContain('draft-1');
  });

  it('gives different hashes for another draft, another rule or other words', async () => {
    const a = await hashFinding('draft-1', 'r', 'you need this');
    expect(await hashFinding('draft-2', 'r', 'you need this')).not.toBe(a);
    expect(await hashFinding('draft-1', 's', 'you need this')).not.toBe(a);
    expect(await hashFinding('draft-1', 'r', 'you need it')).not.toBe(a);
    expect(await hashFinding('draft-1', 'r', 'You need this')).toBe(a);
  });

  it('expires dismissals and survives a corrupted stored list', () => {
    const now = 1_000_000;
    const list = addDismissal([], 'a'.repeat(32), now);
    expect(liveDismissals(list, now + DISMISSAL_TTL_MS - 1)).toHaveLength(1);
    expect(liveDismissals(list, now + DISMISSAL_TTL_MS + 1)).toHaveLength(0);
    expect(liveDismissals('corrupt', now)).toEqual([]);
    expect(liveDismissals([{ hash: 'short', expires: now + 5 }, null, { hash: 'b'.repeat(32), expires: now + 5 }], now)).toHaveLength(1);
  });
});
