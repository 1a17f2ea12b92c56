/**
 * What the thread model reads. The prospect's message: hashed word and character n-grams with the sentence model's
 * word classes (../model/features), plus a few cues the labelling guide names. The reply: the same n-grams per
 * sentence, the first sentence's also under a "first" mark (answering first is what separates an answer from a
 * pitch), a P.S. under its own mark, and cues about the pair: does the reply ask anything, give something away,
 * ask for something in return, set a deadline, and does it open on the words of the prospect's question. The faults
 * that sit in words are also read over runs of three sentences of a longer reply (instancesOf).
 * Every feature keeps the tokens it came from, so a fault can be explained by a span of the reply.
 */
import { features, hash, tokenize, type Token } from '../model/features';
import { normalizeForAnalysis, splitSentences, words } from '../text';
import type { ThreadFault } from './situations';
import { readsConcession } from './concession';

export interface SparseVector {
  buckets: Uint32Array;
  values: Float64Array;
}

/** One feature of the reply: its bucket, the sentence it was read from (-1 for a cue of the whole pair) and its tokens. */
export interface ReplyHit {
  bucket: number;
  sentence: number;
  from: number;
  to: number;
  /** A copy of an n-gram under a position mark (first sentence, P.S.): evidence of where, not of which words. */
  marked?: true;
  /** Evidence that the reply asks something: a "?" in the n-gram, or a cue about questions. */
  question?: true;
  /**
   * For a cue tripped by particular sentences (a concession, a deadline, a re-pitch, the sentence model's reading):
   * those sentences. A run of sentences (instancesOf) keeps the cue only when it holds one of them.
   */
  at?: readonly number[];
  /** A cue that only this fault's head reads (what it says of a reply means nothing for the other faults). */
  only?: ThreadFault;
}

/**
 * Faults whose heads do not see whether the reply asks a question. The guide defines them by other things: caving is
 * a concession given for nothing, asked about or not; dodging is pitching before the answer, and a good answer may
 * well end with a question. (Without this, the training replies, where these happened to coincide, teach "a
 * question means a good reply".)
 */
export const QUESTION_BLIND: readonly ThreadFault[] = ['caves_on_price', 'dodges_question'];

/** The hits a fault's head reads. */
export function hitsFor(hits: readonly ReplyHit[], fault: ThreadFault): readonly ReplyHit[] {
  const mine = hits.filter((h) => !h.only || h.only === fault);
  return QUESTION_BLIND.includes(fault) ? mine.filter((h) => !h.question) : mine;
}

/** The reply's sentences the thread model reads: a reply to a prospect is short, and the work stays bounded. */
export const MAX_REPLY_SENTENCES = 40;

/** Character n-grams in the reply's features: off, they let a few frequent words outweigh what the reply does. */
const REPLY_CHARS = false;

/** A cue counts as much as a handful of n-grams: it is one line of evidence the n-grams cannot see. */
const CUE_VALUE = 0.25;

const FIRST = hash('first sentence');
const PS = hash('postscript');

function salted(bucket: number, salt: number, buckets: number): number {
  let h = Math.imul(bucket ^ salt, 0x01000193) >>> 0;
  h ^= h >>> 15;
  return h & (buckets - 1);
}

const cueBucket = (name: string, buckets: number) => hash(`cue ${name}`) & (buckets - 1);

// Cues, written from the labelling guide's definitions (what a concession, a trade, pressure and a no are).
export const CONCESSION_RE = /(?<!\b(?:cut|cuts|cutting|saves?|saving|reduces?|reducing|trims?|trimming|shaves?|shaving|with|by|of|lose|losing)\b[^.?!%]{0,12})\d\s?%\s?(?:off|discount|reduction|rebate|cheaper|lower|below|under)\b|\b(?:off|discount|reduction|rebate|price|pricing|fee|fees|licen[cs]e|quote|invoice|bill|subscription|renewal|total|contract|deal|cost)\b[^.?!%]{0,30}?\d\s?%(?!\s+(?:of|more|fewer|faster|slower|higher|increase|growth|saving|savings|improvement|better|uplift|return|margin|rise|error|errors)\b)|\b(?:do|give(?: you)?|offer|manage|approve|stretch to|go to|throw in)\s+(?:you )?(?:an? )?(?:extra |additional |further |another )?\d+\s?%|\b(?:get|go|come|stretch|move)\s+(?:you\s+)?(?:down\s+)?to\s+(?:[$£€₹]\s?\d|\d+\s?%)|\b(?:drop|cut|lower|reduce|knock|bring|take|trim)\s+(?:it|that|this|the (?:price|fee|quote|total|licen[cs]e|bill|invoice|rate|cost))\s+(?:down\s+)?by\b|\bpercent\b|\bdiscount|\b(?:take|knock|shave|shaving|taking|knocking)\b[^.?!]{0,25}(?:\d|percent|price|cost|fee|bill|invoice|rate)[^.?!]{0,12}\boff\b|\$\s?\d[\d,.]*k?\s+off\b|(?<!feel |feels |hands-|toll-)\bfree\b(?! (?:up|time|to|of(?! charge)|trial))|\bwaiv|\bno charge\b|\bon the house\b|\bthrow(?:ing)? in\b|\bcomp(?:limentary)?\b|\bmatch (?:their|the|that|it|your)(?: (?:other |competitor's |competing |lower |new )?(?:quote|price|offer|rate|bid|number|figure|renewal price))?\b|\b(?:lower|drop|reduce|cut|bring down)\b[^.?!]{0,20}\b(?:price|rate|fee|cost|quote)|\bmeet you (?:halfway|in the middle)\b|\bbest (?:price|rate|i can do)\b|\bdefer\b|\bskip the first\b|\b(?:bring|take|get|knock|drop|mark)\b[^.?!]{0,15}\bdown\b|\bhalf (?:price|off)\b|\b(?:remove|drop|waive|scrap|cancel|take out)\b[^.?!]{0,25}\b(?:fee|charge|cost)s?\b|\bon us\b|\bat cost\b|\bno (?:extra )?cost\b|\bat no extra\b|\blower (?:number|figure|rate|price|deposit)\b|\bhalve|\breduce[sd]?\b[^.?!]{0,30}\bby\b|\bmatch(?:ed)? (?:it|that|them)\b|\bi'll make it\b|\b(?:down|drop(?:ped)?|reduce[sd]?|come down) to\b|\bshav(?:e|ing)\b|\b(?:another|an extra|extra) (?:[$£€]\s?[\d,.]+k?|\d[\d,.]*k?|month|months|seat|seats|licen[cs]es?)\b|\bat the (?:annual|same|old|current|original|weekday|lower) (?:rate|price)\b|\bsame rate\b|\bpay (?:half|later|in (?:two|three|instalments|installments))\b|\bno interest\b|\block(?:ed)? (?:in|the)\b[^.?!]{0,20}\b(?:rate|price)\b/i;
/**
 * Concessions worded otherwise, from the guide's definition (anything of value given up: a lower price, free months,
 * seats, modules or services, waived fees, longer payment terms, a deferred first invoice) and the ways a rep offers
 * one before naming it: going to look at the price, asking a manager for a better number, splitting the difference,
 * a longer trial, a fee dropped.
 */
export const OFFERED_CONCESSION_RE = /\bsee what (?:i|we) can (?:do|manage|offer|find|get)\b|\b(?:sort|settle|worry about|deal with) (?:out )?(?:the )?(?:invoice|invoices|bill|payment|payments|paying)\b[^.?!]{0,10}\b(?:then|later|when|once|after|down the line)\b|\b(?:don't|do not|no need to) worry about (?:paying|the (?:invoice|bill|payment|fee))|\b(?:ask|check with|talk to|speak (?:to|with)|go back to|run (?:it|this|that) (?:by|past)|push|lean on|get (?:approval|sign-off) from) (?:my|our|the) (?:manager|boss|finance|director|vp|cfo|ceo|md|head|pricing|sales|commercial|leadership|partners?|owner|team)\b[^.?!]{0,50}\b(?:price|pricing|number|rate|discount|deal|figure|quote|better|lower|cheaper|sharper|exception|reduction)|\b(?:a |an? )?(?:better|sharper|keener|special|preferential|reduced|discounted|friendlier|lower) (?:price|pricing|number|rate|figure|quote|deal|terms)\b|\bsharpen (?:my|our|the) pencil\b|\bsplit (?:the|it|that) (?:difference|down the middle|fifty[- ]fifty|50[- /]50)\b|\bmeet (?:you )?(?:halfway|in the middle)\b|\b(?:extend|lengthen|stretch|prolong)(?:ed|ing)? (?:the |your |our )?(?:free )?(?:trial|pilot|evaluation|proof of concept|poc)\b|\b(?:longer|extended|extra|bigger|free) (?:trial|pilot|evaluation)\b|\btrial (?:by|for) (?:another|an extra|a further|one more|two more|a second)\b|\bno (?:setup|set-up|set up|onboarding|implementation|installation|install|activation|joining|admin|administration|cancellation|exit|migration|training|integration|licen[cs]e|platform|booking|delivery|shipping|call-out|callout|design|launch|account) (?:fees?|charges?|costs?)\b|\bnet[- ]?(?:45|60|75|90|120)\b|\b(?:longer|extended|more flexible|flexible|easier|softer|generous|staged|deferred) (?:payment|billing) (?:terms|schedule|plan)\b|\b(?:push|move|delay|defer|hold|start) (?:back )?(?:the |your )?(?:first |initial )?(?:invoice|invoicing|billing|payment|charges?)\b[^.?!]{0,20}\b(?:until|till|to|by|after|from|back|next)\b|\b(?:won't|will not|wouldn't|don't need to|needn't|no need to) (?:invoice|bill|charge) you\b|\b(?:don't|won't|wouldn't) (?:have to |need to )?pay (?:anything |a (?:penny|cent|thing) )?(?:until|till|for the first)\b|\b(?:for|at) the same price\b|\brebate\b|\bgratis\b|\b(?:trim|trimm(?:ed|ing)|mark(?:ed)? down)\b[^.?!]{0,25}\b(?:price|quote|fee|rate|cost|bill|invoice|licen[cs]e|total)|\b[£€]\s?\d[\d,.]*k?\s+off\b|\b\d[\d,.]*k?\s+off\b|\b(?:hundred|grand|thousand|quid|bucks|dollars|pounds|euros)\s+off\b|\boff (?:the|your|our) (?:list |sticker |annual |monthly |total |first )?(?:price|quote|fee|bill|invoice|total|rate|licen[cs]e|renewal)\b|\b(?:we'll|i'll|we will|i will|we can|i can|happy to|glad to) (?:price[- ])?match\b|\b(?:won't|will not|wouldn't|not going to|no need to) (?:charge|bill|invoice)\b|\bpay (?:it |for it |the balance )?over\b|\b(?:monthly|quarterly) instead of\b|\binstead of (?:upfront|annually|yearly|in advance)\b|\bno (?:deposit|down payment|upfront (?:payment|fee|cost))\b|\bmake an exception\b|\b(?:would|could|does|will) (?:[$£€]\s?\d|\d[\d,.]*\s?(?:k\b|%))|\b(?:meet|fit|hit|work (?:to|within)|get (?:it )?(?:under|within)) (?:your|their|the) (?:budget|number|figure|target price|price point)\b|\b(?:pay|paying|payment|invoice|invoicing|invoiced|bill|billing|billed|charge|charging)\b[^.?!]{0,25}\b(?:next (?:year|quarter|month|financial year|fiscal year|budget)|(?:the |your )?new (?:financial |fiscal |budget )?year|when (?:the|your) (?:budget|funding|money)|once (?:the|your) (?:budget|funding|money)|until (?:the|your) (?:budget|funding|money))|\bhalf (?:the )?(?:price|cost|fee|rate)\b|\bfor less\b|\b(?:revised?|adjust(?:ed)?|rework(?:ed)?|sharper|lower(?:ed)?) (?:the )?(?:quote|price|figure|number|rate)\b|\b(?:bring|get|take|put|drop|move|knock) (?:it|the price|that|this|you|the total|the fee|the rate|the cost|the licence|the license) (?:down |back )?to [$£€]?\s?\d|\binstead of [$£€]\s?\d|\bfrom [$£€]\s?[\d,.]+k? (?:down )?to [$£€]?\s?\d|\bbeat (?:their|that|the|it|your|his|her)\b|\bsweeten|\b(?:go|come) (?:lower|down)\b|\b(?:flex|flexible|move|budge|wiggle|room|give)\b[^.?!]{0,15}\b(?:on|with|in) (?:the |our |my )?(?:price|pricing|rate|fee|cost|quote|number)\b|\b(?:can|could|will|'ll) (?:do|go to|go down to|get (?:you|it|that) (?:down )?to|come in at|land at|settle at|price it at|do it for|let it go for|offer it (?:at|for))\s+(?:just |only )?[$£€]\s?\d|\b(?:how about|call it|let's say|let's call it|settle (?:on|at)|meet (?:you )?at)\s+(?:just )?(?:[$£€]\s?\d|\d[\d,.]*\s?(?:k\b|%|per\b|a (?:seat|user|month|year)\b))|\b(?:\w+ )?(?:extra|additional|bonus|free) (?:months?|weeks?|quarters?|seats?|users?|licen[cs]es?|hours?|days?|sessions?|modules?|credits?)\b|\bfor the price of\b|\b(?:cover|absorb|eat|pick up|swallow|foot)\b[^.?!]{0,20}\b(?:cost|costs|fee|fees|setup|set-up|onboarding|shipping|delivery|travel|training|migration|implementation|bill)\b|\bupgrade (?:you|your (?:team|account|plan))\b|\bspread\b[^.?!]{0,20}\b(?:payments?|cost|invoices?|billing|fee)\b|\bin arrears\b|\b(?:skip|scrap|forget|ditch|lose|drop) (?:the |your )?(?:setup|set-up|onboarding|implementation|installation|activation|admin|joining|first)\b|\b(?:zero|\$0|£0|€0) (?:setup|set-up|onboarding|implementation|installation|activation)\b|\bno extra charge\b|\bwithout (?:any )?(?:extra |additional )?(?:charge|cost|fee)\b|\b(?:credit|credits) (?:of|worth|towards|against|on your)\b|\b(?:freeze|lock) (?:in )?(?:your |the |last year's |this year's )?(?:price|prices|pricing|rate|rates)\b|\b(?:cheaper|lower)\b[^.?!]{0,15}\bfor you\b/i;

/**
 * More everyday wordings of the same (the guide's "anything of value given up"): knocking something off, a rate drop,
 * a deal cut or done for them, a reduction offered or approved, a fee gone, taking the hit on a cost, the old price
 * kept, payment put off ("no need to pay", "hold off invoicing", "pay when you can"), a figure settled on.
 */
export const PLAIN_CONCESSION_RE = /\b(?:first |next |last )?(?:\w+ )?(?:months?|weeks?|quarters?|seats?|users?|licen[cs]es?|sessions?|days?)\s+(?:free|free of charge|on us|on the house|at no (?:extra )?(?:cost|charge))\b|\bknock(?:s|ed|ing)?\b[^.?!]{0,25}\boff\b|\boff the top\b|\brate (?:drop|cut|reduction)\b|\b(?:cut|do|sort|get|strike|find|work out) (?:you|ya) (?:a|something of a) (?:deal|discount|better deal)\b|\b(?:offer|give|approved?|approval|apply|applied|got|get|secured?|sign(?:ed)? off|authori[sz]ed?)\b[^.?!]{0,25}\b(?:reduction|price cut|concession|markdown)\b|\b(?:fee|charge|cost|surcharge|deposit)s? (?:is |are |will be |can be )?(?:gone|removed|waived|scrapped|dropped|written off|taken off)\b|\blet you have (?:it|them|the \w+) for\b|\blet(?:'s| us) (?:just )?(?:say|call it|make it)\s+(?:an? (?:even|round|flat) )?[$£€]?\s?\d|\btake the hit\b|\bno need to pay\b|\bpay (?:whenever|when) you(?:'re| are)? (?:can|ready|able)\b|\bhold off (?:on )?(?:invoicing|billing|charging|the invoice|payment)\b|\b(?:price|charge|bill|invoice) (?:it|you|this|that) (?:lower|less)\b|\b(?:get|have) (?:the|your|that) (?:fee|price|rate|cost|quote|bill) (?:lowered|reduced|cut|dropped|brought down)\b|\b(?:the|your|our) (?:old|previous|legacy|loyalty|introductory|early[- ]bird|founding|launch) (?:pricing|price|prices|rate|rates)\b|\b(?:keep|hold|leave) (?:you |it |the price |your price |your rate |the rate )?(?:at|on) (?:last year's|the old|the previous|the current|this year's|your current|your existing)\b|\b(?:any|some|a (?:little|bit of)) (?:wiggle room|give|flex|movement)\b[^.?!]{0,20}\b(?:price|pricing|rate|fee|cost|quote|number)\b|\bon the house\b|\b(?:is|are) on us\b/i;

/** Any wording of a concession. */
export const ANY_CONCESSION_RE = new RegExp(`${CONCESSION_RE.source}|${OFFERED_CONCESSION_RE.source}|${PLAIN_CONCESSION_RE.source}`, 'i');
const concedes = (text: string) => ANY_CONCESSION_RE.test(text);
/** A concession refused in the same sentence ("I can't move on price", "no room on the rate") gives nothing away. */
const REFUSED_RE = /\b(?:can't|cannot|can not|won't|will not|unable|not able|no room|not in a position|not possible|isn't possible|(?:don't|do not|doesn't|does not|didn't) (?:do|offer|give|discount|cut|move|budge|negotiate|lower|reduce|change|shift)|never (?:discount|offer)|rather not|rather\b[^.?!]{0,60}\bthan (?:a |any |just |simply )?(?:discount|free|cut|lower|waiv|reduc|money off|knock|drop|match)|instead of (?:a |any )?(?:discount|discounting|free|cutting|dropping|lowering|waiving)|not going to|without (?:touching|changing|moving) (?:the )?(?:price|rate))\b/i;
/**
 * Naming the subject ("On the discount:", "about your pricing") gives nothing away; "some give on the price" is not
 * naming it.
 */
const TOPIC_RE = /(?<!\b(?:give|flex|flexibility|movement|room|budge|move|something|bit|little|deal|best|better)\s)\b(?:on|about|regarding|re|as for|as to|turning to) (?:the|your|a) (?:discount|price|pricing|rate|fee|quote)\b[:,—–-]?/gi;
/** A sentence of the reply that gives something of value away and does not refuse it. */
export const concedesIn = (sentence: string, context = ''): boolean =>
  (concedes(sentence.replace(TOPIC_RE, '')) && !REFUSED_RE.test(sentence))
  // The parse reads a refusal by its clause ("you won't see a bill until May" refuses nothing).
  || readsConcession(sentence, context);
/** A concession with nothing asked in return, in so many words. */
export const concedesForNothing = (text: string): boolean =>
  splitSentences(normalizeForAnalysis(text)).some((s) => concedesIn(s.text)) && !trades(text);

/**
 * A condition that is only the seller's date ("if you sign by the 30th", "if the PO lands before our quarter ends",
 * "since it's our quarter end") asks for nothing the prospect gives up: the guide does not count it as a trade.
 */
const SELLER_DATE_RE = /\b(?:if|provided|as long as|once|so long as) (?:you|we|the (?:po|order|contract|paperwork|signature))\b(?:'re| are| can| could)?[^.?!,;]{0,30}?\b(?:sign|signed|signature|commit|confirm|order|go ahead|book|arrives?|lands?|in)\b\s+(?:it |this |that |the (?:contract|order|paperwork|deal|form) )?(?:today|tonight|tomorrow|this (?:week|month|quarter|friday)|(?:by|before|ahead of|within) (?:the |our |this |next |end of |close of |month[- ]end|quarter[- ]end|year[- ]end|friday|monday|tuesday|wednesday|thursday|\d)[^.?!,;]{0,25})|\b(?:since|because|as) (?:it's|it is|we're|we are) (?:the )?(?:end of )?(?:our|the|my) (?:quarter|month|year|financial year|fiscal year)(?:[- ]end)?\b|\b(?:our|my) (?:quarter|month|year)[- ]end\b/gi;
/** Whether the reply asks for something in return, a condition of the seller's date aside. */
export const trades = (text: string): boolean => TRADE_RE.test(text.replace(SELLER_DATE_RE, ' '));

/** The figures the prospect named ("€8", "8%", "4 lakh", "$40/user"): an amount, a share or a per-unit price. */
function figuresOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:[$£€₹¥]\s?(\d[\d,.]*)\s?(k\b|lakh|crore|m\b)?)|(\d[\d,.]*)\s?(%|k\b|lakh|crore|percent|per (?:user|seat|month|head|licen[cs]e)|\/\s?(?:user|seat|month|mo|head))/gi)) {
    const n = (m[1] ?? m[3] ?? '').replace(/[,.]$/, '');
    if (n && Number(n.replace(/,/g, '')) > 0) out.add(n.replace(/,/g, ''));
  }
  return [...out];
}
/**
 * What the guide names as paying for a concession, offered by the prospect: payment upfront, a longer term, a case
 * study or reference, a date they commit to. ("We'd go ahead if…" offers only the purchase itself.)
 */
const THEIR_TRADE_RE = /\b(?:we'll|we will|we'd|we would|we can|we could|if we|happy to|willing to)\b[^.?!]{0,15}\b(?:pay|prepay|commit|sign|order|buy|take|add|extend|renew|give you|provide|do)\b[^.?!]{0,30}\b(?:upfront|up front|in advance|for the (?:whole|full) (?:year|term)|(?:two|three|four|five|multi|2|3|4|5)[- ]years?|today|this week|this month|now|case study|reference|testimonial|more (?:seats|units|volume|sites))\b/i;
/** Something given on top of what they asked for. */
const MORE_RE = /\b(?:too|as well|also|on top|plus|extra|another)\b/i;
/**
 * Whether the reply gives, offers or opens the price at all: a concession in any wording, their figure agreed to, a
 * yes to their ask in the opening, or their number asked for. Without any of these a reply cannot cave (THREADS.md:
 * caving grants or offers a concession), whatever its other words weigh.
 */
/**
 * Wordings of a concession that mark a reply as touching the price at all (mentionsConcession) but are not features of
 * the model: deferred or waived payment, a reduced fee, terms changed, a figure approved or applied.
 */
const MORE_CONCESSION_RE = /\bpro bono\b|\bfor nothing\b|\bdeferred (?:fee|payment|invoice|billing|start fee)\b|\bpay (?:us |me )?(?:when|whenever|once) you(?:'re| are)? (?:can|able|ready)\b|\b(?:won't|will not|wouldn't|shan't) be (?:charged|billed|invoiced)\b|\bnot (?:invoice|bill|charge) (?:you )?(?:until|till|for)\b|\bsplit (?:the|it|our|your) (?:cost|fee|payment|price|bill|deposit)\b|\b\d+[- ]day (?:payment )?terms\b|\breduced (?:fee|monthly rate|rate|price|commission|day rate)\b|\b(?:cut|trim|lower|drop|reduce|halve) (?:our|my) (?:commission|margin|fee|charge|rate|price)s?\b|\bfree to (?:get|start)\b|\b(?:is|are|'s|'re) on me\b|\bstrike\b[^.?!]{0,20}\b(?:fee|charge|cost)s?\b|\b(?:change|move|extend|relax|soften) (?:our|the|your) (?:payment |notice |cancellation )?(?:terms|notice period)\b|\bno (?:price )?increase\b|\b(?:applied|approval for|approved|sign(?:ed)?[- ]off(?: on)?)\s+(?:[$£€₹]\s?\d|\d+\s?%)|\bat \d+\s?% less\b|\babsorb\b|\b(?:down|off) by (?:half|a third|a quarter|\d+\s?%)|\b(?:drop|bring|take|get|knock|cut|lower) (?:it|that|this|the (?:\w+ )?(?:price|fee|charge|rate|cost|quote|total)) (?:down )?to\b|\bhow far (?:down|we can go|i can go)\b|\bsplit\b[^.?!]{0,20}\bpayments\b/i;

export function mentionsConcession(sentences: readonly string[], prospect: string): boolean {
  return sentences.some((x, i) => ANY_CONCESSION_RE.test(x) || MORE_CONCESSION_RE.test(x) || NAME_PRICE_RE.test(x) || agreesToTheirFigure(x, prospect)
    || (i < 2 && AGREES_RE.test(x) && !REFUSED_RE.test(x)))
    // Then the parse (concession.ts), for wordings none of the above names; a figure is compared with theirs.
    || sentences.some((x) => readsConcession(x, prospect));
}

/** Letting the prospect off the side of the trade they offered ("no need to commit to three years"). */
const WAIVES_THEIR_SIDE_RE = /\b(?:no need to|don't need to|do not need to|don't have to|needn't|without (?:the|a|any)|skip the|forget the|rather than)\b[^.?!]{0,20}\b(?:commit|sign|pay|prepay|upfront|term|contract|years?|volume|seats|order)\b/i;
/**
 * The guide's "accepting the trade the prospect proposes is a trade": they offered something for the concession
 * (PROSPECT_TRADE_RE), and every sentence that gives something away gives what they asked for (their figure or their
 * words), without letting them off their side.
 */
export function acceptsTheirTrade(sentences: readonly string[], prospect: string): boolean {
  if (!THEIR_TRADE_RE.test(prospect) || WAIVES_THEIR_SIDE_RE.test(sentences.join(' '))) return false;
  const theirs = new Set(figuresOf(prospect));
  const theirWords = new Set(words(normalizeForAnalysis(prospect)).filter((w) => w.length >= 4 && !STOP.has(w)).map((w) => w.replace(/s$/, '')));
  const giving = sentences.filter((x) => concedesIn(x) || agreesToTheirFigure(x, prospect));
  return giving.length > 0 && giving.every((x) => !MORE_RE.test(x)) && giving.every((x) => figuresOf(x).some((n) => theirs.has(n))
    || words(x).some((w) => w.length >= 4 && !STOP.has(w) && theirWords.has(w.replace(/s$/, ''))));
}

/** Saying yes to a figure: "€8 per user is fine", "€40 it is", "we'll do ₹4 lakh". */
const FIGURE_AGREED_RE = /\b(?:is fine|it is|works|fine|ok|okay|done|deal|agreed|accept|no problem|we can|i can|we'll|i'll|we will|i will|happy to|let's)\b/i;
/**
 * After a request for a concession, a figure the prospect named said back with a yes: the concession given in their
 * own number.
 */
export function agreesToTheirFigure(sentence: string, prospect: string): boolean {
  const theirs = figuresOf(prospect);
  if (!theirs.length || !FIGURE_AGREED_RE.test(sentence) || REFUSED_RE.test(sentence)) return false;
  const ours = new Set(figuresOf(sentence));
  return theirs.some((n) => ours.has(n));
}

/** Saying yes to what they asked for: after a request for a concession, the concession given. */
export const AGREES_RE = /^(?:sure|yes|yep|yeah|absolutely|certainly|done|deal|okay|ok|fine|no problem|you got it|you've got it)\b[^?]*$|\b(?:we|i) can (?:do|make|manage|arrange|sort) (?:that|it|this)\b|\b(?:that|this)(?:'s| is)? (?:fine|doable|no problem)\b|\bthat works\b|\bcan make (?:that|it|this) (?:work|happen)\b|\bconsider it done\b|\byou've got (?:it|a deal)\b|\byou got it\b|\b(?:it's|it is) a deal\b|\bwe have a deal\b|\bhappy to (?:do|agree|accept|go with) (?:that|it|this)\b|\bagreed\b/i;
/** The prospect asks for a concession (as the situation cue reads it). */
const ASKS_CONCESSION_RE = /\d\s?%|\bdiscount|\bcheaper\b|\bbetter (?:price|rate|deal|number|terms)\b|\b(?:lower|reduce|drop|sharpen|beat|match|waive|remove|throw in|include|extend|defer|push back|knock)\b|\bfree\b|\bbest (?:price|offer|you can do)\b|\bsweeten\b|\bbudge\b|\bflexib|\broom\b|\bcome down\b/i;

/** The prospect names the price they would pay ("meet €40", "can't go past 4 lakh", "if you can do $900"). */
const NAMES_THEIR_PRICE_RE = /\b(?:meet|go (?:past|above|beyond|over)|can you do|could you do|if you can do|down to|come in at|stretch to)\b[^.?!]{0,15}[$£€₹¥]?\s?\d/i;

/** Asking the buyer to name their number: caving before any price is defended (LABELS.md). */
const NAME_PRICE_RE = /\bname (?:your|a) (?:price|number|figure)\b|\bwhat (?:number|price|figure|amount) (?:would|do|could|did|can)\b|\bwhat (?:would|could|can) you (?:pay|afford|spend|stretch to)\b|\bwhat(?:'s| is) your (?:target|budget|number|ceiling)\b/i;
/** The prospect offers something for the concession; accepting that trade is fair (THREADS.md, section 3). */
const PROSPECT_TRADE_RE = /\bif (?:we|i) (?:can |could )?(?:sign|pay|commit|prepay|go|agree|take|buy|order|extend|renew|add|move)\b|\bwe'?d (?:sign|commit|pay|go ahead)\b|\bin exchange\b|\b(?:pay|paid|paying|payment|prepay)\b[^.?!]{0,20}\bupfront\b|\bupfront (?:payment|commitment)\b|\bprepay|\b(?:two|three|multi|2|3)[- ]year\b/i;
const TRADE_RE = /\bif you(?:'re| are)? (?:can |could )?(?:sign|commit|pay|prepay|agree|extend|move|go|start|add|take|are willing|'d be willing)|\b(?:if|provided|as long as|so long as|once) (?:you|we|all|both|your team|the (?:contract|order|team|board))\b[^.?!]{0,40}\b(?:sign|commit|pay|prepay|agree|extend|start|add|give|increase|accept|share|host|book|renew|co-term|order|buy|refer|introduce|bundle|consolidate|go live|move (?:the|your) start)|\b(?:exclusivity|testimonial|your logo|the logo|press release|referral|co-term)\b|\b(?:introduce|refer) (?:us|me) to\b|\bput (?:us|me) in touch with\b|\bonly if\b|\bif the (?:term|contract|commitment|volume|order|quantity)\b|\b(?:two|three|four|five|multi|2|3|4|5)[- ]years?\b(?! ago)|\bin (?:exchange|return)\b|\bcase study\b|\breference (?:call|customer)\b|\bannual(?:ly)? (?:upfront|prepa)|\b(?:pay|paid|paying|payment|prepay)\b[^.?!]{0,20}\bupfront\b|\bupfront (?:annual |yearly |full[- ]year )?(?:payment|commitment|billing)\b|\blonger (?:term|contract|commitment)\b|\bin return for\b|\bprovided (?:that )?you\b|\bon (?:the )?condition\b|\bwould you (?:be willing|consider|commit|sign)\b|\bwhat (?:is|'s) behind\b|\bwhat would (?:it take|you be (?:willing|able) to|you commit|you sign|make (?:this|it|that) (?:work|worth))\b|\b(?:for|on|with) (?:a |an |the )?(?:\d+|twelve|eighteen|twenty-four|thirty-six|two|three|multi)[- ]?(?:month|year)s? (?:term|contract|commitment|agreement|deal|plan)\b|\bon (?:a |an )?(?:longer|annual|multi-year|yearly) (?:agreement|contract|term|plan|commitment)\b|(?:^|[.!?:;]\s*)(?:commit to|go (?:annual|for)|add|bundle|bump|increase|extend|renew for|prepay|refer|let us (?:feature|use|quote|name|publish|announce)|upgrade to|take (?:the|a|an) (?:longer|bigger|larger|annual|multi))\b[^.?!]{0,60}\band\b|\bif we (?:can|could|may) (?:announce|feature|name|use|publish|quote|mention|list|share)\b|\b(?:feature|announce|showcase) you\b|\bvolume (?:pricing|price|prices|discount|band|tier|rate|break)s?\b|\b(?:compared (?:with|to)|versus|vs\.?) (?:paying )?monthly\b/i;
export const DEADLINE_RE = /\b(?:by|until|before|expires?|ends?|ending|only|last|closes?|runs? out|deadline|today|tonight|tomorrow|this week|end of (?:the )?(?:day|week|month|quarter)|eod|eow|friday|monday|tuesday|wednesday|thursday)\b[^.?!]{0,40}\b(?:price|pricing|offer|rate|slot|spot|discount|deal|sign|signature|decision|decide|hold|gone|lose|available|left)\b|\b(?:only|just) (?:\w+ )?(?:slots?|spots?|seats?|licen[cs]es?) (?:left|remaining)\b|\b(?:can't|cannot|won't) hold\b|\bbefore (?:it's|it is) gone\b|\bjust sign\b|\bneed (?:an answer|a decision|your decision|a yes)\b/i;
/**
 * Withdrawing, from the guide's "accepts the objection and withdraws": accepting ("understood", "no worries"),
 * leaving it ("we'll leave it there", "I'll park it", "I'll step back"), closing the file ("I'll close my notes",
 * "mark it closed"), the door left for them to use ("feel free to reach out if anything changes", "you know where I
 * am", "whenever you're ready"), and goodbyes ("best of luck", "I'll let you go").
 */
const ACCEPT_RE = /\b(?:understand|understood|no (?:worries|problem|dramas)|totally fair|makes (?:total |complete )?sense|of course|fair enough|say no more)\b/i;
const LEAVE_RE = /\b(?:close|closing|closed) (?:out|off|the file|your file|the enquiry|my notes|off my notes|this out|it out|the loop)\b|\b(?:mark|marking|note|noting|update|updating)\b[^.?!]{0,30}\b(?:closed|closed lost|lost|inactive|not renewing|won't be renewing|our records)\b|\b(?:reach|circle|check|come) (?:back|out)\b|\bi'll (?:leave|let) (?:it|you|this|things)\b|\b(?:we'll|let's|i'll|we will|i will) (?:leave|park|pause|shelve) (?:it|this|that|things)\b|\bleave it there\b|\bcall it a day\b|\b(?:step|stand|back) (?:back|down|off)\b|\bget out of your hair\b|\b(?:stop|won't keep) (?:bothering|chasing|pestering|emailing)\b|\bwon't (?:chase|bother|pester|follow up|take up)\b|\btake you off\b|\b(?:feel free to|do|please|just) (?:reach out|get in touch|drop me a line|ping me|give me a shout|let me know)\b[^.?!]{0,40}\b(?:change|changes|ready|future|again|down the line|need anything|whenever)\b|\bif (?:anything|things|that|circumstances|the situation) (?:ever )?(?:changes?|shifts?|picks? up)\b|\b(?:whenever|when) (?:you're|you are|the time is) (?:ready|right)\b|\byou know where (?:i am|we are|to find (?:me|us))\b|\b(?:door|line) is (?:always )?open\b|\b(?:keep|kept|have) (?:your|you|the) (?:details|info|file|number) on file\b|\bkeep you in mind\b|\bhope our paths cross\b|\bbest of luck\b|\ball the best\b|\bgood luck\b|\bwish(?:ing)? you\b|\bi'll let you (?:go|get on)\b|\bthanks? (?:you )?(?:anyway|for (?:your|the) (?:time|consideration|conversations?))\b|\bcatch you\b|\bclose (?:this|the|your) (?:opportunity|deal|account|enquiry|inquiry|ticket)\b|\bwithdraw (?:the|our|my) (?:proposal|quote|offer)\b|\b(?:not|won't|will not) (?:contact|bother|trouble|disturb|chase) you (?:further|again|any ?more)\b|\bkeep (?:us|me) in mind\b|\b(?:another|some other) time\b|\b(?:take care|best wishes|speak soon)\b|\b(?:pick (?:it|this|things) (?:up|back up)|reconnect|talk|speak|touch base|follow up|be in touch|send you a (?:note|reminder)|drop you a line|try (?:you )?again)\b[^.?!]{0,25}\b(?:next (?:year|quarter|month|spring|summer|autumn|fall|winter|january|financial|fiscal|budget)|in (?:the )?(?:q[1-4]|spring|summer|autumn|fall|winter|new year|six months|a few months|a year)|when (?:the|things|you)|after the|once (?:the|things))|\bnot take up (?:more|any more) of your time\b|\bsorry (?:we|it) (?:couldn't|didn't|wasn't|won't)\b|\b(?:we'll|i'll) be here\b/i;
const WITHDRAW_RE = new RegExp(`${ACCEPT_RE.source}|${LEAVE_RE.source}`, 'i');
/**
 * A re-pitch after a no, in the guide's words: asking them to reconsider, "one more try", questioning the decision,
 * a claim or an offer made anyway ("just so you know…", "which theirs can't", "I can still set up…", "worth another
 * look", "might change the picture", "back in the running").
 */
// "Before the contract ends" counts only beside a request to talk, compare or rethink ("can we talk before the
// renewal lapses?"): on its own it is as often practical help with leaving ("your export will be ready before the
// term ends"), which the guide counts as a good exit.
export const PUSH_RE = /\breconsider\b|\bjust so you know\b|\b(?:which|that|something|what) (?:they|theirs|their \w+) (?:don't|doesn't|can't|cannot|won't|do not|does not|can not)\b|\bi can still \w+(?: up| over| on| you)?(?: (?:a|an|the|your|our|you))?(?: \w+){0,2}|\b(?:try|compare|see|test)\b[^.?!]{0,40}\banyway\b|\bback in the running\b|\bworth (?:a (?:second |fresh |quick |closer )?look|another look|keeping in mind|revisiting|reconsidering|a rethink)\b|\bmight change (?:the picture|your mind|things)\b|\b(?:talk|call|chat|meet|speak|look|compare|reconsider|review|rethink|revisit|pause|hold off)\b[^.?!]{0,40}\bbefore (?:it|the (?:contract|subscription|renewal|term)) (?:lapses|expires|ends)\b|\bthe only (?:provider|company|platform|vendor|tool|firm|agency|supplier|product|system)\b|\bbefore you (?:commit|sign|finali[sz]e|decide)\b|\bare you sure\b|\bone (?:more|last) (?:chance|try|look)\b|\bjust (?:one|a quick)\b|\bchange your mind\b|\b(?:can't|cannot) do\b|\bmistake\b|\bmissing out\b|\bleaving [^.?!]{0,20} on the table\b/i;

/**
 * One question to learn from a no, which the guide allows after `declined`: what tipped it, the main reason, where the
 * bid fell short, the panel's scores or feedback.
 */
export const FEEDBACK_RE = /\bwhat (?:tipped|swung|decided|clinched|settled) it\b|\bwhat (?:was|were) the (?:main |deciding |biggest |key )?(?:reason|factor|thing)s?\b|\b(?:main|deciding|biggest|key) (?:reason|factor)s? (?:behind|for)\b|\bfeedback\b|\bwhere (?:we|our (?:bid|proposal|offer|quote|tender|submission)) (?:fell short|lost out|went wrong|could (?:improve|do better))\b|\bwhat (?:could|would|should) we (?:have )?(?:done|do) (?:better|differently)\b|\b(?:the |your )?(?:scores|scoring)\b|\bhelp us (?:do better|improve|learn)\b|\bout of (?:interest|curiosity)\b/i;

/** Questioning the decision itself ("query the scoring", "ask the panel to review it"): a re-pitch, not feedback. */
const CHALLENGE_RE = /\b(?:question|challenge|dispute|appeal|contest|query|review|reopen|revisit|reconsider)\b[^.?!]{0,30}\b(?:scor\w*|decision|result|outcome|award|panel|evaluation)\b/i;
/**
 * A graceful exit after a no that asks to learn from it (THREADS.md: "at most one short question for feedback"):
 * feedback asked for, at most one question and that one about the feedback, no re-pitch, no concession, no challenge
 * to the decision.
 */
export function exitsWithFeedback(sentences: readonly string[]): boolean {
  const asked = sentences.flatMap((x, i) => (x.includes('?') ? [i] : []));
  const aboutFeedback = (i: number) => [i - 1, i, i + 1].some((j) => FEEDBACK_RE.test(sentences[j] ?? ''));
  return asked.length <= 1 && sentences.some((x) => FEEDBACK_RE.test(x)) && asked.every(aboutFeedback)
    && !sentences.some((x) => PUSH_RE.test(x) || CHALLENGE_RE.test(x) || concedesIn(x));
}

/**
 * Pressing for a decision before the time they asked for, in the ways the guide's "pushes for a decision now" takes
 * beyond a dated offer (DEADLINE_RE): chasing sooner than their date ("I'll ring you tomorrow", "to keep it moving",
 * "so it doesn't go cold"), treating silence as a yes ("if I don't hear back I'll assume…", "unless I hear
 * otherwise"), asking them to hurry or go round their own process (the chair approving "in the meantime", a
 * director signing "while she's away", legal asked to prioritise it), guilt about the rep's own quarter or target,
 * scarcity and price rises not tied to a named offer ("the fitters are booking up", "rates go up in January",
 * "I can't promise the slot"), and an assumptive next step ("sign now and we'll sort the details later").
 * A check-in on a date, an offer of papers for the committee or a call with their lawyers trips none of these.
 */
export const HURRY_RE = /\b(?:keep(?:ing)? (?:things|it|this|the ball|momentum|us) (?:moving|rolling|going|ticking over|warm|alive)|(?:keep|stay)(?:ing)? (?:it |this |us |you )?(?:top|front) of mind|slip(?:s|ping)? (?:off|through|down)|go(?:es|ing)? cold|lose (?:momentum|steam)|get (?:it|this|things) (?:moving|over the line|wrapped up|done) (?:this|today|tomorrow|by|before|now|early|sooner|quickly)|(?:hurry|rush|fast-track|fast track|expedite|prioriti[sz]e|push) (?:it|this|them|things|that)\b[^.?!]{0,20}\b(?:along|through|up|by|before|this)|lock (?:it|this|that) in)\b|\b(?:call|ring|phone|email|ping|nudge|text|pop (?:in|round|by|over)|drop (?:in|by|round)|come (?:by|round)|check in|follow up|chase)\b[^.?!]{0,30}\b(?:tomorrow|tonight|first thing|this (?:afternoon|evening)|in (?:a|two|a couple of) days|every (?:few )?days|later today)\b|\b(?:if|unless) (?:i|we) (?:don't|do not|haven't|have not|hear) (?:hear(?:d)? )?(?:back|anything|otherwise|from you|by)\b[^.?!]{0,60}\b(?:assume|take (?:it|that) as|go ahead|book|schedule|send|proceed|going ahead)\b|\bunless (?:i|we) hear otherwise\b|\b(?:assume|take it) (?:that )?(?:we're|you're|it's|we are|you are) (?:good|happy|fine|ok|okay|going ahead|a yes)\b|\b(?:in the (?:meantime|interim)|while (?:she|he|they|you)(?:'s| is| are|'re)? (?:away|off|on leave|on holiday|travelling|out))\b[^.?!]{0,60}\b(?:approve|sign|decide|decision|go-ahead|yes|quick)\b|\b(?:approve|approval|sign(?:ed)? (?:it )?off|decide|decision|answer)\b[^.?!]{0,40}\b(?:sooner|earlier|without waiting|before (?:then|that|the meeting|she's back|he's back|they're back))\b|\b(?:could|can|would|might|couldn't|can't) (?:the|your|their|he|she|they) (?:chair|head|director|ceo|cfo|md|boss|manager|counsel|solicitors?|lawyers?|legal(?: team)?|committee|board|trustees|governors|council|procurement|partners?)\b[^.?!]{0,50}\b(?:approve|sign|faster|sooner|quicker|speed|prioriti[sz]e|lighter|skip|exception|by)\b|\b(?:ask|nudge|chase|push|get) (?:your|the|him|her|them) (?:\w+ )?(?:to (?:get|sign|approve|prioriti[sz]e|hurry|speed|decide)|for (?:an answer|a decision))\b|\bmy (?:quarter|target|quota|numbers|commission|month[- ]end|year[- ]end)\b|\b(?:our|my) (?:quarter|financial year|fiscal year|year) (?:ends|closes)\b|\blot riding on\b|\bhelp me (?:hit|reach|make|close|out)\b|\bi(?:'ve| have) turned (?:down|away)\b|\b(?:can't|cannot|won't be able to|can't always) (?:promise|guarantee|keep|hold)\b|\b(?:go|goes|give|release|offer|pass) (?:it |them |the \w+ )?to (?:another|the next|someone else|other)\b|\b(?:filling up|booking up|going fast|(?:almost|nearly) (?:fully )?booked)\b|\b(?:other|another|two|three|several) (?:\w+ )?(?:companies|clients|customers|buyers|sites|firms|clinics|people|schools)? ?(?:are |is )?(?:interested|asking|waiting|after)\b[^.?!]{0,30}\b(?:same|slot|spot|date|stock)\b|\b(?:prices?|rates?|premiums?|fees?|pricing) (?:go(?:es)? up|increase|rise|change)s?\b|\b(?:sign|commit|lock)(?:ing)? (?:it |this |in )?(?:now|today|this week|before (?:you|she|he|they|christmas|the))\b|\bwhat would it take to\b[^.?!]{0,40}\b(?:now|today|this (?:week|month)|sooner)\b|\b(?:too|a) long (?:time )?(?:way off|to wait)\b/i;

/**
 * "Chasing before the date the prospect gave is pressure" (THREADS.md, section 3): how far off a message puts the next
 * step, roughly, in days. Two kinds that do not compare with each other: a day of the month ("the 14th", "14 March")
 * and a span from now ("tomorrow", "Monday", "next week", "two weeks", "in March", "after Easter", "Q2").
 */
export interface Horizon { dayOfMonth?: number; days?: number }
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, few: 3, several: 4 };
const SPAN_RES: [RegExp, (m: RegExpMatchArray) => number][] = [
  [/\b(?:today|tonight|this (?:afternoon|evening|morning)|later today)\b/i, () => 0],
  [/\btomorrow\b|\bfirst thing\b/i, () => 1],
  [/\bin (?:a|two|a couple of|a few) days\b/i, () => 2],
  [/\b(?:this week|end of (?:the )?week|(?:on |this |by )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i, () => 4],
  [/\bnext week\b|\bin a week\b|\bweek's time\b/i, () => 7],
  [/\bfortnight\b/i, () => 14],
  [/\b(a|an|one|two|three|four|five|six|couple of|few|several|\d+)\s+(weeks?|months?)\b/i, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase().replace(' of', '')] ?? 2;
    return n * (/^w/i.test(m[2]!) ? 7 : 30);
  }],
  [/\b(?:next|end of the|end of) month\b/i, () => 30],
  [/\b(?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|easter|christmas|new year|next (?:quarter|year|term|financial year|fiscal year)|q[1-4]|half[- ]term|the holidays)\b/i, () => 45],
];
const DAY_OF_MONTH_RE = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{1,2})\b/i;
export function horizonOf(text: string): Horizon {
  const out: Horizon = {};
  const d = DAY_OF_MONTH_RE.exec(text);
  if (d) out.dayOfMonth = Number(d[1] ?? d[2] ?? d[3]);
  for (const [re, days] of SPAN_RES) {
    const m = text.match(re);
    if (m) out.days = Math.max(out.days ?? 0, days(m));
  }
  return out;
}
/** The rep getting in touch (not sending something that helps): the sentences whose timing is compared. */
const CONTACT_RE = /\b(?:call|ring|phone|give you a (?:ring|call|bell)|check in|check back|follow up|chase|nudge|ping|pop (?:in|round|by|over)|drop (?:in|by|round)|come (?:by|round|over)|touch base|reach out|get in touch|be in touch|catch up|visit|email you|message you)\b/i;
/** Getting in touch after their date or event ("follow up after it") is not early, whatever else the sentence dates. */
const AFTER_RE = /\b(?:after|once|when)\s+(?:it|that|then|the|they|she|he|you|your|their|we)\b/i;
/** The words of a dated contact ("give you a ring on the 12th", "phone you tomorrow"): where an early chase is shown. */
export const DATED_CONTACT_RE = new RegExp(`(?:${CONTACT_RE.source})[^.?!,;]{0,30}?\\b(?:(?:on )?the \\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?:st|nd|rd|th)|tomorrow|today|tonight|first thing|this week|next week|in (?:a|two|a couple of|a few) days|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b`, 'i');
/** The reply's sentences that get in touch sooner than the time the prospect asked for. */
export function chasesEarly(sentences: readonly string[], prospect: string): number[] {
  const theirs = horizonOf(normalizeForAnalysis(prospect));
  if (theirs.dayOfMonth === undefined && theirs.days === undefined) return [];
  return sentences.flatMap((x, i) => {
    if (!CONTACT_RE.test(x) || AFTER_RE.test(x)) return [];
    const ours = horizonOf(x);
    const early = (theirs.dayOfMonth !== undefined && ours.dayOfMonth !== undefined && ours.dayOfMonth < theirs.dayOfMonth)
      || (theirs.days !== undefined && ours.days !== undefined && ours.dayOfMonth === undefined && ours.days < theirs.days * 0.6);
    return early ? [i] : [];
  });
}

/**
 * Putting the answer off, from the guide's "does not answer the question asked and pitches instead": the question
 * turned into a topic for a call ("something we can look at together", "we'd go through that in the workshop",
 * "you'll see everything on the demo"), their goals asked about first, "before I do" in front of a pitch.
 */
export const DEFERS_RE = /\b(?:something|a question|one|an area) (?:we|i) can (?:definitely |certainly |happily )?(?:look at|discuss|go through|cover|talk (?:about|through)|get into|dig into|explore)\b|\b(?:understand|hear about|learn about|know more about) your (?:goals|needs|priorities|requirements|situation|business|plans)\b[^.?!]{0,20}\bfirst\b|\bfirst\b[^.?!]{0,30}\b(?:understand|hear|learn) (?:more )?(?:about )?your\b|\bbefore (?:i|we) (?:do|answer|get to that|send (?:it|that|them))\b|\b(?:we'd|we would|i'd|we'll|we will|i'll) (?:go through|cover|look at|get into) (?:all of )?(?:that|this|it|those) (?:in|on|during|at)\b|\byou'll see (?:it|everything|all of (?:it|that)|that|for yourself) (?:on|in|during|at)\b|\b(?:easiest|easier|better|best) (?:to )?(?:show|explain|discuss|cover|go through|talk through) (?:it |that |this )?(?:you )?(?:on|in|over|during) (?:a|the) (?:call|demo|meeting|visit|workshop)\b|\bdepends on a (?:lot|few things|number of (?:things|factors))\b[^.?!]{0,60}\b(?:call|chat|demo|meeting|cover)\b|\bthe (?:kind|sort) of thing (?:we'd|we|i'd) (?:go through|cover|discuss|look at)\b/i;

/** Questions that ask for a number, and what answers one (a figure or a number word). */
const COUNT_QUESTION_RE = /\bhow (?:many|much|long|often|soon|far|big|heavy|quickly)\b|\bwhat(?:'s| is| are)? (?:the |your )?(?:maximum |minimum |max |typical |usual )?(?:payload|price|cost|limit|capacity|range|size|weight|number|fee|rate|lead time|turnaround|response time|load|length|term|notice period)\b|\broughly what\b/i;
const NUMBER_RE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|half|unlimited|a week|a month|a year|a day)\b/i;
/** Yes/no questions, and what answers one. */
const YES_NO_QUESTION_RE = /^(?:[^.?!]*?[,:;]\s*)?(?:is|are|does|do|can|will|could|would|has|have|did|was|were)\b/i;
const YES_NO_ANSWER_RE = /\b(?:yes|yep|yeah|no|nope|not|isn't|aren't|doesn't|don't|can't|won't|it does|we do|it is|they are|we can|it can|we have|included|includes|separate|separately|extra|optional|standard|correct|absolutely|certainly|of course|both|either|only|partly|partially|mostly|attached|here it is|here's|here you go|sure)\b/i;
/** An honest "I'll check and confirm by Wednesday" is an answer for now (THREADS.md, section 3). */
const WILL_CONFIRM_RE = /\b(?:i'll|i will|let me|we'll|we will|i need to|i'd need to|i want to) (?:check|confirm|find out|double-check|get back to you|come back to you|ask)\b/i;
/**
 * The prospect's questions that ask for a number or a yes/no and get neither in the reply's first three sentences
 * (a P.S. does not count: an answer only in a P.S. is a dodge, THREADS.md section 3). Only the shapes a reply can be
 * checked against are read; other questions say nothing either way.
 */
export function leavesQuestionOpen(sentences: readonly string[], prospect: string): boolean {
  const asked = splitSentences(normalizeForAnalysis(prospect)).map((x) => x.text).filter((x) => x.includes('?'));
  if (!asked.length) return false;
  const body = sentences.filter((x) => !/^p\.?\s?s\b/i.test(x)).slice(0, 3).join(' ');
  if (WILL_CONFIRM_RE.test(body)) return false;
  // A question offering alternatives ("yours or ours?") is answered by naming one, which this cannot check.
  return asked.some((q) => !/\bor\b/i.test(q) && ((COUNT_QUESTION_RE.test(q) && !NUMBER_RE.test(body))
    || (!COUNT_QUESTION_RE.test(q) && YES_NO_QUESTION_RE.test(q.replace(/^(?:hi|hello|hey|dear)\b[^,]*,\s*/i, '')) && !YES_NO_ANSWER_RE.test(body))));
}

const STOP = new Set(['that', 'this', 'with', 'have', 'what', 'your', 'does', 'will', 'would', 'could', 'should', 'there', 'their', 'they', 'them', 'about', 'from', 'when', 'which', 'where', 'into', 'also', 'just', 'like', 'know', 'send', 'thanks', 'please', 'hello', 'some', 'then', 'than', 'more', 'much', 'many', 'were', 'been', 'being', 'want', 'need', 'able', 'over', 'other', 'only', 'still', 'each', 'make', 'sure', 'here', 'very', 'really', 'well', 'these', 'those', 'thing', 'things', 'work', 'works', 'doing', 'okay']);

/** The words of the prospect's questions that carry content: what an answer would name. */
function questionWords(prospect: string): Set<string> {
  const out = new Set<string>();
  for (const s of splitSentences(normalizeForAnalysis(prospect))) {
    if (!s.text.includes('?')) continue;
    for (const w of words(s.text)) if ((w.length >= 4 || /\d/.test(w)) && !STOP.has(w)) out.add(w.replace(/s$/, ''));
  }
  return out;
}

/** The reply split as the analyser splits a draft, bounded. */
export function replySentences(reply: string): string[] {
  return splitSentences(normalizeForAnalysis(reply)).slice(0, MAX_REPLY_SENTENCES).map((s) => s.text);
}

/**
 * The sentence model's probabilities for one sentence (CATEGORIES order): what it says of each reply sentence on its
 * own is evidence the thread model builds on (a cave on price is timid, a push after a no is pressure).
 */
export type SentenceScores = (sentence: string) => readonly number[];

/** Levels of the sentence model's strongest probability in the reply that become cues. */
const SCORE_LEVELS = [0.2, 0.4, 0.6, 0.8];
const SCORE_NAMES = ['hard_close', 'self_serving', 'timidity'];

/** What the thread model reads from one sentence alone: a pure function of its text, so it can be remembered. */
export interface SentenceWork {
  tokens: Token[];
  /** Its n-grams, `question` set on those holding a "?". */
  hits: { bucket: number; from: number; to: number; question?: true }[];
  /** The sentence model's probabilities, when it is given. */
  scores?: readonly number[];
}

export function sentenceWork(sentence: string, buckets: number, scores?: SentenceScores): SentenceWork {
  const tokens = tokenize(sentence);
  const hits = features(tokens, buckets, REPLY_CHARS).map((h) => (
    tokens.slice(h.from, h.to + 1).some((t) => t.word === '?') ? { ...h, question: true as const } : h
  ));
  return { tokens, hits, ...(scores ? { scores: scores(sentence) } : {}) };
}

/**
 * Every feature of the reply, with where it was read. `sentences` are the reply's (see replySentences); `work` gives
 * each sentence's own features (sentenceWork, or a remembered copy).
 */
export function replyHits(
  sentences: readonly string[], prospect: string, buckets: number, scores?: SentenceScores,
  work: (sentence: string) => SentenceWork = (x) => sentenceWork(x, buckets, scores),
): { hits: ReplyHit[]; tokens: Token[][] } {
  const hits: ReplyHit[] = [];
  const works = sentences.map(work);
  const tokens = works.map((w) => w.tokens);
  works.forEach((w, i) => {
    const ps = /^p\.?\s?s\b/i.test(sentences[i]!);
    for (const h of w.hits) {
      const q = h.question ? { question: true as const } : {};
      hits.push({ bucket: h.bucket, sentence: i, from: h.from, to: h.to, ...q });
      if (i === 0) hits.push({ bucket: salted(h.bucket, FIRST, buckets), sentence: i, from: h.from, to: h.to, marked: true, ...q });
      if (ps) hits.push({ bucket: salted(h.bucket, PS, buckets), sentence: i, from: h.from, to: h.to, marked: true, ...q });
    }
  });
  const cue = (name: string, question?: true, at?: readonly number[]) =>
    hits.push({ bucket: cueBucket(name, buckets), sentence: -1, from: 0, to: 0, ...(question && { question }), ...(at && { at }) });
  /** The sentences a test holds for; a cue on them (or on the whole pair, when only the joined text trips it). */
  const where = (test: (s: string) => boolean) => sentences.flatMap((x, i) => (test(x) ? [i] : []));
  const local = (name: string, re: RegExp | ((s: string) => boolean), whole?: boolean) => {
    const test = typeof re === 'function' ? re : (x: string) => re.test(x);
    const at = where(test);
    if (at.length) cue(name, undefined, at);
    else if (whole ?? test(sentences.join(' '))) cue(name);
  };
  const all = sentences.join(' ');
  const asks = sentences.some((s) => /\?["')\]]*$/.test(s) || /\?\s/.test(s));
  cue(asks ? 'asks' : 'no question', true);
  if (sentences.slice(0, 2).some((s) => s.includes('?'))) cue('asks early', true);
  const traded = trades(all);
  // Their own figure said back with a yes is a concession, unless they offered something for it (a trade accepted).
  const theirFigure = (x: string) => (ASKS_CONCESSION_RE.test(prospect) || NAMES_THEIR_PRICE_RE.test(prospect))
    && !PROSPECT_TRADE_RE.test(prospect) && agreesToTheirFigure(x, prospect);
  const given = (x: string) => concedesIn(x, prospect) || theirFigure(x);
  local('concession', (x) => concedes(x.replace(TOPIC_RE, '')) || readsConcession(x, prospect) || theirFigure(x));
  local('concession given', given, false);
  local('their figure agreed', theirFigure, false);
  if (traded) cue('trade');
  if (!traded) local('concession without trade', given, false);
  local('asks their number', NAME_PRICE_RE);
  if (ASKS_CONCESSION_RE.test(prospect) && !traded) {
    const agrees = where((x) => AGREES_RE.test(x) && !REFUSED_RE.test(x)).filter((i) => i < 2);
    if (agrees.length) cue('says yes to their ask', undefined, agrees);
  }
  if (PROSPECT_TRADE_RE.test(prospect)) {
    cue('they offer a trade');
    local('concession for their trade', given, false);
  }
  local('deadline', DEADLINE_RE);
  local('hurries', HURRY_RE);
  const early = chasesEarly(sentences, prospect);
  if (early.length) cue('chases before their date', undefined, early);
  if (WITHDRAW_RE.test(all)) cue('withdraws');
  if (WITHDRAW_RE.test(all) && !asks) cue('withdraws without a question', true);
  if (LEAVE_RE.test(all)) cue('leaves it to them');
  if (LEAVE_RE.test(all) && !asks) cue('leaves it to them without a question', true);
  local('push', PUSH_RE);
  local('asks for feedback', FEEDBACK_RE);
  if (sentences.some((s) => /^p\.?\s?s\b/i.test(s))) cue('postscript');
  if (scores) {
    SCORE_NAMES.forEach((name, c) => {
      for (const level of SCORE_LEVELS) {
        const at = works.flatMap((w, i) => ((w.scores?.[c] ?? 0) >= level ? [i] : []));
        if (at.length) cue(`sentence ${name} ${level}`, undefined, at);
      }
    });
  }
  // Whether their question got an answer is read by the dodging head alone: "any room on price?" left without a yes
  // or a no is a price held, not a fault of its own.
  const dodging = (name: string) => hits.push({ bucket: cueBucket(name, buckets), sentence: -1, from: 0, to: 0, only: 'dodges_question' });
  if (DEFERS_RE.test(all)) dodging('defers the answer');
  if (leavesQuestionOpen(sentences, prospect)) dodging('leaves their question open');
  const asked = questionWords(prospect);
  if (asked.size) {
    const opening = new Set(words(sentences.slice(0, 2).join(' ')).map((w) => w.replace(/s$/, '')));
    const shared = [...asked].filter((w) => opening.has(w)).length;
    cue(shared >= 2 ? 'opens on their question' : shared === 1 ? 'opens near their question' : 'opens elsewhere');
    if (/^(?:yes|yep|yeah|no|nope|absolutely|correct|it does|we do|it can|we can|you can|short answer|great question|good question)\b/i.test(sentences[0] ?? '')) cue('opens with an answer');
  }
  return { hits, tokens };
}

/** Cue hits carry this value; n-gram hits 1/sqrt(their number). */
export function hitWeight(hit: ReplyHit, ngramHits: number): number {
  return hit.sentence < 0 ? CUE_VALUE : ngramHits ? 1 / Math.sqrt(ngramHits) : 0;
}

export function toVector(pairs: Iterable<[number, number]>): SparseVector {
  const sums = new Map<number, number>();
  for (const [b, v] of pairs) sums.set(b, (sums.get(b) ?? 0) + v);
  const keys = [...sums.keys()].sort((a, b) => a - b);
  return { buckets: Uint32Array.from(keys), values: Float64Array.from(keys, (k) => sums.get(k)!) };
}

/** The reply as one fault's head reads it: one vector per reading (see instancesOf). */
export function replyVectors(reply: string, prospect: string, buckets: number, fault: ThreadFault, scores?: SentenceScores): SparseVector[] {
  const sentences = replySentences(reply);
  return instancesOf(replyHits(sentences, prospect, buckets, scores).hits, sentences.length, fault).map((r) => vectorOf(r.hits));
}

/**
 * Faults that sit in words (a re-pitch, a price given away, a deadline), read over runs of sentences as well as over
 * the whole reply: in a long reply, one sentence that gives the price away is a small share of the whole reply's
 * n-grams, and the rest would drown it. The two absences (no question after "no budget", the question left
 * unanswered) are read over the whole reply only: a part of a good reply can lack what the whole has.
 */
export const WINDOWED: readonly ThreadFault[] = ['push_after_no', 'caves_on_price', 'pressures_stall'];
/** Sentences per run: as long as most written replies, so a run reads like one. */
export const WINDOW = 3;

/** One reading of the reply by a head: its hits, and the sentences they come from (`to` exclusive). */
export interface ReplyInstance {
  hits: readonly ReplyHit[];
  from: number;
  to: number;
}

/**
 * The readings a fault's head scores; its probability is the highest of them, in training and at run time. The whole
 * reply, and for a reply longer than WINDOW sentences and a fault in WINDOWED, each run of WINDOW consecutive
 * sentences with the cues of the whole pair that are not tied to sentences (a trade named two sentences away still
 * makes a concession a trade) and those tied to a sentence of the run (a concession, a deadline, a re-pitch).
 */
export function instancesOf(hits: readonly ReplyHit[], sentences: number, fault: ThreadFault): ReplyInstance[] {
  const read = hitsFor(hits, fault);
  const out: ReplyInstance[] = [{ hits: read, from: 0, to: sentences }];
  if (!WINDOWED.includes(fault) || sentences <= WINDOW) return out;
  for (let from = 0; from + WINDOW <= sentences; from++) {
    const inside = (i: number) => i >= from && i < from + WINDOW;
    out.push({ hits: read.filter((h) => (h.sentence < 0 ? !h.at || h.at.some(inside) : inside(h.sentence))), from, to: from + WINDOW });
  }
  return out;
}

export function vectorOf(hits: readonly ReplyHit[]): SparseVector {
  const n = hits.filter((h) => h.sentence >= 0).length;
  return toVector(hits.map((h) => [h.bucket, hitWeight(h, n)]));
}

// Cues in the prospect's message, from the guide's definitions of each situation.
const PROSPECT_CUES: [string, RegExp][] = [
  ['no', /\b(?:not interested|no longer|turned (?:it |this |us )?down|not (?:something|one|the right \w+) (?:we|for)|not for (?:us|me|our)|no,? thank(?:s| you)|(?:do not|don't|please don't) (?:contact|call|email)|(?:will not|won't|not going to) renew|cancel(?:ling|led)? (?:the|our)|voted (?:against|not to)|chose not to|(?:will not|won't|not) be (?:taking (?:this|it|up)|renewing|needing)|(?:it's|is) a no|(?:we're|we are|i'm) going to pass|decided (?:not|against)|(?:went|go|going|gone) with|signed with|chose|chosen|picked|selected|not (?:going to |gonna )?(?:move|go) (?:forward|ahead)|pass on|take me off|unsubscribe|stop (?:emailing|contacting|sending)|remove me|not a fit|won't be (?:moving|going|proceeding)|not proceeding|closing (?:this|the) out)\b/i],
  ['concession', /\d\s?%|\bdiscount|\b(?:any|some|much|how much|a (?:bit|little) of|is there) (?:room|give|movement|flex|leeway|wriggle room)\b|\bnegotia(?:ble|te)\b|\bcome down\b|\bsharpen\b|\bbest you can do\b|\bcheaper\b|\b(?:better|friendlier|kinder|sharper|keener|smaller|lower) (?:price|rate|deal|number|figure|quote)\b|\b(?:lower|reduce|drop|sharpen)\b[^.?!]{0,20}\b(?:price|rate|fee|quote|number)|\bmatch\b|\bwiggle room\b|\bflexib|(?<!feel |feels |hands-|toll-)\bfree\b(?! (?:up|time|to|of|trial))|\bwaive|\bthrow in\b|\bknock\b|\b(?:do|come down) on (?:the )?price\b|\bbest (?:price|offer)\b|\bsweeten\b|\bbudge\b|\b(?:price|rate|fee|charge|cost|quote|total|licen[cs]e|subscription)s?\b[^.?!]{0,20}\b(?:dropped|removed|waived|reduced|lowered|cut|gone|taken off)\b|\b(?:under|below|less than)\s+(?:[$£€₹¥]\s?\d|\d[\d,.]*\s?(?:k|grand|%))|\bwhat (?:can|could) you (?:offer|do)\b|\b(?:reduce|lower|adjust|sharpen|trim|cut)\s+(?:it|that|this|them)\b/i],
  ['money', /\bbudget|\bafford|\bexpensive\b|\bcost(?:s|ly)?\b|\bspend(?:ing)?\b|\b(?:un|de-?)?fund(?:s|ed|ing)?\b|\bfrozen\b|\bfreeze\b|\bmoney\b|\bcash\b|\bprice(?:y|d)?\b|\bout of (?:our|my) range\b|\b(?:too|a bit|rather|far) (?:much|steep|rich|dear|high)\b|\b(?:seems|is|feels) (?:a lot|steep|excessive|rich|dear)\b|\b(?:over|above|more than|beyond) what (?:we|the|our)\b|\bsticking point\b|\bdeal[- ]?breaker\b|\b(?:can't|cannot|can not) (?:stretch|justify|find the money)\b|\bbeyond (?:us|our means)\b|\bout of (?:our )?reach\b|\b(?:what|the figure) you quoted\b/i],
  ['time', /\b(?:at the (?:earliest|soonest)|not (?:before|until)|(?:the )?timing(?:'s| is| isn't)? (?:not|wrong|bad|off|tricky|awkward)|bad timing|not the right time|sit on|sleep on|mull|leave it with me|hang fire|back burner|put (?:it|this) (?:to one side|aside)|hold off|on (?:leave|holiday|pause)|away until|back (?:on|in) the|agenda|tabled|in due course|until after|pick (?:this|it) (?:back )?up|reconvene|after (?:easter|christmas|new year|the (?:summer|holidays|break|new year|weekend))|catch me (?:after|in|next|later|again)|(?:not|isn't|is not|aren't)\b[^.?!]{0,25}\bright now|think (?:it )?(?:over|about)|get back to you|circle back|revisit|later|next (?:week|month|quarter|year)|after (?:the|our)|few (?:weeks|months)|not (?:right )?now|busy|swamped|on hold|pause|park|committee|board|sign[- ]off|legal|approval|need (?:more )?time|touch base|ping me|reach out in)\b/i],
  ['question', /\?/],
  ['yes', /\b(?:approved|signed off on|(?:have |has )?agreed to|(?:been |was )?selected|pleased to confirm|go with you|happy to (?:go ahead|proceed|sign|be)|works for (?:me|us)|sounds good|let's do|send (?:over |me )?(?:the |an? )?(?:invite|contract|order form|proposal|agreement|paperwork)|go ahead|ready to|book (?:it|us|a)|set (?:it|that) up|count us in|on board|looking forward)\b/i],
  ['pleasantry', /^(?:thanks?|thank you|cheers|great|got it|noted|ok|okay|good to know)\b[^.?!]{0,20}[!.]*$|\bno longer monitored\b|\b(?:have |has )?left the (?:company|business|organi[sz]ation)\b|\b(?:delivery|message) (?:has )?(?:failed|delivered|could not be delivered)\b|\bundeliverable\b|\bout of (?:the )?office\b|\bautomatic reply\b|\bauto-?reply\b|\bon (?:leave|vacation|holiday)\b/i],
];

/**
 * A prospect cue counts for more than a reply cue: a message is short, a handful of n-grams, and the cue is the
 * guide's own definition of the situation (cross-validated situation macro-F1 0.899 at 0.25, 0.908 at 0.5).
 */
const PROSPECT_CUE_VALUE = 0.5;

/** The prospect's message as features: n-grams over the whole text, plus the cues it trips. */
export function prospectVector(prospect: string, buckets: number): SparseVector {
  const text = normalizeForAnalysis(prospect).trim();
  const hits = features(tokenize(text), buckets);
  const value = hits.length ? 1 / Math.sqrt(hits.length) : 0;
  const pairs: [number, number][] = hits.map((h) => [h.bucket, value]);
  for (const [name, re] of PROSPECT_CUES) if (re.test(text)) pairs.push([cueBucket(`prospect ${name}`, buckets), PROSPECT_CUE_VALUE]);
  if (text === '') pairs.push([cueBucket('prospect empty', buckets), 1]);
  return toVector(pairs);
}
