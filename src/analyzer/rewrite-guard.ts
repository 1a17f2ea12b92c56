/**
 * The guard every rewrite passes before it is offered (guardEdit) and a finding's literal rewrites
 * (literalRewrites): see the doc comment of rewrite.ts for what it withholds and why.
 */
import nlp from 'compromise/two';
import { countWords, normalizeForAnalysis } from './text';
import { blanksNamedTime, concreteNouns, contentClause, fillFromUnit, prospectClause, topicOnlyHere } from './rewrite-content';
import { ASK_NOUN_RE, droppedItems, leansOnPrevious, leansOnPreviousClause, opensWithBackReference, type ProtectKind } from './keep-point';
import { PLACEHOLDER_RE, amountsDropped, detailsLost, keptInRemoval, namedDetails, scheduledDrops } from './rewrite-details';
import { badJoin } from './rewrite-joins';
import { deadlineOnly, finishEdit, narrowRemoval, withoutScarcity } from './rewrite-narrow';
import { askPlan, planEdit, sentenceRemoval, templateEdit } from './rewrite-plan';
import { ON_TOP_OF_THAT_RE, SHORT_COMMENT_RE, losesAntecedent, opensParagraph, orphanedPronoun, pointsAtRemoved, takeDependents, thanksSignOffFollows } from './rewrite-pointers';
import { editedSentence, sentenceAfter, sentenceOf, sentencesFrom } from './rewrite-sentences';
import { cleanClauseTaken, editShape, shapeOffered } from './rewrite-shape';
import type { RewriteEdit, TextRange } from './rewrite-unit';

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
  /** Whether a clause reads as plainly clean to the analyser (no rule, the model well under its strict line). */
  readsClean?: (clause: string) => boolean;
}

/** A condition that opens the sentence and ends where the edit does: "If I don't hear from you, ". */
const LEADING_CONDITION_RE = /^["'“‘(]*(?:if|unless|provided|in case)\b[^.!?]*,\s*\S?$/i;
/** A condition that is only a courtesy: "if it's no trouble", "if that's okay", "if you have a moment". */
const COURTESY_CONDITION_RE = /^["'“‘(]*(?:only )?if\b[^,]*(?:trouble|bother|imposition|okay|\bok\b|alright|all right|convenient|not too much|a (?:spare |free |quick )?(?:moment|minute|sec|second|chance)|time\b|it helps|you don['’]t mind|you wouldn['’]t mind|possible|works for you|suits you|you can|you could|you['’]re able|you are able)/i;

/** Whether a sentence opens with a bare verb, as a command does ("Bring the start forward."). */
function startsWithCommand(sentence: string): boolean {
  return nlp(sentence.trim()).terms().first().has('#Imperative');
}

/** A subject followed by a bare "be" with no modal before it: "that it be possible" (not "Would you be…"). */
const BARE_BE_RE = /(?<!\b(?:would|could|will|can|shall|should|might|may|must|to|not|let|do|does|did) )\b(?:it|that|this|there|I|we|you|they|he|she) be\b/i;
const DOUBLED_MODAL_RE = /\b(would|could|will|can|should|might)\b(?:\s+\w+ly)?\s+\1\b/i;

/** Why a filled template is not offered, or the edit that performs it. */
export type GuardedEdit = { edit: RewriteEdit } | { withheld: 'drops' | 'dangles' | 'still-faulty' | 'not-english' | 'shape' | 'blank'; detail?: string };

/**
 * A filled template as the edit it would make, or why it is withheld: a removal whose clause leaves the fault in the
 * sentence widens to the whole sentence; a rewrite that still leaves the fault, removes a sentence the next one
 * leans on, or drops protected content (a figure, a date, a name, a request) outside the flagged words is withheld.
 */
export function guardEdit(text: string, unit: TextRange, filled: string, guard: RewriteGuard): GuardedEdit {
  const checked = guardEditUnchecked(text, unit, filled, guard);
  if (!('edit' in checked)) return checked;
  const guarded = { edit: tidyStops(text, checked.edit) };
  // "Before you decide, …" to a prospect the draft says has gone with someone else contradicts the email.
  if (PRESUMES_UNDECIDED_RE.test(guarded.edit.replacement) && !PRESUMES_UNDECIDED_RE.test(text.slice(guarded.edit.start, guarded.edit.end)) && HAS_DECIDED_RE.test(text)) {
    return { withheld: 'not-english', detail: guarded.edit.replacement };
  }
  // "You need to replace all six bays now, there's nothing to weigh up" -> "What questions are still open for you?": a
  // stock sentence in place of the rep's recommendation loses what they advise (the bays, the range, the quantity).
  if (/\p{L}{2}/u.test(guarded.edit.replacement)) {
    const advice = RECOMMENDATION_RE.exec(text.slice(guarded.edit.start, guarded.edit.end));
    if (advice && !RECOMMENDATION_RE.test(guarded.edit.replacement)) return { withheld: 'drops', detail: advice[0] };
  }
  // "so can you get the signed form back to me by Wednesday?" -> "If [their date] is when…": a template with a blank
  // in place of the rep's own ask to the prospect loses it; the ask stays (a template that asks it again in other
  // words may stand) or the template is withheld.
  if (PLACEHOLDER_RE.test(guarded.edit.replacement)) {
    const removed = text.slice(guarded.edit.start, guarded.edit.end);
    const ask = REP_ASK_RE.exec(removed);
    const asksToo = ask && ask[0].endsWith('?') ? /\?/.test(guarded.edit.replacement) : false;
    if (ask && !asksToo && !guarded.edit.replacement.toLowerCase().includes(ask[0].toLowerCase())) return { withheld: 'drops', detail: ask[0] };
  }
  if (guard.evidence && PLACEHOLDER_RE.test(guarded.edit.replacement)) {
    // A model finding's template sentence in place of a clause that tells the prospect what they get ("…would run your
    // catalogues in a single day") blanks it out.
    const s = sentenceOf(text, guarded.edit);
    const kept = s.start >= guarded.edit.start && s.end <= guarded.edit.end ? prospectClause(text, s, guard) : undefined;
    if (kept) return { withheld: 'drops', detail: kept.keep ? text.slice(s.start, kept.edit.start) : kept.clause };
  }
  if (/\p{L}{2}/u.test(guarded.edit.replacement)) {
    // "…until we get a time in the diary" -> "…when should I check back?": the meeting the rep is after goes.
    const meeting = MEETING_ASK_RE.exec(text.slice(guarded.edit.start, guarded.edit.end));
    if (meeting && !/\b(?:call|meeting|time|diary|calendar|slot|date|chat)\b/i.test(guarded.edit.replacement)) return { withheld: 'drops', detail: meeting[0] };
  }
  // "…in return for [what they get]? I'd add a free month in return.": the template says the trade the next sentence says.
  const next = sentenceAfter(text, guarded.edit.end);
  // "…, and if it helps, whatever gets it over the line.": a cut that leaves an "if" clause with no main clause after it.
  const sentence = sentenceOf(text, guarded.edit);
  if (sentence.start <= guarded.edit.start && sentence.end >= guarded.edit.end) {
    const edited = editedSentence(text, sentence, guarded.edit);
    const removed = text.slice(guarded.edit.start, guarded.edit.end);
    // "I'd run four sessions for 12 people, and I wondered if you might like that?" -> "I'd run four sessions for 12
    // people?": the question mark belonged to the ask the cut took; the rep's question goes with it.
    if (guarded.edit.replacement === '' && /\?["')”’]*\s*$/.test(edited) && !QUESTION_OPENER_RE.test(edited.trimStart())) return { withheld: 'drops', detail: edited };
    // "If I don't hear from you, I'll take it to your director" -> "I'll take it to your director": a cut of the
    // condition makes the rest unconditional. Only a courtesy condition ("If it's no trouble, could you…") may go.
    const lead = text.slice(sentence.start, guarded.edit.end).trimStart();
    const cutsCondition = guarded.edit.start <= trimmedRange(text, sentence).start && LEADING_CONDITION_RE.test(lead);
    if (cutsCondition && !COURTESY_CONDITION_RE.test(lead)) return { withheld: 'not-english', detail: edited };
    // "Bring the start forward and I'll knock off another 10%" -> "Bring the start forward.": a command the rep's
    // promise answered, left bare.
    if (/^[\s,;]*and (?:I|we)(?:['’]ll| will)\b/i.test(removed) && guarded.edit.replacement === '' && startsWithCommand(edited)) return { withheld: 'not-english', detail: edited };
    // "I was hoping that it might perhaps be possible" -> "…that it be possible": the cut took the modal "be" needed.
    if (BARE_BE_RE.test(edited) && !BARE_BE_RE.test(text.slice(sentence.start, sentence.end))) return { withheld: 'not-english', detail: edited };
    if (DANGLING_IF_RE.test(edited) && !DANGLING_IF_RE.test(text.slice(sentence.start, sentence.end))) return { withheld: 'not-english', detail: edited };
    // "The van comes with a fresh MOT, so get back to me by Saturday": a cut that took the reason a "so" followed from.
    // (A cut aside, "if that's no trouble", was no reason: the "so" still follows from what stays.)
    if (guarded.edit.replacement === '' && guarded.edit.start > sentence.start && /^\s*[,;]?\s*so\b/i.test(text.slice(guarded.edit.end, sentence.end)) && /^[\s,;—–-]*(?:and |but )?(?:I|we|my|our|it|this|that)\b/i.test(removed)) {
      return { withheld: 'not-english', detail: edited };
    }
    // "Could you confirm by then?" once "before our year-end on the 31st" went: "then" names a time no longer there.
    if (THEN_POINTER_RE.test(edited) && TIME_WORD_RE.test(removed) && !TIME_WORD_RE.test(edited)) return { withheld: 'dangles', detail: edited };
    // "Please do tell me." once the "if…" it asked about went: an ask with nothing left to ask.
    if (BARE_ASK_RE.test(edited.trim()) && !BARE_ASK_RE.test(text.slice(sentence.start, sentence.end).trim())) return { withheld: 'dangles', detail: edited };
    // "The set can be ready by 20 May, and if it helps.": a cut that took the main clause an "and if…" led into.
    // "…£2,680 delivered, and because I'm a bit desperate.": the cut took the main clause the "because…" led into.
    const tail = DANGLING_CONDITION_TAIL_RE.exec(edited);
    const cutAt = text.slice(sentence.start, guarded.edit.start).trimStart().length;
    if (tail && (tail.index < cutAt || !DANGLING_CONDITION_TAIL_RE.test(text.slice(sentence.start, sentence.end).trim()))) return { withheld: 'not-english', detail: edited };
    // "I've attached the method statement, and off the record.": the cut took the clause an "and" aside led into.
    if (STUB_AFTER_LINK_RE.test(edited) && !STUB_AFTER_LINK_RE.test(text.slice(sentence.start, sentence.end).trim())) return { withheld: 'not-english', detail: edited };
    // "Once the samples are back in May, I'd love a quote for our brochure." -> "Once the samples are back in May.": a cut
    // that leaves a subordinate clause with no main clause.
    if (DANGLING_SUBORDINATE_RE.test(edited) && !DANGLING_SUBORDINATE_RE.test(text.slice(sentence.start, sentence.end).trim())) return { withheld: 'not-english', detail: edited };
    // "…on Friday at 4, or, honestly no stress": a cut that leaves a conjunction with nothing after it.
    if (DANGLING_LINK_RE.test(edited) && !DANGLING_LINK_RE.test(text.slice(sentence.start, sentence.end))) return { withheld: 'not-english', detail: edited };
    // "Send me the date whenever you get a chance and I'll hold space" -> "…the date I'll hold space": the cut took
    // the "and" that joined two clauses.
    if (deletedLink(removed, guarded.edit.replacement)) return { withheld: 'not-english', detail: edited };
    // The sentence as Apply leaves it is read again: a fault of the same category left in it ("The least I expect is
    // a yes or no", "…, but only if you sign today") means the edit did not fix it. (Another finding's fault in the
    // same sentence is that finding's to fix.)
    // For a model finding, even the model's less certain reading counts: its evidence is the sentence's, and a cut
    // it still half reads as the same fault ("I'd rather not have to escalate this to your chairman.") left it.
    const left = edited !== '' && !guard.otherFaults?.length ? guard.stillFaulty?.(edited) : false;
    if (left === 'sure' || (left && guard.evidence)) return { withheld: 'still-faulty', detail: edited };
    // "…at no cost, and in return we'd love your logo": a cut that takes the condition of an offer changes the offer.
    if (edited !== '' && !/\p{L}{2}/u.test(guarded.edit.replacement) && OFFER_TERM_RE.test(removed) && !OFFER_TERM_RE.test(edited)) return { withheld: 'drops', detail: removed.trim() };
  }
  if (next && TRADE_RE.test(guarded.edit.replacement) && TRADE_RE.test(next.text) && !TRADE_RE.test(text.slice(guarded.edit.start, guarded.edit.end))) return { withheld: 'not-english', detail: next.text };
  // "…, so a simple yes or no isn't much to ask": the answer the rep asks for goes with no other ask left, even
  // where the flagged words hold it. A removal never carries it over.
  if (!/\p{L}{2}/u.test(guarded.edit.replacement)) {
    const removedText = text.slice(guarded.edit.start, guarded.edit.end);
    const asked = ASK_NOUN_RE.exec(removedText) ?? MEETING_ASK_RE.exec(removedText);
    if (asked) return { withheld: 'drops', detail: asked[0] };
  }
  // "It's making me look bad." after the sentence naming what "it" was went: the pronoun points at nothing.
  const orphan = orphanedPronoun(text, guarded.edit);
  if (orphan) return { withheld: 'dangles', detail: orphan };
  // "Congratulations to you both, thank you.": a bare thanks stands only as a sentence of its own; put in place of a
  // clause after the rep's words it reads as a comma splice (reviewers failed 7 of 10 such edits).
  // A P.S. that only says "Thank you." thanks for nothing in particular: the P.S. goes instead.
  const psOnly = /^\s*P\.? ?S\.?:?\s*$/i.test(text.slice(text.lastIndexOf('\n', guarded.edit.start - 1) + 1, guarded.edit.start)) || /^\s*P\.? ?S\b/i.test(guarded.edit.replacement);
  // Nor before what is left of the sentence ("Thank you, it truly means a great deal."): the rest spoke of what it thanked for.
  const restAfter = /^\s*[,;—–-]\s*(?:it|that|this)\b/i.test(text.slice(guarded.edit.end, sentence.end));
  if (BARE_THANKS_RE.test(guarded.edit.replacement.replace(/^\s*P\.? ?S\.?:?\s*/i, '')) && (psOnly || restAfter || /\p{L}/u.test(text.slice(sentence.start, guarded.edit.start)))) return { withheld: 'not-english', detail: guarded.edit.replacement };
  // Only the shapes of edit that reviewers judged reliable are offered (rewrite-shape.ts).
  const shape = editShape(text, sentence, guarded.edit);
  // Half of an argument ("…, so you'd be the last holdout", "…, because my bonus depends on it") goes only where
  // nothing of the fault can be read in what is left ("The freight rates move on 1 March."): the other half is
  // usually the same appeal.
  const halfLeft = shape === 'reason' && Boolean(guard.stillFaulty?.(editedSentence(text, sentence, guarded.edit)));
  if (!shapeOffered(shape, guard.evidence !== undefined) || halfLeft) {
    // A model finding's cut, or half of a reason and its claim, becomes the whole sentence's removal where every check
    // lets that go ("I turned away two other buyers for you, so please don't let me down": both clauses are the
    // fault); otherwise nothing is offered.
    const whole = trimmedRange(text, sentence);
    const widens = guard.evidence !== undefined || shape === 'reason';
    const wider = filled === '' && widens && (unit.start !== whole.start || unit.end !== whole.end) ? guardEdit(text, whole, '', guard) : undefined;
    return wider && 'edit' in wider ? wider : { withheld: 'shape', detail: shape };
  }
  // Apply gives a sentence the rep could send. A template that still has a blank once filled from the rep's words put
  // a placeholder where the rep had named the offer, the product or the step in about half of the 131 such edits
  // reviewers judged ("[The offer] holds until [date]" for "the reception-area treatment free"): it is shown as the
  // sentence to write by hand instead (the finding's `example`), never applied.
  if (PLACEHOLDER_RE.test(guarded.edit.replacement)) return { withheld: 'blank', detail: guarded.edit.replacement };
  const faults = [guard.span, ...(guard.evidence ? [guard.evidence] : []), ...(guard.otherFaults ?? [])];
  // An edit never takes a clause that reads plainly clean with the fault: a template sentence in its place loses it too.
  const clean = guard.readsClean ? cleanClauseTaken(text, guarded.edit, faults, guard.readsClean) : undefined;
  return clean ? { withheld: 'drops', detail: clean } : guarded;
}

/** A sentence's range without the spaces around it. */
function trimmedRange(text: string, s: TextRange): TextRange {
  const body = text.slice(s.start, s.end);
  return { start: s.start + (body.length - body.trimStart().length), end: s.end - (body.length - body.trimEnd().length) };
}

/** A thanks and nothing else: "thank you", "Thanks for your time." */
const BARE_THANKS_RE = /^\s*(?:thank you|thanks)(?: (?:so much|very much|for your time))?[.!]?\s*$/i;

/** The rep's recommendation of a product, a quantity or a step: "you need to replace all six", "I'd recommend the 40 kW". */
const RECOMMENDATION_RE = /\byou (?:really |definitely |absolutely |simply |honestly )?need (?:to (?!think|decide|sleep|wait|hurry|act|move|stop|go ahead|sign|commit)\w+ (?:all|the|our|your|these|those|this|both|\d|one|two|three|four|five|six|seven|eight|nine|ten)|our \w|the \w+ (?:range|model|version|kit|system|package|plan|unit)|(?:all|both|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:of )?(?:these|them|units|bays|machines|\w+s)\b)|\bI(?:['’]d| would)? (?:recommend|suggest)\b|\bmy recommendation\b/i;

/** Template words that presume the prospect has not decided yet. */
const PRESUMES_UNDECIDED_RE = /\bif another (?:option|provider|supplier|vendor)\b|\bbefore you (?:decide|commit|sign|make (?:a|the|your) (?:call|decision))\b|\ban easy yes\b/i;
/** The draft says the prospect has decided, declined or chosen someone else. */
const HAS_DECIDED_RE = new RegExp(
  [
    // Whoever decided ("you", "your board", "the trust", "they"), and what they chose: another supplier, or not to go on.
    String.raw`\b(?:you|they|your \w+|the \w+)(?:['’]ve|['’]s|['’]re| have| has| are)?(?: already)? (?:gone|decided to go|chosen to go|opted to go|going) (?:with|ahead with) (?:another|a different|someone|an?other|the other)\b`,
    String.raw`\b(?:you|they|your \w+|the \w+)(?:['’]ve|['’]s| have| has)?(?: already)? (?:chose|chosen|picked|selected|went with|signed with|awarded (?:it|the \w+) to|decided on) (?:another|a different|someone else|an?other|the other|a competitor)\b`,
    String.raw`\b(?:you|they|your \w+|the \w+)(?:['’]ve|['’]s| have| has)? (?:decided|chosen) (?:not to|against)\b|\b(?:you|they|your \w+|the \w+)(?:['’]ve|['’]s| have| has) (?:declined|turned (?:us|it|this|me) down|passed on)\b`,
    // The rep accepting a no already given: "Totally understand, and thanks…", "I'll pop back in a year or so".
    String.raw`(?<!['’]ll |will |would |['’]d )\b(?:totally|completely|fully|quite) understand(?=[,.!;]| and\b)|\bI['’]ll (?:pop|check|come|reach|circle|get|drop) (?:back|in|you a line)(?: in| again| out)*(?: touch)? (?:in (?:a|the) (?:year|new year|spring|autumn|fall)|next (?:year|season|spring|autumn|fall))\b`,
  ].join('|'),
  'i',
);
/**
 * The rep's own ask to the prospect: a question put to them ("can you get the form back by Wednesday?") or the meeting
 * the rep is after ("until we get a time in the diary").
 */
const MEETING_ASK_RE = /\b(?:get|find|book|set up|lock in|pin down|put) (?:a|some) (?:time|date|slot|call|meeting)\b(?: (?:in the (?:diary|calendar)|booked|in))?/i;
const REP_ASK_RE = new RegExp(String.raw`\b(?:can|could|would|will) you\b[^.!?\n]*\?|${MEETING_ASK_RE.source}`, 'i');

/**
 * Whether an edit only deletes words and the words it deletes end on the "and"/"so"/"but" that joined a clause with its
 * own subject to a word before it ("…the date whenever you get a chance and I'll hold space" -> "…the date I'll hold").
 */
function deletedLink(old: string, now: string): boolean {
  let p = 0;
  while (p < now.length && old[p] === now[p]) p++;
  let q = 0;
  while (q < now.length - p && old[old.length - 1 - q] === now[now.length - 1 - q]) q++;
  if (p + q !== now.length || now.length >= old.length) return false;
  const cut = old.slice(p, old.length - q);
  const left = old.slice(0, p).trimEnd();
  const right = old.slice(old.length - q);
  return /\b(?:and|so|but)\s*$/i.test(cut) && /\p{L}$/u.test(left) && /^\s*(?:I|we|you|they|he|she)\b/.test(right);
}

const DANGLING_SUBORDINATE_RE = /^["'“‘(]*(?:once|although|even though|though|because|as soon as|now that)\b[^,;:—–?]*[.!]?["')”’]*$/i;
const DANGLING_LINK_RE = /\b(?:or|and|but|nor)\s*[,;:.!?]/i;
const BARE_ASK_RE = /^["'“‘(]*(?:please )?(?:do |just )?(?:tell me|let me know|say so|shout|say the word|get in touch)[.!…]*["')”’]*$/i;
const DANGLING_CONDITION_TAIL_RE = /,\s*(?:and|but|so|or) (?:if|when|once|as long as|unless|in case|because|since|as|although|though) [^,;:.!?]*[.!?…]*["')”’]*$/i;
/** A sentence closing on "and", "but" or "so" and a few words with no subject: "…, and off the record.", "…, and be warned." */
const STUB_AFTER_LINK_RE = /,\s*(?:and|but|so)\s+(?!(?:I|we|you|they|he|she|it|that|this|there|thanks|thank)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}[.!?…]*["')”’]*$/iu;
/** "by then", "until then": a pointer at a time named earlier in the sentence. */
const THEN_POINTER_RE = /\b(?:by|until|till|before|after|from) then\b/i;
const TIME_WORD_RE = /\b(?:\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|year[- ]end|month[- ]end|quarter[- ]end|end of (?:the )?(?:month|quarter|year|week)|tomorrow|tonight|next week|this week)\b/i;
const DANGLING_IF_RE = /\bif (?:it|that|this) (?:helps|works|suits)\s*,\s*(?:whatever|whichever|however|anything|so)\b/i;

const TRADE_RE = /\bin (?:return|exchange)\b/i;
/** An offer with its amount: "8% off", "£200 off", "free delivery", "three months free". */
const OFFER_AMOUNT_RE = /\d+(?:\.\d+)?\s?(?:%|percent)|[$€£]\s?\d[\d,.]*\s?(?:k\s)?off\b|\bfree\b|\bthrow in\b|\bdiscount\b/i;
/** Words that point back at an offer: "that discount", "this offer", "the saving". */
const OFFER_POINTER_RE = /\b(?:that|this|the|such a) (?:discount|offer|deal|saving|savings|reduction|concession|price cut)\b|\bno strings\b|\bno catch\b|\bwithout (?:any )?(?:conditions?|strings|obligation|catch)\b/i;
/** The term of an offer: what the rep asks for in return ("in return we'd love…", "in exchange for a review"). */
const OFFER_TERM_RE = /\bin (?:return|exchange),? (?:for|we|I|you|could|would)\b/i;

/** A sentence opened as a question: "Could I…", "Would you…", "Shall we…", "Is it…". */
const INVERTED_QUESTION_RE = /^["'“‘(]*(?:could|would|can|will|shall|may|do|does|did|is|are|have|has) (?:I|we|you|they|he|she|it|there)\b/i;

/** A sentence that opens as a question of any kind: inverted ("Could I…") or with a question word ("When…", "Any…"). */
const QUESTION_OPENER_RE = /^["'“‘(]*(?:what|when|where|which|who|whom|whose|why|how|is|are|was|were|do|does|did|have|has|had|any|anything|shall|should|could|would|can|will|may|might)\b/i;

/**
 * No doubled stop where a template meets the rep's punctuation: "…early access]?." and "…?," lose the second mark,
 * ".." becomes "." (an ellipsis stays), and a replacement ending in a stop takes the rep's stop right after it.
 */
/** Sentences that exclaim by nature: greetings, thanks, congratulations. */
const EXCLAIMING_OPENER_RE = /^["'“‘(]*(?:great|lovely|congratulations|congrats|thanks|thank you|welcome|good luck|happy|nice|wonderful|brilliant|fantastic|hi|hello|hey|morning|good morning)\b/i;

function tidyStops(text: string, edit: RewriteEdit): RewriteEdit {
  // "Would you, pass it round…" once the aside between the commas went: the question's verb follows its subject.
  let replacement = edit.replacement.replace(/([?!]["')”’\]]*)[.,]+(?!\.)/g, '$1').replace(/(?<!\.)\.\.(?!\.)/g, '.').replace(/\b((?:[Ww]ould|[Cc]ould|[Cc]an|[Ww]ill) (?:you|we|I|they)),\s+(?=\p{Ll})/u, '$1 ');
  let end = edit.end;
  if (/[.!?]["')”’\]]*$/.test(replacement) && /^[.!?,](?!\.)/.test(text.slice(end))) end += 1;
  // "Could I pop in on the 11th with the samples, and sorry again if I'm pushy!" -> "…with the samples?": once the
  // exclamation's clause goes, what is left is the question the sentence opened with.
  // "I've attached the spec sheet, and sorry this email is such an essay!" -> "…the spec sheet.": the exclamation was
  // the cut clause's; the statement left ends plainly.
  if (replacement === '' && /^!(?![!?])/.test(text.slice(end))) {
    const s = sentenceOf(text, edit);
    const kept = text.slice(s.start, edit.start).trimStart();
    if (INVERTED_QUESTION_RE.test(kept)) return { ...edit, end: end + 1, replacement: '?' };
    // (A greeting or thanks keeps its own: "Great to meet you at the show!")
    if (/\p{L}/u.test(kept) && !EXCLAIMING_OPENER_RE.test(kept)) return { ...edit, end: end + 1, replacement: '.' };
  }
  return replacement === edit.replacement && end === edit.end ? edit : { ...edit, end, replacement };
}

function guardEditUnchecked(text: string, unit: TextRange, given: string, guard: RewriteGuard): GuardedEdit {
  // A blank the unit's own words answer is filled with them ("until [date]" -> "until midnight").
  const filled = fillFromUnit(text, unit, given);
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
    // A removal whose rest still reads as the same fault, and whose whole sentence holds what the rep must keep:
    // neither cut fixes it (for a model finding, a template too).
    else if ((guard.evidence || filled === '') && !asks) return { withheld: 'still-faulty', detail: rest };
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
  if (plan.wholeSentence && filled === '') {
    // "We're a family roastery going back four generations, and we've won gold…": a clause outside the fault that
    // stands as a sentence of its own, naming something of the rep's, is content: a removal cuts only the faulty
    // clause, or is withheld.
    // "Our press would run your catalogues in a single day, and honestly it's the fastest in the county": a model
    // finding's evidence may cover what the rep offers the prospect; that clause stays and only the boast goes.
    if (guard.evidence) {
      const kept = prospectClause(text, plan.sentence, guard);
      if (kept && !kept.keep) return { withheld: 'drops', detail: kept.clause };
      if (kept?.keep) {
        const rest = editedSentence(text, plan.sentence, kept.edit);
        const left = guard.stillFaulty?.(rest);
        if (left === 'sure') return { withheld: 'still-faulty', detail: rest };
        // Otherwise the whole sentence goes instead, if the checks below let it: where the model still half reads the
        // kept clause as the fault ("I put off two other buyers for you"), or the kept clause closes on the removed
        // one's reason ("I'm sure you'll see why") and says nothing alone.
        if (!left && !leansOnPreviousClause(rest)) return { edit: finishEdit(text, plan.sentence, kept.edit, guard) };
      }
    }
    // "Lifejackets and wetsuits are all provided, and we could probably drop the fee…": a clause the analyser reads as
    // plainly clean is the rep's point too.
    const cleanFaults = [guard.span, ...(guard.evidence ? [guard.evidence] : []), ...(guard.otherFaults ?? [])];
    const content = contentClause(text, plan.sentence, guard) ?? (guard.readsClean ? cleanClauseTaken(text, plan.edit, cleanFaults, guard.readsClean) : undefined);
    if (content) {
      const narrow = narrowRemoval(text, plan.sentence, guard);
      if (narrow) return { edit: finishEdit(text, plan.sentence, narrow, guard) };
      return { withheld: 'drops', detail: content };
    }
    // "This is the fourth time I've written about the conveyor sensors, …": the email's only mention of what it is
    // about stays; a narrower cut that keeps it, or nothing.
    const faults = [guard.span, ...(guard.evidence ? [guard.evidence] : []), ...(guard.otherFaults ?? [])];
    const topic = topicOnlyHere(text, plan.sentence, faults);
    if (topic) {
      const narrow = narrowRemoval(text, plan.sentence, guard);
      if (narrow && (narrow.end <= topic.start || narrow.start >= topic.end)) return { edit: finishEdit(text, plan.sentence, narrow, guard) };
      return { withheld: 'drops', detail: topic.text };
    }
  }
  if (plan.wholeSentence && isSignOffLine(text, plan.sentence)) {
    // "Yours most gratefully," over the rep's name: removing it leaves the letter without a close. The rep writes it.
    return { withheld: 'dangles', detail: text.slice(plan.sentence.start, plan.sentence.end) };
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
    // "…come Friday, that discount is off the table" after the 8% went: "that discount" points at an offer no longer
    // made (unless an earlier one is still there).
    const removed = text.slice(plan.edit.start, plan.edit.end);
    if (OFFER_AMOUNT_RE.test(removed) && !OFFER_AMOUNT_RE.test(plan.edit.replacement)) {
      const paragraphStart = text.lastIndexOf('\n\n', plan.edit.start) + 1;
      const later = sentencesFrom(text, plan.edit.end, 2).map((x) => x.text).join(' ') + text.slice(plan.edit.end, plan.sentence.end);
      const pointer = OFFER_POINTER_RE.exec(later);
      if (pointer && !OFFER_AMOUNT_RE.test(text.slice(paragraphStart, plan.edit.start))) return { withheld: 'dangles', detail: pointer[0] };
    }
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
  if (replaced && firstOfEmail(text, plan.sentence.start) && /\b(?:this|the timing)\b/i.test(plan.edit.replacement)) {
    // "If the timing is off, tell me what would make this a priority." as the email's first sentence: nothing has been
    // offered yet for "this" or "the timing" to name.
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
  if (template && replaced && PLACEHOLDER_RE.test(plan.edit.replacement) && plan.edit.start <= plan.sentence.start && plan.edit.end >= plan.sentence.end) {
    // "I've held a crew for you on the 4th, as I'm turning other jobs away": a template sentence in place of one that
    // holds a clause of the rep's own outside the fault would put blanks where the rep named things: withheld.
    // (A clause naming one thing, "the numbers speak for themselves", is the pressure's own aside.)
    const content = contentClause(text, plan.sentence, guard);
    if (content && concreteNouns(text, plan.sentence.start, content).length >= 2) return { withheld: 'drops', detail: content };
  }
  if (template && replaced) {
    // A template sentence in place of the rep's keeps every day, date, time, number and name the rep wrote there
    // ("Friday afternoon" -> "[a day]", "the 20th" -> "[the date]", "Monday the 9th"): otherwise it is withheld.
    const named = PLACEHOLDER_RE.test(plan.edit.replacement) ? namedDetails(text, plan.edit).filter((d) => !plan.edit.replacement.toLowerCase().includes(d.toLowerCase())) : [];
    if (named.length) return { withheld: 'drops', detail: named.join(', ') };
    // "holds until [date]" where the rep named more than one time, or one the blank cannot take.
    const time = blanksNamedTime(text, unit, plan.edit.replacement);
    if (time) return { withheld: 'drops', detail: time };
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

/** Whether `start` opens the email's body, right after its greeting line ("Dear Mrs Penfold,"). */
function firstOfEmail(text: string, start: number): boolean {
  return /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^.!?\n]*,?$/i.test(text.slice(0, start).trim());
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

/** A sign-off: a short line ending in a comma, alone on its line, with the rep's name on the next line. */
function isSignOffLine(text: string, s: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  if (lineEnd < 0 || text.slice(lineStart, s.start).trim() !== '' || text.slice(s.end, lineEnd).trim() !== '') return false;
  const line = text.slice(lineStart, lineEnd).trim();
  const next = text.slice(lineEnd + 1).split('\n', 1)[0]!.trim();
  return /,$/.test(line) && line.split(/\s+/).length <= 10 && next !== '' && next.split(/\s+/).length <= 5 && !/[.!?]$/.test(next);
}
