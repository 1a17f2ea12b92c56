/**
 * The incremental session must return exactly what analyze() returns for the same text, whatever the edit
 * history (a property test over random edit sequences), while caching what did not change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createSession, type AnalyzeOptions } from '../../src/analyzer';

/** Pieces that exercise the rules, the notes, sentence boundaries and odd characters. */
const PIECES = [
  'Hi Dana,', '\n', '\n\n', ' ', '. ', '? ', '! ', 'Honestly, you need this', 'sorry to bother you again',
  'I need to hit my number this quarter', 'Would Tuesday work for a call', 'The pilot covers three hubs',
  'we can give you a 20% discount', 'your team saves ten hours a week', '🙂', '’', 'just checking in',
  'Your admins need it enabled before login', 'This deal decides my bonus', 'necesitas esto hoy', 'x',
  'happy to take 20% off', 'this price only holds until Friday', 'I will close out your file',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.constantFrom(...PIECES),
});

const apply = (text: string, e: { at: number; remove: number; insert: string }) => {
  const i = Math.floor(e.at * text.length);
  return text.slice(0, i) + e.insert + text.slice(i + e.remove);
};

const optionSets: AnalyzeOptions[] = [
  {},
  { sensitivity: 'gentle', disabledRules: ['timidity/sorry-to-bother'] },
  { sensitivity: 'strict', userPhrases: [{ phrase: 'three hubs', category: 'self_serving', message: 'Say what it does for them.' }] },
  { prospect: 'Could you knock 20% off the annual plan? Then we can sign.' },
  { prospect: 'Our budget is frozen until next spring.', disabledRules: ['thread/gives-up'] },
];

describe.each(optionSets)('session.update equals analyze (options %o)', (options) => {
  it('after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const session = createSession(options);
        let text = start.join(' ');
        expect(session.update(text)).toEqual(analyze(text, options));
        for (const e of edits) {
          text = apply(text, e);
          expect(session.update(text)).toEqual(analyze(text, options));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('session.update reuses a finding only while the text its rewrites read is unchanged', () => {
  it('drops the removal of "Sorry to bother you again" once the next sentence leans on it, as analyze() does', () => {
    const session = createSession();
    const before = 'Hi Dana,\n\nSorry to bother you again. The pilot covers three hubs in March.';
    expect(session.update(before).findings.map((f) => [f.text, f.rewrites])).toEqual([['Sorry to bother you again', ['']]]);
    // The edit is after the finding: its sentence and everything before it are unchanged.
    const after = 'Hi Dana,\n\nSorry to bother you again. After that, the pilot covers three hubs in March.';
    const updated = session.update(after);
    expect(updated.findings.map((f) => [f.text, f.rewrites])).toEqual([['Sorry to bother you again', []]]);
    expect(updated).toEqual(analyze(after));
    // And back: the removal is offered again.
    expect(session.update(before).findings.map((f) => f.rewrites)).toEqual([['']]);
  });

  it('sees a pointer five sentences on, once the removal has taken a comment and an "also" with it', () => {
    // The removal takes "I hope that is okay!" and the next sentence's "also"; the pointer check then reads three
    // sentences past that, the last of them five after the finding's own.
    const before = 'Hi Dana,\n\nSorry to bother you again about the loading bays. I hope that is okay!\nWe would also like to see Tuesday.\nThe crane arrives at the bays at nine.\nThe permit is filed.\nLunch is on site.';
    const after = before.replace('Lunch is on site.', 'The loading bays also need a check.');
    const session = createSession();
    expect(session.update(before).findings[0]!.rewrites).toEqual(['We would ']);
    const updated = session.update(after);
    expect(updated.findings[0]!.rewrites).toEqual([]);
    expect(updated).toEqual(analyze(after));
  });
});
