/**
 * A cheap "is this English?" check, so a draft in another language gets silence and a note instead of nonsense
 * findings. English prose is roughly 40 % function words; other languages written in Latin script share few of them.
 */
import type { SentenceFacts } from './notes';

export const ENGLISH_FUNCTION_WORDS = new Set(
  ('the a an and or but if of to in on at for with from by about as is are was were be been am do does did have has ' +
    'had i you he she it we they me him her us them my your his its our their this that these those what which who ' +
    'will would can could should may might must not no so than then there here when where how why all any some just ' +
    "also very more most let's i'm you're it's don't can't won't thanks hi hello dear best regards please " +
    "i've i'd i'll we've we're we'd we'll you've you'd you'll that's there's here's isn't aren't wasn't didn't " +
    "doesn't haven't hasn't wouldn't couldn't shouldn't into over after before up out just")
    .split(' '),
);

export const MIN_WORDS_TO_JUDGE = 20;

export function looksEnglish(facts: readonly SentenceFacts[]): boolean {
  let letters = 0;
  let latin = 0;
  let words = 0;
  let functionWords = 0;
  for (const f of facts) {
    letters += f.letters;
    latin += f.latinLetters;
    words += f.words;
    functionWords += f.functionWords;
  }
  if (letters === 0) return true;
  if (latin / letters < 0.5) return false;
  // Too little text to judge: a short line in another language matches no English rule anyway.
  if (words < MIN_WORDS_TO_JUDGE) return true;
  return functionWords / words >= 0.15;
}
