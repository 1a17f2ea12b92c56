/**
 * The rep's own content in the sentence a rewrite changes: a clause outside the fault that stands as a sentence of its
 * own (a removal or a template sentence must not take it), and the concrete time or ask a template's blank stands
 * for, filled in from the sentence's own words ("[date]" <- "midnight", "[the specific ask]" <- "look at the trial").
 */
import nlp from 'compromise/two';
import { countWords, normalizeForAnalysis, type Sentence } from './text';
import { isCompleteSentence, leansOnPreviousClause } from './keep-point';
import type { RewriteGuard } from './rewrite-guard';
import { ABSTRACT_NOUNS, GENERIC_NOUNS } from './rewrite-details';
import { POINTER_STOP, nounsOf, occursBefore, stem } from './rewrite-sentences';
import { clauseBoundaries, LEADING_LINK_RE, type TextRange } from './rewrite-unit';

/**
 * A clause of sentence `s` outside every fault (the span, the evidence, other findings' spans) that reads as a
 * sentence of its own, holds four words or more, does not point back at the clause before it, and carries no fault
 * of the finding's category: the rep's content, which removing or replacing the whole sentence would take.
 */
export function contentClause(text: string, s: Sentence, guard: RewriteGuard): string | undefined {
  const sentence = normalizeForAnalysis(text.slice(s.start, s.end));
  const boundaries = clauseBoundaries(sentence);
  if (boundaries.length === 0) return undefined;
  const faults = [guard.span, ...(guard.evidence ? [guard.evidence] : []), ...(guard.otherFaults ?? [])];
  const cuts = [0, ...boundaries.flatMap((b) => [b.start, b.end]), sentence.length];
  for (let i = 0; i < cuts.length; i += 2) {
    const a = s.start + cuts[i]!;
    const b = s.start + cuts[i + 1]!;
    if (faults.some((f) => f.start < b && a < Math.max(f.end, f.start + 1))) continue;
    const raw = sentence.slice(cuts[i], cuts[i + 1]).trim();
    // A clause after the fault that "so"/"and" ties to it ("…, so your report would be in good company"), or that
    // names someone only the fault named ("…, and I'm running out of answers for him"), leans on it.
    const after = faults.some((f) => f.start < a);
    // (A "but" clause after an apology is the point the apology led into: "…, but the drawings need your sign-off".)
    if (after && ((LEADING_LINK_RE.test(raw) && !/^\s*(?:but|yet)\b/i.test(raw)) || /\b(?:him|her|them|he|she|they)\b/i.test(raw))) continue;
    const clause = raw.replace(LEADING_LINK_RE, '');
    if (countWords(clause) < 4 || !SUBJECT_OPENER_RE.test(clause) || leansOnPreviousClause(clause)) continue;
    // A clause that states an amount ("The kit lists at $12,900") is content even when its nouns are short or known.
    if (!(nounsOf(clause).some((n) => concrete(text, s.start, n)) || AMOUNT_RE.test(clause)) || !isCompleteSentence(clause)) continue;
    if (guard.stillFaulty?.(clause) === 'sure') continue;
    return clause;
  }
  return undefined;
}

/** The nouns of a clause that name things of the rep's not named before `from` ("crew", "clinic", "county"). */
export function concreteNouns(text: string, from: number, clause: string): string[] {
  return [...new Set(nounsOf(clause).filter((n) => concrete(text, from, n)).map((n) => n.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase()))];
}

/** An amount of money or a percentage. */
const AMOUNT_RE = /[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|percent\b|(?:dollars|euros|pounds)\b)/i;

/** A clause with a subject of its own ("We're a family roastery…", "The promo pricing ends…"), not a bare conjunct. */
const SUBJECT_OPENER_RE = /^["'“‘(]*(?:we|I|you|they|he|she|it|there|the|our|your|my|their|his|her|its|a|an|\p{Lu}[\p{L}'’-]*)\b/u;

/** A noun that names a thing of the rep's (not time, a call, a favour), which the text has not named before `from`. */
function concrete(text: string, from: number, noun: string): boolean {
  const n = noun.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase();
  return n.length > 3 && !ABSTRACT_NOUNS.has(n) && !GENERIC_NOUNS.has(n) && !POINTER_STOP.has(n) && !occursBefore(text, from, stem(n));
}

const DAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A time the rep named: "midnight", "noon", "Friday", "the 30th", "the end of the month". */
const TIME_PHRASE_RE = new RegExp(
  String.raw`\b(midnight|noon|tonight|tomorrow|(?:this |next )?(?:${DAY_NAMES})(?: (?:morning|afternoon|evening))?|the \d{1,2}(?:st|nd|rd|th)|the end of (?:the |this )?(?:day|week|month|quarter|year))\b`,
  'gi',
);
/** A blank standing for a day or a date. */
const DATE_BLANK_RE = /(?<=\b(?:until|by|before|than|through) )\[(?:the )?(?:date|deadline)\]/i;
/** A blank standing for the rep's product, and the product as the unit names it ("this system", "our new app"). */
const PRODUCT_BLANK_RE = /\[(?:our|the) product\]/i;
const OWN_THING_RE = /\b(?:this|these|our)\s+((?:[\p{L}][\p{L}'’-]*\s+){0,2}[\p{L}][\p{L}'’-]*)(?=[\s,;:.!?]|$)/giu;
/** A blank standing for what the rep asks for. */
const ASK_BLANK_RE = /\[(?:the )?specific ask\]/i;
/** What the rep asked the prospect's time for: "a spare moment to look at the reading app trial". */
const ASKED_FOR_RE = /\b(?:time|moment|minute|minutes|chance|second)(?: (?:sometime|soon|this week|next week))? to ((?:look at|look over|review|discuss|go over|walk through|go through|talk through)\b[^,;:.!?]{3,60})/i;

/**
 * A template's blanks filled from the unit's own words where one phrase answers each: a date blank from the only time
 * the unit names, the ask blank from what the rep asked time for. Other blanks are left for the checks that follow.
 */
export function fillFromUnit(text: string, unit: TextRange, filled: string): string {
  if (!/\[[^\[\]]+\]/.test(filled)) return filled;
  const old = text.slice(unit.start, unit.end);
  let out = filled;
  const times = [...new Set([...old.matchAll(TIME_PHRASE_RE)].map((m) => m[1]!))];
  if (DATE_BLANK_RE.test(out) && times.length === 1) out = out.replace(DATE_BLANK_RE, times[0]!);
  const product = PRODUCT_BLANK_RE.exec(out);
  if (product) {
    const thing = ownThing(old);
    if (thing) out = out.replace(PRODUCT_BLANK_RE, product.index === 0 ? thing.charAt(0).toUpperCase() + thing.slice(1) : thing);
  }
  const asked = ASKED_FOR_RE.exec(old);
  if (ASK_BLANK_RE.test(out) && asked) out = out.replace(ASK_BLANK_RE, asked[1]!.trim());
  // A blank the rep already filled in the unit's own words ("[the proposal]" where the sentence says "the proposal")
  // is those words.
  out = out.replace(/\[((?:the|your|our) [\p{L} -]+)\]/gu, (m, words: string) => (new RegExp(String.raw`\b${words.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\b`, 'i').test(old) ? words : m));
  return out;
}

/** The rep's own thing as the unit names it, with its determiner ("this system", "our platform"): nouns only. */
function ownThing(unitText: string): string | undefined {
  for (const m of unitText.matchAll(OWN_THING_RE)) {
    const words = m[1]!.split(/\s+/);
    // Up to the last noun of the run: "this policy, period" -> "this policy"; "our new checkout app has" -> "our new checkout app".
    // Tagged after "the": alone, "blast chillers" reads as a command, and after "this" compromise reads "this contract"
    // as a verb.
    const tags = (nlp(`the ${words.join(' ')}`).terms().json() as { terms: { tags: string[] }[] }[]).slice(1);
    let end = 0;
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!.terms[0]?.tags ?? [];
      if (t.includes('Noun') && !t.includes('Pronoun')) end = i + 1;
      // Before its noun, a gerund may name the kind ("our slotting engine").
      else if (!t.includes('Adjective') && !(end === 0 && t.includes('Gerund'))) break;
    }
    if (end > 0) return `${m[0].split(/\s+/)[0]!.toLowerCase()} ${words.slice(0, end).join(' ')}`;
  }
  return undefined;
}

/** Whether a template still has a date blank where the unit names a time (the blank would stand for it). */
export function blanksNamedTime(text: string, unit: TextRange, replacement: string): string | undefined {
  if (!DATE_BLANK_RE.test(replacement)) return undefined;
  return [...text.slice(unit.start, unit.end).matchAll(TIME_PHRASE_RE)].map((m) => m[1]!).join(', ') || undefined;
}

/** What a sentence says it is about: "written about the conveyor sensors", "regarding your fleet renewal". */
const TOPIC_RE = /\b(?:about|regarding|concerning)\s+((?:the|your|our|this|these|those|my)\s+[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})/giu;

/**
 * The topic a sentence names outside the faults ("…written about the conveyor sensors") when no other sentence of the
 * text names it: the email's only mention of what it is about, which a removal must keep. Its offsets, so a narrower
 * cut can be checked to keep it.
 */
export function topicOnlyHere(text: string, s: TextRange, faults: readonly TextRange[]): { text: string; start: number; end: number } | undefined {
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(TOPIC_RE)) {
    const words = m[1]!.split(/\s+/);
    // The phrase ends before a link word ("about the sensors and every…").
    const stop = words.findIndex((w, i) => i > 0 && POINTER_STOP.has(w.toLowerCase()));
    const phrase = (stop === -1 ? words : words.slice(0, stop)).join(' ');
    const start = s.start + m.index! + m[0].length - m[1]!.length;
    const end = start + phrase.length;
    if (faults.some((f) => f.start < end && start < f.end)) continue;
    const nouns = phrase.split(/\s+/).slice(1).map((w) => w.replace(/[^\p{L}'’-]/gu, '')).filter((w) => w.length > 3 && !ABSTRACT_NOUNS.has(w.toLowerCase()) && !GENERIC_NOUNS.has(w.toLowerCase()) && !POINTER_STOP.has(w.toLowerCase()));
    // A one-word topic ("the renewal", "the proposal") is the deal itself, which the rest of the email carries; a named
    // one ("the conveyor sensors", "the pricing model") is what it is about.
    if (nouns.length < 2) continue;
    const rest = text.slice(s.end);
    const elsewhere = nouns.some((n) => occursBefore(text, s.start, stem(n)) || occursBefore(rest, rest.length, stem(n)));
    if (!elsewhere) return { text: phrase, start, end };
  }
  return undefined;
}

/**
 * A model finding whose evidence runs over a whole sentence may hold, in its first clause, what the rep offers the
 * prospect ("Our press would run your catalogues in a single day, and honestly it's the fastest in the county…"):
 * that clause, when it reads as a sentence, says "your" or "you", and no longer carries the fault on its own, is
 * kept, and the rest of the sentence goes. Undefined when there is no such clause; `keep: false` when a clause after
 * the first is the one to keep (no cut leaves it standing).
 */
export function prospectClause(text: string, s: TextRange, guard: RewriteGuard): { keep: true; edit: { start: number; end: number; replacement: string } } | { keep: false; clause: string } | undefined {
  const sentence = text.slice(s.start, s.end);
  const boundaries = clauseBoundaries(sentence);
  if (boundaries.length === 0) return undefined;
  const cuts = [0, ...boundaries.flatMap((b) => [b.start, b.end]), sentence.length];
  for (let i = 0; i < cuts.length; i += 2) {
    const clause = sentence.slice(cuts[i], cuts[i + 1]).replace(/[.!?…]+["')”’]*\s*$/, '').trim();
    if (!/\byour?\b/i.test(clause) || countWords(clause) < 5 || !SUBJECT_OPENER_RE.test(clause) || !isCompleteSentence(clause)) continue;
    if (guard.stillFaulty?.(clause) === 'sure') continue;
    if (i !== 0) return { keep: false, clause };
    // The first clause stays with the sentence's own final stop.
    const stop = /[.!?…]+["')”’]*\s*$/.exec(sentence);
    const end = stop ? s.start + stop.index : s.end;
    return { keep: true, edit: { start: s.start + cuts[1]!, end, replacement: '' } };
  }
  return undefined;
}
