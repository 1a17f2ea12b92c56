/** The rep's own phrases: what the options page refuses while they type, and that an accepted phrase matches. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { userPhraseProblems, validateUserPhrase } from '../../src/analyzer/user-phrases';
import type { UserPhrase } from '../../src/analyzer/types';

const ok = { category: 'timidity' as const, message: 'Say what is new for them instead.' };

describe('checking a phrase as it is typed', () => {
  it('accepts an ordinary phrase, and it then matches in a draft', () => {
    expect(userPhraseProblems({ ...ok, phrase: 'circle back' })).toEqual({});
    expect(analyze('Just wanted to circle back on the pilot.', { userPhrases: [{ ...ok, phrase: 'circle back' }] }).findings.map((f) => f.text)).toContain('circle back');
  });

  it('says what to type for an empty phrase or note', () => {
    expect(userPhraseProblems({ ...ok, phrase: '   ' }).phrase).toMatch(/Type the words you want Poise to catch/);
    expect(userPhraseProblems({ phrase: 'circle back', category: 'timidity', message: '' }).message).toMatch(/Add a short note/);
  });

  it('gives the length and the limit of a huge phrase, note or rewrite', () => {
    const p = userPhraseProblems({ phrase: 'x '.repeat(150), category: 'timidity', message: 'm'.repeat(301), rewrite: 'r'.repeat(400) });
    expect(p.phrase).toBe('This phrase is 299 characters long; keep it to 200 or fewer. A few words work best: Poise looks for them inside one sentence.');
    expect(p.message).toBe('This note is 301 characters long; keep it to 300 or fewer.');
    expect(p.rewrite).toMatch(/^This rewrite is 400 characters long; keep it to 300 or fewer, or leave it empty\.$/);
  });

  it('refuses a phrase that could never match or would match almost every email, saying why', () => {
    expect(userPhraseProblems({ ...ok, phrase: '?!...' }).phrase).toMatch(/no letters/);
    expect(userPhraseProblems({ ...ok, phrase: '2024' }).phrase).toMatch(/no letters/);
    expect(userPhraseProblems({ ...ok, phrase: 'I' }).phrase).toMatch(/single letter/);
    expect(userPhraseProblems({ ...ok, phrase: 'need*' }).phrase).toMatch(/“\*” is not a wildcard/);
    expect(userPhraseProblems({ ...ok, phrase: 'asap|urgent' }).phrase).toMatch(/“\|” is not a wildcard/);
    expect(userPhraseProblems({ ...ok, phrase: 'Thanks. Talk soon' }).phrase).toMatch(/one sentence at a time/);
    // The sentence-crossing phrase indeed never matches: the analyser reads "Thanks." and "Talk soon" apart.
    expect(analyze('Thanks. Talk soon about the plan.', { userPhrases: [{ ...ok, phrase: 'Thanks. Talk soon' }] }).findings.filter((f) => f.source === 'user')).toEqual([]);
    // Ordinary punctuation inside a sentence is fine, and so are brackets (matched as written).
    expect(userPhraseProblems({ ...ok, phrase: 'no pressure!' })).toEqual({});
    expect(userPhraseProblems({ ...ok, phrase: 'e.g. a quick call' })).toEqual({});
    expect(userPhraseProblems({ ...ok, phrase: '(no obligation)' })).toEqual({});
  });

  it('refuses a phrase already in the list, whatever its capitals, spaces or quotes', () => {
    const existing: UserPhrase[] = [{ ...ok, phrase: "Don't hesitate" }];
    expect(userPhraseProblems({ ...ok, phrase: '  don’t   HESITATE ' }, existing).phrase).toBe('“don’t   HESITATE” is already in your list. To change it, remove it from the list and add it again.');
    expect(userPhraseProblems({ ...ok, phrase: 'do not hesitate' }, existing)).toEqual({});
  });

  it('keeps older stored phrases usable: the stricter checks apply only when adding', () => {
    expect(validateUserPhrase({ ...ok, phrase: 'need*' })).toBeNull();
  });
});

describe('matching', () => {
  it('stays quiet for a phrase turned off like a rule (from a tooltip), and only that one', () => {
    const userPhrases = [{ ...ok, phrase: 'circle back' }, { ...ok, phrase: 'touch base' }];
    const text = 'I wanted to circle back and touch base on the pilot.';
    const flagged = (disabledRules: string[]) => analyze(text, { userPhrases, disabledRules }).findings.filter((f) => f.source === 'user').map((f) => f.text);
    expect(flagged([])).toEqual(['circle back', 'touch base']);
    expect(flagged(['user/0'])).toEqual(['touch base']);
  });

  it('matches a phrase typed with curly quotes in a draft written with straight ones, and the reverse', () => {
    const curly = analyze("I'm just following up.", { userPhrases: [{ ...ok, phrase: 'I’m just following up' }] });
    expect(curly.findings.filter((f) => f.source === 'user').map((f) => f.text)).toEqual(["I'm just following up"]);
    const quoted = analyze('It is a "no brainer" for you.', { userPhrases: [{ ...ok, phrase: '“no brainer”' }] });
    expect(quoted.findings.filter((f) => f.source === 'user').map((f) => f.text)).toEqual(['"no brainer"']);
  });
});
