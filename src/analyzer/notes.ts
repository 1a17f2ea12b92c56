/**
 * Whole-email statistics and coaching notes. Cheap regular expressions over the whole text, no tagging, so they
 * are recomputed on every update. Notes never change scores.
 */
import type { EmailNote, Stats } from './types';
import { countWords, words, type Sentence } from './text';

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd"]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd"]);

export function stats(text: string, sentences: readonly Sentence[]): Stats {
  let secondPerson = 0;
  let firstPerson = 0;
  for (const w of words(text)) {
    if (SECOND_PERSON.has(w)) secondPerson++;
    else if (FIRST_PERSON.has(w)) firstPerson++;
  }
  return {
    words: countWords(text),
    sentences: sentences.length,
    questions: sentences.filter((s) => /\?["')\]]*$/.test(s.text)).length,
    secondPerson,
    firstPerson,
  };
}

const DISCOUNT_RE = /\b(discount(?:ed|s)?|\d+\s?% off|percent off|(?:lower|better|special) (?:price|rate)|price (?:cut|break)|knock(?:ed)? .{0,20}off|cheaper)\b/i;
/** The prospect's outcome: their team, their numbers, what they save or gain. */
const VALUE_RE = /\b(your (?:team|business|company|customers|goals?|numbers?|costs?|revenue|margin|workflow|process|people|staff)|save[sd]?|saving|reduc(?:e|es|ed|ing)|cut (?:your|the)|increase[sd]?|grow(?:th)?|payback|roi|return on|outcome|result(?:s)?|faster|fewer|hours? a week)\b/i;
const FOLLOW_UP_RE = /\b(just )?(following up|checking in|circling back|touching base|bumping (?:this|it)|another (?:email|note|reminder)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|attempt|message|try|time I))\b/gi;

export function emailNotes(text: string, sentences: readonly Sentence[], s: Stats): EmailNote[] {
  const notes: EmailNote[] = [];
  if (s.words >= 25 && s.questions === 0) {
    notes.push({ id: 'no-question', message: 'No question asked: a question about their goals or concerns invites a reply and keeps you in the role of expert, not order-taker.' });
  }
  if (s.firstPerson >= 6 && s.firstPerson >= 3 * Math.max(1, s.secondPerson)) {
    const ratio = s.secondPerson === 0 ? `${s.firstPerson} "I/we" and no "you"` : `${Math.round(s.firstPerson / s.secondPerson)} "I/we" for every "you"`;
    notes.push({ id: 'first-person-heavy', message: `${ratio}: turn a few sentences around to the prospect's situation and outcome.` });
  }
  const firstDiscount = sentences.findIndex((x) => DISCOUNT_RE.test(x.text));
  if (firstDiscount >= 0 && !sentences.slice(0, firstDiscount + 1).some((x) => VALUE_RE.test(x.text.replace(DISCOUNT_RE, '')))) {
    notes.push({ id: 'discount-before-value', message: 'A discount comes up before any value to the prospect: lead with the outcome they get, and table price until it is established.' });
  }
  const bangs = (text.match(/!/g) ?? []).length;
  if (bangs >= 3 || /!!/.test(text)) {
    notes.push({ id: 'exclamation-pile', message: `${bangs} exclamation marks: calm confidence reads as expertise; keep one at most.` });
  }
  const followUps = (text.match(FOLLOW_UP_RE) ?? []).length;
  if (followUps >= 2) {
    notes.push({ id: 'repeated-follow-up', message: 'Several follow-up phrases in one email: say once what is new for them instead of how often you have written.' });
  }
  return notes;
}
