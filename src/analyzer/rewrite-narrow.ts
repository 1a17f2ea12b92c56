/**
 * Narrower and finishing edits: only the deadline of a condition, only the clause the fault is in, a scarcity tail
 * that goes too, a demand put as the plain ask, the rep's wish put as what the prospect would get.
 */
import { countWords, normalizeForAnalysis, type Sentence } from './text';
import { plainAsk } from './plain-ask';
import { droppedItems, isCompleteSentence, leansOnPreviousClause } from './keep-point';
import { scheduledDrops } from './rewrite-details';
import type { RewriteGuard } from './rewrite-guard';
import { badJoin } from './rewrite-joins';
import { clauseRemoval } from './rewrite-plan';
import { pointsAtRemoved } from './rewrite-pointers';
import { editedSentence, sentenceOf } from './rewrite-sentences';
import { type RewriteEdit, type TextRange, clauseBoundaries, trimmedBounds } from './rewrite-unit';

const DEADLINE_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

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
export function deadlineOnly(text: string, unit: TextRange, guard: RewriteGuard): RewriteEdit | undefined {
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
export function finishEdit(text: string, s: Sentence, edit: RewriteEdit, guard: RewriteGuard): RewriteEdit {
  return abbreviationStop(text, questionStop(text, s, statementStop(text, s, wishOffered(text, s, demandAsked(text, s, withoutScarcity(text, s, withoutFillerTail(text, s, edit), guard), guard), guard))));
}

/** A cut between an abbreviation's point and the sentence's own ("before 7 a.m.[, and we're number one]."): one point. */
function abbreviationStop(text: string, edit: RewriteEdit): RewriteEdit {
  return edit.replacement === '' && text[edit.start - 1] === '.' && text[edit.end] === '.' ? { ...edit, end: edit.end + 1 } : edit;
}

/** What opens a question: an auxiliary or a question word ("Would…", "Is there…", "What…", "Any chance…"). */
const QUESTION_OPENER_RE = /^["'“‘(]*(?:(?:so|and|but|also|then|now|ok|okay),? )?(?:would|could|can|will|do|does|did|is|are|was|were|have|has|had|shall|should|may|might|must|what|when|where|who|whom|whose|why|how|which|any chance|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|haven['’]t|hasn['’]t|shouldn['’]t|am I|fancy|happy to|want to|keen to|free)\b/i;

/** Words that ask: the question a cut may take with it. */
const ASKING_RE = /\b(?:any chance|would you|could you|can you|will you|do you|did you|are you|is there|how about|what about|why not|mind if|would it|could we|can we|shall we|shall I)\b/i;

/**
 * A cut that took the question out of a sentence leaves a statement: its "?" becomes "." ("The stage plot PDF is
 * attached, and any chance you'd put our logo on your partner page?" -> "The stage plot PDF is attached.").
 */
function statementStop(text: string, s: Sentence, edit: RewriteEdit): RewriteEdit {
  if (edit.replacement !== '' || edit.start <= s.start || edit.end > s.end) return edit;
  const stop = /^\?["')”’]*\s*$/.exec(text.slice(edit.end, s.end));
  if (!stop) return edit;
  // Only where the cut took the question ("any chance you'd…", "would you…"): "I could bring it Saturday at 9?" stays.
  if (!ASKING_RE.test(text.slice(edit.start, edit.end))) return edit;
  const left = text.slice(s.start, edit.start).trim();
  if (QUESTION_OPENER_RE.test(left) || /,\s*(?:would|could|can|will|do|did|is|are|have) (?:you|we|I|they)\b/i.test(left) || /,\s*(?:right|yes|no|ok|okay)$/i.test(left)) return edit;
  return { start: edit.start, end: edit.end + 1, replacement: '.' };
}

/** An auxiliary and its subject opening a sentence: "Would Monday at 3 work…", "Could you send…", "Is the 4th free…". */
const ASKED_QUESTION_RE = /^["'“‘(]*(?:[Ww]ould|[Cc]ould|[Cc]an|[Ww]ill|[Dd]oes|[Dd]o|[Dd]id|[Ii]s|[Aa]re|[Ss]hall|[Ss]hould|[Mm]ay|[Mm]ight)\s+(?:you|we|I|they|it|there|that|this|the|your|our|\p{Lu}\p{L}*|\d)\b/u;

/**
 * The converse: a cut that took the release off a question leaves the question ("Would Monday at 3 work for a call,
 * but no worries if not!" -> "Would Monday at 3 work for a call?"), so it closes on "?", not on the release's "." or "!".
 */
function questionStop(text: string, s: Sentence, edit: RewriteEdit): RewriteEdit {
  if (edit.start <= s.start || ASKING_RE.test(text.slice(edit.start, edit.end))) return edit;
  const left = text.slice(s.start, edit.start);
  if (left.includes('?') || !ASKED_QUESTION_RE.test(left.trim())) return edit;
  if (!/[.!]+["')”’]*\s*$/.test(editedSentence(text, s, edit))) return edit;
  // The stop is in the replacement or in the text after the edit: rewrite whichever holds it.
  const tail = text.slice(edit.end, s.end);
  const inTail = /[.!]+["')”’]*\s*$/.exec(tail);
  if (inTail) return { start: edit.start, end: edit.end + inTail.index + inTail[0].length, replacement: edit.replacement + tail.slice(0, inTail.index) + '?' + inTail[0].replace(/^[.!]+/, '') };
  return { ...edit, replacement: edit.replacement.replace(/[.!]+(["')”’]*\s*)$/, '?$1') };
}

/**
 * A filler that commented on the removed clause and closes the sentence right after it: ", of course", ", honestly",
 * ", I really am". Left alone it dangles ("…all 22 students, of course."), so it goes too.
 */
const FILLER_TAIL_RE = /^\s*[,;—–-]\s*(?:of course|honestly|truly|really|naturally|obviously|mind(?: you)?|though|I (?:really |truly )?(?:am|do|mean it|did try|did my best|tried)|I promise|promise|seriously|believe me|trust me)\s*(?=[.!?…]*["')”’]*\s*$)/i;

function withoutFillerTail(text: string, s: Sentence, edit: RewriteEdit): RewriteEdit {
  if (edit.replacement !== '' || edit.start <= s.start || edit.end >= s.end) return edit;
  const tail = FILLER_TAIL_RE.exec(text.slice(edit.end, s.end));
  return tail ? { ...edit, end: edit.end + tail[0].length } : edit;
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
export function withoutScarcity(text: string, s: Sentence, edit: RewriteEdit, guard: RewriteGuard): RewriteEdit {
  if (edit.start < s.start || edit.end > s.end) return edit;
  const rest = editedSentence(text, s, edit);
  const tail = SCARCITY_TAIL_RE.exec(rest);
  if (!tail) return edit;
  const kept = (rest.slice(0, tail.index) + rest.slice(tail.index + tail[0].length)).trim();
  if (!isCompleteSentence(kept) || guard.stillFaulty?.(kept) === 'sure') return edit;
  const bounds = trimmedBounds(text.slice(s.start, s.end));
  return { start: s.start + bounds.start, end: s.start + bounds.end, replacement: kept };
}

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
export function narrowRemoval(text: string, s: Sentence, guard: RewriteGuard): RewriteEdit | undefined {
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
  // A neighbouring clause that says the same fault in words no rule flags alone ("I do not want to disturb you") goes
  // with it too.
  const flagged = (a: number, b: number) => (guard.otherFaults ?? []).some((f) => f.start - s.start < b && a < f.end - s.start) || guard.stillFaulty?.(sentence.slice(a, b).trim()) === 'sure';
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
