/**
 * The rep's own phrases. They are matched literally (never as patterns), so a phrase full of brackets or
 * backslashes cannot break the analyser, and they need no tagging.
 */
import type { Hit } from './engine';
import { normalizeForAnalysis, splitSentences } from './text';
import { CATEGORIES, type UserPhrase } from './types';

export const USER_RULE_PREFIX = 'user/';
export const MAX_USER_PHRASE_LENGTH = 200;
export const MAX_USER_MESSAGE_LENGTH = 300;

/** A message for the options page, or null when the phrase is usable. */
export function validateUserPhrase(p: Partial<UserPhrase>): string | null {
  const phrase = (p.phrase ?? '').trim();
  if (!phrase) return 'Type the phrase you want Poise to catch.';
  if (phrase.length > MAX_USER_PHRASE_LENGTH) return `Keep the phrase under ${MAX_USER_PHRASE_LENGTH} characters: Poise matches it within one sentence.`;
  if (!/\p{L}/u.test(phrase)) return 'The phrase needs at least one letter.';
  if (!p.category || !CATEGORIES.includes(p.category)) return `Choose a category: ${CATEGORIES.join(', ')}.`;
  if (!(p.message ?? '').trim()) return 'Add a short message that says what to do instead.';
  if ((p.message ?? '').length > MAX_USER_MESSAGE_LENGTH) return `Keep the message under ${MAX_USER_MESSAGE_LENGTH} characters.`;
  return null;
}

export type UserPhraseField = 'phrase' | 'message' | 'rewrite';

/**
 * Characters a rep types when they mean a wildcard or a pattern ("need*", "asap|urgent"); Poise matches phrases
 * literally, so these would match only where an email has that very character. Brackets and parentheses are left
 * alone: they are ordinary in writing.
 */
const PATTERN_CHARS = /[*|\\{}<>^~]/u;

/** How two phrases compare: case, curly quotes and runs of spaces do not make a phrase new. */
export const userPhraseKey = (phrase: string) => normalizeForAnalysis(phrase.trim()).replace(/\s+/g, ' ').toLowerCase();

/**
 * Every problem of a phrase being added in the options page, by field, each saying how to fix it. Stricter than
 * validateUserPhrase (which decides whether a stored phrase is usable at all, so an older phrase is never dropped):
 * it also refuses a phrase that can never match or would match almost every email, and one already in `existing`.
 */
export function userPhraseProblems(p: Partial<UserPhrase>, existing: readonly UserPhrase[] = []): Partial<Record<UserPhraseField, string>> {
  const out: Partial<Record<UserPhraseField, string>> = {};
  const phrase = (p.phrase ?? '').trim();
  const letters = phrase.match(/\p{L}/gu)?.length ?? 0;
  const pattern = phrase.match(PATTERN_CHARS)?.[0];
  if (!phrase) out.phrase = 'Type the words you want Poise to catch, for example “circle back”.';
  else if (phrase.length > MAX_USER_PHRASE_LENGTH) out.phrase = `This phrase is ${phrase.length} characters long; keep it to ${MAX_USER_PHRASE_LENGTH} or fewer. A few words work best: Poise looks for them inside one sentence.`;
  else if (letters === 0) out.phrase = 'Add words: Poise matches words, and this phrase has no letters, only punctuation, digits or symbols.';
  else if (phrase.replace(/[^\p{L}\p{N}]/gu, '').length === 1) out.phrase = 'A single letter would be flagged in almost every email; type a whole word or phrase.';
  else if (pattern) out.phrase = `Poise matches your words exactly, so “${pattern}” is not a wildcard: it would match only where an email has that very character. Type the words themselves, for example “just checking in”.`;
  else if (splitSentences(normalizeForAnalysis(phrase)).length > 1) out.phrase = 'Poise checks one sentence at a time, and this phrase runs past the end of a sentence (a full stop, question mark or exclamation mark followed by more words), so it could never match. Add each sentence as its own phrase.';
  else if (existing.some((e) => userPhraseKey(e.phrase) === userPhraseKey(phrase))) out.phrase = `“${phrase}” is already in your list. To change it, remove it from the list and add it again.`;
  const message = (p.message ?? '').trim();
  if (!message) out.message = 'Add a short note for yourself: what to write instead.';
  else if (message.length > MAX_USER_MESSAGE_LENGTH) out.message = `This note is ${message.length} characters long; keep it to ${MAX_USER_MESSAGE_LENGTH} or fewer.`;
  const rewrite = (p.rewrite ?? '').trim();
  if (rewrite.length > MAX_USER_MESSAGE_LENGTH) out.rewrite = `This rewrite is ${rewrite.length} characters long; keep it to ${MAX_USER_MESSAGE_LENGTH} or fewer, or leave it empty.`;
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function userPhraseHits(sentence: string, phrases: readonly UserPhrase[]): Hit[] {
  const hits: Hit[] = [];
  phrases.forEach((p, i) => {
    if (validateUserPhrase(p) !== null) return;
    // The sentence is normalised (straight quotes, plain spaces), so the phrase is too: “ ” in a phrase still match.
    const body = escape(normalizeForAnalysis(p.phrase.trim())).replace(/\s+/g, '\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of sentence.matchAll(re)) hits.push({ rule: `${USER_RULE_PREFIX}${i}`, start: m.index, end: m.index + m[0].length });
  });
  return hits;
}
