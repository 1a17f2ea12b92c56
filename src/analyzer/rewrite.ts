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
 *   offer instead of a placeholder; `{platform}`: the review site it names ("Google", "Clutch"); `{theirs}`: the
 *   prospect's thing the unit opens with as its subject ("your vineyard" in "Your vineyard needs these fans"). A
 *   template using any of them is left out where the unit names none.
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
 *
 * Where each job lives (this file re-exports what others use, and applies and previews a finding's rewrite):
 * - rewrite-unit.ts: clause boundaries and the unit around a span.
 * - rewrite-slots.ts: filling templates (slots, left-out templates, capitals, final punctuation).
 * - rewrite-plan.ts: the edit a filled template makes (clause or sentence removal, replacement, plain ask).
 * - rewrite-guard.ts: guardEdit, the checks in order, and literalRewrites.
 * - rewrite-narrow.ts: narrower edits (the clause the fault is in, a condition's deadline) and finishing touches.
 * - rewrite-details.ts: the rep's details a removal or a template sentence must not lose.
 * - rewrite-joins.ts: whether a sentence still reads after an edit inside it.
 * - rewrite-shape.ts: which shapes of edit Apply offers (reviewers' verdicts by shape), and clean clauses an edit must keep.
 * - rewrite-pointers.ts: what the surrounding text says about what an edit removes (pointers, dependents).
 * - rewrite-sentences.ts: the sentence look-ups and word helpers they share.
 */
import type { Finding } from './types';
import { sentenceOf } from './rewrite-sentences';
import type { RewriteEdit } from './rewrite-unit';

export { clauseBoundaries, extendNameRun, findingSpanEnd, replaceUnit, type ReplaceScope, type RewriteEdit, type TextRange } from './rewrite-unit';
export { exampleSentence, fillRewrite, fillTemplates, fitRewrite, rewriteContext, SLOT_NAMES, unknownSlots, type RewriteContext } from './rewrite-slots';
export { rememberSentences } from './rewrite-sentences';
export { templateEdit } from './rewrite-plan';
export { guardEdit, literalRewrites, type GuardedEdit, type RewriteGuard } from './rewrite-guard';

/** The edit that applies one of a finding's rewrites: its `replace` range, replaced by the rewrite as it stands. */
export function rewriteEdit(_text: string, finding: Pick<Finding, 'replace'>, rewrite: string): RewriteEdit {
  return { start: finding.replace.start, end: finding.replace.end, replacement: rewrite };
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
