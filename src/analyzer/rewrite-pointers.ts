/**
 * What the text around an edit says about what it removes: a later sentence or pronoun pointing at it, a little
 * comment or an "also"/"too" that depends on it, a question about it, a thank-you sign-off after it.
 */
import nlp from 'compromise/two';
import { countWords } from './text';
import { protectedItems } from './keep-point';
import { POINTER_STOP, nounsOf, occursBefore, pluralsOf, sentenceAfter, sentenceOf, sentencesFrom, stem } from './rewrite-sentences';
import type { RewriteEdit } from './rewrite-unit';

/**
 * Whether the sentence after an edit says "them" (or opens on "they"/"their") with the only people or things it could mean
 * named in the words the edit takes away ("…with our underwriters…" removed, then "I'd hate to let them down"): a
 * plural noun removed, not kept by the replacement, not named earlier in the text, and none of its own before the
 * pronoun.
 */
export function losesAntecedent(text: string, edit: RewriteEdit, next: string): boolean {
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
export function orphanedPronoun(text: string, edit: RewriteEdit): string | undefined {
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

/** A sentence that adds to the one before it by pointing at it. */
export const ON_TOP_OF_THAT_RE = /\b(?:on top of|in addition to|besides|as well as|apart from|along with) (?:that|this|those|these)\b/i;

/** A little sentence that only comments on the one before it ("I hope that's okay!", "Sorry about that."). */
const COMMENT_RE = /^["'“‘(]*(?:(?:I )?hope (?:that|this|it)(?:['’]s| is| was)? (?:ok|okay|alright|all right|fine|helpful|useful|clear|not too much|works)|(?:I )?hope (?:that|this) helps|(?:sorry|apologies) (?:about|for) (?:that|this)|(?:that|this)(?:['’]s| is) (?:all|it)|(?:I )?hope you (?:don['’]t|do not) mind|(?:I['’]m |we['’]re )?still (?:waiting|nothing|no word|no reply|no response|hearing nothing))\b[^.!?]*[.!?…]*["')”’]*$/i;

/** A short sentence that comments on the one before it through "that"/"this" ("Sorry, I realize that's on me!"). */
export const SHORT_COMMENT_RE = /^["'“‘(]*(?:(?:sorry|apologies|honestly|I know|I realize|I realise|I get it|I understand)\b[^.!?]{0,20}?\b(?:that|this)(?:['’]s| is| was)\b|(?:that|this)(?:['’]s| is| was) (?:on me|my fault|my problem|not your problem|a lot|asking a lot|probably too much))/i;

/** A sentence opening with a comment on the one before it: "I hope that doesn't sound…", "Sorry if this comes across…". */
const POINTING_COMMENT_RE = /^["'“‘(]*(?:(?:I )?(?:do |really |just )?hope|sorry if|apologies if|forgive me if)\s+(?:that|this|it)(?:['’]s| is| was| doesn['’]t| does not| didn['’]t| did not| won['’]t| will not| isn['’]t| wasn['’]t| sounds?| came| comes| reads?| seems?| might| may| came across| comes across)\b/i;

/** "We'd also…", "She has also…", "Also, …": where the "also" sits in a sentence's opening words, with its space. */
const OPENING_ALSO_RE = /^(["'“‘(]*(?:[\p{L}'’]+ ){1,3}?)also (?=\p{L})|^(["'“‘(]*)also,? (?=\p{L})/iu;

/**
 * A whole-sentence removal widened to what depends on the removed sentence in the same paragraph: a little comment
 * after it ("I hope that's okay!") goes with it, and an "also" or closing "too" in the sentence after it goes. The
 * widened edit, the edit unchanged, or undefined when the next sentence is a question about it ("Does that work?")
 * and cannot go.
 */
export function takeDependents(text: string, edit: RewriteEdit): RewriteEdit | undefined {
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
  // "I hope that doesn't come across as showing off, and…": a longer sentence that opens by commenting on the removed
  // one would comment on nothing, and holds more than a comment: the removal is withheld.
  if (POINTING_COMMENT_RE.test(next.text.trim())) return undefined;
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
export function thanksSignOffFollows(text: string, from: number): boolean {
  const after = text.slice(from);
  const sameLine = /^[^\n]*/.exec(after)![0];
  if (sameLine.trim() !== '') return false;
  const next = /^\s*([^\n]*)/.exec(after.slice(sameLine.length))?.[1] ?? '';
  return /^(?:thanks|thank you|many thanks|with thanks|thanks again|thanks so much)\b[^.!?]{0,20}[,!]?\s*$/i.test(next.trim());
}

/** Words that point at a date said before them. */
const THEN_POINTER_RE = /\b(?:by|until|till|before|after) then\b|\bby that (?:date|day|point|time)\b|\bon that (?:date|day)\b|\bthat deadline\b/i;

/** "In return" or "in exchange" with nothing after it: the trade points at an ask said before it. */
const TRADE_POINTER_RE = /\bin (?:return|exchange)(?! for\b)/i;
/** An ask of the prospect: a question to them, "any chance", "would you", "could you". */
const ASKED_RE = /\?|\bany chance\b|\b(?:could|would|can|will) you\b/i;

export function pointsAtRemoved(text: string, edit: RewriteEdit): string | undefined {
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
  // "I'd add two free months in return." after the ask it traded for went.
  const traded = paragraph.find((s) => TRADE_POINTER_RE.test(s.text));
  if (traded && ASKED_RE.test(removed) && !ASKED_RE.test(edit.replacement)) return traded.text;
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

/** Whether the sentence at `start` opens its paragraph: nothing but a greeting line ("Hi Sam,") before it. */
export function opensParagraph(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const paragraph = before.slice(Math.max(0, before.lastIndexOf('\n\n') + 1)).trim();
  return paragraph === '' || /^[^.!?\n]*,$/.test(paragraph);
}
