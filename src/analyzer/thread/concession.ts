/**
 * Reading a concession from the parse rather than from a list of wordings. THREADS.md: a concession is anything of
 * value the seller gives up on what the prospect pays or gets for it. The reader looks for the shapes that takes,
 * whatever the words around them:
 *
 * - a verb of giving ground (reduce, trim, waive, match, defer, throw in…) whose object is the price or a part of it
 *   (a fee, the rate, the quote, the first invoice), said by the seller ("we", "I", or no subject) or of the price in
 *   the passive ("the setup charge is waived");
 * - an amount or a share off (#Money or #Percent beside "off", "less", "discount", "cheaper");
 * - a figure offered ("I can do $38", "call it €9") lower than one the prospect or the reply named;
 * - something given at no charge: free, complimentary, on us, at no cost, extra or bonus units thrown in;
 * - a competitor's price matched or beaten;
 * - trying for one: seeing what can be done, asking a manager or finance about the price;
 * - meeting halfway, a first payment deferred or made smaller, a trial made longer.
 *
 * What it does not read as giving ground: a concession refused in the same sentence, the product saving the
 * prospect money ("it cuts your costs by a fifth"), and a free trial or a guarantee that holds the price.
 * Whether a concession is traded for something is read elsewhere (features.ts): this says only whether one is given,
 * offered or opened. Pure: text in, offsets out.
 */
import nlp from 'compromise/two';

export interface ConcessionSpan {
  /** Offsets in the sentence of the words that give the ground. */
  start: number;
  end: number;
}

interface Term {
  text: string;
  /** Lower case, apostrophes kept. */
  word: string;
  /** The dictionary form when compromise knows it ("waived" → "waive"), else the word. */
  lemma: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** Whether a clause ends after this term (a comma, a semicolon, a colon, a dash). */
  breaks: boolean;
}

/** Past forms compromise leaves without a root ("written off", "struck off", "taken off"). */
const IRREGULAR: Record<string, string> = { written: 'write', wrote: 'write', struck: 'strike', taken: 'take', took: 'take', brought: 'bring', got: 'get', gotten: 'get', held: 'hold', eaten: 'eat', ate: 'eat', knocked: 'knock', wiped: 'wipe', chopped: 'chop', lopped: 'lop' };

interface JsonTerm { text: string; normal?: string; root?: string; tags?: string[]; post?: string; offset?: { start: number; length: number } }

function termsOf(sentence: string): Term[] {
  const doc = nlp(sentence);
  doc.compute('root');
  const out: Term[] = [];
  for (const s of doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[]) {
    for (const t of s.terms) {
      if (!t.offset) continue;
      const word = (t.normal ?? t.text).toLowerCase();
      out.push({
        text: t.text, word, lemma: (t.root || IRREGULAR[word] || word).toLowerCase(), tags: new Set(t.tags ?? []),
        start: t.offset.start, end: t.offset.start + t.text.length,
        breaks: /[,;:—–(]|\s-\s/.test(t.post ?? ''),
      });
    }
  }
  return out;
}

/** What the prospect pays, or a part of it. */
const PRICE_NOUNS = new Set(['price', 'prices', 'pricing', 'rate', 'rates', 'fee', 'fees', 'charge', 'charges', 'cost', 'costs', 'quote', 'quotation', 'invoice', 'invoices', 'bill', 'billing', 'total', 'figure', 'number', 'licence', 'license', 'licences', 'licenses', 'subscription', 'renewal', 'deposit', 'payment', 'payments', 'instalment', 'installment', 'instalments', 'installments', 'premium', 'retainer', 'commission', 'margin', 'markup', 'mark-up', 'tariff', 'surcharge', 'levy', 'sticker', 'list', 'day-rate', 'dayrate', 'tab', 'spend', 'amount', 'balance', 'outlay', 'bid', 'offer', 'proposal', 'estimate', 'contract', 'deal', 'package', 'plan', 'tier']);
/** Nouns that name a price only with a figure or a price word near ("the plan", "the deal"): too general alone. */
const WEAK_PRICE_NOUNS = new Set(['contract', 'deal', 'package', 'plan', 'tier', 'offer', 'proposal', 'bid', 'amount', 'balance', 'list', 'number', 'figure', 'total', 'spend', 'outlay', 'tab']);
/** Verbs of giving ground on a price. */
const GIVE_VERBS = new Set(['reduce', 'lower', 'cut', 'drop', 'trim', 'shave', 'slash', 'halve', 'discount', 'waive', 'scrap', 'remove', 'cancel', 'forgo', 'forego', 'knock', 'lop', 'chop', 'pare', 'soften', 'ease', 'sharpen', 'sweeten', 'shrink', 'lessen', 'mark', 'write', 'wipe', 'strike', 'axe', 'ax', 'ditch', 'absorb', 'swallow', 'cover', 'comp', 'refund', 'rebate', 'credit', 'defer', 'postpone', 'delay', 'freeze', 'cap', 'match', 'beat', 'undercut', 'adjust', 'revise', 'rework', 'discount', 'subsidise', 'subsidize', 'forgive', 'zero', 'nix', 'kill', 'eat', 'bring', 'take', 'get', 'move', 'push', 'shift', 'hold']);
/** Of those, the ones that give ground only with "down", "off", "back" or a lower figure ("bring the price down"). */
const NEEDS_PARTICLE = new Set(['bring', 'take', 'get', 'move', 'knock', 'mark', 'write', 'wipe', 'lop', 'chop', 'push', 'shift', 'hold', 'eat']);
/** Verbs whose object is a price that moves in time, not in size: giving ground only on a first or next payment. */
const DEFER_VERBS = new Set(['defer', 'postpone', 'delay', 'push', 'shift', 'move', 'hold']);
/** Verbs of giving something extra ("throw in", "add", "include"): a concession when it comes free or extra. */
const ADD_VERBS = new Set(['throw', 'add', 'include', 'give', 'toss', 'bundle', 'extend', 'offer', 'provide', 'grant', 'let', 'upgrade', 'comp', 'chuck']);
/** Words for nothing to pay. */
const FREE_WORDS = /\b(?:free(?! (?:up|time|trial|of (?!charge)))|complimentary|gratis|on us|on me|on the house|at no (?:extra |additional )?(?:cost|charge)|no (?:extra |additional )?(?:cost|charge)|free of charge|without (?:any )?(?:extra |additional )?(?:cost|charge)|for nothing|at our expense|our treat|half (?:the )?(?:price|cost|fee|rate)|half off|at cost|pro bono|at a loss|(?:won't|will not|wouldn't|shan't|don't) be (?:charged|billed|invoiced)|(?:for|at) the (?:price|rate|cost) of)\b/i;
const NOT_FREE = /\b(?:replaced free|free replacements?|free of (?:defects|errors|charge for (?:faults|defects))|free within|feel free|feels free|(?:you're|you are|be|are|is|am|feel|feels|i'm) free to|(?:are you|you're|you are|are they|am i|i'm|we're|were you|is (?:he|she|that|it)) free\b|hands-free|toll-free|risk-free|free (?:trial|demo|consultation|guide|download|resources?|webinar|tier|plan|version)|free\b[^.?!,;]{0,30}\b(?:on|with|in) (?:every|all|each|any) (?:plans?|tiers?|accounts?|subscriptions?|customers?)|free\b[^.?!,;]{0,20}\bas standard|free for (?:everyone|every customer|all (?:customers|users|clients))|(?:is|are) (?:charged |billed |priced |supplied )?at cost)\b/gi;
/** Units that can be given away. */
const UNITS = /^(?:months?|weeks?|days?|quarters?|years?|seats?|users?|units?|licen[cs]es?|add-?ons?|modules?|credits?|hours?|sessions?|devices?|sites?|locations?|logins?|accounts?|features?|reports?|trainings?|installs?|visits?|lessons?|classes?|tickets?|passes?|gb|tb|minutes?|integrations?|workshops?|upgrades?|extras?|spaces?|slots?|bottles?|cases?|boxes?|kits?|vehicles?|kilos?|bags?|meals?|rooms?|nights?)$/;
const EXTRA_WORDS = new Set(['extra', 'additional', 'bonus', 'another', 'further', 'spare', 'more']);
/** The seller speaking, or no subject ("happy to…", "Let's…"). */
const SELLER = new Set(['i', 'we', "i'll", "we'll", "i'd", "we'd", "i've", "we've", "i'm", "we're", 'us', "let's", 'let', 'me', 'happy', 'glad', 'willing', 'able', 'prepared', 'pleased', 'delighted']);
/** The prospect's own costs or spending, which a product can cut without any price given up. */
const THEIR = new Set(['your', 'their', 'his', 'her', 'its']);
const THEIR_COSTS = /^(?:costs?|spend|bills?|overheads?|outlay|expenses?|budget|waste|payroll|premiums?)$/;
/** The normal rate kept, for less scope: not a concession (THREADS.md, section 3). */
const SAME_RATE = /\b(?:same|normal|standard|usual|list|full|regular|current) (?:\w+ )?(?:rate|price|pricing|per-\w+ (?:price|rate)|terms)\b/i;
/** A part of the normal rate is not the normal rate: "at half the usual rate", "a fraction of the standard cost". */
const PART_OF_RATE = /\b(?:half|a (?:third|quarter|fifth|fraction|portion)(?: of)?|(?:two|three)[- ](?:thirds|quarters)(?: of)?|\d+\s?%\s?(?:of|off|below|under)|below|under|beneath|less than|cheaper than|off) (?:the |our |your )?(?:same|normal|standard|usual|list|full|regular|current) (?:\w+ )?(?:rate|price|pricing|fee|cost)/i;
const sameRate = (text: string) => SAME_RATE.test(text) && !PART_OF_RATE.test(text);
/** A refusal in the same clause gives nothing away. */
const REFUSAL = /\b(?:can't|cannot|can not|won't|will not|wouldn't|would not|unable|not able|no room|not in a position|not possible|isn't possible|don't|do not|doesn't|does not|didn't|never|rather not|not going to|(?:instead of|rather than) (?:the |our |your |a |any )?(?:price|rate|fee|pricing|discount)|(?:instead of|rather than) (?:\w+ )?(?:a |any )?(?:discount|discounting|cut|cutting|drop|dropping|lower|lowering|reduc\w*|waiv\w*|free|money off|knock\w*|match\w*|cheaper|moving on price|touching the price)|without (?:touching|changing|moving|cutting|dropping|lowering)|rather\b[^.?!]{0,40}\bthan (?:to )?(?:\w+ )?(?:the |our |your |a |any )?(?:price|rate|fee|pricing|discount|cost))\b/i;
/** "Why don't I…", "why not let me…": an offer, whatever its "don't". */
const OFFER_QUESTION = /\bwhy (?:don't|do not|not) (?:i|we|you let (?:me|us)|let (?:me|us))\b/gi;
/** Words that open a new clause: the object of a verb is looked for before them. */
const CLAUSE_OPENERS = new Set(['but', 'because', 'so', 'if', 'which', 'while', 'although', 'though', 'unless', 'since', 'when', 'once', 'and']);
/** Words of trying for a concession on the seller's side. */
const ASK_UP = /\b(?:see|check|find out) how (?:far|low|much lower) (?:down )?(?:i|we) can\b|\b(?:see|check|find out|work out|figure out) (?:what|how much|whether|if) (?:i|we|they|my \w+|our \w+) (?:can|could|might|may) (?:do|manage|offer|find|get|stretch|shift|move|squeeze|arrange|approve|work out|come up with)\b/i;
const ASK_BOSS = /\b(?:(?:have|had|put in) a (?:quiet )?word|talk|speak|check|ask|go back|run (?:it|this|that) (?:by|past)|push|fight|lobby|chat|raise (?:it|this|that)|take (?:it|this|that)|put (?:it|this|that)|plead|bat|go in|escalate (?:it|this|that)?|get (?:approval|sign-off|the nod|permission))\b[^.?!]{0,20}\b(?:manager|boss|director|finance|pricing|head|vp|cfo|ceo|md|leadership|partners?|owner|founder|commercial|sales (?:lead|director|manager)|team lead|higher[- ]ups?|powers that be|upstairs|accounts|underwriters?|insurer|board|owners?|regional|area manager|rvp|deal desk|finance team|bosses)\b/i;
const PRICE_TALK = /\b(?:price|pricing|rate|fee|cost|discount|number|figure|quote|deal|better|lower|cheaper|sharper|flex|flexibility|movement|wiggle|room|budge|exception|reduction|concession|terms|special|something)\b/i;
const HALFWAY = /\b(?:(?:consider|call) (?:it|that|them|those|the \w+(?: \w+)?) (?:waived|dropped|gone|scrapped|removed|comped|free|sorted|cancelled|canceled|written off|struck off)|split (?:the|it|that|our|your) (?:difference|gap|cost|bill|fee)|split (?:it|that) (?:down the middle|(?:fifty|50)[- /](?:fifty|50))|meet (?:you )?(?:halfway|half-way|half way|in the middle|somewhere in the middle|partway)|go halves|halfway house)\b/i;
/** A first or next payment made later or smaller. */
const FIRST_PAYMENT = /\b(?:first|initial|opening|next|upfront|up-front|starting|1st) (?:\w+ )?(?:payment|invoice|instalment|installment|bill|charge|month's fee|deposit|billing)s?\b/i;
/** Nothing to pay for a while, in so many words. */
const NOTHING_UNTIL = /\b(?:won't|will not|wouldn't|shan't|not) (?:\w+ )?(?:(?:see|get|receive|have) (?:a |an |any |the )?)?(?:invoice|bill|charge)(?: you)?\b[^.?!]{0,12}\b(?:until|till|before|for the first)\b|\b(?:pay|owe|payable|due) (?:nothing|anything|a (?:penny|cent|thing)|zero)\b[^.?!]{0,20}\b(?:until|till|before|for)\b|\bnothing (?:to pay|due|payable)\b[^.?!]{0,20}\b(?:until|till|before|for)\b|\b(?:billing|invoicing|payments?|charges?) (?:start|starts|begin|begins|kick in|kicks in)\b[^.?!]{0,15}\b(?:in|from|after|only|once|when)\b|\bpay (?:later|in arrears|when you|once you|after you)\b/i;
const LATER_OR_SMALLER = /\bin (?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|the (?:spring|summer|autumn|fall|winter|new year))\b|\b(?:later|until|till|back|after|off|next (?:month|quarter|year)|in (?:the )?(?:new|next)|from|defer|deferred|postpone|postponed|delay|delayed|smaller|lower|reduced|half|halve|halved|lighter|skip|skipped|waive|waived|nothing|zero|push|pushed|move|moved|hold|held|until|arrears|spread|split|staged|stagger)\b/i;
const FIG = String.raw`(?:[$£€₹¥]\s?\d[\d,.]*\s?(?:k|m|grand)?|\bR\s?\d[\d,.]*|\d[\d,.]*\s?(?:%|percent|per cent|k\b|grand\b|euros?\b|dollars\b|pounds\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|a few|a couple of) (?:percent|per cent)\b)`;
const LOWER_THAN = new RegExp(String.raw`(${FIG})[^.?!;]{0,25}?\b(?:instead of|rather than|down from|not|vs\.?|versus|in place of|compared with|compared to|from)\s+(?:the\s+)?(${FIG})`, 'i');
const FROM_TO = new RegExp(String.raw`\bfrom\s+(${FIG})[^.?!;]{0,20}?\bto\s+(${FIG})`, 'i');
/** A figure's size, for comparing two of a kind. */
function amount(text: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s?(k|m|grand)?/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  const scale = (m[2] ?? '').toLowerCase();
  return n * (scale === 'k' || scale === 'grand' ? 1e3 : scale === 'm' ? 1e6 : 1);
}
const FIGURE_YES = new RegExp(String.raw`${FIG}(?:\s?(?:\/|per|a|an|each)\s?\w+)?(?:\s+(?:off|lower|less|down))?\s+(?:it is|is fine|is ok|is okay|works(?! out)|is doable|is agreed|agreed|done|then|you shall have|you've got|is yours)\b`, 'i');
const FIGURE_GIVEN = new RegExp(String.raw`\b(?:(?:i|we)(?:'ll| will| can| could| would| 'd|'d|'ve| have)?(?: (?:got|been able to|managed to|secured))?|happy to|glad to|willing to|able to|let me|let's)\s+(?:\w+\s+)?(?:do|give|offer|approve|approved|apply|applied|manage|stretch to|go to|find|honou?r|authori[sz]e|sign off|signed off|approval for|extend)\s+(?:you\s+)?(?:an?\s+)?(?:extra\s+|additional\s+|further\s+|another\s+|the\s+)?\d[\d,.]*\s?(?:%|percent|per cent)`, 'i');
/** A price named as special to them: "a special rate", "our nonprofit rate", "a reduced monthly fee". */
const SPECIAL_PRICE = /\b(?:special|reduced|discounted|preferential|loyalty|nonprofit|non-profit|charity|start-up|startup|founder|founders'?|introductory|friends(?: and family)?|sharper|keener|friendlier|better|cheaper|lower|concessionary|mates'?|courtesy|goodwill|one-off|intro|launch|early-bird|legacy|grandfathered|today's|last year's|old|previous|original) (?:[\w-]+ )?(?:price|prices|pricing|rate|rates|fee|number|figure|quote|deal|terms)\b|\bdo you a (?:\w+ )?deal\b/i;
/** More given for the same price: "the premium tier for the price of standard", "same price for the extra users". */
const MORE_FOR_SAME = /\b(?:same|starter|basic|old|existing|lower|standard) (?:\w+ )?(?:price|rate|fee|cost)\b (?:for|with|including|covering|to include) (?:the |an? |your )?(?:extra|additional|more|bigger|larger|premium|enterprise|pro|upgraded|second|another|whole|full)\b|\bfor the (?:price|rate|cost) of\b|\b(?:annual|yearly|premium|bigger|larger|enterprise|pro|full|whole|upgraded) (?:\w+ )?at the (?:monthly|basic|starter|standard|lower|smaller|old|entry) (?:\w+ )?(?:price|rate)\b|\bupgrade (?:you|your \w+)\b[^.?!]{0,40}\b(?:at|on|for|keep you on) (?:the |your )?(?:same|standard|current|existing|old) (?:\w+ )?(?:price|rate|fee|plan price)\b|\b(?:extra|additional|bonus|another|second|more) (?:\w+ )?(?:seats?|users?|sites?|storage|licen[cs]es?|modules?|months?|weeks?|units?|hours?|locations?)\b[^.?!]{0,15}\b(?:added|included|thrown in|covered|on top)\b/i;
/** The seller giving what follows: "I can get you a special rate", "we'll put you on our nonprofit rate". */
const SELLER_GIVES = /\b(?:i|we|i'll|we'll|i'd|we'd|me|us|let's|happy to|glad to|willing to)\b[^.?!]{0,50}\b(?:give|get|offer|apply|put|do|let|lock|hold|keep|honou?r|extend|find|approve|sort|arrange|move|switch|grant|set|work out|at|on|with|to|roll|carry|leave|send|go|come|run)\b[^.?!]{0,15}$|\b(?:can|could|will|'ll) (?:go|run|be done|come|happen|start) at(?: an?| the)?\s*$/i;
/** A price brought down to or by a figure, or a figure proposed in so many words. */
const DOWN_TO = new RegExp(String.raw`\b(?:drop|bring|get|take|knock|cut|lower|move|go|come|put|shave|trim|pare|reduce)\w*\b(?:\s+(?:it|that|this|things|us|you|the \w+(?: \w+)?))?(?:\s+(?:down|back|off))?\s+(?:to|by|another|a further|in at|off)\s+(?:just\s+|only\s+)?${FIG}|\b(?:how about|what about|shall we say|let's say|call it|make it|let's make it|let's call it|meet you at|come in at|go down to|settle (?:on|at)|land at)\s+(?:a round\s+|an even\s+|just\s+)?${FIG}|${FIG}\s+(?:off|cheaper)\b(?! (?:your|their) (?:\w+ )?(?:bill|costs?|spend|fuel|energy|overheads?|payroll|waste))|\b(?:a|one|two|three|five|a few) (?:grand|thousand|hundred|hundred quid|hundred bucks|bit|chunk) off\b`, 'i');
/** Words a seller gives whatever they are given on: waiving, comping, absorbing, writing off. */
const GIVES_WHATEVER = /\b(?:i|we|i'll|we'll|let's|let me|happy to|glad to)\b[^.?!,;]{0,20}\b(?:waive|comp|absorb|forgo|forgive|write off|skip the (?:deposit|setup|set-up|fee|charge|first|installation|onboarding|admin)|freeze (?:the |your |our )?(?:price|prices|rate|rates|pricing)|(?:extend|lengthen|relax|ease|soften|stretch) (?:your|our|the) (?:payment |credit )?terms|(?:cut|shorten|reduce|drop|waive|halve) (?:the |your |our )?(?:notice period|minimum term|lock-in|tie-in|commitment period|cancellation fee)|match whatever|beat whatever)\b/i;
/** Nothing charged, in so many words, for them: "no setup fee for you", "no invoice until April". */
const NO_FEE_FOR_YOU = /\bno (?:\w+ )?(?:fees?|charges?|deposit|invoice|payment|bill)\b (?:for you|for your|until|till|for the first|this (?:year|month|quarter))\b/i;
/** The price moved down by any verb: "dial the monthly cost down", "bring our rate into line with", "mark the plan down". */
const PRICE_DOWN = /\b(?:\w+) (?:(?:our|my|the|your|each|every|that|this|it|them)\s+)?(?:\w+\s+){0,2}?(?:price|prices|pricing|rate|rates|fee|fees|cost|costs|quote|licen[cs]e|subscription|retainer|plan|charge|charges|bill|invoice|total|figure|number|it|that|them)\s+(?:down|lower|back down|into line|in line|under|below|off)\b(?! (?:to|with) (?:the )?(?:warehouse|site|office|team|basics))|\b(?:price|rate|fee|cost|quote|charge|bill)s? (?:drops?|falls?|comes? down|goes? down|dips?|will drop|will fall|will come down|can drop|can come down)\b/i;
/** Not charging, in any words: "won't cost you a penny", "don't pay us anything until", "only charge for half". */
const NOT_CHARGED = /\b(?:won't|will not|wouldn't|shan't|doesn't|don't|do not|needn't|no need to)\s+(?:\w+\s+)?(?:cost you|charge you|bill you|invoice you|pay (?:us|me|a|anything|a penny|a thing|a cent)|raise an invoice|send (?:an|the) invoice|bill for|charge for|invoice for)\b(?:[^.?!]{0,30}\b(?:until|till|before|for|a penny|a cent|a thing|anything|extra))?|\b(?:only|just) (?:charge|bill|invoice)(?: you)? for (?:half|part|one|two|the first|some)\b|\b(?:invoice|bill|charge) you (?:next|in (?:the )?(?:new|next|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])|later|after|when|once)\b|\bkeep (?:charging|billing) (?:you )?(?:your|the) (?:current|old|existing|same)\b|\bwithout (?:the|a|any) (?:\w+ )?(?:deposit|fee|charge|setup fee|set-up fee|down payment)\b|\bfor a (?:token|nominal|symbolic)\b|\b(?:i'll|i will|let me|we'll|we will|i can|we can|happy to|i'm|i am|we're|we are) (?:\w+ )?(?:go|going) (?:in )?to bat\b|\bsame (?:price|rate|fee|deal|terms) as (?:the|their|your|what|them|it|that)\b|\bprice[- ]match|\b(?:credit|refund)\b[^.?!]{0,30}\b(?:back|to your account|against)\b|\bsee (?:what|how (?:low|far|much))\b[^.?!]{0,30}\b(?:i|we|they|he|she)(?:'ll| can| could| will| might| would)\b/i;
/** A price put under theirs: "we'll come in under what you pay now", "a fiver under the last vendor". */
const BELOW_THEIRS = /\b(?:under|below|beneath|less than|cheaper than|undercut)\s+(?:what(?:ever)?|their|theirs|the (?:last|other|current|lowest|online|incumbent)|your (?:current|existing|present)|it|that|them|anyone|any)\b/i;
/** Part of their cost taken on: "we'll cover half the hardware". */
const SHARE_COVERED = /\b(?:cover|pay for|pick up|take on|absorb|fund|foot)\s+(?:half|part|some|a third|a quarter|most|the rest)\b/i;
/** Paying later or in parts. */
const PAY_LATER = /\b(?:defer|deferred|delay|delayed|postpone|postponed|stagger|staggered|staged|spread|split|stretch|stretched)\b[^.?!]{0,20}\b(?:payments?|fees?|invoices?|invoicing|billing|bill|cost|charges?)\b|\b(?:payments?|fees?|invoices?|billing|bill|cost|charges?)\b[^.?!]{0,20}\b(?:deferred|postponed|delayed|staggered|spread|split)\b|\bpay (?:half|part|some|a (?:third|quarter|portion)|\d+\s?%) (?:now|up front|upfront|today|on signing)\b|\b(?:in|over) (?:\w+ )?(?:instalments|installments)\b|\b(?:net|within)[- ]?(?:45|60|75|90|120)(?: days)?\b|\b(?:45|60|75|90|120)[- ]day (?:payment )?terms\b|\b(?:let|allow) you (?:to )?pay\b[^.?!]{0,30}\b(?:later|in q[1-4]|next|when|once|after|over|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the new))\b/i;
/** A trial made longer or repeated. */
const TRIAL = /\b(?:extend|extends|extended|extending|lengthen|lengthened|stretch|stretched|prolong|prolonged|double|doubled|add (?:\w+ )?(?:days?|weeks?|months?) to|keep)\b[^.?!]{0,20}\b(?:trial|pilot|evaluation|proof of concept|poc|test period|sandbox)\b|\b(?:longer|extended|another|extra|additional|second|bigger|further|two-month|three-month|60-day|90-day|six-week|eight-week) (?:free )?(?:trial|pilot|evaluation|test period)\b|\b(?:trial|pilot|evaluation)\b[^.?!]{0,25}\b(?:another|an extra|a further|more|additional|longer|extra)\b[^.?!]{0,10}\b(?:days?|weeks?|months?)\b|\b(?:trial|pilot|evaluation) (?:run|running|go|going) (?:on|longer|until|till)\b/i;
/** Part of the price, or the usual price for more: "at half that", "a fraction of the usual cost", "for what 40 would normally cost". */
const PART_PRICE = /\b(?:at|for|to|on) (?:just |only )?(?:half|a (?:third|quarter|fifth|fraction|portion) of|(?:two|three)[- ](?:thirds|quarters) of|\d+\s?% of) (?:that|it|this|what|(?:(?:the|our|your|their|list)\s+)?(?:[\w-]+\s+){0,2}?(?:rate|price|pricing|fee|cost|figure|quote|amount|total)s?\b|the|our|your|their)\b|\bhalf (?:the |our |your )?(?:list|usual|normal|full|standard|regular) (?:price|cost|fee|rate)\b|\bfor (?:what|the price) [^.?!]{0,25}\b(?:would )?(?:normally|usually|otherwise|ordinarily) (?:cost|be|pay|run)\b/i;
/** The price put down by a step: "go 8 points lower", "come down a notch", "go a little cheaper". */
const GO_LOWER = /\b(?:go|come|drop|get|move|price (?:it|you|this))\s+(?:another\s+|a further\s+)?(?:\d[\d,.]*\s?(?:points?|%|percent|per cent|k|grand)?|[$£€₹¥]\s?\d[\d,.]*k?|a (?:bit|little|touch|notch|tad|fair bit|good bit|point|few points|few quid|few hundred)|some(?:what)?|slightly|further)\s+(?:lower|cheaper|down|under)\b/i;
/** The price made smaller in so many words: "make the first year a good bit cheaper". */
const MAKE_CHEAPER = /\b(?:make|price|bill|charge|do)\s+(?:it|that|this|them|the \w+(?: \w+)?|your \w+(?: \w+)?)\s+(?:a (?:good |fair |little |wee )?(?:bit|touch|lot|notch)\s+|much\s+|far\s+|slightly\s+|somewhat\s+|\d+\s?%\s+)?(?:cheaper|less expensive|lower|less)\b(?![\s-]+(?:risk|effort|stress|work|hassle|maintenance|of|friction|pressure|admin))/i;
/** An earlier, lower price kept: "let's honour the March quote", "keep you on the old rate". */
const OLD_PRICE_KEPT = /\b(?:honou?r|keep (?:you on|to)|hold (?:you to|you at)|stick (?:to|with)|go back to|revert to|stay (?:on|at)|leave you on)\s+(?:(?:the|your|our|that)\s+)?(?:original|old|earlier|previous|first|prior|pre-rise|last year's|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)(?:'s)?\s+(?:quote|price|pricing|rate|figure|estimate|fee|terms)\b/i;
/** A thing sold named as reduced: "a reduced subscription", "a discounted licence". */
const REDUCED_THING = /\b(?:reduced|discounted|cut-price|marked-down|knock-down) (?:[\w-]+ )?(?:subscription|licen[cs]e|retainer|premium|package|plan|tier|bill|invoice|contract|renewal|membership|tickets?|hire|day rate|order|quote)s?\b/i;
/** Whatever they can pay, taken: "we'll work for whatever you have", "tell me what you can afford and we'll charge that". */
const WHATEVER_THEY_HAVE = /\b(?:charge|bill|invoice|pay|work (?:with|within|to)|fit|match|take|accept|do it for|go with|make (?:it|this|that|the (?:\w+ )?(?:price|fee|cost|number|rate|quote)) (?:fit|work(?: for| with)?)) (?:you )?(?:whatever|what(?:ever)?'s left|what you)\b[^.?!]{0,25}\b(?:afford|left|manage|feels? (?:right|fair)|pay|spend|spare|stretch|budget|allows?)\b|\bwork for (?:whatever|what(?:ever)? you)\b|\b(?:what|whatever) you can (?:afford|pay|spare|manage|stretch to)\b[^.?!]{0,30}\b(?:we'll|i'll|we will|i will|we can|i can) (?:charge|bill|take|accept|go with|do it for|make (?:it|that) work|work with)\b|\bpay (?:whatever|what) (?:feels|seems|you think|you can)\b|\bwhatever (?:you(?:'ve| have)? (?:got|have)|your budget (?:is|allows)|you can (?:afford|manage|spare))\b[^.?!]{0,10}\b(?:we'll|i'll|we will|we can|i can) (?:work|make|take|go|do)\b/i;
/** What a prospect pays for besides the product: a charge that can be taken off. */
const CHARGE_ITEM = String.raw`(?:delivery|shipping|freight|postage|carriage|setup|set-up|installation|install|fitting|onboarding|commissioning|call-out|callout|admin|booking|migration|hire|travel|mileage|vat|surcharges?|deposits?|fees?|charges?|costs?)`;
/** A charge taken off the bill, or kept off it: "get the delivery taken off the order", "setup won't appear on your bill". */
const OFF_THE_BILL = new RegExp(String.raw`\b${CHARGE_ITEM}\b[^.?!,;]{0,20}\b(?:taken|knocked|struck|dropped|removed|scrubbed|wiped|left|kept|come|comes|go|goes|fall|falls|came) off (?:the |your |this )?(?:order|invoice|bill|quote|total|price|tab|contract|estimate)\b|\b${CHARGE_ITEM}\s+(?:can|will|would|could|'ll|should|is going to) (?:\w+ )?(?:come|go|fall|drop) (?:off|away)\b|\b(?:won't|will not|wouldn't|doesn't|don't|never|shan't) (?:even )?(?:appear|show(?: up)?|feature|be|go) on (?:the |your |this )?(?:invoice|bill|quote|order|statement)\b|\bwithout (?:adding|charging|billing|putting|including) (?:it|them|those|that|these|the \w+(?: \w+)?) (?:to|on|in|for) (?:the |your )?(?:invoice|bill|quote|order|total|price)\b`, 'i');
/** The seller taking a charge on: "we'll pay the freight ourselves", "let's forget about the installation charge". */
const SELLER_TAKES_COST = new RegExp(String.raw`\b(?:let's|we'll|we will|i'll|i will|we can|i can|we could|i could|happy to|glad to)\s+(?:also\s+|just\s+|happily\s+|gladly\s+)?(?:(?:forget(?: about)?|pay(?: for)?|foot|bear|absorb|swallow|eat)\s+(?:the |your |that |this |all the |any )?(?:[\w-]+ )?${CHARGE_ITEM}|(?:cover|pick up)\s+(?:the |your |that |this |all the |any )?(?:[\w-]+ )?(?:fees?|charges?|costs?|bill|tab|freight|shipping|postage|carriage|surcharges?|deposits?))\b(?!\s+(?:details|process|questions?|steps|schedule|options|plan|window|dates?))`, 'i');
/** A competitor's price beaten: "we'll better it by a bit", "we'll go a pound under Northgate" (a name, so case kept). */
const BEAT_THEIRS = /\b(?:we'll|i'll|we will|i will|we can|i can|we could|i could|happy to|let's)\s+(?:\w+\s+)?(?:better|beat|undercut|top|go under|come in under|come in below|go below)\s+(?:(?:their|the (?:other|rival|competing|lower|cheaper))(?:\s+[\w-]+)?\s+(?:price|quote|figure|number|rate|offer|bid|fee)s?\b|it|that|them|theirs|their\b|the (?:other|rival|competing|lower|cheaper)|whatever|any)/i;
const UNDER_NAMED = /\b(?:go|come|come in|price (?:it|us|ourselves)|be|sit|land|quote)\s+(?:\w+\s+){0,3}?(?:under|below|beneath|cheaper than|less than)\s+[A-Z][\w&'-]+/;
/** Room on the price said to be there: "there's a bit of wiggle room", "we can be flexible", "everything's negotiable". */
const NOT_PRICE_FLEX = String.raw`(?!\s+(?:on|in|with|about|around) (?:the |your |our )?(?:start|date|dates|day|days|timing|timeline|schedule|delivery|scope|hours|location|format|venue|meeting|call|spec|specification|design|content|agenda))`;
const FLEX_GIVEN = new RegExp(String.raw`\b(?:there's|there is|there'll be|we have|we've got|i have|i've got|we do have|i do have|we can find|i can find)\s+(?:always\s+|definitely\s+|certainly\s+|usually\s+|probably\s+)?(?:some\s+|a (?:bit|little|touch|little bit) of\s+|a little\s+|plenty of\s+)?(?:flexibility|flex|give|wiggle room|wriggle room|leeway)\b${NOT_PRICE_FLEX}|\b(?:we|i) can (?:be|get)\s+(?:a (?:bit|little) )?(?:more )?flexible\b${NOT_PRICE_FLEX}|\b(?:everything|anything|it|the price|pricing|that|the rate|the fee)(?:'s| is) (?:always |very much |definitely )?negotiable\b`, 'i');
const FIGURE_OFFER = /^(?:do|make|call|settle|land|come|go|price|let|offer|sell|bill|charge|invoice|quote|say|how|put|drop|bring|get|take|fix|set|lock|pitch|knock|move)$/;

/**
 * Every shape read below needs one of these words (a price word, a figure, something free or extra, a competitor
 * matched, trying, halfway, a trial, a price moved down): a sentence without any is not parsed, which keeps ordinary
 * sentences as cheap as before.
 */
const MAY_CONCEDE = /\d|%|[$£€₹¥]|\b(?:percent|per cent|pric\w*|rates?|fees?|costs?|charg\w*|quot\w*|invoic\w*|bill\w*|pay\w*|paid|owe|licen[cs]\w*|subscri\w*|renewal|deposit|retainer|premium|commission|margin|tariff|surcharge|instal\w*ments?|terms|notice|lock-in|tie-in|discount\w*|rebate|refund|credit|free|complimentary|gratis|on (?:us|me|the house)|for nothing|expense|treat|half|halve\w*|halves|pro bono|at a loss|match\w*|beat|undercut|waiv\w*|comp|comped|forgo|forgive|write off|skip|freeze|extra|additional|bonus|another|further|spare|throw\w*|toss\w*|chuck\w*|(?:see|check|find out|work out|figure out) (?:what|how|whether|if)|how far|how low|how much|halfway|half-way|middle|difference|split|trial|pilot|evaluation|proof of concept|poc|sandbox|under|below|beneath|less than|cheaper|cover|absorb|fund|foot|pick up|take on|defer\w*|postpon\w*|delay\w*|stagger\w*|staged|spread|deal|number|figure|total|better|sharper|keener|special|reduced|manager|boss|director|finance|leadership|commercial|underwriters?|powers that be|upstairs|deal desk|consider it|call it|bat|included|added|thrown in|whatever|better (?:it|that|them|theirs|their)|flexib\w*|flex|wiggle|wriggle|leeway|negotiable|(?:some|any|of|always) give)\b|\b(?:knock|mark|write|take|bring|lop|chop|shave|dial|wipe|strike|drop|cut|go|come|get|give)\w*\b[^.?!]{0,30}\b(?:off|down|lower|into line|in line)\b/i;

/** Money figures in text, as numbers with their currency mark ("$", "€", "£", "₹" or ""). */
function moneyOf(text: string): { currency: string; value: number }[] {
  const out: { currency: string; value: number }[] = [];
  for (const m of text.matchAll(/([$£€₹¥])\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b|m\b|lakh|crore)?|(\d[\d,]*(?:\.\d+)?)\s?(k\b|m\b)?\s?(?:euros?|dollars|pounds|usd|eur|gbp|bucks|quid)\b/gi)) {
    const n = Number((m[2] ?? m[4] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(n) || n <= 0) continue;
    const scale = (m[3] ?? m[5] ?? '').toLowerCase();
    out.push({ currency: m[1] ?? '', value: n * (scale === 'k' ? 1e3 : scale === 'm' ? 1e6 : scale === 'lakh' ? 1e5 : scale === 'crore' ? 1e7 : 1) });
  }
  return out;
}

/** Rates that measure something other than a price ("the failed-delivery rate", "the error rate"). */
const METRICS = /^(?:error|failure|failed|defect|churn|attrition|turnover|conversion|response|open|click|bounce|return|returns|vacancy|occupancy|success|win|growth|adoption|utili[sz]ation|burn|interest|tax|exchange|heart|delivery|no-show|absence|fill|pass|fail|reject|rejection|scrap|complaint|claims?|loss|uptime|downtime|accident|injury|renewal|retention|hit|miss)$/;
const metric = (ts: readonly Term[], k: number) => /^rates?$/.test(ts[k]!.word) && (METRICS.test(ts[k - 1]?.word ?? '') || /-/.test(ts[k - 1]?.word ?? '') && !/^(?:per-|day|hour|flat|all-in|fixed|same|one-off)/.test(ts[k - 1]!.word));
const isNoun = (t: Term) => t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Singular');
/** A noun, or a word the first tagging pass left as a verb after a determiner, a number or an adjective ("the first campaign"). */
const nounish = (ts: readonly Term[], k: number) => !ts[k]!.tags.has('Pronoun') && !ts[k]!.tags.has('Preposition') && !ts[k]!.tags.has('Adjective') && (isNoun(ts[k]!) || ['Determiner', 'Value', 'Possessive', 'Adjective', 'Ordinal'].some((g) => ts[k - 1]?.tags.has(g)));
const priceNoun = (t: Term, strong = true) => PRICE_NOUNS.has(t.word) && (!strong || !WEAK_PRICE_NOUNS.has(t.word));
const isFigure = (t: Term) => t.tags.has('Money') || t.tags.has('Percent') || /^[$£€₹¥]\s?\d|\d%$/.test(t.text);

/** The clause of term i: from the last clause break before it to the next after it. */
function clauseOf(ts: readonly Term[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !ts[a - 1]!.breaks && !CLAUSE_OPENERS.has(ts[a]!.word)) a--;
  let b = i;
  while (b + 1 < ts.length && !ts[b]!.breaks && !CLAUSE_OPENERS.has(ts[b + 1]!.word)) b++;
  return [a, b];
}

/** Whether the doer of the verb at i is the seller (or unnamed), not the product or the prospect. */
function sellerSays(ts: readonly Term[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = ts[k]!;
    if (t.breaks && k < i - 1) return true;
    if (SELLER.has(t.word)) return true;
    if (/^(?:which|that|it|this|what|who)$/.test(t.word)) return false;
    if (/^(?:and|or|then)$/.test(t.word)) continue;
    if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Adverb') || t.word === 'to' || t.word === 'can' || t.word === 'also' || t.word === 'just' || t.word === 'gladly') continue;
    if (/^(?:approval|go-ahead|permission|sign-off|authority|ok|okay|nod|budget|room)$/.test(t.word) && ts[k + 1]?.word === 'to') continue;
    if (isNoun(t) && /^(?:our|my)$/.test(ts[k - 1]?.word ?? '') && !THEIR_COSTS.test(t.word) && !/^(?:platform|tool|software|system|product|app|service|solution|kit|machine|process)s?$/.test(t.word)) return true;
    if (t.tags.has('Pronoun') || isNoun(t)) return false;
    if (t.tags.has('Verb')) continue;
    return true;
  }
  return true;
}

/** Words of the reply and a span, for a finding. */
const span = (ts: readonly Term[], a: number, b: number): ConcessionSpan => ({ start: ts[a]!.start, end: ts[b]!.end });

/**
 * The words of a sentence that give ground on the price, or null. `context`: the prospect's message and the reply's
 * other sentences, whose figures a figure offered here is compared with.
 */
export function concessionSpan(sentence: string, context = ''): ConcessionSpan | null {
  if (!/[a-z]/i.test(sentence) || !MAY_CONCEDE.test(sentence)) return null;
  // Read an offer put as a question ("why don't I…") like the offer itself; the offsets stay those of the sentence.
  sentence = sentence.replace(OFFER_QUESTION, (m) => m.replace(/\b(?:don't|do not|not)\b/i, (w) => 'x'.repeat(w.length)));
  const ts = termsOf(sentence);
  if (!ts.length) return null;
  const refused = (a: number, b: number) => REFUSAL.test(sentence.slice(ts[a]!.start, ts[b]!.end)) || /\b(?:can't|cannot|won't|will not|not able|unable|no room|not going to)\b/i.test(sentence.slice(0, ts[a]!.start).split(/\bbut\b/i).pop() ?? '') && !/\bbut\b/i.test(sentence.slice(ts[a]!.start, ts[b]!.end));
  const clauseText = (a: number, b: number) => sentence.slice(ts[a]!.start, ts[b]!.end);

  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const [a, b] = clauseOf(ts, i);
    if (refused(a, b) || sameRate(clauseText(a, b))) continue;
    // A refund or credit promised if the product fails is a guarantee, which holds the price (THREADS.md, section 3).
    if (/^(?:refund|credit|rebate)$/.test(t.lemma) && /\b(?:if|unless|should) (?:it|we|you|the \w+)\b[^.?!]{0,50}\b(?:doesn't|don't|didn't|hasn't|haven't|isn't|aren't|fails?|miss|misses|not|never)\b|\bguarantee\w*|\bmoney-back\b|\bno questions asked\b/i.test(sentence)) continue;

    // A verb of giving ground with the price as its object, said by the seller.
    if (GIVE_VERBS.has(t.lemma) && (t.tags.has('Verb') || /^(?:match|matched|matching|beat|cut|drop|cover|credit|cap)$/.test(t.word) || /^(?:Determiner|Possessive)$/.test([...(ts[i + 1]?.tags ?? [])].find((g) => g === 'Determiner' || g === 'Possessive') ?? '')) && sellerSays(ts, i)) {
      let particle = false;
      let lower = false;
      for (let k = i + 1; k <= Math.min(b, i + 9); k++) {
        const o = ts[k]!;
        if (/^(?:down|off|back|lower|less)$/.test(o.word)) particle = true;
        if (isFigure(o) && k > i + 1 && /^(?:to|at|by)$/.test(ts[k - 1]!.word)) lower = true;
      }
      for (let k = i + 1; k <= Math.min(b, i + 7); k++) {
        const o = ts[k]!;
        const theirs = k > 0 && THEIR.has(ts[k - 1]!.word) && THEIR_COSTS.test(o.word);
        const isPrice = (priceNoun(o) || (priceNoun(o, false) && /\b(?:price|cost|fee|rate|figure|number|total)\b/i.test(clauseText(i, b)))) && !theirs && !metric(ts, k);
        const figure = isFigure(o) && (/^(?:by|to|at|of|down)$/.test(ts[k - 1]!.word) || ts[k + 1]?.word === 'off');
        if (!isPrice && !figure && !(t.lemma === 'match' || t.lemma === 'beat' || t.lemma === 'undercut')) continue;
        if (DEFER_VERBS.has(t.lemma)) {
          if (FIRST_PAYMENT.test(clauseText(a, b)) || (/^(?:invoice|invoices|payment|payments|billing|bill|instalment|installment|charge|charges|deposit)$/.test(o.word) && /\b(?:until|till|to|back|after|into|by)\b/.test(clauseText(k, b)))) return span(ts, i, Math.max(k, b));
          if (!particle && !lower) continue;
        }
        if (NEEDS_PARTICLE.has(t.lemma) && !particle && !lower) continue;
        if (t.lemma === 'match' || t.lemma === 'beat' || t.lemma === 'undercut') {
          // Their quote, the other figure, a competitor or "it": not "match your workflow".
          const obj = ts.slice(i + 1, Math.min(b, i + 5) + 1);
          if (obj.some((x) => priceNoun(x, false) || isFigure(x) || /^(?:it|that|them|this|theirs|competitor|competitor's|competitors|whatever|anything)$/.test(x.word) || x.tags.has('ProperNoun') || x.tags.has('Organization'))) return span(ts, i, Math.min(b, i + Math.max(1, obj.findIndex((x) => priceNoun(x, false) || isFigure(x) || /^(?:it|that|them|this|theirs)$/.test(x.word) || x.tags.has('ProperNoun')) + 1)));
          break;
        }
        if (/^(?:cover|eat|swallow|absorb|credit|freeze|cap|hold)$/.test(t.lemma) && !isPrice) continue;
        if (t.lemma === 'cap' || t.lemma === 'hold') {
          if (!/\b(?:last year's|current|old|existing|this year's|today's|same)\b|\bno (?:increase|rise)\b/i.test(clauseText(a, b))) continue;
        }
        // A particle after the object belongs to the verb: "take 20% off", "bring the fee down".
        const end = /^(?:off|down|back)$/.test(ts[k + 1]?.word ?? '') && k + 1 <= b ? k + 1 : k;
        return span(ts, i, end);
      }
    }

    // The price in the passive: "the setup charge is waived", "fees can be dropped".
    if (GIVE_VERBS.has(t.lemma) && t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle') || /ed$/.test(t.word)) && !DEFER_VERBS.has(t.lemma) && t.lemma !== 'match' && t.lemma !== 'cover') {
      for (let k = i - 1; k >= Math.max(a, i - 5); k--) {
        const o = ts[k]!;
        if (k > 0 && THEIR.has(ts[k - 1]!.word) && THEIR_COSTS.test(o.word)) break;
        if (priceNoun(o) && ts.slice(k + 1, i).some((x) => /^(?:is|are|was|were|be|been|being|gets|get|got|'s|'re)$/.test(x.word) || x.tags.has('Copula') || x.tags.has('Auxiliary'))) {
          const particle = /^(?:down|off|out|back)$/.test(ts[i + 1]?.word ?? '');
          if (NEEDS_PARTICLE.has(t.lemma) && !particle) break;
          return span(ts, k, particle ? i + 1 : i);
        }
      }
    }

    // A price and what became of it, without a verb: "consider the installation charge scrapped".
    if (priceNoun(t) && !(i > 0 && THEIR.has(ts[i - 1]!.word) && THEIR_COSTS.test(t.word))) {
      const n = ts[i + 1];
      if (n && GIVE_VERBS.has(n.lemma) && !DEFER_VERBS.has(n.lemma) && !NEEDS_PARTICLE.has(n.lemma) && n.lemma !== 'match' && n.lemma !== 'cover' && /ed$/.test(n.word) && !REFUSAL.test(clauseText(a, b))) return span(ts, i, i + 1);
    }

    // An amount or a share off: "€150 off", "12 percent less", "a 10% discount".
    if (isFigure(t) || (t.tags.has('Value') && /^(?:percent|per cent|pc|%)$/.test(ts[i + 1]?.word ?? ''))) {
      const j = /^(?:percent|per|pc)$/.test(ts[i + 1]?.word ?? '') ? (ts[i + 1]!.word === 'per' ? i + 2 : i + 1) : i;
      const next = ts[j + 1];
      const after = ts[j + 2];
      if (next && /^(?:off|discount|discounted|reduction|rebate|cheaper|markdown|knocked)$/.test(next.word)
          && !(next.word === 'reduction' && after?.word === 'in')
          && !ts.slice(a, i).some((x) => /^(?:saves?|saving|savings|cuts?|cutting|reduces?|reducing|lose|losing|up)$/.test(x.word) && !sellerSays(ts, ts.indexOf(x)))) return span(ts, i, j + 1);
      if (next && /^(?:less|lower|below|under)$/.test(next.word) && (!after || after.breaks || /^(?:than|on|per|a|each|for|off|so)$/.test(after.word) || priceNoun(after, false)) && (/^(?:at|for)$/.test(ts[i - 1]?.word ?? '') || /\b(?:price|pricing|cost|fee|rate|quote|pay|charge|bill|invoice|licen[cs]e|subscription|plan)\b/i.test(sentence)) && sellerSays(ts, i)) return span(ts, i, j + 1);
    }

    // A figure offered, lower than one named before: "I can do $38 a seat", "call it €9".
    if (isFigure(t) && t.tags.has('Money') === true || /^[$£€₹¥]\s?\d/.test(t.text)) {
      const before = ts.slice(Math.max(a, i - 5), i);
      const offer = before.findIndex((x) => FIGURE_OFFER.test(x.lemma));
      const at = Math.max(a, i - 5) + offer;
      const spoken = offer >= 0 && (/^(?:how|call|say|make|let)$/.test(ts[at]!.lemma) || ts.slice(Math.max(a, at - 4), at).some((x) => SELLER.has(x.word)));
      if (spoken && !sameRate(clauseText(a, b)) && !/\b(?:is|are|was|stays?|remains?|costs?|list|standard|usual|normal|full)\b/i.test(before.map((x) => x.word).join(' '))) {
        const ours = moneyOf(t.text)[0];
        const earlier = moneyOf(context).filter((m) => ours && m.currency === ours.currency);
        if (ours && earlier.some((m) => m.value > ours.value && m.value < ours.value * 3)) return span(ts, at, i);
      }
    }

    // Something at no charge, or extra units given.
    if (i === a) {
      for (let k = a; k <= b; k++) {
        const x = ts[k]!;
        if (!ADD_VERBS.has(x.lemma) || !sellerSays(ts, k)) continue;
        for (let m = k + 1; m <= Math.min(b, k + 6); m++) {
          const y = ts[m]!;
          const unit = UNITS.test(y.word) || UNITS.test(y.lemma);
          const extra = ts.slice(k + 1, m).some((z) => EXTRA_WORDS.has(z.word));
          const throwIn = (x.lemma === 'throw' || x.lemma === 'toss' || x.lemma === 'chuck') && ts.slice(k + 1, Math.min(b, k + 6) + 1).some((z) => z.word === 'in');
          if ((unit && extra) || (throwIn && nounish(ts, m) && y.word !== 'in')) {
            let end = m;
            while (end < b && isNoun(ts[end + 1]!) && !ts[end + 1]!.tags.has('Pronoun')) end++;
            return span(ts, k, end);
          }
        }
      }
      const text = clauseText(a, b);
      const free = FREE_WORDS.exec(text.replace(NOT_FREE, (m) => ' '.repeat(m.length)));
      if (free && !refused(a, b)) {
        const cl = ts.slice(a, b + 1);
        // Something named as free: a noun in the clause (units, a module, setup), not "free" as a verb or "free to".
        if (cl.some((x, n) => nounish(ts, a + n) && x.word !== 'charge' && x.word !== 'cost' && x.word !== 'free') && !/\bfree (?:up|yourself|your)\b/i.test(text)) {
          const at = ts[a]!.start + free.index;
          const k = cl.findIndex((x) => x.end > at) + a;
          return span(ts, Math.max(a, k - 3), Math.min(b, k + free[0].split(/\s+/).length - 1));
        }
      }
    }
  }

  // Shapes of giving ground that need no figure: the price moved down, nothing charged, a price under theirs.
  for (const re of [PRICE_DOWN, NOT_CHARGED, BELOW_THEIRS, SHARE_COVERED, PART_PRICE, GO_LOWER, MAKE_CHEAPER, OLD_PRICE_KEPT, UNDER_NAMED]) {
    const m = re.exec(sentence);
    // "We don't price match": a refusal just before a shape that has no "not" of its own.
    if (m && !/\b(?:not|n't|never|no)\b/i.test(m[0]) && /\b(?:don't|do not|won't|will not|can't|cannot|never|doesn't|does not|wouldn't|would not|not)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, m.index))) continue;
    // The new shapes name the lowering themselves: the seller is looked for before them, not after ("let's go 8 points lower").
    const sellerAt = re === PART_PRICE || re === GO_LOWER || re === MAKE_CHEAPER || re === OLD_PRICE_KEPT || re === UNDER_NAMED ? m?.index ?? 0 : (m?.index ?? 0) + (m?.[0].length ?? 0);
    if (m && (re === NOT_CHARGED || sellerBefore(sentence, sellerAt) || (re === PRICE_DOWN && /\b(?:drops?|falls?|comes? down|goes? down|dips?|drop|fall|come down)\b/i.test(m[0]) && !/\b(?:if|at|once|when|with|for)\b/i.test(sentence.slice(0, m.index))))
      && (re === NOT_CHARGED || !sameRate(clauseAround(sentence, m.index, m[0].length))) && !REFUSAL.test(clauseAround(sentence, m.index, m[0].length).replace(/\b(?:won't|will not|wouldn't|shan't|doesn't|don't|do not|needn't)\b/gi, ' '))) return { start: m.index, end: m.index + m[0].length };
  }

  // Two figures of a kind, the one offered lower: "£3,200 instead of £3,600", "15% rather than 20%", "down from $16k".
  const whole = sentence;
  const pair = LOWER_THAN.exec(whole);
  if (pair && sellerBefore(whole, pair.index) && !sameRate(clauseAround(whole, pair.index, pair[0].length)) && !REFUSAL.test(clauseAround(whole, pair.index, pair[0].length))) {
    const [x, y] = [amount(pair[1]!), amount(pair[2]!)];
    if (x !== null && y !== null && x < y) return { start: pair.index, end: pair.index + pair[0].length };
  }
  const fromTo = FROM_TO.exec(whole);
  if (fromTo && sellerBefore(whole, fromTo.index) && !sameRate(clauseAround(whole, fromTo.index, fromTo[0].length)) && !REFUSAL.test(clauseAround(whole, fromTo.index, fromTo[0].length))) {
    const [y, x] = [amount(fromTo[1]!), amount(fromTo[2]!)];
    if (x !== null && y !== null && x < y) return { start: fromTo.index, end: fromTo.index + fromTo[0].length };
  }
  // A figure said yes to, given, approved or made extra: "15% it is", "I can do 5%", "an extra 10%".
  for (const re of [FIGURE_YES, FIGURE_GIVEN, SPECIAL_PRICE, REDUCED_THING, MORE_FOR_SAME, PAY_LATER, DOWN_TO, GIVES_WHATEVER, NO_FEE_FOR_YOU, WHATEVER_THEY_HAVE, OFF_THE_BILL, SELLER_TAKES_COST, BEAT_THEIRS, FLEX_GIVEN]) {
    const m = re.exec(whole);
    if (m && re === BEAT_THEIRS && !/\b(?:price|pricing|figure|quote|rate|offer|bid|number|by a|by \d)|[$£€₹¥]|\d/i.test(whole)) continue;
    if (m && (re === SPECIAL_PRICE || re === REDUCED_THING) && !SELLER_GIVES.test(whole.slice(0, m.index).split(/[,;:]/).pop() ?? '')) continue;
    if (m && re === DOWN_TO && !sellerBefore(whole, m.index + m[0].length)) continue;
    if (m && sameRate(clauseAround(whole, m.index, m[0].length)) && re !== MORE_FOR_SAME) continue;
    // A charge kept off the bill says "won't" itself ("setup won't appear on your bill"): the refusal is looked for around it.
    const around = m && (re === OFF_THE_BILL ? clauseAround(whole, m.index, m[0].length).replace(m[0], ' ') : clauseAround(whole, m.index, m[0].length));
    if (m && !REFUSAL.test(around!)) return { start: m.index, end: m.index + m[0].length };
  }

  // Trying for a concession, meeting halfway, a first payment later or smaller, a longer trial.
  for (const re of [ASK_UP, HALFWAY, TRIAL]) {
    const m = re.exec(whole);
    if (m && !REFUSAL.test(clauseAround(whole, m.index, m[0].length))) {
      if (re === ASK_UP && /\b(?:what (?:i|we) can (?:do|find) (?:for|about) (?:your|the) (?:question|issue|problem|integration|timeline|setup|team)|(?:check|see|find out) (?:what|whether|if) (?:i|we) can (?:do|find) (?:on|about) (?:the )?(?:timeline|date|delivery|integration|feature|roadmap))\b/i.test(whole)) continue;
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  const boss = ASK_BOSS.exec(whole);
  if (boss && PRICE_TALK.test(whole) && !REFUSAL.test(clauseAround(whole, boss.index, boss[0].length)) && !/\b(?:question|technical|integration|roadmap|security|legal|timeline|feature|api|sso|data|compliance)\b/i.test(whole.slice(boss.index))) {
    return { start: boss.index, end: boss.index + boss[0].length };
  }
  const until = NOTHING_UNTIL.exec(whole);
  if (until) return { start: until.index, end: until.index + until[0].length };
  const first = FIRST_PAYMENT.exec(whole);
  const firstClause = first ? clauseAround(whole, first.index, first[0].length) : '';
  if (first && LATER_OR_SMALLER.test(firstClause.replace(first[0], ' ')) && !REFUSAL.test(firstClause.replace(/\b(?:won't|will not|wouldn't|doesn't|does not|isn't|is not)\b(?=[^.?!]{0,25}\b(?:until|till|before)\b)/gi, ' ')) && !/\b(?:due|payable|goes out|is issued|arrives)\b[^.?!]{0,15}\b(?:on signature|on signing|upfront|up front|in advance|on the 1st|as usual|as normal)\b/i.test(whole)) {
    return { start: first.index, end: first.index + first[0].length };
  }
  return null;
}

/** The seller speaking in the clause before a point: "we can…", "let me…", "how about…". */
function sellerBefore(text: string, index: number): boolean {
  const before = text.slice(0, index).split(/,(?!\d)|[;:—–]|\bbut\b|\bif\b/i).pop() ?? '';
  return /\b(?:i|we|i'll|we'll|i'd|we'd|i've|we've|i'm|we're|let me|let's|happy to|glad to|willing to|how about|what about|call it|make it|shall we say)\b/i.test(before)
    && !/\b(?:sav\w*|cut(?:s|ting)?|reduc\w*|lower(?:s|ing)?)\b[^.?!]{0,25}$/i.test(before.replace(/\b(?:i|we)(?:'ll| will| can| could)? (?:cut|reduce|lower)\b.*$/i, ''));
}

/** The clause around a match: from the last comma, semicolon or "but" before it to the next after it. */
function clauseAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(before.search(/,(?!\d)(?!.*,(?!\d))/), before.lastIndexOf(';'), before.search(/\bbut\b(?!.*\bbut\b)/i));
  const after = text.slice(index + length);
  const end = after.search(/,(?!\d)|;|\bbut\b/i);
  return text.slice(cut < 0 ? 0 : cut + 1, end < 0 ? text.length : index + length + end);
}

/** Sentences read, by their text and the figures they are compared with: typing changes one sentence at a time. */
const MAX_REMEMBERED = 400;
const remembered = new Map<string, ConcessionSpan | null>();
/** concessionSpan, remembered. */
export function readConcession(sentence: string, context = ''): ConcessionSpan | null {
  const figures = moneyOf(context).map((m) => `${m.currency}${m.value}`).join(' ');
  const key = `${figures}\u0000${sentence}`;
  if (remembered.has(key)) return remembered.get(key)!;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const r = concessionSpan(sentence, context);
  remembered.set(key, r);
  return r;
}
/** Whether a sentence gives, offers or opens ground on the price (see concessionSpan). */
export const readsConcession = (sentence: string, context = ''): boolean => readConcession(sentence, context) !== null;
