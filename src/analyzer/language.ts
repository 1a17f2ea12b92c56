/**
 * A cheap "is this English?" check, so a draft in another language gets silence and a note instead of nonsense
 * findings. English prose is roughly 40 % function words; other languages written in Latin script share few of them.
 */
import { words } from './text';

const ENGLISH_FUNCTION_WORDS = new Set(
  ('the a an and or but if of to in on at for with from by about as is are was were be been am do does did have has ' +
    'had i you he she it we they me him her us them my your his its our their this that these those what which who ' +
    'will would can could should may might must not no so than then there here when where how why all any some just ' +
    "also very more most let's i'm you're it's don't can't won't thanks hi hello dear best regards please")
    .split(' '),
);

export function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  const latin = letters.filter((c) => /[A-Za-z\u00C0-\u024F]/.test(c)).length;
  if (latin / letters.length < 0.5) return false;
  const ws = words(text);
  if (ws.length < 8) return true;
  const hits = ws.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return hits / ws.length >= 0.15;
}
