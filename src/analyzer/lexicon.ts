/**
 * The domain's own part-of-speech layer: words and short phrases that carry a sales-tone meaning, grouped by tag.
 * Rules match on these tags (`#Hedge`, `#Apology`, …) so that one list serves every rule that needs the idea.
 * Each entry is a compromise match pattern; the gate reads its words, so keep entries literal.
 */
export const DOMAIN_LEXICON = {
  /** Softeners that, stacked, make a request sound like an apology for asking (seed: the order-taker). */
  Hedge: [
    'maybe', 'perhaps', 'possibly', 'potentially', 'hopefully', 'somehow', 'somewhat', 'kind of', 'sort of',
    'wondering', 'wonder', 'might', 'probably', 'i guess', 'i suppose', 'a little', 'a bit', 'if possible',
    'by any chance', 'happen to', 'happened to', 'any . at all', 'not sure (if|whether)', 'any chance',
  ],
  /** Words that minimise the rep's own request. */
  Minimizer: ['just', 'only', 'quick', 'quickly', 'tiny', 'little', 'briefly'],
  Apology: ['sorry', 'apologies', 'apologize', 'apologise', 'apologizing', 'apologising', 'forgive', 'pardon', 'forgive me', 'pardon me'],
  /** Time pressure words: a deadline becomes a hard close when it arrives with these (LABELS borderline rule 4). */
  Urgency: [
    'now', 'today', 'tonight', 'immediately', 'asap', 'right away', 'midnight', 'hurry', 'urgent', 'urgently',
    'end of day', 'end of the day', 'eod', 'last chance', 'final chance', 'this week', 'tomorrow', 'this minute',
  ],
  /** The seller's own scoreboard (seed: "if you are pushing because you need to make a sale for your own pocket"). */
  SellerGoal: [
    'quota', 'quotas', 'commission', 'commissions', 'bonus', 'forecast', 'pipeline', 'target', 'targets',
    "president's club", 'presidents club', 'sales contest', 'accelerator', 'accelerators', 'spiff', 'spiffs',
  ],
  SellerBoss: [
    'manager', 'boss', 'vp', 'director', 'supervisor', 'sales director', 'head of sales', 'sales lead',
    'regional manager', 'higher-ups', 'leadership', 'cro', 'sales manager', 'area manager', 'district manager',
    'regional director', 'regional vp', 'vp of sales', 'sales vp', 'svp', 'rvp',
    'ceo', 'founder', 'founders', 'coo', 'president', 'managing director', 'general manager', 'gm',
    'branch manager', 'territory manager', 'team lead', 'team leader', 'sales leader', 'head of the region',
    'area director', 'area vp', 'country manager', 'line manager', 'senior manager', 'managing partner',
  ],
  Discount: [
    'discount', 'discounts', 'discounted', 'cheaper', 'markdown', 'price cut', 'lower price', 'better price',
    'better rate', 'lower rate', 'rebate', 'reduction', 'concession', 'concessions', 'knock', 'shave', 'halfway',
  ],
  /** Generic boasts (LABELS rule 8): proof with no tie to the prospect's situation. */
  Brag: [
    'leading', 'industry-leading', 'market-leading', 'award-winning', 'best-in-class', 'world-class',
    'cutting-edge', 'state-of-the-art', 'premier', 'revolutionary', 'game-changing', 'unrivaled', 'unrivalled',
    'unmatched', 'number one', 'market leader', 'industry leader', 'best-of-breed', 'groundbreaking',
    'most decorated', 'most awarded', 'most acclaimed', 'most celebrated', 'multi award winning',
  ],
  /** Favours that benefit the seller (LABELS rule 10). */
  Favor: ['favor', 'favour', 'testimonial', 'testimonials', 'referral', 'referrals', 'case study', 'review', 'reviews', 'logo', 'endorsement'],
  /** The rep describing themselves as a nuisance. */
  Pest: ['pest', 'pushy', 'nag', 'nagging', 'annoying', 'annoyance', 'bother', 'bothering', 'bug', 'bugging', 'pester', 'pestering', 'nuisance', 'spam', 'spamming', 'intrusive'],
  /** What a hard close asks for: the buying act itself. */
  Commit: ['sign', 'signed', 'signing', 'commit', 'buy', 'purchase', 'decide', 'order', 'pay', 'move forward', 'pull the trigger', 'lock in', 'lock it in', 'close', 'finalize', 'finalise'],
  /** The rep's own selling period, as in "my quarter" or "make my half" (seed 001: selling "for your own pocket"). */
  SellerPeriod: [
    'quarter', 'quarters', 'half', 'half year', 'half-year', 'fiscal year', 'sales year', 'sales month', 'sales quarter',
    'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'quarter end', 'quarter-end', 'month end', 'month-end', 'year end', 'year-end',
  ],
  /** Contact channels a rep can chase on; three in one sentence is multi-channel chasing (LABELS rule 13). */
  Chase: ['emailed', 'called', 'phoned', 'rang', 'texted', 'messaged', 'pinged', 'voicemailed', 'inmailed', 'dmed', 'left a voicemail', 'left voicemails', 'left you a voicemail', 'wrote to you'],
  /** The prospect's own senior people: where a bypass threat says it will go (LABELS rule 12). */
  Exec: [
    'cfo', 'cto', 'cio', 'ciso', 'owner', 'owners', 'board', 'principal', 'superintendent', 'chair', 'chairman',
    'chairwoman', 'superior', 'superiors',
    'partners', 'chief executive', 'dean', 'provost', 'head of department', 'department head',
  ],
  /** Putting a decision off: what a scare story or a "can't afford to" line says the prospect must not do. */
  Delay: [
    'wait', 'waiting', 'waited', 'delay', 'delaying', 'delayed', 'hesitate', 'hesitating', 'hesitated', 'hold off',
    'holding off', 'held off', 'put off', 'putting off', 'put it off', 'putting it off', 'put this off', 'sit on',
    'sitting on', 'sat on', 'drag', 'dragging', 'dragged', 'stall', 'stalling', 'stalled', 'dither', 'dithering',
    'dithered', 'procrastinate', 'procrastinating', 'procrastinated', 'deliberate', 'deliberating', 'deliberated',
    'putting this off', 'putting that off', 'put that off', 'hold out', 'holding out', 'held out',
  ],
} as const satisfies Record<string, readonly string[]>;

export type DomainTag = keyof typeof DOMAIN_LEXICON;
export const DOMAIN_TAGS = Object.keys(DOMAIN_LEXICON) as DomainTag[];
