/**
 * The unit a rewrite replaces and what applying it gives. Pure: strings in, strings and offsets out.
 *
 * A finding highlights the offending words (its span), but a rewrite replaces the grammatical unit the fault lives
 * in (its `replace` range): the clause around the span, or the whole sentence, as the rule's `replace:` says.
 * Replacing only the flagged words left broken English ("Here's what we've seen at [comparable company] our
 * platform, and I'd hate...").
 *
 * Clause boundaries: `,` and `;` (a comma between two digits, "1,000", is not one), `:` followed by a space (not
 * "9:30" or "https:"), a spaced dash (` — `, ` – `, ` - `) and an unspaced em dash (`—`); and the sentence's ends.
 * A clause unit starts after a boundary (its punctuation and spaces excluded), ends before the next one, and holds
 * the sentence-final punctuation (. ! ? …) only when it is the sentence's last clause. Boundaries inside the span are
 * ignored: the unit always contains the whole span.
 *
 * Slots in a rule's rewrite templates:
 * - `{before}`: the unit's text before the span, trimmed of spaces, as written.
 * - `{after}`: the unit's text after the span, trimmed of spaces, without the sentence-final punctuation, and without
 *   a leading boundary punctuation or a leading "but", "and", "so" or "yet" (so it can start a clause of its own).
 * - `{figure}`: the first amount or percentage the unit names ("10%", "€149"), so a template keeps the rep's real
 *   offer instead of a placeholder; `{platform}`: the review site it names ("Google", "Clutch"). A template using
 *   either is left out where the unit names none.
 * After filling, runs of spaces become one, a space before `, ; : . ! ?` goes, and punctuation left dangling at
 * either end by an empty slot goes. A filled rewrite that lands at the start of a sentence gets a capital; one inside a
 * sentence that starts with template words gets a lower-case first letter (except "I" and words like "ROI"); one that
 * starts with a slot keeps the slot's own case. When the unit ends the sentence and the filled rewrite does not end
 * with . ! ? or …, the sentence's own final punctuation is appended.
 *
 * An empty rewrite `""` removes the unit: with the boundary that joined it to the previous clause (a later clause),
 * or with the boundary after it and a following "but"/"and"/"so"/"yet" (the first clause, after which the new
 * sentence start gets a capital); a whole sentence goes with one adjoining space (the one after it, else the one
 * before it), with a "P.S." or a lone lead-in sentence ("I have to be honest.") that introduced it.
 *
 * With a guard (guardEdit, as analyze() builds every finding), a filled template is offered only if the text after it
 * keeps the rep's point and loses the fault: see src/analyzer/keep-point.ts and the README's "Keeping the rep's point".
 * A removal that would take a sentence holding a hedged ask puts the ask plainly instead (`{ask}`, plain-ask.ts); one
 * that would drop protected content narrows to the clause the fault is in when the rest stands as a sentence; any
 * edit is withheld when a later sentence points at what it removes ("another 5%", "has also asked"), and a thank-you
 * is not offered right before a "Thanks," sign-off.
 */
import { countWords, normalizeForAnalysis, splitSentences, type Sentence } from './text';
import type { Finding } from './types';
import nlp from 'compromise/two';
import { plainAsk } from './plain-ask';
import { droppedItems, isCompleteSentence, protectedItems, isLeadIn, leansOnPrevious, leansOnPreviousClause, opensWithBackReference, type ProtectKind } from './keep-point';
import { memoByText } from './memo';

export type ReplaceScope = 'clause' | 'sentence';

export interface TextRange {
  start: number;
  end: number;
}

/** One edit on the original text: replace [start, end) with `replacement`; an editor performs it with one insertText. */
export interface RewriteEdit {
  start: number;
  end: number;
  replacement: string;
}

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
}

export const SLOT_NAMES = ['before', 'after', 'ask', 'figure', 'platform'] as const;
/** An amount with its currency or percent sign: what a concession or a price is ("10%", "$2,500", "€149"). */
const FIGURE_SLOT_RE = /[$€£]\d(?:[\d,.]*\d)?(?:\s?k\b)?|\b\d+(?:\.\d+)?\s?(?:%|percent\b)/;
/** Review and listing sites a rep asks for a review on. */
const PLATFORM_SLOT_RE = /\b(?:Google|G2|Capterra|Clutch|Trustpilot|Yelp|LinkedIn|Facebook|Tripadvisor|TripAdvisor|Houzz|Checkatrade|Glassdoor|Angi|Thumbtack|Nextdoor|Feefo|Reviews\.io|GetApp|Software Advice|TrustRadius)\b/;
const SLOT_RE = /\{([^{}]*)\}/g;
const FINAL_RE = /[.!?…]+$/;
const LEADING_LINK_RE = /^(?:but|and|so|yet)\s+/i;

/** Clause boundaries of a sentence, in order: each covers the punctuation and the spaces around it. */
export function clauseBoundaries(sentence: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /\s*[,;]\s*|\s*:(?=\s)\s*|\s+[—–-]\s+|\s*—\s*/g;
  for (const m of sentence.matchAll(re)) {
    const at = m.index;
    const core = m[0].trim();
    if (core === ',' && m[0] === ',' && /\d/.test(sentence[at - 1] ?? '') && /\d/.test(sentence[at + 1] ?? '')) continue;
    out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

function trimmedBounds(sentence: string): TextRange {
  let start = 0;
  let end = sentence.length;
  while (start < end && /\s/.test(sentence[start]!)) start++;
  while (end > start && /\s/.test(sentence[end - 1]!)) end--;
  return { start, end };
}

/**
 * A span must not end inside a capitalised name ("Logistics Weekly", "Corbin Freight Lines"): when its last word is
 * capitalised and capitalised words follow it (separated by single spaces), the span grows to the end of that run.
 */
export function extendNameRun(sentence: string, spanEnd: number): number {
  const last = /[\p{L}\p{N}'’&-]+$/u.exec(sentence.slice(0, spanEnd));
  if (!last || !/^\p{Lu}/u.test(last[0]) || last[0] === 'I') return spanEnd;
  let end = spanEnd;
  for (;;) {
    const next = /^ (\p{Lu}[\p{L}\p{N}'’&-]*)/u.exec(sentence.slice(end));
    if (!next || next[1] === 'I') return end;
    end += next[0].length;
  }
}

/**
 * Where a finding's span ends: never on a dangling link (", but", ", and", ", not" or a bare boundary, which a
 * pattern may take in after the offending words) and never inside a capitalised name run (extendNameRun).
 */
export function findingSpanEnd(sentence: string, spanStart: number, spanEnd: number): number {
  const dangling = /\s*(?:[,;:—–]|\s-)\s*(?:(?:but|and|or|so|yet|not)\b)?$/i.exec(sentence.slice(spanStart, spanEnd));
  const end = dangling && dangling.index > 0 ? spanStart + dangling.index : spanEnd;
  return extendNameRun(sentence, end);
}

/** The unit a rewrite replaces, relative to the sentence; it always contains [spanStart, spanEnd). */
export function replaceUnit(sentence: string, spanStart: number, spanEnd: number, scope: ReplaceScope): TextRange {
  const bounds = trimmedBounds(sentence);
  if (scope === 'sentence') return { start: Math.min(bounds.start, spanStart), end: Math.max(bounds.end, spanEnd) };
  const aside = parentheticalAround(sentence, spanStart, spanEnd);
  if (aside) return aside;
  let { start, end } = bounds;
  for (const b of clauseBoundaries(sentence)) {
    if (b.end <= spanStart) start = Math.max(start, b.end);
    else if (b.start >= spanEnd) {
      end = Math.min(end, b.start);
      break;
    }
  }
  return { start: Math.min(start, spanStart), end: Math.max(end, spanEnd) };
}

/**
 * The bracketed aside holding the span, brackets included ("The system (sorry again for pushing, I know it's a lot)
 * would…"), when it is not the whole sentence: the clause a fault inside it lives in. Cutting at a comma inside it
 * would leave a stray bracket.
 */
function parentheticalAround(sentence: string, spanStart: number, spanEnd: number): TextRange | undefined {
  const open = sentence.lastIndexOf('(', spanStart);
  if (open < 0 || sentence.slice(open + 1, spanStart).includes(')')) return undefined;
  const close = sentence.indexOf(')', Math.max(open + 1, spanEnd - 1));
  if (close < 0 || sentence.slice(open + 1, close).includes('(')) return undefined;
  const bounds = trimmedBounds(sentence);
  if (open <= bounds.start && close + 1 >= bounds.end) return undefined;
  return { start: open, end: close + 1 };
}

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
  return {
    before: sentence.slice(unit.start, spanStart).trim(),
    after,
    atSentenceStart: /^[\s"'(\[“‘]*$/.test(sentence.slice(0, unit.start)),
    final,
    ...(ask ? { ask } : {}),
    ...(figure ? { figure } : {}),
    ...(platform ? { platform } : {}),
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
    .filter((t) => (!t.includes('{figure}') || ctx.figure !== undefined) && (!t.includes('{platform}') || ctx.platform !== undefined))
    .filter((t) => !(nounBeforeAfter(t) && opensWithBareVerb(ctx.after)))
    // "An update in case the treadmills were still on your radar: […]" is a fragment: a noun takes a topic, not a clause.
    .filter((t) => !(/^(?:An?|The) \w+ \{after\}/.test(t) && CLAUSE_OPENER_RE.test(ctx.after.trim())))
    // "Understood." answers a no the prospect gave; "If now's not a good time, that's okay…" anticipates one they did not.
    .filter((t) => !(ACKNOWLEDGMENT_RE.test(t) && CONDITIONAL_OPENER_RE.test(ctx.before)))
    // "{before} get your team…" needs {before} to end where a bare verb may follow ("it would", "to"): not "this deal".
    .filter((t) => !(BARE_VERB_AFTER_BEFORE_RE.test(t) && ctx.before !== '' && !ENDS_BEFORE_BARE_VERB_RE.test(ctx.before)))
    // "Could you would get…": a question's own modal and subject leave no room for the template's.
    .filter((t) => !(/\{before\} (?:would|could|will|can)\b/.test(t) && /\b(?:could|can|would|will) (?:you|we|I)$/i.test(ctx.before)))
    .map((t) => fillRewrite(t, ctx));
}

const CLAUSE_OPENER_RE = /^(?:in case|just in case|if|whether|as|since|because|when|while|so|that|now that|to see|to check)\b/i;
const ACKNOWLEDGMENT_RE = /^\s*(?:understood|makes sense|fair enough|totally fair|got it|no problem)\b/i;
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
    .replace(SLOT_RE, (m, name: string) => (name === 'before' ? ctx.before : name === 'after' ? ctx.after : name === 'ask' ? (ctx.ask ?? '') : name === 'figure' ? (ctx.figure ?? '') : name === 'platform' ? (ctx.platform ?? '') : m))
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
 * The sentences of `text`, remembered for the last text asked: building a finding's rewrites looks up its sentence
 * and its neighbours several times, and a draft's findings are all built from one text.
 */
let lastSplit: { text: string; sentences: readonly Sentence[] } | undefined;
/** analyze() has just split `text` the same way (normalised, then split): the rewrite checks reuse its sentences. */
export function rememberSentences(text: string, sentences: readonly Sentence[]): void {
  lastSplit = { text, sentences };
}
function sentencesOf(text: string): readonly Sentence[] {
  if (lastSplit?.text !== text) lastSplit = { text, sentences: splitSentences(normalizeForAnalysis(text)) };
  return lastSplit.sentences;
}

/** Up to `count` sentences of `text` starting at or after `offset` (sentences are in order: a binary search). */
function sentencesFrom(text: string, offset: number, count: number): Sentence[] {
  const sentences = sentencesOf(text);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences.slice(lo, lo + count);
}

function sentenceOf(text: string, range: TextRange): Sentence {
  const sentences = sentencesOf(text);
  return (
    sentences.find((s) => s.start <= range.start && range.end <= s.end) ??
    sentences.find((s) => s.start <= range.start && range.start < s.end) ?? { start: range.start, end: range.end, text: text.slice(range.start, range.end) }
  );
}

/**
 * The single edit on `text` that performs a filled template on its unit: for a non-empty template, exactly the unit
 * -> the text; for `""`, the removal of the unit with its joining punctuation, the replacement holding the capital
 * the new sentence start needs. A clause removal that would leave no sentence (a lone opener, a lead-in such as
 * "In the meantime.", a fragment such as "Totally fine if not.") removes the whole sentence. Used while a finding is
 * made; a finding's own rewrites are already literal.
 */
export function templateEdit(text: string, unit: TextRange, filled: string): RewriteEdit {
  return planEdit(text, unit, filled).edit;
}

interface PlannedEdit {
  edit: RewriteEdit;
  /** The sentence the unit sits in (offsets into the whole text). */
  sentence: Sentence;
  /** The edit removes the whole sentence (and any lead-in before it). */
  wholeSentence: boolean;
  /** The edit replaces the whole sentence with a template's sentence. */
  replacesSentence?: boolean;
}

function planEdit(text: string, unit: TextRange, filled: string): PlannedEdit {
  const s = sentenceOf(text, unit);
  const sentence = normalizeForAnalysis(text.slice(s.start, s.end));
  const us = unit.start - s.start;
  const ue = unit.end - s.start;
  const bounds = trimmedBounds(sentence);
  if (filled !== '') return { edit: { start: unit.start, end: unit.end, replacement: filled }, sentence: s, wholeSentence: false, replacesSentence: us <= bounds.start && ue >= bounds.end };
  const boundaries = clauseBoundaries(sentence);
  if (us <= bounds.start && ue >= bounds.end) return { edit: sentenceRemoval(text, s), sentence: s, wholeSentence: true };
  if (sentence[us] === '(' && sentence[ue - 1] === ')') {
    // A bracketed aside goes with the space before it ("The system (sorry…) would" -> "The system would").
    const from = us > 0 && sentence[us - 1] === ' ' ? us - 1 : us;
    return { edit: { start: s.start + from, end: s.start + ue, replacement: '' }, sentence: s, wholeSentence: false };
  }
  const edit = clauseRemoval(text, s, sentence, us, ue, bounds, boundaries);
  // Removing the clause may leave a lone opener ("Honestly.", "Look."), a lead-in, a fragment, or (the first clause
  // gone) a rest that points back at it ("That's on me."): the sentence goes.
  const left = editedSentence(text, s, edit);
  const opened = us <= bounds.start && leansOnPreviousClause(left);
  if (opened || countWords(left) <= 1 || !isCompleteSentence(left)) return { edit: sentenceRemoval(text, s), sentence: s, wholeSentence: true };
  return { edit, sentence: s, wholeSentence: false };
}

/** The sentence `s` as it reads after `edit` (an edit inside it or covering it). */
function editedSentence(text: string, s: TextRange, edit: RewriteEdit): string {
  return (text.slice(s.start, Math.max(s.start, edit.start)) + edit.replacement + text.slice(Math.min(s.end, Math.max(edit.end, s.start)), s.end)).trim();
}

/** What a rule (or the model's category) asks of its rewrites beyond the templates. */
export interface RewriteGuard {
  /** The flagged words (the fault), as offsets into the text: protected content inside them may go. */
  span: TextRange;
  /** Where the finding's evidence sits when that is not the span (the model's findings): the clause to narrow to. */
  evidence?: TextRange;
  /** Other findings' spans in the same sentence: faults too, so what they cover may go. */
  otherFaults?: readonly TextRange[];
  /** Kinds of content a rewrite must keep when it sits outside the span (the rule's `protect:`). */
  protect: readonly ProtectKind[];
  /**
   * Whether a sentence as it would read after the rewrite still carries the finding's fault: 'sure' (a rule or the
   * confident model), 'maybe' (the model's less certain reading), or false.
   */
  stillFaulty?: (sentence: string) => 'sure' | 'maybe' | false;
}

const DOUBLED_MODAL_RE = /\b(would|could|will|can|should|might)\b(?:\s+\w+ly)?\s+\1\b/i;

/** Why a filled template is not offered, or the edit that performs it. */
export type GuardedEdit = { edit: RewriteEdit } | { withheld: 'drops' | 'dangles' | 'still-faulty' | 'not-english'; detail?: string };

/**
 * A filled template as the edit it would make, or why it is withheld: a removal whose clause leaves the fault in the
 * sentence widens to the whole sentence; a rewrite that still leaves the fault, removes a sentence the next one
 * leans on, or drops protected content (a figure, a date, a name, a request) outside the flagged words is withheld.
 */
export function guardEdit(text: string, unit: TextRange, filled: string, guard: RewriteGuard): GuardedEdit {
  const checked = guardEditUnchecked(text, unit, filled, guard);
  if (!('edit' in checked)) return checked;
  const guarded = { edit: tidyStops(text, checked.edit) };
  // "…in return for [what they get]? I'd add a free month in return.": the template says the trade the next sentence says.
  const next = sentenceAfter(text, guarded.edit.end);
  // "…, and if it helps, whatever gets it over the line.": a cut that leaves an "if" clause with no main clause after it.
  const sentence = sentenceOf(text, guarded.edit);
  if (sentence.start <= guarded.edit.start && sentence.end >= guarded.edit.end) {
    const edited = editedSentence(text, sentence, guarded.edit);
    if (DANGLING_IF_RE.test(edited) && !DANGLING_IF_RE.test(text.slice(sentence.start, sentence.end))) return { withheld: 'not-english', detail: edited };
  }
  if (next && TRADE_RE.test(guarded.edit.replacement) && TRADE_RE.test(next.text) && !TRADE_RE.test(text.slice(guarded.edit.start, guarded.edit.end))) return { withheld: 'not-english', detail: next.text };
  // "It's making me look bad." after the sentence naming what "it" was went: the pronoun points at nothing.
  const orphan = orphanedPronoun(text, guarded.edit);
  return orphan ? { withheld: 'dangles', detail: orphan } : guarded;
}

const DANGLING_IF_RE = /\bif (?:it|that|this) (?:helps|works|suits)\s*,\s*(?:whatever|whichever|however|anything|so)\b/i;
const TRADE_RE = /\bin (?:return|exchange)\b/i;

/**
 * No doubled stop where a template meets the rep's punctuation: "…early access]?." and "…?," lose the second mark,
 * ".." becomes "." (an ellipsis stays), and a replacement ending in a stop takes the rep's stop right after it.
 */
function tidyStops(text: string, edit: RewriteEdit): RewriteEdit {
  let replacement = edit.replacement.replace(/([?!]["')”’\]]*)[.,]+(?!\.)/g, '$1').replace(/(?<!\.)\.\.(?!\.)/g, '.');
  let end = edit.end;
  if (/[.!?]["')”’\]]*$/.test(replacement) && /^[.!?,](?!\.)/.test(text.slice(end))) end += 1;
  return replacement === edit.replacement && end === edit.end ? edit : { ...edit, end, replacement };
}

function guardEditUnchecked(text: string, unit: TextRange, filled: string, guard: RewriteGuard): GuardedEdit {
  // A bracketed aside is only ever removed: a template sentence inside brackets does not read.
  if (filled !== '' && text[unit.start] === '(' && text[unit.end - 1] === ')') return { withheld: 'not-english', detail: filled };
  // A slot that brought its own modal doubles it ("would really would get"): not English.
  if (DOUBLED_MODAL_RE.test(filled)) return { withheld: 'not-english', detail: filled };
  if (filled === '') {
    // "If you can get me a signed LOA by Thursday, I'll…": the deadline goes, the ask and the trade stay.
    const deadline = deadlineOnly(text, unit, guard);
    if (deadline) return { edit: deadline };
  }
  let plan = planEdit(text, unit, filled);
  const rest = plan.wholeSentence ? '' : editedSentence(text, plan.sentence, plan.edit);
  const residue = rest === '' ? false : (guard.stillFaulty?.(rest) ?? false);
  const unscarce = residue && filled === '' ? withoutScarcity(text, plan.sentence, plan.edit, guard) : plan.edit;
  if (unscarce !== plan.edit && guard.stillFaulty?.(editedSentence(text, plan.sentence, unscarce)) !== 'sure') {
    // What was left faulty was only a scarcity tail ("… before the slots fill up"): it goes too.
    plan = { ...plan, edit: unscarce, replacesSentence: true };
  } else if (residue) {
    // A removal widens to the whole sentence, unless that would take a question the rest of it asks: then a sure
    // fault withholds it and a possible one leaves it. A template that leaves the fault is withheld when sure.
    const asks = /\?["')”’]*$/.test(rest);
    // A question left faulty is put plainly when it holds a hedged ask ("Could we possibly…?" -> "Could we…?").
    const plain = filled === '' && asks ? askPlan(text, plan.sentence, rest, guard) : undefined;
    // A possible fault left ('maybe') widens only where the whole sentence takes nothing the rep must keep.
    const whole = sentenceRemoval(text, plan.sentence);
    const keepsClause = residue === 'maybe' && droppedItems(text, whole, [guard.span, ...(guard.otherFaults ?? [])], guard.protect).length > 0;
    if (filled === '' && !asks && !keepsClause) plan = { edit: whole, sentence: plan.sentence, wholeSentence: true };
    else if (plain) plan = plain;
    else if (residue === 'sure') return { withheld: 'still-faulty', detail: rest };
    // A model finding whose rest still reads as the same fault, and whose whole sentence holds what the rep must keep:
    // neither cut fixes it.
    else if (guard.evidence && !asks) return { withheld: 'still-faulty', detail: rest };
  }
  if (filled === '' && plan.wholeSentence) {
    // A sentence that holds an ask is put plainly ("Would you be open to…?") rather than removed with the ask.
    plan = askPlan(text, plan.sentence, normalizeForAnalysis(text.slice(plan.sentence.start, plan.sentence.end)), guard) ?? plan;
  }
  if (/^(?:thank|thanks|many thanks)\b/i.test(plan.edit.replacement.trim()) && thanksSignOffFollows(text, plan.edit.end)) {
    // "Thank you." right before a "Thanks so much," sign-off thanks twice.
    return { withheld: 'not-english', detail: plan.edit.replacement };
  }
  const replaced = plan.replacesSentence && !keepsMostWords(text.slice(plan.edit.start, plan.edit.end), plan.edit.replacement);
  if (plan.wholeSentence || replaced) {
    // The next sentence leans on this one ("After that…", "If that doesn't work…", "… on top of that"): it would
    // point at nothing.
    const next = sentenceAfter(text, plan.edit.end);
    if (next && leansOnPrevious(next.text)) return { withheld: 'dangles', detail: next.text };
    // "I'd really hate to let them down" after the sentence naming the underwriters went.
    if (next && !/\n\s*\n/.test(text.slice(plan.edit.end, next.start)) && losesAntecedent(text, plan.edit, next.text)) return { withheld: 'dangles', detail: next.text };
    // "Sorry, I realize that's on me!" after a sentence a template replaced comments on words no longer there.
    if (replaced && next && !/\n\s*\n/.test(text.slice(plan.edit.end, next.start)) && SHORT_COMMENT_RE.test(next.text.trim()) && countWords(next.text) <= 10) return { withheld: 'dangles', detail: next.text };
  }
  if (plan.wholeSentence || /[\p{L}\p{N}]{2}/u.test(plan.edit.replacement)) {
    // "… on top of that" after a sentence removed or reworded adds to what is no longer there.
    const next = sentenceAfter(text, plan.edit.end);
    if (next && ON_TOP_OF_THAT_RE.test(next.text) && !/\n\s*\n/.test(text.slice(plan.edit.end, next.start))) return { withheld: 'dangles', detail: next.text };
  }
  if (plan.wholeSentence) {
    // A removed sentence must not take a request to the prospect, a number or a date the flagged words do not cover
    // ("hit reply and I'll reserve your places", "could you get the paperwork back by Thursday?", "PO 4471").
    const kept = keptInRemoval(text, plan.sentence, [guard.span, ...(guard.otherFaults ?? [])]);
    if (kept) {
      // A narrower removal (only the clause the fault is in) may keep the ask.
      const narrow = filled === '' ? narrowRemoval(text, plan.sentence, guard) : undefined;
      if (narrow) return { edit: finishEdit(text, plan.sentence, narrow, guard) };
      return { withheld: 'drops', detail: kept };
    }
  }
  if (plan.wholeSentence) {
    // A removed sentence takes the little one that only comments on it ("I hope that's okay!"), and the next
    // sentence's "also" or "too", which added to it, goes ("We'd also love…" -> "We'd love…").
    const taken = takeDependents(text, plan.edit);
    if (taken === undefined) return { withheld: 'dangles', detail: sentenceAfter(text, plan.edit.end)?.text };
    plan = { ...plan, edit: taken };
  }
  {
    // A later sentence's "also", "another", "too" or a noun names what the edit takes away ("another 5%" after the
    // first 5% went, "homepage logos" after the homepage ask went).
    const pointer = pointsAtRemoved(text, plan.edit);
    if (pointer) return { withheld: 'dangles', detail: pointer };
  }
  if (replaced && opensWithBackReference(plan.edit.replacement) && opensParagraph(text, plan.sentence.start)) {
    // "This could help…" as the first sentence of a paragraph has nothing to point at.
    return { withheld: 'dangles', detail: plan.edit.replacement };
  }
  const faults = [guard.span, ...(guard.otherFaults ?? [])];
  const dropped = [...droppedItems(text, plan.edit, faults, guard.protect), ...(guard.protect.includes('date') ? [] : scheduledDrops(text, plan.edit, guard))];
  if (dropped.length && filled === '') {
    // A narrower removal (only the clause the fault is in) may keep the rep's point.
    const narrow = narrowRemoval(text, plan.sentence, guard);
    if (narrow) return { edit: finishEdit(text, plan.sentence, narrow, guard) };
  }
  if (dropped.length) return { withheld: 'drops', detail: dropped.map((d) => d.text).join(', ') };
  const template = filled !== '' && (PLACEHOLDER_RE.test(plan.edit.replacement) || replaced === true);
  const generic = amountsDropped(text, plan.edit, guard, template);
  if (generic.length) return { withheld: 'drops', detail: generic.map((d) => d.text).join(', ') };
  if (template && replaced) {
    // A template sentence in place of the rep's keeps every day, date, time, number and name the rep wrote there
    // ("Friday afternoon" -> "[a day]", "the 20th" -> "[the date]", "Monday the 9th"): otherwise it is withheld.
    const named = PLACEHOLDER_RE.test(plan.edit.replacement) ? namedDetails(text, plan.edit).filter((d) => !plan.edit.replacement.toLowerCase().includes(d.toLowerCase())) : [];
    if (named.length) return { withheld: 'drops', detail: named.join(', ') };
    // A template asking for a call right before the rep's own question asks twice.
    const next = sentenceAfter(text, plan.edit.end);
    if (/\?["')”’]*\s*$/.test(plan.edit.replacement) && next && /\?["')”’]*\s*$/.test(next.text) && !/\n\s*\n/.test(text.slice(plan.edit.end, next.start))) return { withheld: 'dangles', detail: next.text };
  }
  if (template && replaced) {
    // A template sentence in place of the rep's must not blank out what they named: a time ("next spring", "a short
    // call next week"), the topic ("about the VAT returns") or a condition the offer was tied to.
    const lost = detailsLost(text, plan.edit, guard.evidence ? [...faults, guard.evidence] : faults, guard.protect.includes('date'));
    if (lost) return { withheld: 'drops', detail: lost };
  }
  const broken = plan.wholeSentence ? undefined : badJoin(text, plan.sentence, plan.edit);
  if (broken) return { withheld: 'not-english', detail: broken };
  return { edit: plan.wholeSentence ? plan.edit : finishEdit(text, plan.sentence, plan.edit, guard) };
}

/**
 * The days, dates and times in the text an edit replaces, even inside the flagged words ("on Friday afternoon", "the
 * 20th"), except a deadline ("by Friday" is the pressure): a template sentence with placeholders would blank them out.
 */
function namedDetails(text: string, edit: TextRange): string[] {
  const old = text.slice(edit.start, edit.end);
  // Only a named day, a day of the month or a clock time: "this week", "today" or "next year" is often the pressure.
  const out = protectedItems(old, ['date'])
    .filter((d) => CONCRETE_DAY_RE.test(d.text) && !/^(?:by|before|until|till|no later than)\b/i.test(d.text) && !DEADLINE_BEFORE_RE.test(old.slice(Math.max(0, d.start - 30), d.start)) && !NOT_A_PLAN_BEFORE_RE.test(old.slice(Math.max(0, d.start - 30), d.start)))
    .map((d) => d.text);
  return out;
}

/** A request to the prospect ("could you…?", "hit reply…", "please send…") or a reference number in sentence `s` outside the flagged words `faults`. */
function keptInRemoval(text: string, s: TextRange, faults: readonly TextRange[]): string | undefined {
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
function detailsLost(text: string, edit: RewriteEdit, faults: readonly TextRange[], keepDates: boolean): string | undefined {
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
  const topic = /\b(?:about|regarding|concerning|re:?)\s+((?:the |your |our |this |that )?[^,;:.!?—–()]{3,40})/i.exec(rest);
  const fresh = (n: string) => n.length > 3 && !POINTER_STOP.has(n.toLowerCase()) && !GENERIC_NOUNS.has(n.toLowerCase()) && !kept.has(stem(n)) && !elsewhere(stem(n));
  if (topic) {
    const named = nounsOf(topic[1]!).map((n) => n.replace(/[^\p{L}\p{N}'’]/gu, '')).filter(fresh);
    if (named.length) return named.join(', ');
  }
  // A thing the rep named concretely ("the report", "this system", "roll the trucks", "the reading app trial"), outside
  // the flagged words: a template putting "[the proposal]" or "[Our product]" there turns it into a blank.
  const things: string[] = [];
  if (!THING_PLACEHOLDER_RE.test(edit.replacement)) return undefined;
  for (const m of old.matchAll(/\b(?:the|our|this|these|those)\s+(?=((?:[\p{L}][\p{L}'’-]*\s+){0,2}[\p{L}][\p{L}'’-]*))/giu)) {
    const at = m.index! + m[0].length;
    if (!outside({ start: at, end: at + m[1]!.length })) continue;
    const head = nounsOf(m[1]!).map((n) => n.replace(/[^\p{L}\p{N}'’-]/gu, ''));
    things.push(...head.filter((n) => !ABSTRACT_NOUNS.has(n.toLowerCase()) && new RegExp(`\\b${n.replace(/[-]/g, '\\-')}\\b`, 'i').test(rest) && fresh(n)));
  }
  return things.length ? [...new Set(things)].join(', ') : undefined;
}
/** A placeholder standing for a thing the rep would name: the product, a document, the next step or the ask. */
const THING_PLACEHOLDER_RE = /\[(?:the |our |your |a |an )?(?:product|proposal|next step|specific ask|service|document|report|quote)\]/i;
/** Nouns of time and circumstance, not a thing a placeholder would stand for ("the timing", "this deal"). */
const ABSTRACT_NOUNS = new Set('calendar books inbox timing time deal month quarter year week day budget priority end start moment rest way point'.split(' '));
/** Nouns a template's own words stand for well enough ("time", "call", "chat"): losing them loses nothing named. */
const GENERIC_NOUNS = new Set('time call chat minutes minute moment thing things while bit chance idea favour favor help email note message reply response update touch word question questions thoughts thought'.split(' '));

/** A placeholder the rep must fill in ("[the date]", "[the result they care about]"). */
const PLACEHOLDER_RE = /\[[^\[\]]+\]/;

/**
 * A price or percentage the edit would take, even inside the flagged words, where the rule protects figures: the
 * flagged words of a threat often carry the rep's real number ("No answer by Wednesday and the $90,000 savings case
 * goes to your COO"), and "[The offer]" in place of "10% off" blanks it out. A rule whose fault is the figure itself
 * (a price cut nobody asked for) leaves figures out of its `protect:` and may remove it, but no template sentence
 * replaces a named amount with a blank (except a threatened price, "jumps to $900", which is the threat); a
 * `{figure}` slot keeps the number.
 */
function amountsDropped(text: string, edit: RewriteEdit, guard: RewriteGuard, template: boolean): ReturnType<typeof droppedItems> {
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
function scheduledDrops(text: string, edit: RewriteEdit, guard: RewriteGuard): ReturnType<typeof droppedItems> {
  const faults = [guard.span, ...(guard.otherFaults ?? [])];
  return droppedItems(text, edit, faults, ['date']).filter((i) => SCHEDULED_BEFORE_RE.test(text.slice(Math.max(0, i.start - 30), i.start)));
}
/** The words before a day something is scheduled for: "for Monday", "on the 9th", "from the 3rd". */
const SCHEDULED_BEFORE_RE = /(?<!\b(?:ends?|ending|closes?|closing|wraps? up|wrapping up|finishes|expires?|runs? out|is over)\s+)\b(?:on|for|from)\s+(?:the\s+)?$/i;

const DEADLINE_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';
/** A day that is when something ended or began, not a plan: "since Monday", "wraps up on the 30th". */
const NOT_A_PLAN_BEFORE_RE = /\b(?:since|ends?|ending|closes?|closing|wraps? up|finishes|expires?|runs? out|is over)\s+(?:on\s+)?(?:the\s+)?$/i;
const CONCRETE_DAY_RE = new RegExp(String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\bat \d{1,2}\b`, 'i');
/** A deadline inside a condition the prospect is asked to meet ("by Thursday", "before the 30th", "by noon", "today"). */
const CONDITION_DEADLINE_RE = new RegExp(
  String.raw`,?\s+(?:(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end of (?:the |this )?(?:day|week|month|quarter|year)|(?:this |next )?(?:${DEADLINE_DAYS})(?: (?:the )?\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)|noon|midnight|tonight|tomorrow|today|close of business|then|this (?:week|month|afternoon|evening)|next week)(?: (?:at|by) \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?)?|(?:today|tonight|this week))(?=[\s,;.!?]|$)`,
  'i',
);
/** A condition the rep asks the prospect to meet, opening the clause: "If you…", "Once you…", "As long as you…". */
const CONDITION_OPENER_RE = /^["'“‘(]*(?:if|once|when|as long as|provided) you\b/i;

/**
 * The removal of only the deadline from a condition the rep sets ("If you can get me a signed LOA by Thursday, I'll
 * make sure the porting goes smoothly" -> "If you can get me a signed LOA, I'll…"): the ask and what the rep offers
 * for it stay, and the pressure goes. Offered when the deadline lies in the flagged words, the condition opens the
 * unit, and what is left is a sentence that no longer carries the fault.
 */
function deadlineOnly(text: string, unit: TextRange, guard: RewriteGuard): RewriteEdit | undefined {
  const unitText = text.slice(unit.start, unit.end);
  const s = sentenceOf(text, unit);
  const clauseStart = Math.max(s.start, ...clauseBoundaries(text.slice(s.start, s.end)).map((b) => s.start + b.end).filter((b) => b <= guard.span.start));
  if (!CONDITION_OPENER_RE.test(text.slice(clauseStart, s.end)) && !CONDITION_OPENER_RE.test(unitText)) return undefined;
  const from = guard.span.start;
  const m = CONDITION_DEADLINE_RE.exec(text.slice(from, Math.min(s.end, guard.span.end + 20)));
  if (!m) return undefined;
  const start = from + m.index;
  const end = start + m[0].length;
  if (start > guard.span.end) return undefined;
  // "by Thursday, I'll…" keeps the comma that closes the condition.
  const edit = { start: m[0].startsWith(',') ? start + 1 : start, end, replacement: '' };
  const left = editedSentence(text, s, edit);
  if (guard.stillFaulty?.(left) === 'sure' || badJoin(text, s, edit) || !isCompleteSentence(left)) return undefined;
  if (droppedItems(text, edit, [], guard.protect).length) return undefined;
  return edit;
}

/**
 * What an edit inside a sentence leaves, finished: a scarcity tail goes, a demand becomes the plain ask, the rep's
 * wish becomes what the prospect would get.
 */
function finishEdit(text: string, s: Sentence, edit: RewriteEdit, guard: RewriteGuard): RewriteEdit {
  return wishOffered(text, s, demandAsked(text, s, withoutScarcity(text, s, edit, guard), guard), guard);
}

/** The rep's wish for the prospect to look at their product: "I'd love for you to see our new module (too)." */
const REP_WISH_RE = /^["'“‘(]*I(?:['’]d| would) (?:really )?(?:love|like) (?:for )?you to (?:see|try|check out|take a look at) ((?:our|my|the) [^,;:.!?]+?)(?: too| as well)?[.!…]*$/i;

/**
 * An edit that leaves the rep's wish standing ("I'd love for you to see our new module too.") puts it as what the
 * prospect would get from it: "Would it help to see how our new module handles [their problem]?".
 */
function wishOffered(text: string, s: Sentence, edit: RewriteEdit, guard: RewriteGuard): RewriteEdit {
  if (edit.start < s.start || edit.end > s.end) return edit;
  const wish = REP_WISH_RE.exec(editedSentence(text, s, edit));
  if (!wish) return edit;
  const offer = `Would it help to see how ${wish[1]} handles [their problem]?`;
  if (guard.stillFaulty?.(offer) === 'sure') return edit;
  const bounds = trimmedBounds(text.slice(s.start, s.end));
  return { start: s.start + bounds.start, end: s.start + bounds.end, replacement: offer };
}

/**
 * A scarcity tail: "before the slots fill up", "while supplies last", "before it's too late", "before they're gone",
 * "before someone else grabs it". Always pressure, whichever finding's edit leaves it standing.
 */
const SCARCITY_TAIL_RE = /[\s,;—–-]+(?:(?:before|while|until) (?:the |our |your |all the |these |those |this )?(?:[\w-]+ )?(?:slots?|spots?|spaces?|seats?|stocks?|supplies|supply|places|openings|availability|inventory|units|dates|appointments|it|they|prices?|rates?|offer|deal|discount|calendar)(?: [\w-]+)? (?:fills? up|runs? out|lasts?|are gone|is gone|sells? out|goes up|go up|disappears?|rises?|rise|expires?|ends?|closes?|books? up|gets? snapped up|get taken|are taken)\b|before (?:it['’]s|it is) too late\b|before (?:they['’]re|they are|it['’]s|it is) (?:all )?gone\b|before (?:someone|somebody) else (?:grabs|takes|books|snaps)\b)[^.!?…]*/i;

/** An edit whose sentence would still end on a scarcity tail, widened to take the tail too (when what is left stands). */
function withoutScarcity(text: string, s: Sentence, edit: RewriteEdit, guard: RewriteGuard): RewriteEdit {
  if (edit.start < s.start || edit.end > s.end) return edit;
  const rest = editedSentence(text, s, edit);
  const tail = SCARCITY_TAIL_RE.exec(rest);
  if (!tail) return edit;
  const kept = (rest.slice(0, tail.index) + rest.slice(tail.index + tail[0].length)).trim();
  if (!isCompleteSentence(kept) || guard.stillFaulty?.(kept) === 'sure') return edit;
  const bounds = trimmedBounds(text.slice(s.start, s.end));
  return { start: s.start + bounds.start, end: s.start + bounds.end, replacement: kept };
}

/** Words that cannot stand right before the words a deletion joins them to: they needed what was cut. */
const NEEDS_OBJECT = new Set('a an the as to of for with by from at in on into onto about be been being am is are was were my our your their his her its this these those very so than like such'.split(' '));
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
  const left = text.slice(s.start, edit.start + p).trimEnd();
  const right = (old.slice(old.length - q) + text.slice(edit.end, s.end)).trim();
  const words = left.match(/[\p{L}\p{N}'’]+$/u) ? (left.match(/[\p{L}\p{N}'’]+/gu) ?? []) : [];
  const last = words.at(-1)?.toLowerCase();
  if (!last || /[,;:—–-]$/.test(left)) return undefined;
  const sentence = `${left}${/^[.!?…,;:]/.test(right) ? '' : ' '}${right}`;
  // The "and"/"but"/"so" that joined two clauses went with the cut: a comma now splices them ("Your renewal is due
  // on the 31st, it's the last deal I need").
  const cut = old.slice(p, old.length - q);
  if (/^[\s,;]*(?:and|but|so|yet)\b/i.test(cut) && COMMA_SPLICE_RE.test(right)) return sentence;
  if (!/[\p{L}'’]$/u.test(left)) return undefined;
  if (NEEDS_OBJECT.has(last)) return sentence;
  const before = words.at(-2)?.toLowerCase();
  if (before && DETERMINERS.has(before) && /^\p{L}/u.test(right) && isBareAdjective(last)) return sentence;
  return undefined;
}

/** The sentence as an edit inside it leaves it, when it no longer reads: a broken join, a bare pointer, a stray bracket. */
function badJoin(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  return brokenJoin(text, s, edit) ?? exposedPointer(text, s, edit) ?? strayBracket(text, s, edit) ?? orphanLeadIn(text, s, edit);
}

/** A lead-in left with nothing to introduce: "…the 31st, and I'll be honest, so please…" once what was honest went. */
function orphanLeadIn(text: string, s: Sentence, edit: RewriteEdit): string | undefined {
  if (edit.start <= s.start || edit.end > s.end || /\p{L}{2}/u.test(edit.replacement)) return undefined;
  const before = text.slice(s.start, edit.start);
  const lastClause = before.slice(Math.max(0, ...clauseBoundaries(before).map((b) => b.end))).replace(LEADING_LINK_RE, '');
  if (!isLeadIn(lastClause)) return undefined;
  // A one-word aside may close the sentence ("I'm surprised, honestly."); it cannot introduce what was not cut.
  const closes = /^[\s.!?…"')”’]*$/.test(text.slice(edit.end, s.end));
  return closes && /^\s*\p{L}+[\s.,!?…]*$/u.test(lastClause) ? undefined : editedSentence(text, s, edit);
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

/** The plural nouns of a passage (compromise's tags), remembered like nounsOf. */
const pluralsOf = memoByText((passage: string): string[] => nlp(passage).match('#Plural').not('#Pronoun').terms().out('array') as string[]);

/**
 * Whether the sentence after an edit says "them" (or opens on "they"/"their") with the only people or things it could mean
 * named in the words the edit takes away ("…with our underwriters…" removed, then "I'd hate to let them down"): a
 * plural noun removed, not kept by the replacement, not named earlier in the text, and none of its own before the
 * pronoun.
 */
function losesAntecedent(text: string, edit: RewriteEdit, next: string): boolean {
  // "them" anywhere; "they" or "their" where it opens the sentence ("They are with…", not "the plan they asked for").
  const pronoun = /\b(?:them)\b/i.exec(next) ?? /^["'“‘(]*(?:they|their)\b/i.exec(next.trim());
  if (!pronoun) return false;
  const removed = text.slice(edit.start, edit.end);
  if (!/[a-z]s\b/i.test(removed)) return false;
  const kept = new Set((edit.replacement.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem));
  const lost = pluralsOf(removed).map((w) => stem(w.replace(/[^\p{L}\p{N}'’]/gu, ''))).filter((w) => w.length > 2 && !kept.has(w) && !occursBefore(text, edit.start, w));
  if (lost.length === 0) return false;
  const lead = pronoun.input === next ? next.slice(0, pronoun.index) : '';
  return !/[a-z]s\b/i.test(lead) || pluralsOf(lead).length === 0;
}

/** "It" that stands for no thing: "it's been a while", "it would be great to…". */
const DUMMY_IT_RE = /\bit(?:['’]s|['’]d be|['’]ll be| is| was| would be| will be| might be| could be| may be| has been)\s+(?:been|great|good|nice|easy|easier|worth|possible|helpful|fine|okay|ok|best|better|a good idea|up to you|too early|too soon|no problem|a pleasure|likely|clear|important)\b|\bit (?:seems|sounds like|looks like) (?:you|we|the|your|our)\b|\bmake it (?:to|work|easy|easier)\b/gi;
/** "That", "this", "these", "those" standing for something said, not naming a thing beside them. */
const PRONOUN_DEMONSTRATIVE_RE = /\b(?:this|these|those|that)(?:['’]s|['’]ll|['’]d| is| was| are| were| will| would| could| can| should| might| has| have| had| does| did| means| helps| makes| sounds| works| gets| feels| seems| matters)\b|(?:^|[,;:—–]\s*|\b(?:and|but|so|about|for|with|on|of|like|do|did|does|doing|done|appreciate|understand|know|mean|hear|see|take|get|make|after|before|from|to|by|ask|asking|want|need|said|says|is|as) )(?:this|that|these|those|it)(?=\s*(?:[.,!?;:…—)"'”’]|$))/i;
/** A demonstrative with its noun ("that testimonial", "those numbers", "such a request"). */
const DEMONSTRATIVE_NOUN_RE = /\b(?:this|that|these|those|such(?: an?)?)\s+([\p{L}][\p{L}'’-]*)/giu;
/** Words after "that" that make it a conjunction or leave it naming a time or the email itself. */
const NOT_A_POINTED_NOUN = new Set('i we you they he she it there the a an our your my their his her this these those everything nothing someone anyone all some most many no not is was are were as week month year quarter morning afternoon evening weekend time spring summer autumn fall winter season day email note message letter monday tuesday wednesday thursday friday saturday sunday way one much far long many point'.split(' '));

/** Words after which "that" opens a clause ("I know that…", "the point is that…"). */
const THAT_CONJUNCTION_BEFORE_RE = /\b(?:is|was|are|were|be|been|am|know|knew|think|thought|hope|said|say|says|mean|means|sure|glad|realize|realise|understand|feel|believe|noticed|saw|heard|seen|see|found|find|show|shows|showed|agree|ensure|confirm|confirmed|so|such|now|given|except|told|tell|promise|guarantee|expect|suggest|recommend)\s+$/i;

/**
 * The words an edit leaves (the rest of its sentence, then the next sentence of the paragraph) that point at what it
 * removes: "it", or "that"/"this" standing for something ("It's making me look bad.", "Sorry, I know that's a
 * lot to ask") when the removed words named a thing the text has not named before; or a demonstrative whose noun
 * ("that testimonial") the text no longer holds before it. Only for an edit that takes words away; a deadline or a
 * few words taken ("by Friday") name nothing a pronoun could stand for.
 */
function orphanedPronoun(text: string, edit: RewriteEdit): string | undefined {
  const removed = text.slice(edit.start, edit.end);
  const keptWords = new Set((edit.replacement.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem));
  const goneWords = (removed.match(/[\p{L}\p{N}'’]+/gu) ?? []).filter((w) => !keptWords.has(stem(w)));
  if (goneWords.length < 3) return undefined;
  const s = sentenceOf(text, { start: edit.start, end: edit.start });
  const places: { from: number; to: number }[] = [];
  if (edit.end < s.end) places.push({ from: edit.end, to: s.end });
  const next = sentenceAfter(text, Math.max(edit.end, s.end));
  if (next && !/\n\s*\n/.test(text.slice(edit.end, next.start))) places.push({ from: next.start, to: next.end });
  if (places.length === 0) return undefined;
  const met = (w: string, at: number) => keptWords.has(w) || occursBefore(text, edit.start, w) || (text.slice(edit.end, at).match(/[\p{L}\p{N}'’]+/gu) ?? []).some((x) => stem(x) === w);
  const lostNoun = nounsOf(removed).map((n) => stem(n.replace(/[^\p{L}\p{N}'’]/gu, ''))).some((n) => n.length > 2 && !met(n, edit.end));
  for (const { from, to } of places) {
    const words = text.slice(from, to);
    const plain = words.replace(DUMMY_IT_RE, ' ');
    // ("them" for people or things only the removed words named is losesAntecedent's: it asks for a plural noun.)
    const pronoun = /\bit\b/i.exec(plain) ?? PRONOUN_DEMONSTRATIVE_RE.exec(plain);
    // "The pilot costs nothing until your crews sign off on it": a noun of its own before the pronoun is what it means.
    if (lostNoun && pronoun && nounsOf(plain.slice(0, pronoun.index)).length === 0) return editedAround(text, edit, from, to);
    for (const m of words.matchAll(DEMONSTRATIVE_NOUN_RE)) {
      const noun = m[1]!.toLowerCase();
      if (NOT_A_POINTED_NOUN.has(noun) || (/^such/i.test(m[0]) && noun === 'as') || /^\d/.test(noun) || nlp(noun).has('#Value')) continue;
      // "… is that two units…", "I know that Sam…": "that" opens a clause, it does not point.
      if (/^that/i.test(m[0]) && (THAT_CONJUNCTION_BEFORE_RE.test(words.slice(0, m.index)) || /^\p{Lu}/u.test(m[1]!))) continue;
      if (!met(stem(noun), from + m.index) && !nlp(noun).has('#Verb')) return editedAround(text, edit, from, to);
    }
  }
  return undefined;
}

/** The sentence part [from, to) as it reads after `edit` (for a withheld edit's detail). */
function editedAround(text: string, edit: RewriteEdit, from: number, to: number): string {
  return text.slice(from, to).trim();
}

/** A comma followed by a new clause's subject and verb. */
const COMMA_SPLICE_RE = /^,\s*(?:it|I|we|you|they|he|she|that|this|there)(?:['’](?:s|re|m|ll|ve|d)\b|\s+(?:is|are|was|were|will|would|can|could|have|has|had|need|needs|want|wants)\b)/i;

/** Whether compromise reads a word on its own as an adjective and not a noun ("small", not "favour"). */
const isBareAdjective = memoByText((word: string): boolean => {
  const t = nlp(word).terms();
  return t.has('#Adjective') && !t.has('#Noun');
});

/** A sentence that opens with the rep's need as a demand ("I need you to…", "I need to know if…"). */
const DEMAND_RE = /^["'“‘(]*(?:so |and |but )?I (?:really |just |do |still )?need (?:you to|to know (?:if|whether))\b/i;

/**
 * An edit whose sentence, once edited, still opens with a demand ("I need to know if you're signing by Friday.") is
 * widened to put that sentence as the plain question ("Are you signing by Friday?"), when it has one without the fault.
 */
function demandAsked(text: string, s: Sentence, edit: RewriteEdit, guard: RewriteGuard): RewriteEdit {
  if (edit.start < s.start || edit.end > s.end) return edit;
  const rest = editedSentence(text, s, edit);
  if (!DEMAND_RE.test(rest)) return edit;
  const ask = plainAsk(rest);
  if (!ask || guard.stillFaulty?.(ask)) return edit;
  const bounds = trimmedBounds(text.slice(s.start, s.end));
  return { start: s.start + bounds.start, end: s.start + bounds.end, replacement: ask };
}

/** The sentence `s` replaced by the plain ask in `sentence`, if it has one that no longer carries the fault. */
function askPlan(text: string, s: Sentence, sentence: string, guard: RewriteGuard): PlannedEdit | undefined {
  const ask = plainAsk(sentence);
  if (!ask || guard.stillFaulty?.(ask)) return undefined;
  const original = normalizeForAnalysis(text.slice(s.start, s.end));
  const bounds = trimmedBounds(original);
  return { edit: { start: s.start + bounds.start, end: s.start + bounds.end, replacement: ask }, sentence: s, wholeSentence: false, replacesSentence: true };
}

/** A sentence that adds to the one before it by pointing at it. */
const ON_TOP_OF_THAT_RE = /\b(?:on top of|in addition to|besides|as well as|apart from|along with) (?:that|this|those|these)\b/i;

/** A little sentence that only comments on the one before it ("I hope that's okay!", "Sorry about that."). */
const COMMENT_RE = /^["'“‘(]*(?:(?:I )?hope (?:that|this|it)(?:['’]s| is| was)? (?:ok|okay|alright|all right|fine|helpful|useful|clear|not too much|works)|(?:I )?hope (?:that|this) helps|(?:sorry|apologies) (?:about|for) (?:that|this)|(?:that|this)(?:['’]s| is) (?:all|it)|(?:I )?hope you (?:don['’]t|do not) mind|(?:I['’]m |we['’]re )?still (?:waiting|nothing|no word|no reply|no response|hearing nothing))\b[^.!?]*[.!?…]*["')”’]*$/i;

/** A short sentence that comments on the one before it through "that"/"this" ("Sorry, I realize that's on me!"). */
const SHORT_COMMENT_RE = /^["'“‘(]*(?:(?:sorry|apologies|honestly|I know|I realize|I realise|I get it|I understand)\b[^.!?]{0,20}?\b(?:that|this)(?:['’]s| is| was)\b|(?:that|this)(?:['’]s| is| was) (?:on me|my fault|my problem|not your problem|a lot|asking a lot|probably too much))/i;

/** "We'd also…", "She has also…", "Also, …": where the "also" sits in a sentence's opening words, with its space. */
const OPENING_ALSO_RE = /^(["'“‘(]*(?:[\p{L}'’]+ ){1,3}?)also (?=\p{L})|^(["'“‘(]*)also,? (?=\p{L})/iu;

/**
 * A whole-sentence removal widened to what depends on the removed sentence in the same paragraph: a little comment
 * after it ("I hope that's okay!") goes with it, and an "also" or closing "too" in the sentence after it goes. The
 * widened edit, the edit unchanged, or undefined when the next sentence is a question about it ("Does that work?")
 * and cannot go.
 */
function takeDependents(text: string, edit: RewriteEdit): RewriteEdit | undefined {
  let next = sentenceAfter(text, edit.end);
  if (!next || /\n\s*\n/.test(text.slice(edit.end, next.start))) return edit;
  let widened = edit;
  if (countWords(next.text) <= 7 && /\b(?:that|this|it|still)\b/i.test(next.text) && protectedItems(next.text, ['figure', 'date', 'name', 'request']).length === 0) {
    if (/\?["')”’]*\s*$/.test(next.text)) return /^["'“‘(]*(?:does|would|is|will|can|could|how|what) (?:that|this|it)\b/i.test(next.text.trim()) ? undefined : edit;
    if (!COMMENT_RE.test(next.text.trim())) return edit;
    const end = text[next.end] === ' ' ? next.end + 1 : next.end;
    // Ending the line, the comment takes the space before the removed sentence instead.
    const start = end === next.end && text[edit.start - 1] === ' ' && edit.replacement === '' ? edit.start - 1 : edit.start;
    widened = { start, end: Math.max(edit.end, end), replacement: edit.replacement };
    const then = sentenceAfter(text, widened.end);
    if (!then || /\n\s*\n/.test(text.slice(widened.end, then.start))) return widened;
    next = then;
  }
  // "She has also asked…" names the person the removed sentence introduced: left for the pointer check.
  if (/\b(?:another|again|as well|on top of)\b/i.test(next.text) || /^["'“‘(]*(?:he|she|they|it|this|that|these|those)\b/i.test(next.text.trim())) return widened;
  // Removed from a line's start, the removal takes the line break too: the next sentence moves up onto that line
  // rather than leaving an empty line where the removed one stood.
  const atLineStart = widened.replacement === '' && /(?:^|\n)[ \t]*$/.test(text.slice(0, widened.start));
  const lead = text.slice(widened.end, next.start).replace(atLineStart ? /^[ \t]*\n/ : /$^/, '');
  const also = OPENING_ALSO_RE.exec(next.text);
  if (also) {
    const kept = also[1] ?? also[2] ?? '';
    const rest = next.text.slice(also[0].length);
    const joined = also[2] !== undefined ? kept + rest.charAt(0).toUpperCase() : kept;
    const end = next.start + also[0].length + (also[2] !== undefined ? 1 : 0);
    return { start: widened.start, end, replacement: widened.replacement + lead + joined };
  }
  const too = /,? too([.!…]["')”’]*)$/i.exec(next.text.trimEnd());
  if (too) {
    const at = next.start + too.index;
    return { start: widened.start, end: at + too[0].length, replacement: widened.replacement + lead + text.slice(next.start, at) + too[1] };
  }
  return widened;
}

/** Whether the next non-blank line after `from` (the sign-off) opens with thanks. */
function thanksSignOffFollows(text: string, from: number): boolean {
  const after = text.slice(from);
  const sameLine = /^[^\n]*/.exec(after)![0];
  if (sameLine.trim() !== '') return false;
  const next = /^\s*([^\n]*)/.exec(after.slice(sameLine.length))?.[1] ?? '';
  return /^(?:thanks|thank you|many thanks|with thanks|thanks again|thanks so much)\b[^.!?]{0,20}[,!]?\s*$/i.test(next.trim());
}

const POINTER_STOP = new Set('the a an to of and or me my you your we our i it its is be for on in with that this has have had so but at by from as are was were would will can could if not all any some just also another too again other more us them they their there here what when how which who do did does get got one'.split(' '));
const stem = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/(?:ing|ed|es|s|e)$/, (m) => (w.length > 4 ? '' : m));

/**
 * The sentence after `edit` that points at what it removes: a sentence of the same paragraph (up to three on) with
 * "also", "another", "too", "as well" or "again" and a content word or a percentage shared with the removed words;
 * or the next sentence repeating two nouns of the removed words that the text no longer holds anywhere before it.
 */
/**
 * Whether a word (stemmed, lower-cased) occurs in `text` before `end`. It is asked for a handful of nouns per
 * rewrite, of a draft that may run to thousands of words and is re-checked at every keystroke: so the text is
 * searched for the word, never tokenized whole. Lower-casing is remembered for the last text asked.
 */
let lastLower: { text: string; lower: string } | undefined;
function occursBefore(text: string, end: number, word: string): boolean {
  if (lastLower?.text !== text) lastLower = { text, lower: text.toLowerCase().replace(/’/g, "'") };
  const { lower } = lastLower;
  if (lower.length !== text.length) {
    // Lower-casing changed the length (a rare letter such as "İ"): offsets would drift, so read the words instead.
    return (text.slice(0, end).match(/[\p{L}\p{N}'’]+/gu) ?? []).some((w) => stem(w) === word);
  }
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’]/u.test(c);
  for (let i = lower.indexOf(word); i !== -1 && i < end; i = lower.indexOf(word, i + 1)) {
    if (isWordChar(lower[i - 1])) continue;
    let j = i + word.length;
    while (j < lower.length && isWordChar(lower[j])) j++;
    if (j <= end && stem(text.slice(i, j)) === word) return true;
  }
  return false;
}

/** The nouns of a removed passage (compromise's tags), remembered: the same removals are checked at every keystroke. */
const nounsOf = memoByText((removed: string): string[] => nlp(removed).match('#Noun').not('#Pronoun').terms().out('array') as string[]);

/** Words that point at a date said before them. */
const THEN_POINTER_RE = /\b(?:by|until|till|before|after) then\b|\bby that (?:date|day|point|time)\b|\bon that (?:date|day)\b|\bthat deadline\b/i;

function pointsAtRemoved(text: string, edit: RewriteEdit): string | undefined {
  const removed = text.slice(edit.start, edit.end);
  const keptWords = new Set((edit.replacement.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem));
  const content = (t: string) => (t.match(/[\p{L}\p{N}'’]+/gu) ?? []).filter((w) => !POINTER_STOP.has(w.toLowerCase()) && w.length > 2).map(stem);
  const gone = new Set(content(removed).filter((w) => !keptWords.has(w)));
  if (gone.size === 0) return undefined;
  const following = sentencesFrom(text, edit.end, 3);
  const paragraph = following.filter((s) => !/\n\s*\n/.test(text.slice(edit.end, s.start)));
  // "… signed by then" after the date it meant went.
  const datesGone = protectedItems(removed, ['date']).some((d) => !edit.replacement.toLowerCase().includes(d.text.toLowerCase()));
  const thenPointer = datesGone ? paragraph.find((s) => THEN_POINTER_RE.test(s.text)) : undefined;
  if (thenPointer) return thenPointer.text;
  for (const next of paragraph) {
    if (!/\b(?:also|another|too|as well|again)\b/i.test(next.text)) continue;
    if (content(next.text).some((w) => gone.has(w))) return next.text;
    // "She has also asked…" after the first ask (or the person who made it) went.
    const alsoAsked = /\balso (?:asked|wants|wanted|needs|needed|requested|mentioned|said)\b/i.test(next.text);
    if (alsoAsked && (/^["'“‘(]*(?:he|she|they)\b/i.test(next.text.trim()) || protectedItems(removed, ['request']).length > 0)) return next.text;
    if (/\banother\b/i.test(next.text) && /\d\s?%|\bpercent\b/i.test(removed) && /\d\s?%|\bpercent\b/i.test(next.text)) return next.text;
  }
  const next = following[0];
  if (!next) return undefined;
  // What is shared below is a subset of the next sentence's words that the edit takes away: with fewer than two of
  // those, no noun needs reading (compromise's full parse, the slowest step of building rewrites).
  if (new Set(content(next.text).filter((w) => gone.has(w))).size < 2) return undefined;
  // The words the reader has met by the next sentence: everything before the edit, the replacement and what lies
  // between.
  const between = (edit.replacement + ' ' + text.slice(edit.end, next.start)).toLowerCase();
  const betweenWords = new Set((between.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem));
  const metBefore = (w: string) => betweenWords.has(w) || occursBefore(text, edit.start, w);
  const nouns = nounsOf(removed);
  const lostNouns = new Set(nouns.map((n) => stem(n.replace(/[^\p{L}\p{N}'’]/gu, ''))).filter((n) => n.length > 3 && gone.has(n) && !metBefore(n)));
  // One shared noun is often the topic carried on ("roofing" … "a roof survey"); two name what was removed.
  const shared = new Set(content(next.text).filter((w) => lostNouns.has(w)));
  return shared.size >= 2 ? next.text : undefined;
}

/** How many words of a model finding's evidence an edit leaves standing. */
function evidenceLeft(text: string, evidence: TextRange, edit: RewriteEdit): number {
  const left = text.slice(evidence.start, Math.max(evidence.start, Math.min(evidence.end, edit.start))) + ' ' + text.slice(Math.min(evidence.end, Math.max(evidence.start, edit.end)), evidence.end);
  return countWords(left);
}

/**
 * Where a narrower removal may also cut with no punctuation: "and" before "I"/"we", and before a reason the rep gives
 * for their own sake ("… I'll waive the fee to keep my forecast intact", "… because my quarter closes").
 */
const REASON_WORDS = String.raw`(?:because|since|as|so that|so|to (?:keep|hit|make|help|get|close|save))\s+(?:my|I|I'm|I’m|I've|I’ve|our|we|we're|we’re|me|us)\b`;
const REASON_OPENER_RE = new RegExp(String.raw`^\s*${REASON_WORDS}`, 'i');
/**
 * …and between an opening "If you…" clause and its main clause when no comma parts them ("If you sign by Friday
 * I'll…"), and after an opening "Act now and…" before the step it urges.
 */
const NARROW_CUT_RE = new RegExp(
  String.raw`\s+and\s+(?=(?:I|we|I'm|I’m|we're|we’re|I've|I’ve)\b)|\s+(?=${REASON_WORDS})|(?<=^["'“‘(]*(?:[Ii]f|[Oo]nce|[Ww]hen) you\b[^,;:]*?)\s+(?=(?:I|we)(?:['’]ll|['’]d| will| can| could| would)\s)|(?<=^["'“‘(]*(?:[Aa]ct|[Mm]ove|[Oo]rder|[Bb]uy|[Dd]ecide|[Hh]urry|[Dd]on['’]t wait)(?: now| today| fast| quickly)?)\s+and\s+(?=\p{L})`,
  'gu',
);

/**
 * The removal of only the clause the fault sits in (clause boundaries, plus "and" before "I"/"we"), when what is
 * left is a complete sentence that keeps every protected item and no longer carries a sure fault.
 */
function narrowRemoval(text: string, s: Sentence, guard: RewriteGuard): RewriteEdit | undefined {
  const sentence = normalizeForAnalysis(text.slice(s.start, s.end));
  const bounds = trimmedBounds(sentence);
  const punctuation = clauseBoundaries(sentence);
  const cutsInWords = [...sentence.matchAll(NARROW_CUT_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((c) => punctuation.every((b) => c.end <= b.start || c.start >= b.end));
  const boundaries = [...punctuation, ...cutsInWords].sort((a, b) => a.start - b.start);
  if (boundaries.length === 0) return undefined;
  const fault = guard.evidence ?? guard.span;
  const spanStart = fault.start - s.start;
  const spanEnd = Math.max(fault.end - s.start, spanStart + 1);
  const cuts = [bounds.start, ...boundaries.flatMap((b) => [b.start, b.end]), bounds.end];
  // The clause the fault is in; then with a neighbouring clause that another finding flags ("Apologies for the long
  // email, and sorry if this is too forward, but both CVs are attached" -> "Both CVs are attached"), a fault too.
  const windows: [number, number][] = [];
  const flagged = (a: number, b: number) => (guard.otherFaults ?? []).some((f) => f.start - s.start < b && a < f.end - s.start);
  for (let i = 0; i < cuts.length; i += 2) windows.push([cuts[i]!, cuts[i + 1]!]);
  for (let i = 0; i + 3 < cuts.length; i += 2) {
    const [a, b, c, d] = [cuts[i]!, cuts[i + 1]!, cuts[i + 2]!, cuts[i + 3]!];
    const here = (x: number, y: number) => x < spanEnd && spanStart < y;
    if ((here(a, b) && flagged(c, d)) || (here(c, d) && flagged(a, b))) windows.push([a, d]);
  }
  for (const [cs, end] of windows) {
    let ce = end;
    if (!(cs < spanEnd && spanStart < ce)) continue;
    if (ce >= bounds.end) ce = bounds.end;
    if (cs <= bounds.start && ce >= bounds.end) return undefined;
    const edit = withoutScarcity(text, s, clauseRemoval(text, s, sentence, cs, ce, bounds, boundaries), guard);
    const left = editedSentence(text, s, edit);
    // Every check below rejects the cut on its own, so the cheap ones go first and compromise's full parse
    // (isCompleteSentence) runs only for a cut that passed all the others.
    if (countWords(left) <= 2) continue;
    if (cs <= bounds.start && leansOnPreviousClause(left)) continue;
    // The date inside the rep's own reason ("because my manager reviews my pipeline tomorrow") is the rep's
    // timeline, not the prospect's: it may go with the reason.
    const reason = REASON_OPENER_RE.test(sentence.slice(cs));
    const lost = [...droppedItems(text, edit, [guard.span, ...(guard.otherFaults ?? [])], guard.protect), ...(guard.protect.includes('date') ? [] : scheduledDrops(text, edit, guard))];
    if (lost.some((d) => !(reason && d.kind === 'date'))) continue;
    // A model finding's clause cut must take the fault: not leave most of its evidence standing ("I'll drop by your
    // office on Monday with the Q3 results" after only "so we can talk it through" went), and not leave what the
    // model still reads as the same fault at its strict threshold.
    if (guard.evidence && (evidenceLeft(text, guard.evidence, edit) >= 3 || guard.stillFaulty?.(left))) continue;
    if (guard.stillFaulty?.(left) === 'sure') continue;
    if (pointsAtRemoved(text, edit)) continue;
    if (badJoin(text, s, edit)) continue;
    if (!isCompleteSentence(left)) continue;
    return edit;
  }
  return undefined;
}

/**
 * A finding's `replace` range and rewrites from its unit and filled templates: the range covers every template's
 * edit, and each rewrite is the literal text for that range, so `text.slice(0, replace.start) + rewrite +
 * text.slice(replace.end)` is the text after Apply for every rewrite, removals included. With a guard, templates it
 * withholds are left out (and duplicates with them): a finding may end with no rewrite, and then shows its advice
 * without an Apply button.
 */
export function literalRewrites(text: string, unit: TextRange, filled: readonly string[], guard?: RewriteGuard): { replace: TextRange; rewrites: string[] } {
  const edits = filled
    .map((f) => (guard ? guardEdit(text, unit, f, guard) : { edit: templateEdit(text, unit, f) }))
    .flatMap((g) => ('edit' in g ? [g.edit] : []));
  const start = Math.min(unit.start, ...edits.map((e) => e.start));
  const end = Math.max(unit.end, ...edits.map((e) => e.end));
  const rewrites = edits.map((e) => text.slice(start, e.start) + e.replacement + text.slice(e.end, end));
  return { replace: { start, end }, rewrites: [...new Set(rewrites)] };
}

/** Whether a rewrite keeps at least half the words of what it replaces (it rewords the sentence, not replaces it). */
function keepsMostWords(old: string, replacement: string): boolean {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const kept = new Set(words(replacement));
  const was = words(old);
  return was.length > 0 && was.filter((w) => kept.has(w)).length >= was.length / 2;
}

/** Whether the sentence at `start` opens its paragraph: nothing but a greeting line ("Hi Sam,") before it. */
function opensParagraph(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const paragraph = before.slice(Math.max(0, before.lastIndexOf('\n\n') + 1)).trim();
  return paragraph === '' || /^[^.!?\n]*,$/.test(paragraph);
}

/** The sentence that starts at or after `from`, if any. */
function sentenceAfter(text: string, from: number): Sentence | undefined {
  return sentencesOf(text).find((s) => s.start >= from);
}

/** The edit that applies one of a finding's rewrites: its `replace` range, replaced by the rewrite as it stands. */
export function rewriteEdit(_text: string, finding: Pick<Finding, 'replace'>, rewrite: string): RewriteEdit {
  return { start: finding.replace.start, end: finding.replace.end, replacement: rewrite };
}

/** A "P.S." with nothing after it on its line, once the sentence after it is gone; tested on that last line only. */
const PS_LINE_RE = /^([ \t]*P\.? ?S\.?:?[ \t]*)$/i;

/**
 * A whole sentence goes with one adjoining space: the one after it, else the one before it; with the "P.S." that
 * introduced it, which would otherwise stand alone; and with a lead-in sentence just before it ("I have to be
 * honest."), which would otherwise introduce the next sentence instead.
 */
function sentenceRemoval(text: string, s: TextRange): RewriteEdit {
  const ps = PS_LINE_RE.exec(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start));
  if (ps && /^[ \t]*(?:\n|$)/.test(text.slice(s.end))) return { start: s.start - ps[1]!.length, end: s.end, replacement: '' };
  const previous = sentencesOf(text).filter((p) => p.end <= s.start).at(-1);
  if (previous && isLeadIn(previous.text) && /^[ \t]*$/.test(text.slice(previous.end, s.start))) {
    if (text[s.end] === ' ') return { start: previous.start, end: s.end + 1, replacement: '' };
    if (previous.start > 0 && text[previous.start - 1] === ' ') return { start: previous.start - 1, end: s.end, replacement: '' };
    return { start: previous.start, end: s.end, replacement: '' };
  }
  const line = lineAround(text, s);
  if (line) return line;
  if (text[s.end] === ' ') return { start: s.start, end: s.end + 1, replacement: '' };
  if (s.start > 0 && text[s.start - 1] === ' ') return { start: s.start - 1, end: s.end, replacement: '' };
  return { start: s.start, end: s.end, replacement: '' };
}

/**
 * A sentence alone on its line goes with its line: with the line breaks after it (the next line or paragraph moves
 * up to where it stood), or, as the last line, with the breaks before it. Otherwise an empty line or paragraph
 * would stay where the sentence was.
 */
function lineAround(text: string, s: TextRange): RewriteEdit | undefined {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (lineStart === 0 || !/^[ \t]*$/.test(text.slice(lineStart, s.start))) return undefined;
  const after = /^[ \t]*(?:\n[ \t]*)*/.exec(text.slice(s.end))![0];
  if (!after.includes('\n') && s.end + after.length < text.length) return undefined;
  if (s.end + after.length < text.length) return { start: lineStart, end: s.end + after.length, replacement: '' };
  const before = /(?:\n[ \t]*)+$/.exec(text.slice(0, lineStart))![0];
  return { start: lineStart - before.length, end: text.length, replacement: '' };
}

function clauseRemoval(text: string, s: TextRange, sentence: string, us: number, ue: number, bounds: TextRange, boundaries: TextRange[]): RewriteEdit {
  if (us <= bounds.start) {
    const next = boundaries.find((b) => b.start >= ue);
    let k = next ? next.end : ue;
    k += LEADING_LINK_RE.exec(sentence.slice(k))?.[0].length ?? 0;
    const c = sentence.charAt(k);
    if (/\p{Ll}/u.test(c)) return { start: s.start + us, end: s.start + k + 1, replacement: text.charAt(s.start + k).toUpperCase() };
    return { start: s.start + us, end: s.start + k, replacement: '' };
  }
  const prev = [...boundaries].reverse().find((b) => b.end <= us);
  const from = prev ? prev.start : us;
  const final = ue >= bounds.end ? (FINAL_RE.exec(sentence.slice(0, ue))?.[0] ?? '') : '';
  return { start: s.start + from, end: s.start + ue - final.length, replacement: '' };
}

/** The whole text after applying `rewrite`, and where the inserted text sits in it. */
export function applyRewrite(text: string, finding: Pick<Finding, 'replace'>, rewrite: string): { text: string; start: number; end: number } {
  const e = rewriteEdit(text, finding, rewrite);
  return { text: text.slice(0, e.start) + e.replacement + text.slice(e.end), start: e.start, end: e.start + e.replacement.length };
}

/**
 * The sentence holding the finding as it will read after the change, in four parts for the tooltip and the side
 * panel: `before + removed + after` is the sentence now, `before + inserted + after` the sentence after Apply. The
 * words both share are left out of `removed` and `inserted`, so only the change is marked. `removal` is true when the
 * rewrite only takes words away; the word it re-capitalises at the new sentence start is then shown in `after` as it
 * will read ("Sorry to bother you, but do you…" -> struck "Sorry to bother you, but ", then "Do you…").
 */
export function previewRewrite(text: string, finding: Pick<Finding, 'replace'>, rewrite: string): { before: string; removed: string; inserted: string; after: string; removal: boolean; at: number } {
  const { start, end } = finding.replace;
  const old = text.slice(start, end);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let pre = 0;
  while (pre < old.length && pre < rewrite.length && old[pre] === rewrite[pre]) pre++;
  let suf = 0;
  while (suf < old.length - pre && suf < rewrite.length - pre && old[old.length - 1 - suf] === rewrite[rewrite.length - 1 - suf]) suf++;
  // Mark whole words only: never split a word between the shared part and the change.
  while (pre > 0 && isWordChar(old[pre - 1]) && (isWordChar(old[pre]) || isWordChar(rewrite[pre]))) pre--;
  while (suf > 0 && isWordChar(old[old.length - suf]) && (isWordChar(old[old.length - suf - 1]) || isWordChar(rewrite[rewrite.length - suf - 1]))) suf--;
  // Sharing only punctuation is no sharing: a sentence replaced whole keeps its final stop inside the change.
  // Shared line breaks stay shared: a sentence alone on its line is struck without them.
  if (!/[\p{L}\p{N}]/u.test(old.slice(0, pre))) pre = /^\s*/.exec(old.slice(0, pre))![0].length;
  if (!/[\p{L}\p{N}]/u.test(old.slice(old.length - suf))) suf = /\s*$/.exec(old.slice(old.length - suf))![0].length;
  let removed = old.slice(pre, old.length - suf);
  let inserted = rewrite.slice(pre, rewrite.length - suf);
  let after = text.slice(end - suf, Math.max(sentenceOf(text, finding.replace).end, end));
  const recased = inserted !== '' && !/\s/.test(inserted) && removed.toLowerCase().endsWith(inserted.toLowerCase()) && removed !== inserted;
  if (recased) {
    removed = removed.slice(0, removed.length - inserted.length);
    after = inserted + after;
    inserted = '';
  }
  if (inserted === '' && !recased) {
    // A removal that takes its line breaks strikes the words, not the breaks.
    const lead = /^[\r\n]*/.exec(removed)![0].length;
    pre += lead;
    removed = removed.slice(lead).replace(/[\r\n]+$/, '');
  }
  const s = sentenceOf(text, finding.replace);
  // `at`: where `removed` starts in the text.
  return { before: text.slice(Math.min(s.start, start), start + pre).replace(/^[\r\n]+/, ''), removed, inserted, after, removal: inserted === '', at: start + pre };
}
