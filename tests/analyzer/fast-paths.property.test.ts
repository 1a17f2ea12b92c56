/**
 * The analyser's per-sentence fast paths must read a sentence exactly as their plain versions do: the model's words
 * (tokenWords, one lower-casing per sentence) as tokenize's, and the facts' word count as countWords, whatever the
 * letters, including those whose lower case is longer ("İ") or depends on its neighbours ("Σ").
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenWords, tokenize } from '../../src/analyzer/model/features';
import { sentenceFacts } from '../../src/analyzer/notes';
import { countWords, gateTokens, words } from '../../src/analyzer/text';

const bits = fc.constantFrom('a', 'B', ' ', "'", '’', '%', '#', '$', '?', '!', '.', '-', '1', '42', 'İ', 'Σ', 'ΑΣ', 'ς', 'ß', 'é', '×', '😀', '\uD800', '٣', 'Ⅻ', 'ǅ', 'ﬀ', 'ı', 'K', "don't", 'İstanbul', 'ΟΔΟΣ.Β');
const sentence = fc.oneof(fc.array(bits, { maxLength: 30 }).map((b) => b.join('')), fc.string({ unit: 'binary', maxLength: 30 }));

describe('per-sentence fast paths', () => {
  it("the model's words are tokenize's words", () => {
    fc.assert(fc.property(sentence, (s) => {
      expect(tokenWords(s)).toEqual(tokenize(s).map((t) => t.word));
    }), { numRuns: 20000 });
  });

  it('the facts count the words countWords counts, and the gate holds every word', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(sentenceFacts(s).words).toBe(countWords(s));
        const tokens = gateTokens(s);
        for (const w of words(s)) expect(tokens.has(w)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('the facts count letters as code points of category L and Latin letters as the language check reads them', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const f = sentenceFacts(s);
        expect(f.letters).toBe([...s].filter((c) => /\p{L}/u.test(c)).length);
        expect(f.latinLetters).toBe((s.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length);
      }),
      { numRuns: 20000 },
    );
  });
});
