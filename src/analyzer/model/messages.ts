/**
 * What a rep reads on a model finding, per category. The model knows that a sentence carries the fault, not which
 * rule's idea, so the words stay at the level of the category. The first rewrite removes the clause that carries the
 * evidence (the whole sentence when it has one clause): a line the model flags is most often pressure, a boast or an
 * apology, and removing just that clause keeps whatever else the sentence says. The second, offered only when the
 * clause is the whole sentence, replaces it with one built from placeholders, for when the line carried an ask
 * (nothing is invented). Either is withheld where it would drop the rep's figure, date, name, request or question
 * (src/analyzer/keep-point.ts).
 */
import type { Category } from '../types';
import type { ProtectKind } from '../keep-point';

/**
 * Every kind of keep-point.ts's PROTECT_KINDS, written here so the model's code does not import keep-point's, which
 * brings compromise with it (the model's share of the bundle is measured without it: npm run bench). The type below
 * fails to compile if a kind is added there and not here.
 */
const PROTECT_ALL = ['figure', 'date', 'name', 'request', 'question'] as const satisfies readonly ProtectKind[];
const everyKind: ProtectKind extends (typeof PROTECT_ALL)[number] ? true : never = true;
void everyKind;

export interface ModelMessage {
  message: string;
  why: string;
  /** Best first: "" removes the flagged clause; the others replace a one-clause sentence. */
  rewrites: string[];
  /** What a rewrite must keep outside the flagged words (see src/analyzer/keep-point.ts). */
  protect: readonly ProtectKind[];
}

export const MODEL_MESSAGES: Record<Category, ModelMessage> = {
  hard_close: {
    message: 'This line pushes the prospect to act instead of giving them a reason to.',
    why: 'Pressure makes a prospect defend their right to wait; a reason tied to their own goal moves them without a fight.',
    protect: PROTECT_ALL,
    rewrites: ['', 'Would [a next step they can choose] help with [the problem they described]?'],
  },
  self_serving: {
    message: 'This line is about you, not about what the prospect gets.',
    why: 'Prospects buy for their own reasons; your needs, pride or product in their place make them wonder whose interest you serve.',
    protect: PROTECT_ALL,
    rewrites: ['', 'For [their team], this means [the result they care about].'],
  },
  timidity: {
    message: 'This line asks for permission instead of bringing something useful.',
    why: 'Apologies and hedges make you sound like an order-taker; confidence that you can help is what earns the next step.',
    protect: PROTECT_ALL,
    rewrites: ['', 'Could we take [a time] on [a day] to look at [their goal]?'],
  },
};

/**
 * A price or terms given away in the sentence: "knock 10% off", "do them at cost", "the first month for nothing",
 * "remove the tooling fee", "whatever you think is fair". Timidity there is caving on price, not asking permission.
 */
const CONCESSION_RE =
  /\b\d+(?:\.\d+)?\s?(?:%|percent)\s+off\b|\b(?:knock|knocking|shave|shaving|take|taking|lop)\b[^.!?]{0,30}\boff\b|\b(?:knock|bring|get)\b[^.!?]{0,25}\b(?:price|fee|rate|cost|quote)s?\s+down\b|\b(?:at|for) cost\b|\bfor (?:nothing|free)\b|\bfree of charge\b|\b(?:waive|waiving|remove|removing|drop|dropping|scrap|scrapping)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:fee|fees|charge|charges)\b|\b(?:lower|reduce|cut|drop|shave|halve|waive)\s+(?:the|our|my|your)\s+(?:[\w-]+\s+)?(?:price|fee|rate|cost|quote|charge|bill)\b|\bdiscount\b|\b(?:special|better|best|lower|cheaper) (?:price|rate|deal) for you\b|\bmake (?:a )?special price\b|\bwhatever you (?:think is fair|can (?:afford|manage)|see fit)\b|\b(?:match|beat) (?:their|whatever|your current|the other)\b/i;

export const CONCESSION_MESSAGE: ModelMessage = {
  message: 'This line gives ground on price that nobody asked for, which tells the prospect your price was padded.',
  why: 'A price cut offered before they ask, or for nothing in return, invites them to ask for more; hold the price and show what it buys them.',
  protect: PROTECT_ALL,
  rewrites: ['', 'The price stands; here is what it covers for [their team]: [the result they care about].'],
};

/** What the rep reads on a model finding of `category` in `sentence`: the category's words, or the concession's. */
export function modelMessageFor(category: Category, sentence: string): ModelMessage {
  return category === 'timidity' && CONCESSION_RE.test(sentence) ? CONCESSION_MESSAGE : MODEL_MESSAGES[category];
}

