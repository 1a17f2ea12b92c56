/**
 * A rule's rewrite templates filled for one unit: the slots ({before}, {after}, {ask}, {figure}, {platform}, {theirs}), the
 * templates that cannot read as English there left out, capitals and final punctuation fitted. Pure.
 */
import nlp from 'compromise/two';
import { plainAsk } from './plain-ask';
import { memoByText } from './memo';
import { FINAL_RE, LEADING_LINK_RE, type TextRange, trimmedBounds } from './rewrite-unit';

/** What a template's slots and capitalisation need to know about where the rewrite lands. */
export interface RewriteContext {
  before: string;
  after: string;
  /** The unit opens its sentence: the rewrite starts with a capital. */
  atSentenceStart: boolean;
  /** The sentence-final punctuation the unit holds ("" when the unit does not end the sentence). */
  final: string;
  /** The plain question the unit asks, when the unit is its whole sentence and holds a hedged ask (plainAsk). */
  ask?: string;
  /** The first amount, price or percentage the unit names ("10%", "€149"), for `{figure}`. */
  figure?: string;
  /** The review or listing site the unit names ("Google", "Clutch"), for `{platform}`. */
  platform?: string;
  /** The prospect's own thing the unit opens with as its subject ("your vineyard" in "Your vineyard needs…"), for `{theirs}`. */
  theirs?: string;
}

export const SLOT_NAMES = ['before', 'after', 'ask', 'figure', 'platform', 'theirs'] as const;

/**
 * The prospect's thing as the subject of a verdict on it: "Your vineyard needs…", "Honestly, your greenhouse project
 * can't…". A rewrite keeps it ("These fans could help your vineyard with…") instead of a blank.
 */
const THEIRS_SLOT_RE = /^["'“‘(]*(?:\p{L}+,\s*)?(?:what\s+)?(your(?:\s+[\p{L}'’-]+){1,3}?)\s+(?:(?:really|definitely|absolutely|honestly|clearly|simply|frankly|just|badly|urgently)\s+)?(?:needs?|can['’]t|cannot|ha(?:s|ve) to|ha(?:s|ve) got to|must|(?:is|are) crying|(?:is|are) screaming|won['’]t|will not)\b/iu;

/** An amount with its currency or percent sign: what a concession or a price is ("10%", "$2,500", "€149"). */
const FIGURE_SLOT_RE = /[$€£]\d(?:[\d,.]*\d)?(?:\s?k\b)?|\b\d+(?:\.\d+)?\s?(?:%|percent\b)/;

/** Review and listing sites a rep asks for a review on. */
const PLATFORM_SLOT_RE = /\b(?:Google|G2|Capterra|Clutch|Trustpilot|Yelp|LinkedIn|Facebook|Tripadvisor|TripAdvisor|Houzz|Checkatrade|Glassdoor|Angi|Thumbtack|Nextdoor|Feefo|Reviews\.io|GetApp|Software Advice|TrustRadius)\b/;

const SLOT_RE = /\{([^{}]*)\}/g;

/** The slots and capitalisation context of a span inside a unit (all offsets relative to `sentence`). */
export function rewriteContext(sentence: string, spanStart: number, spanEnd: number, unit: TextRange): RewriteContext {
  const endsSentence = unit.end >= trimmedBounds(sentence).end;
  const final = endsSentence ? (FINAL_RE.exec(sentence.slice(spanEnd, unit.end))?.[0] ?? '') : '';
  const after = sentence
    .slice(spanEnd, unit.end - final.length)
    .trim()
    .replace(/^[,;:—–-]+\s*/, '')
    .replace(LEADING_LINK_RE, '');
  const bounds = trimmedBounds(sentence);
  const whole = unit.start <= bounds.start && unit.end >= bounds.end;
  const ask = whole ? plainAsk(sentence.slice(bounds.start, bounds.end)) : undefined;
  const unitText = sentence.slice(unit.start, unit.end);
  const figure = FIGURE_SLOT_RE.exec(unitText)?.[0];
  const platform = PLATFORM_SLOT_RE.exec(unitText)?.[0];
  const theirs = THEIRS_SLOT_RE.exec(unitText)?.[1]?.toLowerCase();
  return {
    before: sentence.slice(unit.start, spanStart).trim(),
    after,
    atSentenceStart: /^[\s"'(\[“‘]*$/.test(sentence.slice(0, unit.start)),
    final,
    ...(ask ? { ask } : {}),
    ...(figure ? { figure } : {}),
    ...(platform ? { platform } : {}),
    ...(theirs ? { theirs } : {}),
  };
}

/**
 * The rule's templates filled for one unit, leaving out those that cannot read as English there: `{ask}` with no
 * plain ask in the sentence, `{figure}` or `{platform}` with no amount or review site in the unit, "An update
 * {after}" when `{after}` opens with a bare verb ("see if you'd…"), "{before} get…" when `{before}` ends on a
 * noun ("Landing this deal get your team…"), and an acknowledgment ("Understood.") where the unit opens with a
 * condition ("If now's not a good time, that's okay…"): nothing was said to acknowledge.
 */
export function fillTemplates(templates: readonly string[], ctx: RewriteContext): string[] {
  return templates
    .filter((t) => !t.includes('{ask}') || ctx.ask !== undefined)
    .filter((t) => (!t.includes('{figure}') || ctx.figure !== undefined) && (!t.includes('{platform}') || ctx.platform !== undefined) && (!t.includes('{theirs}') || ctx.theirs !== undefined))
    .filter((t) => !(nounBeforeAfter(t) && opensWithBareVerb(ctx.after)))
    // "An update in case the treadmills were still on your radar: […]" or "Here's an update my head in again…" is a
    // fragment: a noun takes a topic ("about the proposal", "on the layout"), not a clause or the rest of an idiom.
    .filter((t) => !(/^(?:Here['’]s )?(?:An?|The) \w+ \{after\}/i.test(t) && !TOPIC_OPENER_RE.test(ctx.after.trim())))
    // "Understood." or "I'll come back when the timing is better" answers a no or a put-off the prospect gave; "If now's
    // not a good time, that's okay…" anticipates one they did not.
    .filter((t) => !(ANSWERS_A_NO_RE.test(t) && CONDITIONAL_OPENER_RE.test(ctx.before)))
    // "{before} get your team…" needs {before} to end where a bare verb may follow ("it would", "to"): not "this deal".
    .filter((t) => !(BARE_VERB_AFTER_BEFORE_RE.test(t) && ctx.before !== '' && !ENDS_BEFORE_BARE_VERB_RE.test(ctx.before)))
    // "Could you would get…": a question's own modal and subject leave no room for the template's.
    .filter((t) => !(/\{before\} (?:would|could|will|can)\b/.test(t) && /\b(?:could|can|would|will) (?:you|we|I)$/i.test(ctx.before)))
    .map((t) => fillRewrite(t, ctx));
}

/** What may follow "An update": a topic ("about the proposal", "on where things stand"), never "in case…". */
const TOPIC_OPENER_RE = /^(?:about|on|regarding|re|concerning|with|for|from|over|after)\b/i;

/** A template that answers what the prospect said: an acknowledgment, or a reply to their put-off. */
const ANSWERS_A_NO_RE = /^\s*(?:understood|makes sense|fair enough|totally fair|got it|no problem)\b|\bwhen the timing is better\b|\bbefore I step back\b|\bmake your list\b/i;

const CONDITIONAL_OPENER_RE = /^["'“‘(]*(?:if|when|whenever|should|in case|unless)\b/i;

const BARE_VERB_AFTER_BEFORE_RE = /\{before\} (?:get|help|make|give|save|let|take|bring)\b/;

const ENDS_BEFORE_BARE_VERB_RE = /(?:\b(?:would|could|will|can|should|might|may|must|to|please|and|also|really|truly|honestly)|['’](?:ll|d))$/i;
// (A question's "Could you" ends with its subject, so "Could you get your team… sooner get the PO" is left out too.)

/** Whether the template word right before `{after}` is a noun ("An update {after}"), which takes no bare verb. */
const nounBeforeAfter = memoByText((template: string): boolean => {
  const at = template.indexOf('{after}');
  if (at <= 0) return false;
  const words = template.slice(0, at).replace(/\{[^{}]*\}/g, '').trim();
  if (!/[A-Za-z]$/.test(words)) return false;
  const last = nlp(words).terms().last();
  return last.has('#Noun') && !last.has('#Pronoun');
});

const opensWithBareVerb = memoByText((text: string): boolean => {
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (first === '' || /^(?:about|on|regarding|re|with|to|for|in|after|from|over)$/i.test(first)) return false;
  return nlp(first).has('#Infinitive') || nlp(`to ${first}`).has('#Infinitive');
});

/** A rewrite opening a sentence starts with a capital; one inside a sentence does not (except "I"). */
export function fitRewrite(rewrite: string, atSentenceStart: boolean): string {
  if (atSentenceStart) return rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  if (/^[A-Z][a-z]/.test(rewrite) && !/^I\b/.test(rewrite)) return rewrite.charAt(0).toLowerCase() + rewrite.slice(1);
  return rewrite;
}

/** Slot names a template uses that are not {before} or {after} (for the rule schema). */
export function unknownSlots(template: string): string[] {
  return [...template.matchAll(SLOT_RE)].map((m) => m[1]!).filter((n) => !(SLOT_NAMES as readonly string[]).includes(n));
}

/** The full replacement text for the unit: slots filled, spaces tidied, capitalised to fit, final punctuation kept. */
export function fillRewrite(template: string, ctx: RewriteContext): string {
  if (template.trim() === '') return '';
  const startsWithSlot = /^\s*\{(?:before|after)\}/.test(template);
  let s = template
    .replace(SLOT_RE, (m, name: string) => (name === 'before' ? ctx.before : name === 'after' ? ctx.after : name === 'ask' ? (ctx.ask ?? '') : name === 'figure' ? (ctx.figure ?? '') : name === 'platform' ? (ctx.platform ?? '') : name === 'theirs' ? (ctx.theirs ?? '') : m))
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.!?…])/g, '$1')
    .replace(/([,;:])(?=[,;:.!?…])/g, '')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/[\s,;:—–-]+$/, '');
  if (s === '') return '';
  if (ctx.atSentenceStart || !startsWithSlot) s = fitRewrite(s, ctx.atSentenceStart);
  if (ctx.final && !/[.!?…]["')]*$/.test(s)) s += ctx.final;
  return s;
}

/**
 * A sentence the rep can adapt by hand where no rewrite can be applied safely: the first of the templates that stands
 * on its own (no `{before}`, `{after}` or `{ask}`, which splice the rep's words in), its other slots filled from the
 * unit, capitalised, with a full stop. Undefined where no template stands alone.
 */
export function exampleSentence(templates: readonly string[], ctx: RewriteContext): string | undefined {
  const alone = templates.filter((t) => t.trim() !== '' && !/\{(?:before|after|ask)\}/.test(t));
  const filled = fillTemplates(alone, { ...ctx, atSentenceStart: true, final: '' })[0];
  if (!filled) return undefined;
  return /[.!?…]["')\]]*$/.test(filled) ? filled : `${filled}.`;
}
