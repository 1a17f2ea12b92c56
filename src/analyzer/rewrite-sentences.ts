/**
 * The sentences of the text being rewritten (remembered for the last text asked) and the word look-ups the rewrite
 * checks share: the sentence around or after an offset, a sentence as an edit leaves it, nouns, stems.
 */
import nlp from 'compromise/two';
import { normalizeForAnalysis, splitSentences, type Sentence } from './text';
import { memoByText } from './memo';
import type { RewriteEdit, TextRange } from './rewrite-unit';

/**
 * The sentences of `text`, remembered for the last text asked: building a finding's rewrites looks up its sentence
 * and its neighbours several times, and a draft's findings are all built from one text.
 */
let lastSplit: { text: string; sentences: readonly Sentence[] } | undefined;

/** analyze() has just split `text` the same way (normalised, then split): the rewrite checks reuse its sentences. */
export function rememberSentences(text: string, sentences: readonly Sentence[]): void {
  lastSplit = { text, sentences };
}

export function sentencesOf(text: string): readonly Sentence[] {
  if (lastSplit?.text !== text) lastSplit = { text, sentences: splitSentences(normalizeForAnalysis(text)) };
  return lastSplit.sentences;
}

/** Up to `count` sentences of `text` starting at or after `offset` (sentences are in order: a binary search). */
export function sentencesFrom(text: string, offset: number, count: number): Sentence[] {
  const sentences = sentencesOf(text);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences.slice(lo, lo + count);
}

export function sentenceOf(text: string, range: TextRange): Sentence {
  const sentences = sentencesOf(text);
  return (
    sentences.find((s) => s.start <= range.start && range.end <= s.end) ??
    sentences.find((s) => s.start <= range.start && range.start < s.end) ?? { start: range.start, end: range.end, text: text.slice(range.start, range.end) }
  );
}

/** The sentence `s` as it reads after `edit` (an edit inside it or covering it). */
export function editedSentence(text: string, s: TextRange, edit: RewriteEdit): string {
  return (text.slice(s.start, Math.max(s.start, edit.start)) + edit.replacement + text.slice(Math.min(s.end, Math.max(edit.end, s.start)), s.end)).trim();
}

/** The plural nouns of a passage (compromise's tags), remembered like nounsOf. */
export const pluralsOf = memoByText((passage: string): string[] => nlp(passage).match('#Plural').not('#Pronoun').terms().out('array') as string[]);

export const POINTER_STOP = new Set('the a an to of and or me my you your we our i it its is be for on in with that this has have had so but at by from as are was were would will can could if not all any some just also another too again other more us them they their there here what when how which who do did does get got one'.split(' '));

export const stem = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/(?:ing|ed|es|s|e)$/, (m) => (w.length > 4 ? '' : m));

/**
 * The sentence after `edit` that points at what it removes: a sentence of the same paragraph (up to three on) with
 * "also", "another", "too", "as well" or "again" and a content word or a percentage shared with the removed words;
 * or the next sentence repeating two nouns of the removed words that the text no longer holds anywhere before it.
 */
/**
 * Whether a word (stemmed, lower-cased) occurs in `text` before `end`. It is asked for a handful of nouns per
 * rewrite, of a draft that may run to thousands of words and is re-checked at every keystroke: so the text is
 * searched for the word, never tokenized whole. Lower-casing is remembered for the last text asked.
 */
let lastLower: { text: string; lower: string } | undefined;

export function occursBefore(text: string, end: number, word: string): boolean {
  if (lastLower?.text !== text) lastLower = { text, lower: text.toLowerCase().replace(/’/g, "'") };
  const { lower } = lastLower;
  if (lower.length !== text.length) {
    // Lower-casing changed the length (a rare letter such as "İ"): offsets would drift, so read the words instead.
    return (text.slice(0, end).match(/[\p{L}\p{N}'’]+/gu) ?? []).some((w) => stem(w) === word);
  }
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’]/u.test(c);
  for (let i = lower.indexOf(word); i !== -1 && i < end; i = lower.indexOf(word, i + 1)) {
    if (isWordChar(lower[i - 1])) continue;
    let j = i + word.length;
    while (j < lower.length && isWordChar(lower[j])) j++;
    if (j <= end && stem(text.slice(i, j)) === word) return true;
  }
  return false;
}

/** The nouns of a removed passage (compromise's tags), remembered: the same removals are checked at every keystroke. */
export const nounsOf = memoByText((removed: string): string[] => nlp(removed).match('#Noun').not('#Pronoun').terms().out('array') as string[]);

/** The sentence that starts at or after `from`, if any. */
export function sentenceAfter(text: string, from: number): Sentence | undefined {
  return sentencesOf(text).find((s) => s.start >= from);
}
