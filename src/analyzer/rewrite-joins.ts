/**
 * Whether a sentence still reads after an edit inside it: a broken join, a comma splice, a bare pointer at its end, a
 * stray bracket, a lead-in left with nothing to introduce.
 */
import nlp from 'compromise/two';
import type { Sentence } from './text';
import { isLeadIn } from './keep-point';
import { memoByText } from './memo';
import { editedSentence } from './rewrite-sentences';
import { LEADING_LINK_RE, clauseBoundaries, type RewriteEdit } from './rewrite-unit';

/** A filler aside closing what is left before a cut: ", after all", ", of course", ", honestly". */
const FILLER_ASIDE_RE = /,\s*(?:after all|of course|honestly|frankly|really|to be fair|in fairness|I think|I believe|I'd say|as you know)$/i;

/** Words that cannot stand right before the words a deletion joins them to: they needed what was cut. */
const NEEDS_OBJECT = new Set('a an the as to of for with by from at in on into onto about be been being am is are was were my our your their his her its this these those very so than like such'.split(' '));

const MODALS = new Set('could would can will should might may must shall do does did'.split(' '));

const DETERMINERS = new Set('a an the my our your their his her its this that these those some any one'.split(' '));

/**
 * When an edit only deletes words inside a sentence, the sentence as it then reads if the join is broken: the word
 * before the cut is an article, a preposition or a form of "be" ("I'm asking as give us a shot", "It would be if you
 * could…"), or an adjective whose noun went ("I have a small before the renewal").
 */
function brokenJoin(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start < s.start || edit.end > s.end) return undefined;
  const old = text.slice(edit.start, edit.end);
  const now = edit.replacement;
  let p = 0;
  while (p < now.length && old[p] === now[p]) p++;
  let q = 0;
  while (q < now.length - p && old[old.length - 1 - q] === now[now.length - 1 - q]) q++;
  if (p + q !== now.length || now.length >= old.length) return undefined;
  // A filler aside just before the cut ("…and we are, after all[, the only maker…]") hides the word that needed what
  // was cut: the join is read without it.
  const left = text.slice(s.start, edit.start + p).trimEnd().replace(FILLER_ASIDE_RE, '');
  const right = (old.slice(old.length - q) + text.slice(edit.end, s.end)).trim();
  const words = left.match(/[\p{L}\p{N}'’]+$/u) ? (left.match(/[\p{L}\p{N}'’]+/gu) ?? []) : [];
  const last = words.at(-1)?.toLowerCase();
  if (!last || /[,;:—–-]$/.test(left)) return undefined;
  const sentence = `${left}${/^[.!?…,;:]/.test(right) ? '' : ' '}${right}`;
  const cut = old.slice(p, old.length - q);
  // A cut that took an aside's opening comma leaves its closing one after a word that needs the next ("a sample
  // could, be of use").
  if (/^,/.test(right) && cut.includes(',') && (NEEDS_OBJECT.has(last) || MODALS.has(last))) return sentence;
  // The "and"/"but"/"so" that joined two clauses went with the cut: a comma now splices them ("Your renewal is due
  // on the 31st, it's the last deal I need").
  if (/^[\s,;]*(?:and|but|so|yet)\b/i.test(cut) && COMMA_SPLICE_RE.test(right)) return sentence;
  // The cut took the last conjunct with its "and": two clauses the comma joined now splice ("We run 40 trucks, our
  // techs are all certified.").
  if (/^[\s,;]*and\b/i.test(cut) && /^[.!?…"')”’\s]*$/.test(right) && /,\s*(?:it|I|we|you|they|he|she|our \p{L}+|my \p{L}+|the \p{L}+|their \p{L}+)\s+(?:\p{L}+ly\s+)?(?:is|are|was|were|have|has|had|can|will|do|does|did)\b[^,;]*$/iu.test(left)) return sentence;
  if (!/[\p{L}'’]$/u.test(left)) return undefined;
  if (NEEDS_OBJECT.has(last)) return sentence;
  const before = words.at(-2)?.toLowerCase();
  if (before && DETERMINERS.has(before) && /^\p{L}/u.test(right) && isBareAdjective(last)) return sentence;
  return undefined;
}

/** The sentence as an edit inside it leaves it, when it no longer reads: a broken join, a bare pointer, a stray bracket. */
export function badJoin(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  return brokenJoin(text, s, edit) ?? exposedPointer(text, s, edit) ?? strayBracket(text, s, edit) ?? orphanLeadIn(text, s, edit) ?? reasonPointsAtCut(text, s, edit) ?? personLeftUnnamed(text, s, edit) ?? elaborationLeft(text, s, edit);
}

/**
 * A cut of the clause a colon opened, leaving what the colon introduced: "I'd love to give you the grand tour of
 * everything we've built: all 2,400 sessions, our new coach…" -> "All 2,400 sessions, our new coach…", the same tour.
 */
function elaborationLeft(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start > s.start || edit.end >= s.end || /\p{L}{2}/u.test(edit.replacement)) return undefined;
  if (!/:\s*\p{L}?$/u.test(text.slice(edit.start, edit.end))) return undefined;
  // What a lead-in introduced may be a sentence of its own: "Don't miss out: book your table…" -> "Book your table…".
  const left = editedSentence(text, s, edit);
  return nlp(left).terms().first().has('#Verb') || /^["'“‘(]*(?:I|we|you|they|he|she|it|there|this|that|our|your|the)\b/i.test(left) ? undefined : left;
}

/** Someone the rep names by role or kin: the antecedent of a "him" or "her" later in the sentence. */
const PERSON_RE = /\b(?:manager|director|boss|VP|CEO|chief executive|chairman|chairwoman|supervisor|team lead(?:er)?|owner|founder|colleague|husband|wife|father|mother|dad|mum|mom|son|daughter|brother|sister|[A-Z][a-z]+ (?:says|said|wants|asked))\b/;
const PERSON_PRONOUN_RE = /\b(?:he|him|his|she|her|hers)\b/i;

/**
 * A cut inside a sentence that took the only person a later "him" or "her" stood for: "…so please confirm by Friday
 * to make him happy" once "my director is asking me every day" went.
 */
function personLeftUnnamed(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start < s.start || edit.end > s.end || /\p{L}{2}/u.test(edit.replacement)) return undefined;
  if (!PERSON_RE.test(text.slice(edit.start, edit.end))) return undefined;
  const before = text.slice(s.start, edit.start);
  const after = text.slice(edit.end, s.end);
  return PERSON_PRONOUN_RE.test(after) && !PERSON_RE.test(before) ? editedSentence(text, s, edit) : undefined;
}

/** A clause that gives the time or the reason of the one before it: "…, since that's when my quarter closes". */
const REASON_POINTER_RE = /^[\s,;—–-]*(?:since|because|as|which is|which was|and that['’]s|when) (?:that|this|then|it)(?:['’]s| is| was| will be)?\b/i;

/**
 * A cut inside a sentence whose next clause pointed at the cut one: "The quote is attached, and I can take 12% off if
 * you sign by Friday, since that's when my quarter closes" -> "…attached, since that's when…" (when what?).
 */
function reasonPointsAtCut(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start <= s.start || edit.end >= s.end || /\p{L}{2}/u.test(edit.replacement)) return undefined;
  return REASON_POINTER_RE.test(text.slice(edit.end, s.end)) ? editedSentence(text, s, edit) : undefined;
}

/** A lead-in left with nothing to introduce: "…the 31st, and I'll be honest, so please…" once what was honest went. */
function orphanLeadIn(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start <= s.start || edit.end > s.end || /\p{L}{2}/u.test(edit.replacement)) return undefined;
  const before = text.slice(s.start, edit.start);
  const lastClause = before.slice(Math.max(0, ...clauseBoundaries(before).map((b) => b.end))).replace(LEADING_LINK_RE, '');
  if (!isLeadIn(lastClause)) return undefined;
  // A one-word aside may close the sentence ("I'm surprised, honestly."); it cannot introduce what was not cut, nor
  // follow an "and" that joined it to what was cut ("Loved seeing the roof, and honestly.").
  const closes = /^[\s.!?…"')”’]*$/.test(text.slice(edit.end, s.end));
  const joined = LEADING_LINK_RE.test(before.slice(Math.max(0, ...clauseBoundaries(before).map((b) => b.end))).trimStart());
  return closes && !joined && /^\s*\p{L}+[\s.,!?…]*$/u.test(lastClause) ? undefined : editedSentence(text, s, edit);
}

/** The sentence after an edit, when the edit leaves it with a bracket that no longer pairs ("I know it's a lot) would…"). */
function strayBracket(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start < s.start || edit.end > s.end) return undefined;
  const left = editedSentence(text, s, edit);
  const balance = (t: string) => (t.match(/\(/g) ?? []).length - (t.match(/\)/g) ?? []).length;
  return balance(left) !== balance(text.slice(s.start, s.end)) ? left : undefined;
}

/** Words that close a clause by pointing at an event or a condition told beside them. */
const CLOSING_EVENT_POINTER_RE = /[\s,]+(?:after the fact|then|instead|in that case|if so|either)[.!?…]*["')”’]*$/i;

/**
 * When an edit cuts the end of a sentence, the sentence as it then reads if it now closes on a word that pointed at
 * what was cut: "Procurement can tidy up the paperwork after the fact; your signature today is what matters." ->
 * "Procurement can tidy up the paperwork after the fact." (after what?).
 */
function exposedPointer(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start < s.start || edit.end > s.end || /\p{L}{2}/u.test(edit.replacement)) return undefined;
  const left = editedSentence(text, s, edit);
  if (!CLOSING_EVENT_POINTER_RE.test(left)) return undefined;
  return CLOSING_EVENT_POINTER_RE.test(text.slice(s.start, s.end).trim()) ? undefined : left;
}

/** A comma followed by a new clause's subject and verb. */
const COMMA_SPLICE_RE = /^,\s*(?:it|I|we|you|they|he|she|that|this|there|our \p{L}+|my \p{L}+)(?:['’](?:s|re|m|ll|ve|d)\b|\s+(?:\p{L}+ly\s+)?(?:is|are|was|were|will|would|can|could|have|has|had|need|needs|want|wants|did|do|does|know|knew|think|feel|hope|tried|try|mean|promise|am|just)\b)/iu;

/** Whether compromise reads a word on its own as an adjective and not a noun ("small", not "favour"). */
const isBareAdjective = memoByText((word: string): boolean => {
  const t = nlp(word).terms();
  return t.has('#Adjective') && !t.has('#Noun');
});
