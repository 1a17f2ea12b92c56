/**
 * The rep's own phrases. They are matched literally (never as patterns), so a phrase full of brackets or
 * backslashes cannot break the analyser, and they need no tagging.
 */
import type { Hit } from './engine';
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function userPhraseHits(sentence: string, phrases: readonly UserPhrase[]): Hit[] {
  const hits: Hit[] = [];
  phrases.forEach((p, i) => {
    if (validateUserPhrase(p) !== null) return;
    const body = escape(p.phrase.trim().replace(/[’‘]/g, "'")).replace(/\s+/g, '\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of sentence.matchAll(re)) hits.push({ rule: `${USER_RULE_PREFIX}${i}`, start: m.index, end: m.index + m[0].length });
  });
  return hits;
}
