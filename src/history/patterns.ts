/**
 * The patterns the weekly summary counts: related rules grouped under one plain name a rep recognises, each with one
 * coaching tip. Rule ids stay internal: the rep reads only `label` and `tip`. A rule not listed here (a new rule, the
 * sentence model, one of the rep's own phrases) is counted under its category's general pattern.
 */
import type { Category } from '../analyzer/types';

export interface Pattern {
  /** Stable key for counting and for tests; never shown. */
  key: string;
  category: Category;
  /** What the rep reads, short and lower-case enough to sit in a sentence ("apologies: 9 last week, 3 this week"). */
  label: string;
  /** One coaching tip in plain words. */
  tip: string;
  /** Rule names (the part after `category/`) in this pattern. */
  rules: readonly string[];
}

export const PATTERNS: readonly Pattern[] = [
  // Order-taker timidity
  {
    key: 'apologies', category: 'timidity', label: 'Apologies',
    tip: 'Drop the apology and open with the reason you are writing: what you bring is worth their time.',
    rules: ['sorry-to-bother', 'apologies-again', 'sorry-for-following-up', 'sorry-for-the-hard-sell', 'sorry-for-the-length', 'feel-terrible'],
  },
  {
    key: 'checking-in', category: 'timidity', label: '"Just checking in"',
    tip: 'Give every follow-up something new: an insight, a figure or a question about their goal.',
    rules: ['just-checking-in', 'just-wanted-to-touch-base', 'popping-into-your-inbox', 'just-wondering'],
  },
  {
    key: 'hedges', category: 'timidity', label: 'Hedging',
    tip: 'Say it once, plainly. One "I think" is enough; a pile of maybes reads as doubt in your own offer.',
    rules: ['doubled-hedge', 'stacked-hedges', 'hedged-permission-ask', 'hope-this-is-okay', 'wanted-your-blessing', 'if-not-too-much-trouble'],
  },
  {
    key: 'their-time', category: 'timidity', label: 'Apologising for their time',
    tip: 'Respect their time by being brief and specific, not by saying you are taking it.',
    rules: ['i-know-youre-busy', 'taking-up-your-time', 'whenever-you-get-a-chance', 'dont-want-to-be-a-pest'],
  },
  {
    key: 'off-the-hook', category: 'timidity', label: 'Letting them off the hook',
    tip: 'Ask for a clear next step with a date. "No worries if not" invites a no before they have read your point.',
    rules: ['no-pressure', 'no-worries-if-not', 'no-hard-feelings', 'feel-free-to-ignore', 'dont-mind-at-all', 'accepting-the-brush-off', 'see-you-next-year'],
  },
  {
    key: 'price-caving', category: 'timidity', label: 'Giving way on price',
    tip: 'Before any discount, bring the talk back to the result they want and what it is worth to them.',
    rules: ['concession-sweetener', 'meet-you-halfway', 'name-your-price', 'unprompted-discount', 'wiggle-room-on-price', 'sorry-for-the-price'],
  },
  {
    key: 'pleading', category: 'timidity', label: 'Pleading for a chance',
    tip: 'Offer something useful instead of asking for a favour: a short call is easy to say yes to when it has a clear purpose.',
    rules: ['begging-for-a-chance', 'pleading-for-a-meeting', 'thanks-for-even-considering', 'bend-over-backwards', 'check-with-my-manager'],
  },
  // Hard-close pressure
  {
    key: 'deadlines', category: 'hard_close', label: 'Deadlines and ultimatums',
    tip: 'Give a real date with a reason that matters to them, and let them choose the next step.',
    rules: ['deadline-demand', 'ultimatum-or-else', 'now-or-never', 'sign-or-lose', 'last-chance', 'act-now', 'call-to-act-now', 'dated-discount', 'otherwise-price-jumps', 'seller-reason-deadline', 'conditional-on-my-date'],
  },
  {
    key: 'scarcity', category: 'hard_close', label: 'Scarcity and fear of missing out',
    tip: 'Show what the change is worth to them with their own numbers; fear of missing out makes people wary, not keen.',
    rules: ['scarcity-pressure', 'competing-buyer', 'competitors-already', 'fear-of-loss', 'cost-of-delay', 'cannot-afford-to-wait', 'hesitate-and-regret', 'crazy-to-pass', 'already-late', 'still-on-old-system'],
  },
  {
    key: 'you-need', category: 'hard_close', label: 'Telling them what they need',
    tip: 'Ask what they need and connect your offer to their answer, rather than telling them.',
    rules: ['you-need-this', 'you-must-decide', 'no-choice', 'trust-me', 'your-own-words'],
  },
  {
    key: 'assuming', category: 'hard_close', label: 'Assuming the sale',
    tip: 'Propose the next step and ask if it works for them; booking or invoicing before a yes feels like a trap.',
    rules: ['assumptive-booking', 'assumptive-invoice', 'assumptive-paperwork', 'card-number-grab', 'silence-means-yes', 'override-their-process', 'uninvited-visit'],
  },
  {
    key: 'chasing', category: 'hard_close', label: 'Chasing and guilt',
    tip: 'Follow up with something new, and accept a clear no gracefully: it keeps the door open for later.',
    rules: ['badgering-until', 'counting-follow-ups', 'multi-channel-chase', 'guilt-after-everything', 'ignored-sarcasm', 'owe-a-reply', 'read-receipt-guilt', 'silence-guilt', 'serious-leader-shaming', 'decision-dismissed', 'think-it-over-dismissed'],
  },
  {
    key: 'over-their-head', category: 'hard_close', label: 'Going over their head',
    tip: 'Ask your contact who else should be involved, and help them make the case inside their company.',
    rules: ['bypass-threat'],
  },
  // Self-serving
  {
    key: 'my-targets', category: 'self_serving', label: 'Your quota and quarter',
    tip: 'Your targets are not their reason to buy. Give a date that matters to their team instead.',
    rules: ['my-quota', 'my-quarter-end', 'need-this-deal', 'my-deal-tally', 'rep-ranking', 'seller-stake', 'new-rep-reason'],
  },
  {
    key: 'my-manager', category: 'self_serving', label: 'Your manager',
    tip: 'Leave your manager out of it and speak to what the prospect gains.',
    rules: ['my-manager-wants', 'boss-drama', 'boss-wants-the-win'],
  },
  {
    key: 'favours', category: 'self_serving', label: 'Asking for favours',
    tip: 'Ask for the decision on its merits: a favour makes them responsible for your month.',
    rules: ['help-me-out', 'do-me-a-favour', 'discount-for-favour', 'counting-on-you', 'after-all-ive-done', 'my-sacrifice', 'out-on-a-limb', 'my-feelings'],
  },
  {
    key: 'bragging', category: 'self_serving', label: 'Bragging',
    tip: 'Swap the boast for one result a customer like them got, in their terms.',
    rules: ['awards-and-press', 'best-in-the-business', 'big-name-clients', 'brag-adjectives', 'growth-brag', 'investors', 'trophy-customer', 'vanity-numbers', 'superlative-claim', 'years-in-business', 'our-story', 'seller-news'],
  },
  {
    key: 'product-talk', category: 'self_serving', label: 'Feature lists',
    tip: 'Pick the one feature that solves the problem they told you about and say what it changes for them.',
    rules: ['feature-dump', 'product-tour'],
  },
  {
    key: 'asks-for-you', category: 'self_serving', label: 'Asks that help only you',
    tip: 'Ask for a reference or a review once they have had a result, and make it easy for them.',
    rules: ['case-study-ask', 'reference-ask', 'referral-ask', 'review-testimonial', 'promote-us'],
  },
];

/** Where no listed pattern fits: the category as a whole. */
export const CATEGORY_PATTERNS: Readonly<Record<Category, Pattern>> = {
  hard_close: {
    key: 'other-pressure', category: 'hard_close', label: 'Other pressure', rules: [],
    tip: 'Replace pressure with a clear next step the prospect can choose, and a reason it helps them.',
  },
  self_serving: {
    key: 'other-self-serving', category: 'self_serving', label: 'Talking about yourself', rules: [],
    tip: 'Turn each sentence about you into one about their outcome: what changes for them, and when.',
  },
  timidity: {
    key: 'other-timidity', category: 'timidity', label: 'Other timid phrasing', rules: [],
    tip: 'Write as the expert you are: state your point, then ask one clear question.',
  },
};

const BY_RULE = new Map<string, Pattern>();
for (const p of PATTERNS) for (const r of p.rules) BY_RULE.set(`${p.category}/${r}`, p);

const CATEGORY_OF_PREFIX: Record<string, Category> = { hard_close: 'hard_close', self_serving: 'self_serving', timidity: 'timidity' };

/**
 * The pattern a stored rule id counts under: a listed rule's pattern, else its category's general one. The sentence
 * model's findings are stored as `model/<category>` and the rep's own phrases as `user/<category>`.
 */
export function patternOf(rule: string): Pattern | null {
  const listed = BY_RULE.get(rule);
  if (listed) return listed;
  const [head, tail] = rule.split('/');
  const cat = CATEGORY_OF_PREFIX[head ?? ''] ?? (head === 'model' || head === 'user' ? CATEGORY_OF_PREFIX[tail ?? ''] : undefined);
  return cat ? CATEGORY_PATTERNS[cat] : null;
}

export const ALL_PATTERNS: readonly Pattern[] = [...PATTERNS, ...Object.values(CATEGORY_PATTERNS)];
