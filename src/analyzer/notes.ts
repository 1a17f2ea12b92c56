/**
 * Whole-email statistics and coaching notes, built from per-sentence facts. A fact depends only on its sentence's
 * text, so the incremental session caches facts with the rule hits and an edit costs only the changed sentence.
 * Notes never change scores.
 */
import type { EmailNote, Stats } from './types';
import { countWords, words } from './text';
import { ENGLISH_FUNCTION_WORDS } from './language';

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd"]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd"]);

const DISCOUNT_RE = /\b(discount(?:ed|s)?|\d+\s?% off|percent off|(?:lower|better|special) (?:price|rate)|price (?:cut|break)|knock(?:ed)? .{0,20}off|cheaper)\b/i;
const DISCOUNT_CUE_RE = /discount|off|price|rate|cheaper/i;
/** The prospect's outcome: their team, their numbers, what they save or gain. */
const VALUE_RE = /\b(your (?:team|business|company|customers|goals?|numbers?|costs?|revenue|margin|workflow|process|people|staff)|save[sd]?|saving|reduc(?:e|es|ed|ing)|cut (?:your|the)|increase[sd]?|grow(?:th)?|payback|roi|return on|outcome|result(?:s)?|faster|fewer|hours? a week)\b/i;
const FOLLOW_UP_RE = /\b(following up|checking in|circling back|touching base|bumping (?:this|it)|another (?:email|note|reminder)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|attempt|message|try))\b/gi;

/** What one sentence contributes to the statistics, the notes and the language check. */
export interface SentenceFacts {
  words: number;
  firstPerson: number;
  secondPerson: number;
  question: boolean;
  functionWords: number;
  letters: number;
  latinLetters: number;
  discount: boolean;
  value: boolean;
  followUps: number;
  exclamations: number;
}

export function sentenceFacts(sentence: string): SentenceFacts {
  const ws = words(sentence);
  let firstPerson = 0;
  let secondPerson = 0;
  let functionWords = 0;
  for (const w of ws) {
    if (SECOND_PERSON.has(w)) secondPerson++;
    else if (FIRST_PERSON.has(w)) firstPerson++;
    if (ENGLISH_FUNCTION_WORDS.has(w)) functionWords++;
  }
  const { letters, latinLetters } = letterCounts(sentence);
  // Every alternative of DISCOUNT_RE holds one of these words; the cheap test spares most sentences its backtracking.
  const discount = DISCOUNT_CUE_RE.test(sentence) && DISCOUNT_RE.test(sentence);
  return {
    // Lower-casing keeps every letter a letter and every digit a digit, in one code unit, except "İ" (two): the
    // lower-cased words are the same words.
    words: sentence.includes('\u0130') ? countWords(sentence) : ws.length,
    firstPerson,
    secondPerson,
    question: /\?["')\]]*$/.test(sentence),
    functionWords,
    letters,
    latinLetters,
    discount,
    value: VALUE_RE.test(discount ? sentence.replace(DISCOUNT_RE, '') : sentence),
    followUps: sentence.match(FOLLOW_UP_RE)?.length ?? 0,
    exclamations: sentence.match(/!/g)?.length ?? 0,
  };
}

const LETTER_RE = /\p{L}/u;

/**
 * Letters (code points of category L; one beyond U+FFFF counts once) and Latin letters (the code units A-Z, a-z and
 * U+00C0-U+024F, as the language check has always counted them) of a sentence, in one pass over its code units.
 */
function letterCounts(sentence: string): { letters: number; latinLetters: number } {
  let letters = 0;
  let latinLetters = 0;
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const c = sentence.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latinLetters++;
      }
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f) latinLetters++;
    const cp = sentence.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (LETTER_RE.test(String.fromCodePoint(cp))) letters++;
  }
  return { letters, latinLetters };
}

export function stats(facts: readonly SentenceFacts[]): Stats {
  const s: Stats = { words: 0, sentences: facts.length, questions: 0, secondPerson: 0, firstPerson: 0 };
  for (const f of facts) {
    s.words += f.words;
    s.questions += f.question ? 1 : 0;
    s.secondPerson += f.secondPerson;
    s.firstPerson += f.firstPerson;
  }
  return s;
}

export function emailNotes(facts: readonly SentenceFacts[], s: Stats): EmailNote[] {
  const notes: EmailNote[] = [];
  if (s.words >= 25 && s.questions === 0) {
    notes.push({ id: 'no-question', message: 'No question asked: a question about their goals or concerns invites a reply and keeps you in the role of expert, not order-taker.' });
  }
  if (s.firstPerson >= 6 && s.firstPerson >= 3 * Math.max(1, s.secondPerson)) {
    const ratio = s.secondPerson === 0 ? `${s.firstPerson} "I/we" and no "you"` : `${Math.round(s.firstPerson / s.secondPerson)} "I/we" for every "you"`;
    notes.push({ id: 'first-person-heavy', message: `${ratio}: turn a few sentences around to the prospect's situation and outcome.` });
  }
  const firstDiscount = facts.findIndex((f) => f.discount);
  if (firstDiscount >= 0 && !facts.slice(0, firstDiscount + 1).some((f) => f.value)) {
    notes.push({ id: 'discount-before-value', message: 'A discount comes up before any value to the prospect: lead with the outcome they get, and table price until it is established.' });
  }
  const bangs = facts.reduce((n, f) => n + f.exclamations, 0);
  if (bangs >= 3) {
    notes.push({ id: 'exclamation-pile', message: `${bangs} exclamation marks: calm confidence reads as expertise; keep one at most.` });
  }
  if (facts.reduce((n, f) => n + f.followUps, 0) >= 2) {
    notes.push({ id: 'repeated-follow-up', message: 'Several follow-up phrases in one email: say once what is new for them instead of how often you have written.' });
  }
  return notes;
}
