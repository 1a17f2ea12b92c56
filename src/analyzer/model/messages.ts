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
