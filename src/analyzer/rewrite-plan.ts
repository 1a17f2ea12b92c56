/**
 * The edit a filled template makes on the text: the unit replaced, or removed with its joining punctuation (a whole
 * sentence with its space, its line, a "P.S." or a lead-in), or the sentence put as its plain ask.
 */
import { countWords, normalizeForAnalysis, type Sentence } from './text';
import { plainAsk } from './plain-ask';
import { isCompleteSentence, isLeadIn, leansOnPreviousClause } from './keep-point';
import type { RewriteGuard } from './rewrite-guard';
import { editedSentence, sentenceOf, sentencesOf } from './rewrite-sentences';
import { FINAL_RE, LEADING_LINK_RE, type RewriteEdit, type TextRange, clauseBoundaries, trimmedBounds } from './rewrite-unit';

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

export function planEdit(text: string, unit: TextRange, filled: string): PlannedEdit {
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
  if (opened || countWords(left) <= 1 || !isCompleteSentence(left) || BARE_THANKS_LEFT_RE.test(left)) return { edit: sentenceRemoval(text, s), sentence: s, wholeSentence: true };
  return { edit, sentence: s, wholeSentence: false };
}

/** A thanks with what it thanked for cut ("P.S. Thank you."): it thanks for nothing, so the sentence goes. */
const BARE_THANKS_LEFT_RE = /^\s*(?:P\.? ?S\.?:?\s*)?(?:thank you|thanks|many thanks)(?: (?:so|very) much| again)?[.!]?\s*$/i;

/** The sentence `s` replaced by the plain ask in `sentence`, if it has one that no longer carries the fault. */
export function askPlan(text: string, s: Sentence, sentence: string, guard: RewriteGuard): PlannedEdit | undefined {
  const ask = plainAsk(sentence);
  // The model's less certain reading of a plain question ("Have you had a moment to look at the drawings?") is no
  // reason to drop the rep's ask with the hedges.
  if (!ask || guard.stillFaulty?.(ask) === 'sure') return undefined;
  const original = normalizeForAnalysis(text.slice(s.start, s.end));
  const bounds = trimmedBounds(original);
  return { edit: { start: s.start + bounds.start, end: s.start + bounds.end, replacement: ask }, sentence: s, wholeSentence: false, replacesSentence: true };
}

/** A "P.S." (or "P.P.S.") with nothing after it on its line, once the sentence after it is gone; tested on that last line only. */
const PS_LINE_RE = /^([ \t]*P\.? ?(?:P\.? ?)?S\.?:?[ \t]*)$/i;

/**
 * A whole sentence goes with one adjoining space: the one after it, else the one before it; with the "P.S." that
 * introduced it, which would otherwise stand alone; and with a lead-in sentence just before it ("I have to be
 * honest."), which would otherwise introduce the next sentence instead.
 */
export function sentenceRemoval(text: string, s: TextRange): RewriteEdit {
  const ps = PS_LINE_RE.exec(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start));
  if (ps && /^[ \t]*(?:\n|$)/.test(text.slice(s.end))) {
    // The "P.S." line goes whole, with its line breaks, as a sentence alone on its line does.
    const start = s.start - ps[1]!.length;
    return lineAround(text, { start, end: s.end }) ?? { start, end: s.end, replacement: '' };
  }
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

/** A modal or "am" opening a conjunct with no subject of its own ("…, and would welcome the chance"), not a question. */
const SUBJECT_SHARING_RE = /^(?:would|will|can|could|shall|should|must|may|might|am)\s+(?!(?:you|your|we|our|I|my|they|their|it|its|there|the|this|that|these|those|he|she|his|her|a|an|any|anyone|someone|everyone)\b)\p{Ll}[^?]*$/u;

export function clauseRemoval(text: string, s: TextRange, sentence: string, us: number, ue: number, bounds: TextRange, boundaries: TextRange[]): RewriteEdit {
  if (us <= bounds.start) {
    const next = boundaries.find((b) => b.start >= ue);
    let k = next ? next.end : ue;
    k += LEADING_LINK_RE.exec(sentence.slice(k))?.[0].length ?? 0;
    const c = sentence.charAt(k);
    // "I apologise for the length, and would welcome…": the second conjunct shared the cut one's subject; it keeps it.
    const subject = /^(I|We)\s/.exec(sentence.slice(us));
    if (subject && SUBJECT_SHARING_RE.test(sentence.slice(k))) return { start: s.start + us, end: s.start + k, replacement: `${subject[1]} ` };
    if (/\p{Ll}/u.test(c)) return { start: s.start + us, end: s.start + k + 1, replacement: text.charAt(s.start + k).toUpperCase() };
    return { start: s.start + us, end: s.start + k, replacement: '' };
  }
  const prev = [...boundaries].reverse().find((b) => b.end <= us);
  let from = prev ? prev.start : us;
  // "…, and I'll be straight, I need two more deals" -> "…." with the lead-in: it introduced what went.
  const leadIn = /[,;]\s*(?:(?:and|but|so)\s+)?([^,;]+)$/.exec(sentence.slice(0, from));
  if (leadIn && isLeadIn(leadIn[1]!)) from = leadIn.index;
  const final = ue >= bounds.end ? (FINAL_RE.exec(sentence.slice(0, ue))?.[0] ?? '') : '';
  return { start: s.start + from, end: s.start + ue - final.length, replacement: '' };
}
