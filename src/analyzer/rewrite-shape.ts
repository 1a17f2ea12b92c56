/**
 * Which edits Apply offers, by where they sit in the sentence, and the clauses a removal must not take.
 *
 * Reviewers who did not write the rules judged 540 applied rewrites on sentences the rules were not written from
 * (fluent, fault fixed, the rep's point kept). By where the edit sat: a rule's cut inside a sentence, with the rep's
 * words on both sides of it, read right in 6 of 27 (it leaves a fragment or a splice the checks cannot all foresee),
 * against about three in four for a rule's whole sentence, lead-in ("Sorry to chase you again, but…") or last clause.
 * A model finding's span is where its evidence sits, not a fault written to be deleted: its whole-sentence edits read
 * right in 50 of 58, its cuts in 47 of 90. So Apply offers a rule's edit unless it cuts inside the sentence, and a
 * model finding's only when it takes the whole sentence; other findings keep their highlight and advice, without a
 * button that might break the sentence. And a removal never takes a clause the analyser reads as plainly clean that
 * carries something of its own ("Lifejackets and wetsuits are all provided, and we could probably drop the fee…"):
 * that is the rep's point.
 */
import { leansOnPreviousClause } from './keep-point';
import type { RewriteEdit, TextRange } from './rewrite-unit';

export type EditShape = 'sentence' | 'last-clause' | 'first-clause' | 'reason' | 'deadline' | 'aside' | 'inner';

const LETTER_RE = /[\p{L}\p{N}]/u;
/** A deadline phrase alone: "by Friday", "before the 30th", "no later than noon". */
/** A bracketed aside and the space before it. */
const ASIDE_RE = /^\s*\([^()]*\)\s*$/;
const DEADLINE_PHRASE_RE = /^\s*(?:by|before|until|till|no later than)\s+[^,;:.!?\n]{1,30}$/i;
/**
 * A last clause that gives the reason for the rest, or a first clause the rest follows from: "…, because my boss
 * wants it on this month's figures", "I've spent two weekends on this, so…". Not "as you asked", "so much".
 */
const REASON_OPENS_RE = /^[\s,;]*(?:because|since|so(?! much| very| many| far| glad| sorry)|as(?! (?:you|we|discussed|agreed|requested|promised|mentioned|planned|usual|well|soon|of|a|the)\b))\b/i;

/** Where `edit` sits in `sentence`: the whole of it, its last clause, its first clause, or inside it. */
export function editShape(text: string, sentence: TextRange, edit: RewriteEdit): EditShape {
  // A first clause's removal re-capitalises the next word ("Frankly, w…" -> "W"): the rest of that word follows the edit.
  const before = LETTER_RE.test(text.slice(sentence.start, Math.max(sentence.start, edit.start)));
  const after = LETTER_RE.test(text.slice(edit.end, Math.max(edit.end, sentence.end)));
  if (!before && !after) return 'sentence';
  const cut = text.slice(edit.start, edit.end);
  // Half an argument: reviewers judged 11 of 32 such cuts right. The clause left is often the other half of the same
  // appeal ("I'd need you to commit this week" once "because I'm one signing from my bonus" goes; "I've poured my
  // heart into this plan for you" once "so I'd hate to see it wasted" goes), so the fault stays.
  if (edit.replacement.trim() === '' && before && !after && REASON_OPENS_RE.test(cut)) return 'reason';
  if (before && !after) return 'last-clause';
  if (!before) return 'first-clause';
  // "If you sign before the 30th, I'll include…" -> "If you sign, I'll include…": only the seller's deadline goes, a
  // phrase the sentence reads the same without.
  if (edit.replacement.trim() !== '') return 'inner';
  const removed = text.slice(edit.start, edit.end);
  if (DEADLINE_PHRASE_RE.test(removed)) return 'deadline';
  // "The heat pump (sorry again for going on about it) would halve…": a bracketed aside goes whole, its brackets with it.
  return ASIDE_RE.test(removed) ? 'aside' : 'inner';
}

/**
 * Whether Apply offers an edit of this shape: a rule's, unless it cuts a clause from inside the sentence (a deadline
 * phrase or a bracketed aside may go); a model finding's whole sentence.
 */
export function shapeOffered(shape: EditShape, modelFinding: boolean): boolean {
  return modelFinding ? shape === 'sentence' : shape !== 'inner';
}

/**
 * Clause openings inside a sentence: a comma or semicolon before a joining word, a semicolon, or "and/so/but" before
 * a subject of its own ("…, and we could probably drop the fee", "…; I'll circle back after harvest").
 */
const CLAUSE_SPLIT_RE = /[,;]\s*(?=(?:and|but|so|as|which|whether|while|because|since|with|though|although)\b)|;\s*|\s(?=(?:and|so|but) (?:I|we|you|it|they|the|our|your)\b)/gi;

/** Fewer words than this is an aside ("Fine,", "to be honest"), not a point of the rep's. */
const MIN_CONTENT_WORDS = 4;

/**
 * A clause of the words `edit` removes that lies outside every fault, has a few words of its own and reads as plainly
 * clean to the analyser (`readsClean`): the edit would take the rep's point with the fault. Undefined when none does.
 */
export function cleanClauseTaken(text: string, edit: RewriteEdit, faults: readonly TextRange[], readsClean: (clause: string) => boolean): string | undefined {
  const removed = text.slice(edit.start, edit.end);
  let from = 0;
  const cuts = [...removed.matchAll(CLAUSE_SPLIT_RE)].map((m) => m.index!).concat(removed.length);
  for (const to of cuts) {
    const start = edit.start + from;
    const end = edit.start + to;
    from = to;
    const clause = text.slice(start, end).replace(/^[\s,;]+|[\s,;]+$/g, '');
    if (!clause || (clause.match(/[\p{L}\p{N}'’]+/gu) ?? []).length < MIN_CONTENT_WORDS) continue;
    if (faults.some((f) => f.start < end && f.end > start)) continue;
    // "so I'm sure you'll see why" only closes on the clause before it, which goes too: no point of its own.
    if (start > edit.start && leansOnPreviousClause(clause.replace(/^(?:and|but|so)\s+/i, ''))) continue;
    if (readsClean(clause)) return clause;
  }
  return undefined;
}
