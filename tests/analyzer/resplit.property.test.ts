/**
 * A session splits again only the paragraphs an edit touched (resplitSentences): the sentences must be exactly those
 * of splitting the whole new text, and the session's report exactly analyze()'s, whatever the edit: insertions,
 * deletions, pastes across paragraph breaks, edits at the very start or end, edits that join or split sentences and
 * paragraphs, next to abbreviations whose check reads past a break.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createSession } from '../../src/analyzer';
import { resplitSentences, splitSentences } from '../../src/analyzer/text';

/** Pieces dense in what decides a split: breaks, end punctuation, abbreviations, lower-case line starts, long runs. */
const BITS = [
  '\n', '\n\n', '\n\n\n', ' \n', '\n ', '\t', ' ', '. ', '.', '!', '?', '…', '."', '.)', 'p.m.', 'a.m. ', 'etc.', 'Inc.',
  'Mr.', 'e.g.', 'i.e. ', 'x', 'Ok', 'we can ship', 'Friday', 'friday', '5', 'Thanks', 'Hi Dana,', '’', '\u00A0', 'İ',
  'a'.repeat(30), `${'word '.repeat(230)}`,
];
const piece = fc.constantFrom(...BITS);
const textOf = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

/** One edit: remove `remove` characters at `at` (a share of the length, so the start and the end come up) and insert `insert`. */
const edit = fc.record({
  at: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  remove: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })),
  insert: fc.oneof(fc.constant(''), piece, fc.array(piece, { maxLength: 8 }).map((p) => p.join(''))),
});
const apply = (text: string, e: { at: number; remove: number; insert: string }) => {
  const i = Math.floor(e.at * text.length);
  return text.slice(0, i) + e.insert + text.slice(i + e.remove);
};

function ends(a: string, b: string) {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('resplitSentences', () => {
  it('gives the sentences of splitting the whole new text, after any sequence of edits', () => {
    fc.assert(
      fc.property(textOf, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let text = start;
        let sentences = splitSentences(text);
        for (const e of edits) {
          const next = apply(text, e);
          const { prefix, suffix } = ends(text, next);
          sentences = resplitSentences(text, sentences, next, prefix, suffix);
          expect(sentences).toEqual(splitSentences(next));
          text = next;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the sentences of untouched paragraphs and shifts those after the edit', () => {
    const before = 'Hi Dana,\n\nThe pilot covers three hubs. It starts in March.\n\nWould Tuesday work?\n\nThanks,\nSam';
    const after = before.replace('three hubs', 'four hubs');
    const old = splitSentences(before);
    const { prefix, suffix } = ends(before, after);
    const next = resplitSentences(before, old, after, prefix, suffix);
    expect(next.map((s) => s.text)).toEqual(['Hi Dana,', 'The pilot covers four hubs.', 'It starts in March.', 'Would Tuesday work?', 'Thanks,', 'Sam']);
    expect(next[0]).toBe(old[0]);
    expect(next.slice(3).map((s) => after.slice(s.start, s.end))).toEqual(['Would Tuesday work?', 'Thanks,', 'Sam']);
  });
});

/** Paragraphs of rule-bearing and plain sentences, as a draft is made of. */
const SENTENCES = [
  'Honestly, you need this.', 'Sorry to bother you again.', 'I need to hit my number this quarter.', 'Would Tuesday work for a call?',
  'The pilot covers three hubs.', 'We can give you a 20% discount if you sign today.', 'Your team saves ten hours a week.',
  'Just checking in.', 'This price only holds until Friday.', 'I hope that is okay!', 'We would also like to see the bays.',
  'Meet at 5 p.m. Friday or at 9 a.m. Thanks.', 'Act now and save.',
];
const paragraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const draft = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((p) => `Hi Dana,\n\n${p.join('\n\n')}\n\nThanks,\nSam`);
const draftEdit = fc.record({
  at: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  remove: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 200 })),
  insert: fc.oneof(
    fc.constantFrom('', 'x', ' ', '.', '. ', '\n', '\n\n', 'sorry', ' I need to hit my number.'),
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }).map((s) => `${s.join(' ')}\n\n`),
  ),
});

describe('a session after random edits of a draft of paragraphs', () => {
  it('equals analyze(), deep', () => {
    fc.assert(
      fc.property(draft, fc.array(draftEdit, { minLength: 1, maxLength: 15 }), (start, edits) => {
        const session = createSession();
        let text = start;
        expect(session.update(text)).toEqual(analyze(text));
        for (const e of edits) {
          text = apply(text, e);
          expect(session.update(text)).toEqual(analyze(text));
        }
      }),
      { numRuns: 40 },
    );
  });
});
