/**
 * What a rewrite must not take from the rep: the checks that decide whether a rewrite is offered at all.
 *
 * - Protected content: a figure or a comparison ("twice the rate"), a date or time ("next spring", "six weeks out"), a
 *   name (an organisation, a credential such as "gas-certified", a product, a merge tag), a request to the prospect
 *   ("could you…", "send it back", "a small trial order", "whether you had a chance to look"), an attachment ("both
 *   CVs are attached") or an offer, plan or step the rep has taken for them ("I can
 *   send…", "I'll check back…", "we've approved…"), or (for the model's findings) a question. A rewrite that drops one of them, when it is not part of the flagged words (the
 *   fault), is not offered: removing "I'm afraid I'll have to check with my manager on the 15% you asked about"
 *   would delete the prospect's answer with the apology. Which kinds a rule protects is data (its `protect:`), so
 *   a rule whose fault is the figure (a price cut nobody asked for) can leave figures out of its list. A call to
 *   action that pressure is often wrapped round ("get it signed", "a short review") is kept only where it is the
 *   email's one ask.
 * - Back-references: a sentence is not removed when the next one leans on it ("After that…", "If that doesn't…");
 *   no edit is offered when a later sentence points at what it removes (rewrite.ts: "another 5%", "has also asked").
 * - Lead-ins: "I have to be honest." or "In the meantime." left alone by a removal goes with it.
 * - Fragments: a clause removal that leaves no sentence ("Totally fine if not.", "Which has been…") removes the
 *   whole sentence instead.
 */
import nlp from 'compromise/two';
import { memoByText } from './memo';

export const PROTECT_KINDS = ['figure', 'date', 'name', 'request', 'question'] as const;
export type ProtectKind = (typeof PROTECT_KINDS)[number];
/**
 * What a rule protects unless its `protect:` says otherwise. A question is left out: the question a rule flags is
 * usually the fault itself ("So what are you waiting for?"); the model's findings, whose span is only where its
 * evidence sits, protect questions too.
 */
export const DEFAULT_PROTECT: readonly ProtectKind[] = ['figure', 'date', 'name', 'request'];

const NUMBER_WORDS = 'a third|two thirds|a quarter|three quarters|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million';
const MONTHS = 'January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun';

/** The answer or meeting the rep asks for, named as a thing ("a quick yes or no", "one more meeting"). */
export const ASK_NOUN_RE = /\b(?:a|one) (?:quick |simple |straight |clear |firm |short )*(?:yes or no|yes\/no|yes-or-no)\b|\b(?:a|one) (?:quick|simple|straight|clear|firm|short) yes\b|\bone more (?:meeting|call|chat|look|conversation|visit|demo)\b/i;

/**
 * The rep's call to action put as a thing wanted: a decision or answer ("get me a decision", "I want an answer", "a yes
 * before the weekend"), a signature or order ("get it signed", "put the order through", "pop the deposit over"), or
 * the prospect's words for the rep's marketing ("a short review", "feature in our case study"). The pressure is often
 * wrapped round it, so it is kept unless the email asks for the same thing elsewhere: reviewers counted a signature,
 * an answer by a date or a payment step removed with its pressure as the rep's point lost, even beside another ask.
 */
const CALL_TO_ACTION_RE = new RegExp(
  [
    String.raw`\b(?:get|give|send) (?:me|us) (?:a |an |your )?(?:decision|answer|yes|reply|go-ahead|signature)\b|\bI (?:want|need|['’]d like|would like|['’]m after|am after) (?:an?|your|the) (?:answer|decision|reply|yes|signature|go-ahead)\b|\b(?:a|your|the) (?:quick |firm |final |clear )?(?:decision|answer|yes|signature|go-ahead|purchase order|PO|order|deposit) (?:by|before|this|today|tomorrow|on|from)\b`,
    String.raw`\b(?:get|getting|have|having) (?:it|this|that|them|the \w+(?: \w+)?) (?:signed|approved|booked|ordered|confirmed)\b|\b(?:put|putting) (?:the|your|this|an?) (?:\w+ )?order (?:through|in)\b|\b(?:pop|send|transfer|pay|popping|sending|paying) (?:the|your|a) (?:deposit|payment|balance|PO|P\.O\.|purchase order|card details|bank details)\b|\bplace (?:the|your|an?) (?:\w+ )?order\b|\b(?:have|get) (?:the|your) (?:order|PO|purchase order|paperwork|form|contract) in\b|\bby return\b|\bsign (?:the|this|your|our) [\w-]+(?: (?:form|letter|order|contract|agreement|paperwork))?\b|\bsign it\b|\b(?:send|pop|forward) (?:me |us |over )?(?:the |your )?(?:payment|card|bank|billing) details\b|\b(?:hear back|an answer|your answer|a decision|your decision|a reply) (?:from you )?(?:by|before)\b|\b(?:a|the) (?:meeting|call|visit|demo|site visit) (?:booked|set up|arranged|in the diary)\b|(?<!\bif you )\b(?:sign|order|confirm|book) (?:today|now|this week|by|before)\b|\bleast you can do is (?:sign|order|confirm|reply|book)\b`,
    String.raw`\b(?:a|your) (?:short |quick |brief |few |little |five-star |5-star |glowing )*(?:review|testimonial|reference|referral|quote for our|case study|write-up|endorsement)\b|\b(?:feature|appear|take part) in (?:our|the|a) (?:\w+ )?(?:case study|brochure|video|newsletter|blog|website|campaign)\b|\bshare your (?:story|experience|results|feedback)\b|\bfeature (?:you|your \w+|in it)\b`,
  ].join('|'),
  'gi',
);

/** One matcher per kind (handlers keyed by kind); each match is one protected item. */
const PROTECTED: Record<ProtectKind, RegExp> = {
  // An amount, a count, a percentage (ordinals such as "the 30th" are dates).
  // A comparison counts as one ("twice the hourly rate", "half the cost", "compared to outside counsel").
  figure: new RegExp(String.raw`[$€£]?\d(?:[\d,.:]*\d)?(?!\d|st\b|nd\b|rd\b|th\b)(?:\s?(?:%|percent\b|k\b|m\b))?|\b(?:${NUMBER_WORDS})\b|\b(?:twice|three times|half|double|triple) (?:the|what|as)\b|\bcompared (?:to|with)\b|\b(?:versus|vs\.?)\s`, 'gi'),
  date: new RegExp(String.raw`\b(?:${DAYS}|${MONTHS})\b|\bMay(?= \d)|\b(?:tomorrow|tonight|next (?:week|month|quarter|year)|(?:the )?end of (?:the )?(?:day|week|month|quarter|year)|this (?:week|month|quarter|afternoon|evening|morning))\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}\b|\b(?:next|in the|this coming) (?:spring|summer|autumn|fall|winter|new year)\b|\b[Pp]eak season\b|\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+) (?:days?|weeks?|months?) (?:out|away|from now)\b`, 'g'),
  // A capitalised word that does not open its sentence (not "I", a weekday or month, or a short acronym such as
  // "PO" or "CFO", which name roles and documents), a merge tag, a bracketed name.
  name: new RegExp(String.raw`(?<=[\p{L}\p{N},;)] )(?!I\b|I['’]|(?:${DAYS}|${MONTHS})\b|\p{Lu}{2,4}s?\b)\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*)*|\{\{[^{}]+\}\}|\{[A-Z][^{}]*\}|\b[\p{L}-]*(?:certified|accredited|licensed|chartered|bonded)\b`, 'gu'),
  // An ask of the prospect (a bare question is not one: the flagged question is often the fault itself).
  // An offer or a step the rep has taken for them counts too ("I can send…", "happy to show you…", "we've approved…").
  request: new RegExp(
    [
      String.raw`\b(?:could|can|would|will) you\b|\b(?:send|forward|share|introduce) (?:me|us)\b|\blet (?:me|us) know\b|\btell (?:me|us) (?:if|whether|what|which|when|how)\b|\bplease (?:send|confirm|share|forward|reply|let|sign|review|book|pick|choose)\b`,
      // "If you could mention us…", "send them my way", "pass my name along", "I need you to confirm…".
      String.raw`\bif you (?:could|can|would|['’]d be (?:willing|open|able)|['’]re (?:willing|open|able))\b|\b(?:send|point|pass) (?:them|him|her|people|anyone|names|it) (?:my|our) way\b|\bpass (?:my name|me|us|our name) along\b|\bI need (?:you to|to know|to hear|an answer|a (?:yes|decision|signature|reply))\b`,
      String.raw`\b(?:I|we)(?:['’]ll| will| can| could|['’]d be happy to|['’]m happy to| am happy to| would be happy to| are happy to|['’]re happy to)\s+(?:\w+ly\s+|also\s+)?(?:send|show|screen|demonstrate|drop off|bring|deliver|install|fit|collect|ship|supply|set up|walk you|check back|follow up|try again|come back to you|get back to you|reach out again|get back in touch|be in touch|check in again|circle back in|remind you|cover|waive|hold|book|include|throw in|add|arrange|swing by|come by|get you|put together|extend|keep you|roll|make sure|oversee|handle|take care of|look after|train)\b`,
      String.raw`\bhappy to (?:show|send|walk|set up|share|keep|hold|cover|waive|bring|drop|roll|revise|adjust|update|rework|tweak|redo|match|shave|knock|cut|reduce|lower)\b`,
      // An offer on the price or the terms ("I could also do them at cost if…", "we can match their rate"): what the
      // finding objects to may be the hedge round it, and the offer is the rep's to withdraw, not Apply's.
      String.raw`\b(?:I|we)(?: could| can|['’]d| would| will) (?:also |happily |gladly |easily )?(?:do (?:them|it|this|the(?: \w+){1,2}) (?:at|for)|match|price match|hold (?:the|last|this)|include|throw in)\b`,
      // The rep asking for the prospect's approval or view ("I wanted your blessing on the numbers first").
      String.raw`\bI (?:wanted|want|need|would like|['’]d like|['’]d love|would love|['’]d value|would value) your (?:blessing|approval|sign-off|go-ahead|OK|okay|input|feedback|thoughts|view|take)\b`,
      String.raw`\b(?:has|have|['’]ve) (?:already )?(?:approved|secured|arranged|set aside|signed off)\b`,
      // A visit or call the rep has put in the diary, and a document the rep needs back ("I've pencilled in a site visit",
      // "I'd need the signed term sheet back by Friday").
      String.raw`\b(?:I|we)(?:['’]ve| have)? (?:pencill?ed|booked|scheduled|arranged|put) (?:in )?(?:a|the|your) (?:site visit|visit|call|meeting|survey|demo|fitting|slot|session)\b|\b(?:need|want|have) (?:the|your) (?:signed )?[\w-]+(?: [\w-]+)? back\b`,
      // A hold the rep has placed for them ("the vans are still held for your dates", "I already reserve the suits for
      // your dates"): the prospect needs to know it, pressure aside.
      String.raw`\b(?:reserved?|held|blocked(?: out)?|pencill?ed|booked)(?: in)? (?:(?:the|your|a|an|two|three|four|both|all) )?(?:[\w-]+ ){0,2}(?:in )?for (?:you|your)\b|\b(?:still |already )?(?:held|reserved|on hold) for (?:you|your)\b|\b(?:to |I(?:['’]ll| will| can| could) )hold (?:them |it |these |those )?for (?:you|your)\b|\bon hold (?:in|at) (?:the |our |my )?[\w-]+ for (?:you|your)\b`,
      String.raw`\b(?:love|like|want) (?:for )?you to (?:see|try|meet|hear|join|visit)\b`,
      // The rep asking to come and see ("I'd love to come and see the still house when you're next distilling").
      String.raw`\bI(?:['’]d| would) (?:really |very much )?(?:love|like) to (?:come|pop|drop|call) (?:in |by |over |round |up )?(?:and|to) (?:see|visit|meet|look)\b`,
      // Asking them to get in touch ("Ring me today", "give me a call on Thursday").
      String.raw`\b(?:ring|call|phone|text) (?:me|us)\b|\bgive (?:me|us) a (?:ring|call|buzz|shout|bell)\b`,
      String.raw`\bget (?:the|your|this) [\w-]+(?: [\w-]+)? back\b|\bto hold (?:the|your|our) (?:[\w-]+ )?(?:price|rate|pricing|slot|date)\b`,
      String.raw`\b(?:dropp(?:ed|ing) off|sent over|sent you|put together) (?:the|a|your|some)\b`,
      // A request put as an instruction, with no "could you" ("just send the signed offer back", "return the form").
      String.raw`\b(?:send|return|sign) (?:(?:the|your|it|them)\b[^.!?,;]{0,30}?\s)?back\b|\breturn (?:the|your) (?:signed )?\w+|\bplease (?:return|sign)\b`,
      // A small first order or trial the rep asks for ("even a small trial order").
      String.raw`\b(?:a|one) (?:small |first |trial |pilot )+(?:order|run|project|batch|shipment)\b`,
      // The answer or meeting the rep asks for, named as a thing ("a quick yes or no", "one more meeting").
      ASK_NOUN_RE.source,
      // What the prospect asked for ("the cost comparison you asked for", "as requested"), and the rep's own polite ask
      // ("I'd appreciate the form back by then"), and something sent again ("I send the datasheet one more time").
      String.raw`\bI(?:['’]d| would) be (?:very |so |most |really )?grateful for (?:a|your|an|any) (?:reply|answer|decision|response|word|call)\b|\byou (?:asked|enquired|inquired) (?:for|about)\b|\b(?:the|your) [\w-]+(?: [\w-]+)? you (?:mentioned|raised|suggested|quoted)\b|\byou requested\b|\bas (?:you )?requested\b|\bI(?:['’]d| would) (?:really )?appreciate (?:it if you|the|your|a|an|you)\b|\b(?:I|we)(?:['’]m| am|['’]re| are)? (?:re)?send(?:ing)? (?:you )?(?:the|a|our|this|another)\b|\b(?:me|us) to send (?:you )?(?:the|our|a|this)\b`,
      // Something sent with the email or on its way ("both CVs are attached", "I've attached the spec sheet", "the
      // sample is on its way", "I've posted the swatches").
      String.raw`\b(?:is|are) (?:attached|enclosed|below|on (?:its|their) way)\b|\b(?:is|are) in the (?:attachment|attached (?:file|document|pdf|PDF))\b|\b(?:quote|price|prices|pricing|invoice|proposal|contract|drawings?|plans?|specs?|brochure|samples?|photos?|form|agreement|terms|schedule|breakdown|costings?|estimate|CVs?|certificates?|report) (?:attached|enclosed)\b|\bsent (?:the|your|a|an) [\w-]+(?: [\w-]+)? to (?:you|your)\b|\b(?:I|we)(?:['’]ve| have)? (?:also )?(?:copied|cc['’]?d|looped) (?:in )?(?:your|the)\b|\b(?:I|we)(?:['’]ve| have) (?:already )?(?:sent|posted|shipped|couriered|dispatched) (?:you )?(?:the|your|a|an|some|two|three|\d)\b|\b(?:attached|enclosed) (?:is|are)\b|\b(?:I|we)(?:['’]ve| have) (?:also )?(?:attached|enclosed|included)\b|\b(?:I['’]m|I am|we['’]re|we are) attaching\b|\b(?:I|we) (?:also )?(?:attach|enclose)\b|\b(?:the |your |our )?[\w-]+['’]s (?:attached|enclosed)\b`,
      // The follow-up question itself ("whether you'd had a chance to look at…", "if you had any thoughts").
      // Only what is asked about is the item, so the same question put plainly keeps it ("Have you had a chance…?").
      String.raw`(?<=\b(?:whether|if|in case) you(?:['’]d|['’]ve| have| had)? (?:had |got )?)(?:a chance|a moment|a minute|a sec(?:ond)?|any thoughts|any questions|any feedback|time to)\b`,
      // A hedged ask is still the rep's ask ("whether you might possibly consider letting us look at it"), and so is
      // the question a follow-up asks ("wondering if my last note found its way to you"): the hedge may go, the ask stays.
      String.raw`\b(?:if|whether) (?:you|we|the [\w-]+|your [\w-]+) (?:might|may|could|would)(?: \w+ly| maybe| perhaps| possibly| just)* (?:consider|look at|glance at|look over|read|review|check|put|pass|share|send|try|arrange|set up|book|meet|visit|have a look|take a look|think about|let (?:us|me))\b|\b(?:if|whether) (?:my|our|the) (?:last |previous |earlier )?(?:note|email|message|letter|quote|proposal|samples?|brochure|pack) (?:found|reached|got to|arrived|made it)\b|\b(?:if|whether) it (?:might|may|could|would)(?: perhaps| possibly| maybe)* be (?:possible|okay|ok|alright|all right)(?:,? (?:when|if) you [^,]{1,20},)? (?:for (?:me|us|you) )?to (?:arrange|set up|book|meet|visit|call|come|send|bring|show|drop|confirm|share|check)\b|\bany chance (?:you|we)(?:['’]d| would| could| might)? (?:consider|try|take|look|meet|book|arrange|trial)\b|\b(?:asked|got) (?:our|the|my) [\w-]+(?: team)? to (?:set up|open|prepare|arrange|send|book)\b`,
      // A step the prospect still has ("then you can approve the artwork", "you'll be able to check the proofs").
      String.raw`\byou (?:can|['’]ll be able to|will be able to|get to) (?:approve|review|check|choose|pick|sign off|try|test|inspect|amend)\b`,
    ].join('|'),
    'gi',
  ),
  // A question put to the prospect: its closing mark stands for it.
  question: /\?/g,
};

export interface ProtectedItem {
  kind: ProtectKind;
  text: string;
  start: number;
  end: number;
}

/** The protected items of `text` of the given kinds, in order, with offsets into `text`. */
export function protectedItems(text: string, kinds: readonly ProtectKind[]): ProtectedItem[] {
  const out: ProtectedItem[] = [];
  for (const kind of kinds) {
    for (const m of text.matchAll(PROTECTED[kind])) out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The protected items an edit would take away: those in `text.slice(start, end)`, outside the flagged words (`faults`:
 * the finding's span and any other finding's in the sentence, each one a fault, not the rep's point), whose words do
 * not appear in the replacement (a rewrite that keeps "the 15%" through `{after}` drops nothing).
 */
export function droppedItems(text: string, edit: { start: number; end: number; replacement: string }, faults: readonly { start: number; end: number }[], kinds: readonly ProtectKind[]): ProtectedItem[] {
  const removed = text.slice(edit.start, edit.end);
  const kept = edit.replacement.toLowerCase();
  // The rest of the email is read for another ask only when the edit takes a call to action.
  const taken = kinds.includes('request') ? [...removed.matchAll(CALL_TO_ACTION_RE)] : [];
  const callsToAction = taken
    .filter((m) => !askedElsewhere(text, edit, m[0]))
    .map((m): ProtectedItem => ({ kind: 'request', text: m[0], start: m.index, end: m.index + m[0].length }));
  return [...protectedItems(removed, kinds), ...callsToAction]
    .map((i) => ({ ...i, start: i.start + edit.start, end: i.end + edit.start }))
    // (An empty fault, a model finding's span before its evidence is placed, covers nothing: "are attached" across it stays.)
    .filter((i) => faults.every((f) => f.start === f.end || i.end <= f.start || i.start >= f.end))
    .filter((i) => !kept.includes(i.text.toLowerCase()));
}

/** What a call to action asks for: a signature, an order, a decision, a payment step, a review. */
const ASK_KEY_RE = /sign|order|meeting|call|visit|demo|PO\b|P\.O\.|decision|answer|yes|reply|hear back|go-ahead|deposit|payment|balance|card|bank|billing|review|testimonial|reference|referral|quote for our|case study|write-up|endorsement|feature|story|experience|results|feedback|by return/i;

/**
 * Whether the email still asks for the same thing once the edit is made ("…get the order signed." with "Could you get
 * the order signed by Friday?" later): only then may the call to action go. Another ask is not the same one: "Sign the
 * engagement letter today or…" removed beside "Call Thursday at 11?" loses the signature the rep asked for.
 */
function askedElsewhere(text: string, edit: { start: number; end: number; replacement: string }, ask: string): boolean {
  const key = ASK_KEY_RE.exec(ask)?.[0].toLowerCase();
  if (!key) return false;
  const rest = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  return [...rest.matchAll(CALL_TO_ACTION_RE)].some((m) => m[0].toLowerCase().includes(key));
}

/** Openers that need the sentence before them: with that sentence gone, they point at nothing. */
const BACK_REFERENCE_RE = /^["'“‘(]*(?:after that|before that|that|this|these|those|it|which|in the meantime|meanwhile|if (?:that|this|it|not|so)|otherwise|miss (?:that|it|this)|either way|even so|on top of that|besides that|as I said|again|then|also|plus|and|but|or|so|more (?:relevant|important(?:ly)?|interesting(?:ly)?|useful|to the point|practically)|even (?:better|more)|better (?:still|yet)|that said|what['’]s more|more than that|however|instead|in (?:other words|short|any case)|as a result)\b/i;
/**
 * Counting words that stand for things just named ("every one opened", "each of them", "both of those"): with what
 * they count gone, they count nothing.
 */
const QUANTIFIER_POINTER = String.raw`(?:every one|each one|each of (?:them|those|these)|all of (?:them|those|these)|none of (?:them|those|these)|both of (?:them|those|these)|neither of (?:them|those)|either of (?:them|those)|one of (?:them|those)|most of (?:them|those)|the rest of (?:them|those))\b`;
const QUANTIFIER_OPENER_RE = new RegExp(String.raw`^["'“‘(]*${QUANTIFIER_POINTER}`, 'i');
/** A sentence that closes on a word drawing its conclusion from the one before it ("…twice our rate, then."). */
const CLOSING_POINTER_RE = /[\s,]+(?:then|in that case|if so|after all that)[.!?…]*["')”’]*$/i;

/**
 * True when `sentence` opens with words that refer back to the sentence before it, or closes on one ("I'll assume
 * you're happy paying twice the rate, then.").
 */
export function leansOnPrevious(sentence: string): boolean {
  const t = sentence.trim();
  return BACK_REFERENCE_RE.test(t) || QUANTIFIER_OPENER_RE.test(t) || CLOSING_POINTER_RE.test(t) || BEYOND_THAT_RE.test(t);
}

/** An opener that measures against what came before: "Anything beyond that…", "Above that…", "Other than that…". */
const BEYOND_THAT_RE = /^["'“‘(]*(?:(?:anything|nothing|something|everything) )?(?:beyond|above|past|more than|less than|other than|apart from|short of) (?:that|this|those|these)\b/i;

/**
 * Openers of a clause that point back at the clause before it in the same sentence ("…, that's on me", "…, which
 * means…"). Narrower than leansOnPrevious: "this will…" after "Trust me," names the product, not the clause.
 */
const CLAUSE_BACK_REFERENCE_RE = /^["'“‘(]*(?:that(?:'s| is| was| will| would| has)?|which|it (?:\w+ly )?(?:means|meant|matters|mattered|made|makes)|it(?:'s| is| was) (?:\w+ly )?(?:an honou?r|a privilege)|(?:we|I|they)(?:'ve| have| had| will| would)? (?:done|do|doing) so|after that|before that|in the meantime|meanwhile|if (?:that|not|so)|otherwise|miss (?:that|it)|even so|either way)\b/i;

export function leansOnPreviousClause(clause: string): boolean {
  const t = clause.trim();
  return CLAUSE_BACK_REFERENCE_RE.test(t) || QUANTIFIER_OPENER_RE.test(t) || CLOSING_WHY_RE.test(t);
}

/** A clause that closes on the reason the clause before it gave: "…, so I'm sure you'll see why." */
const CLOSING_WHY_RE = /\b(?:see|understand|know|guess|tell) why[.!?…]*["')”’]*$/i;

/** A sentence or clause that only introduces the next one ("I have to be honest.", "In the meantime."). */
const LEAD_IN_RE = /^["'“‘(]*(?:(?:I|I've got|I need|I want) (?:have )?to be (?:honest|frank|upfront|blunt|straight with you|direct)(?: with you)?|to be (?:honest|frank|blunt|clear|direct|fair)|(?:let me|I'll|I will|I'm going to) be (?:honest|frank|clear|blunt|direct|straight|upfront)(?: with you)?|I won't lie|I'm not going to lie|I (?:must|have to) say|(?:I['’]ve |I )?(?:got to|gotta) say|(?:I )?(?:must|have to) admit|honestly|frankly|candidly|look|listen|so|ok|okay|well|in the meantime|meanwhile|one more thing|one last thing|here's the thing|the thing is|bottom line|truth be told|in all honesty|between us|just so you know|p\.? ?s\.?)[\s.,:;!…—–-]*$/i;

/** A rewrite that opens with "This" or "That" as a pronoun ("This could help…") needs a sentence before it. */
export function opensWithBackReference(rewrite: string): boolean {
  return /^["'“‘(]*(?:here(?:'s|’s| is) (?:why|how|what) )?(?:this|that)(?:'s| (?:is|was|will|would|could|can|should|might|may|gets|helps|means|has|does|makes|keeps|saves|lets|gives|matters)\b)/i.test(rewrite.trim());
}

export function isLeadIn(text: string): boolean {
  return LEAD_IN_RE.test(text.trim());
}

/** Words that cannot open a sentence of their own when what they subordinate or join is gone. */
const DANGLING_OPENER_RE = /^["'“‘(]*(?:(?:only|even) if|ever since|which|because|although|though|whereas|unless|since|while|if|when|whenever|as|and|but|or|nor|so|yet|then|also|plus|whether|before (?:it|they|we|you|I|the|this|that)|after (?:it|they|we|you|I) |until|till|should (?:the|you|it|this|that|your|we|they|there|any)|including|such as|especially|notably)\b/i;
/**
 * Prepositions that open a phrase, not a sentence ("After three site visits…", "On top of all the hours…"), and what
 * was the second object of a cut apology ("…, and for any inconvenience my visit may have caused."), and the condition
 * of a cut threat ("Failing a reply by Monday.").
 */
const PREP_OPENER_RE = /^["'“‘(]*(?:after|before|with|without|despite|given|considering|following|on top of|during|through|for|failing|barring|pending|absent|short of)\b/i;
/** An auxiliary or a past participle with no subject before it, opening what is left of a second conjunct. */
const SUBJECTLESS_RE = /^["'“‘(]*(?:(?:have|has|had) (?:been|grown|won|served|worked|built|helped|supplied|made|sold|delivered|installed|trained|designed|fitted|shipped)|(?:was|were) (?:founded|started|named|voted|ranked|featured|built)|(?:am|is|are) (?:also|still) (?!you\b|we\b|I\b|they\b|there\b))\b/i;
/** Words that open a trade, the rep's offer for the prospect's yes: "Tell you what,", "Here's the deal:". */
const DEAL_OPENER_RE = /^["'“‘(]*(?:(?:I['’]ll )?tell you what|here['’]s (?:the deal|what I['’]ll do|my offer)|how about this|deal)[,:;—–-]/i;
/** An auxiliary, a comma and an aside closing the sentence, with the verb the aside interrupted gone. */
const STRANDED_AUXILIARY_RE = /\b(?:have|has|had|am|is|are|was|were|will|would|can|could|shall|should|do|does|did)\s*,\s*(?:I|as|if|you|we)\b[^,;:.!?]*$/i;
/** Openers that stand as a sentence with no verb ("Thanks for the call.", "Great to meet you."). */
const VERBLESS_OK_RE = /^["'“‘(]*(?:thanks|thank you|many thanks|cheers|congrats|congratulations|welcome|good luck|best|great|happy|glad|nice|lovely|looking forward|all the best|speak soon|talk soon)\b/i;

/**
 * Whether `text` reads as a sentence on its own: more than a lead-in, not opened by a word that needs another
 * clause ("Which…", "If you'd rather…" with no main clause), and with a verb (compromise's tags), unless it is a
 * verbless courtesy ("Thanks for the call.").
 */
const completeMemo = new Map<string, boolean>();
export function isCompleteSentence(text: string): boolean {
  let known = completeMemo.get(text);
  if (known === undefined) {
    if (completeMemo.size >= 2000) completeMemo.clear();
    known = readsAsSentence(text);
    completeMemo.set(text, known);
  }
  return known;
}

const readsAsSentence = memoByText((text: string): boolean => {
  const t = text.trim().replace(/[.!?…]+["')”’]*$/, '').trim();
  if (t === '' || isLeadIn(t)) return false;
  const words = t.split(/\s+/).length;
  if (words < 2) return false;
  // A second conjunct left without its subject ("Have been for 40 years.", "Was founded in 1998."): not a question.
  if (SUBJECTLESS_RE.test(t) && !/\?["')”’]*\s*$/.test(text)) return false;
  if (DANGLING_OPENER_RE.test(t)) {
    // A subordinate clause followed by its main clause ("If the dates move, I'll send a new plan.") is complete.
    // "Only if it's convenient, of course." has no main clause after its comma: a courtesy filler is not one.
    // Without a comma, an "If you could…" clause whose main clause opens with "I'd"/"we'll"/"that would" is one too.
    const withComma = /^["'“‘(]*(?:(?:only|even) )?(?:if|when|whenever|as|because|although|though|while|since|unless|once|before|after|until|till|should)\b[^,;:]*[,;:] ?(?!(?:of course|though|thanks|please|no pressure|no worries|no rush|naturally|obviously|so|and|but|or)\b)\S/i;
    const withoutComma = /^["'“‘(]*(?:if|when|once) you\b[^,;:]* (?:I|we)(?:['’]d|['’]ll| would| will| can| could)? \w/i;
    if (!withComma.test(t) && !withoutComma.test(t)) return false;
  }
  if (VERBLESS_OK_RE.test(t)) return true;
  // An auxiliary left before an aside whose verb was cut: "…; we have, I might add."
  if (STRANDED_AUXILIARY_RE.test(t)) return false;
  // A deal's opener with only the rep's demand left, the rep's side of it cut: "Tell you what, say yes by Friday."
  if (DEAL_OPENER_RE.test(t) && !/\b(?:I|we)(?:['’]ll| will| can| could|['’]d| would)\b/i.test(t)) return false;
  // A phrase opened by a preposition ("Honestly, after three site visits on my own time.", "For how long my last
  // message ran.") is no sentence unless a main clause follows it: after a comma, or with a subject of its own
  // ("After the call I sent…", "For that price we can…"). A question is one ("For how long will the price hold?").
  const body = t.replace(/^["'“‘(]*(?:honestly|frankly|truly|really|well|look|again|still|so|and|but)\b[,\s]+/i, '');
  if (PREP_OPENER_RE.test(body) && !/\?["')”’]*\s*$/.test(text) && !/(?:[;:—–]|,(?!\d))\s*\S/.test(body) && !/\b(?:I|we|you|he|she|they|it|there|this|that)(?:['’](?:d|ll|ve|m|re|s))?\s+(?:\w+ly\s+)?(?![\s.!?]*$)\w/i.test(body.replace(PREP_OPENER_RE, ''))) return false;
  // What was an aside to a cut clause: a participle phrase ("Trusted by the Royal Welsh and dozens more.") or a noun
  // phrase with a list ("All 27 modules, plus the podcast…"), with no main clause after its comma.
  const doc = nlp(t);
  const firstComma = t.search(/,(?!\d)/);
  const rest = firstComma >= 0 ? t.slice(firstComma + 1).trim() : '';
  // (compromise misreads some verbs out of context, "the boiler still runs well": a subject not followed by a list
  // is taken as a main clause.)
  const mainAfter = () => MAIN_CLAUSE_RE.test(rest) && ((doc.match('#Verb').out('array') as string[]).some((v) => rest.includes(v)) || !/\b(?:and|or|plus)\b/i.test(rest));
  if (PARTICIPLE_OPENER_RE.test(t) && !mainAfter()) return false;
  // The same with a present participle ("Going right back to 1898.", "Starting on the 12th with the first crew."):
  // unless another verb makes it a clause ("Shipping from our depot takes two days").
  // (A phrasal verb's particle is no second verb: "Going by your meter readings.")
  if (GERUND_OPENER_RE.test(t) && doc.match('#Verb').not('#Particle').length === 1 && !mainAfter()) return false;
  if (firstComma > 0 && LIST_TAIL_RE.test(rest) && !rest.includes(',') && !nlp(t.slice(0, firstComma)).has('#Verb')) return false;
  // A noun phrase opened by "a"/"an" whose only verb is an -ing noun ("An HR medal and a Best Workplace ranking, all
  // this year."), left of a list once its verb went: no finite verb, no sentence. (compromise reads some verbs as
  // nouns, "The quote covers refloating, pumping…", so only this opener is judged so.)
  if (/^["'“‘(]*an?\s/i.test(t)) return doc.match('#Verb').not('#Gerund').found;
  return doc.has('#Verb');
});

/** A participle phrase opening what is left: "Trusted by…", "Used across…", "Known for…". */
const PARTICIPLE_OPENER_RE = /^["'“‘(]*(?:\p{L}{3,}ed|known|chosen|seen|built|made|grown|driven|written|given|taken|sold|worn|held|run) (?:by|for|in|across|at|on|throughout|around|from|since)\b/iu;
/** A present participle and a particle or preposition ("Going right back to", "Dating from"), not "Nothing in". */
const GERUND_OPENER_RE = /^["'“‘(]*(?!(?:no|some|any|every)thing\b)\p{L}{2,}ing(?: (?:right|all the way|way|straight))? (?:back|by|for|in|across|at|on|since|from|to|through|with)\b/iu;
/** The rest of a list after its first item ("…, plus the podcast and the app"). */
const LIST_TAIL_RE = /^(?:plus|and|as well as|including|along with|together with|or)\b/i;
/** A main clause: a subject, then a word (after a participle phrase or a verbless opener and its comma). */
const MAIN_CLAUSE_RE = /^["'“‘(]*(?:I|we|you|they|he|she|it|this|that|there|these|those|our \p{L}+|your \p{L}+|their \p{L}+|my \p{L}+|the \p{L}+|every \p{L}+|each \p{L}+|\p{Lu}\p{L}+)(?:['’]\p{L}+)?\s+\p{L}/u;
