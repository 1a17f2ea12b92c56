/**
 * The rep's details an edit must not lose: requests and reference numbers in a removed sentence, the days, times,
 * topics, things and amounts a template sentence would blank into placeholders, the condition an offer was tied to.
 */
import nlp from 'compromise/two';
import { memoByText } from './memo';
import { droppedItems, protectedItems } from './keep-point';
import type { RewriteGuard } from './rewrite-guard';
import { POINTER_STOP, nounsOf, occursBefore, sentencesFrom, stem } from './rewrite-sentences';
import type { RewriteEdit, TextRange } from './rewrite-unit';

/**
 * The days, dates and times in the text an edit replaces, even inside the flagged words ("on Friday afternoon", "the
 * 20th"), except a deadline ("by Friday" is the pressure): a template sentence with placeholders would blank them out.
 */
export function namedDetails(text: string, edit: TextRange): string[] {
  const old = text.slice(edit.start, edit.end);
  // Only a named day, a day of the month or a clock time: "this week", "today" or "next year" is often the pressure.
  const out = protectedItems(old, ['date'])
    .filter((d) => (CONCRETE_DAY_RE.test(d.text) || DAY_OF_MONTH_RE.test(old.slice(Math.max(0, d.start - 8), d.end + 6))) && !/^(?:by|before|until|till|no later than)\b/i.test(d.text) && !DEADLINE_BEFORE_RE.test(old.slice(Math.max(0, d.start - 30), d.start)) && !NOT_A_PLAN_BEFORE_RE.test(old.slice(Math.max(0, d.start - 30), d.start)))
    .map((d) => d.text);
  return out;
}

/** A request to the prospect ("could you…?", "hit reply…", "please send…") or a reference number in sentence `s` outside the flagged words `faults`. */
export function keptInRemoval(text: string, s: TextRange, faults: readonly TextRange[]): string | undefined {
  const body = text.slice(s.start, s.end);
  const inside = (a: number, b: number) => faults.some((f) => f.start <= s.start + a && f.end >= s.start + b);
  // A reference number ("PO 4471", "order #2210"): not a figure the rule may count as its fault.
  for (const m of body.matchAll(/\b(?:PO|P\.O\.|order|invoice|ref(?:erence)?|quote|account|case|ticket)\s*(?:no\.?|number|#)?\s*#?\d[\d-]*/gi)) if (!inside(m.index!, m.index! + m[0].length)) return m[0];
  let at = 0;
  for (const clause of body.split(/(?<=[,;:—–])\s+|\s+(?=(?:and|but|so)\s)/)) {
    const start = body.indexOf(clause, at);
    at = start + clause.length;
    const c = clause.replace(/^(?:and|but|so)\s+/i, '').trim();
    const request = (/\?["')”’]*$/.test(c) && /^(?:could|can|would|will) you (?!even\b|really\b)/i.test(c)) || /^["'“‘(]*(?:please (?!don['’]t\b|do not\b|feel\b)\w+|(?:hit |just )?reply and\b)/i.test(c);
    if (request && !inside(start, start + clause.length)) return c;
  }
  return undefined;
}

/** Words that tie a time to a deadline the rep set: the pressure a template may leave out ("by Friday", "before the 30th"). */
const DEADLINE_BEFORE_RE = /\b(?:by|before|until|till|no later than|expires?|ends?|closes?|runs? out|after)\s+(?:the\s+|this\s+|next\s+)?$/i;

/** An offer tied to a condition ("if you sign", "as long as", "once you…", "by the 30th"). */
const CONDITION_RE = /\b(?:if|once|as long as|provided|providing|in return|in exchange|when you|so long as|by|before|until)\b/i;

/** An offer the template states as standing on its own ("The 10% discount stands…", "[The offer] stands…"). */
const STANDING_OFFER_RE = /[$€£%]|\bpercent\b|\[(?:the |our )?(?:offer|discount|concession|price|deal)\]/i;

/**
 * What a template sentence replacing the rep's whole sentence would blank out: a time or date that is not a deadline
 * ("next spring", "Thursday at 10"), where the rule keeps dates (even inside the flagged words), a noun the rep named that the text names nowhere
 * else when the template puts a placeholder in its place ("fuel theft" -> "[the problem they described]"), or the
 * condition an offer was tied to ("10% off if you sign by the 30th" -> "The 10% discount stands…").
 */
export function detailsLost(text: string, edit: RewriteEdit, faults: readonly TextRange[], keepDates: boolean): string | undefined {
  const old = text.slice(edit.start, edit.end);
  const now = edit.replacement.toLowerCase();
  // A date the flagged words only reach into ("try again next| spring") is the rep's, not the fault.
  const outside = (i: { start: number; end: number }) => faults.every((f) => edit.start + i.start < f.start || edit.start + i.end > f.end);
  // Where the rule counts no date as its pressure, a date inside the flagged words of a question is the time the rep
  // proposes ("Could we possibly find a short call next week?").
  const asks = /\?["')”’]*\s*$/.test(old);
  const times = (keepDates ? protectedItems(old, ['date']) : []).filter((d) => (asks || outside(d)) && !now.includes(d.text.toLowerCase()) && !DEADLINE_BEFORE_RE.test(old.slice(Math.max(0, d.start - 30), d.start)));
  if (times.length) return times.map((d) => d.text).join(', ');
  if (STANDING_OFFER_RE.test(edit.replacement) && !CONDITION_RE.test(edit.replacement) && !/\bwith \[/i.test(edit.replacement) && CONDITION_RE.test(old)) return old.trim();
  if (!PLACEHOLDER_RE.test(edit.replacement)) return undefined;
  // The nouns only this sentence names (outside the flagged words), which the placeholder stands in for.
  const kept = new Set((edit.replacement.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem));
  let rest = '';
  let at = 0;
  for (const f of [...faults].filter((f) => f.start < edit.end && f.end > edit.start).sort((a, b) => a.start - b.start)) {
    rest += old.slice(at, Math.max(at, f.start - edit.start)) + ' ';
    at = Math.max(at, f.end - edit.start);
  }
  rest += old.slice(at);
  // After the edit, only the next three sentences are read (a session reuses a finding while those stay the same).
  const readTo = sentencesFrom(text, edit.end, 3).at(-1)?.end ?? edit.end;
  const elsewhere = (w: string) => occursBefore(text, edit.start, w) || (text.slice(edit.end, readTo).match(/[\p{L}\p{N}'’]+/gu) ?? []).some((x) => stem(x) === w);
  // Only a topic the rep named with "about"/"regarding"/"on the subject of" outside the flagged words: the thing the
  // sentence is about, which a placeholder would blank.
  const topic = /\b(?:about|regarding|concerning|re:?|on the (?:question|subject|matter|issue) of|(?:your|the) (?:request|question|ask) (?:for|about)|as (?:for|to)|waiving|waive|reducing|lowering|cutting)\s+((?:the |your |our |this |that |a |an )?[^,;:.!?—–()]{3,40})/i.exec(rest);
  const fresh = (n: string, min = 4) => n.length >= min && !POINTER_STOP.has(n.toLowerCase()) && !GENERIC_NOUNS.has(n.toLowerCase()) && !kept.has(stem(n)) && !elsewhere(stem(n));
  if (topic) {
    const named = nounsOf(topic[1]!).map((n) => n.replace(/[^\p{L}\p{N}'’]/gu, '')).filter(fresh);
    if (named.length) return named.join(', ');
  }
  // A thing the rep named concretely ("the report", "this system", "roll the trucks", "the reading app trial"), outside
  // the flagged words: a template putting "[the proposal]" or "[Our product]" there turns it into a blank.
  const things: string[] = [];
  if (!THING_PLACEHOLDER_RE.test(edit.replacement)) return undefined;
  for (const m of old.matchAll(/\b(?:the|our|this|these|those)\s+(?=((?:[\p{L}][\p{L}'’-]*\s+){0,2}[\p{L}][\p{L}'’-]*))/giu)) {
    // Inside the flagged words only "this", "these" or "our" right before a noun: "needs this system" is the fault's
    // verb, but "this system" is the rep's product.
    const at = m.index! + m[0].length;
    const own = /^(?:this|these|our)\s/i.test(m[0]) && startsWithNoun(m[1]!);
    const inside = !outside({ start: at, end: at + m[1]!.length });
    if (inside && !own) continue;
    // Inside the flagged words, "these terms" or "this price" is the pressure's object, not a thing of the rep's.
    const head = nounsOf(m[1]!).map((n) => n.replace(/[^\p{L}\p{N}'’-]/gu, '')).filter((n) => !(inside && COMMERCIAL_NOUNS.has(n.toLowerCase())));
    things.push(...head.filter((n) => !ABSTRACT_NOUNS.has(n.toLowerCase()) && new RegExp(`\\b${n.replace(/[-]/g, '\\-')}\\b`, 'i').test(old) && fresh(n, own ? 3 : 4)));
  }
  return things.length ? [...new Set(things)].join(', ') : undefined;
}

/** Whether a phrase opens with a noun or an adjective before one ("blast chillers", "new checkout app"), not "to your boss". */
const startsWithNoun = memoByText((phrase: string): boolean => nlp(phrase).match('^#Adjective? #Noun').found);
/** A placeholder standing for a thing the rep would name: the product, a document, the next step or the ask. */
const THING_PLACEHOLDER_RE = /\[(?:the |our |your |a |an |one )?(?:product|proposal|next step|specific ask|service|document|report|quote|feature|paperwork|contract|agreement|order form)\]/i;

/** Nouns of time and circumstance, not a thing a placeholder would stand for ("the timing", "this deal"). */
export const ABSTRACT_NOUNS = new Set('calendar books inbox timing time deal month quarter year week day budget priority end start moment rest way point'.split(' '));

/** The terms of a deal, which a pressure line points at ("these terms", "this price", "this discount"). */
const COMMERCIAL_NOUNS = new Set('price prices pricing rate rates terms offer discount savings numbers deal deals'.split(' '));
/** Nouns a template's own words stand for well enough ("time", "call", "chat"): losing them loses nothing named. */
export const GENERIC_NOUNS = new Set('time call chat minutes minute moment thing things while bit chance idea favour favor help email note message reply response update touch word question questions thoughts thought'.split(' '));

/** A placeholder the rep must fill in ("[the date]", "[the result they care about]"). */
export const PLACEHOLDER_RE = /\[[^\[\]]+\]/;

/**
 * A price or percentage the edit would take, even inside the flagged words, where the rule protects figures: the
 * flagged words of a threat often carry the rep's real number ("No answer by Wednesday and the $90,000 savings case
 * goes to your COO"), and "[The offer]" in place of "10% off" blanks it out. A rule whose fault is the figure itself
 * (a price cut nobody asked for) leaves figures out of its `protect:` and may remove it, but no template sentence
 * replaces a named amount with a blank (except a threatened price, "jumps to $900", which is the threat); a
 * `{figure}` slot keeps the number.
 */
export function amountsDropped(text: string, edit: RewriteEdit, guard: RewriteGuard, template: boolean): ReturnType<typeof droppedItems> {
  if (!template && !guard.protect.includes('figure')) return [];
  return droppedItems(text, edit, [], ['figure']).filter((i) => /[$€£%]|percent/i.test(i.text) && (guard.protect.includes('figure') || !PRICE_RISE_BEFORE_RE.test(text.slice(Math.max(0, i.start - 30), i.start))));
}

/** A threatened price ("the install fee jumps to $900"): the threat itself, which a template may leave out. */
const PRICE_RISE_BEFORE_RE = /\b(?:jumps?|goes up|go up|rises?|increases?|climbs?|doubles?|reverts?|returns?|moves?|bumps?)(?: back)? (?:up )?to\s*$/i;

/**
 * A date the rep has put something on ("your onboarding session for Monday", "start on the 9th", "from the 3rd"),
 * outside the flagged words, that an edit would take (a removal, or a template putting "[the date]" in its place):
 * kept or withheld even where the rule counts dates as its pressure. A deadline ("by Friday", "closes on the 30th")
 * is the pressure; a scheduled day ("due on the 31st") is the prospect's or the rep's plan.
 */
export function scheduledDrops(text: string, edit: RewriteEdit, guard: RewriteGuard): ReturnType<typeof droppedItems> {
  const faults = [guard.span, ...(guard.otherFaults ?? [])];
  return droppedItems(text, edit, faults, ['date']).filter((i) => SCHEDULED_BEFORE_RE.test(text.slice(Math.max(0, i.start - 30), i.start)));
}

/** The words before a day something is scheduled for: "for Monday", "on the 9th", "from the 3rd". */
const SCHEDULED_BEFORE_RE = /(?<!\b(?:ends?|ending|closes?|closing|wraps? up|wrapping up|finishes|expires?|runs? out|is over)\s+)\b(?:on|for|from)\s+(?:the\s+)?$/i;

/** A day that is when something ended or began, not a plan: "since Monday", "wraps up on the 30th". */
const NOT_A_PLAN_BEFORE_RE = /\b(?:since|ends?|ending|closes?|closing|wraps? up|finishes|expires?|runs? out|is over)\s+(?:on\s+)?(?:the\s+)?$/i;

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A day of a named month ("4 December", "the 4th of December", "December 4"). */
const DAY_OF_MONTH_RE = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})\b|\b(?:${MONTH_NAMES})\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'i');
const CONCRETE_DAY_RE = new RegExp(String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{1,2}\s+(?:${MONTH_NAMES})\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\bat \d{1,2}\b`, 'i');
