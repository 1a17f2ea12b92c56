/**
 * analyze(text) and the incremental session. Sentences are analysed independently of each other, so a session can
 * cache rule hits by sentence text and re-tag only what changed, and still return exactly what analyze() would.
 */
import { createApplyGate, gateWindow, type ApplyGate, type ApplyGateFile } from './apply-gate';
import type { Rule } from './rule-schema';
import { createEngine, type Engine, type GateKeys, type Hit } from './engine';
import { balance, scores } from './score';
import { emailNotes, sentenceFacts, stats, type SentenceFacts } from './notes';
import { looksEnglish } from './language';
import { countWords, normalizeForAnalysis, resplitSentences, splitSentences, type Sentence } from './text';
import { isLeadIn } from './keep-point';
import { CATEGORIES, LEVELS, type AnalyzeOptions, type EmailNote, type Finding, type Report, type UserPhrase } from './types';
import { userPhraseHits, USER_RULE_PREFIX } from './user-phrases';
import { exampleSentence, fillRewrite, fillTemplates, findingSpanEnd, fitRewrite, literalRewrites, rememberSentences, replaceUnit, rewriteContext, type RewriteContext, type TextRange } from './rewrite';
import { fillFromUnit } from './rewrite-content';
import type { Category } from './types';
import { createModelDetector, modelRuleId, type ModelDetector, type ModelEvidence } from './model/detector';
import { modelMessageFor } from './model/messages';
import type { ModelFile } from './model/model-file';
import type { ThreadModelFile } from './thread/model-file';
import { createThreadReader, type FaultEvidence, type ThreadReader } from './thread/reader';
import { MAX_REPLY_SENTENCES } from './thread/features';
import { isWordFault, type WordFault, THREAD_NOTE_ID, THREAD_NOTE_TEXT, threadFindingMessage } from './thread/messages';
import { FAULT_CATEGORY, faultRuleId, type Situation, type ThreadReading } from './thread/situations';

/**
 * The owed answer, both guilt and a demand: "a simple yes or no isn't much to ask", "the least I expect", "the least
 * you could do".
 */
const OWED_ANSWER = String.raw`\b(?:isn['’]t|is not|not|is hardly|hardly) (?:too |that |very |so )?much to ask\b|\bthe (?:very )?least (?:you|I)(?: could| can)? (?:owe|expect|ask|do)\b|\bthe (?:very )?least I(?:['’]d| would| could)? (?:hope|ask|expect|wait) for\b`;

/** The seller's effort as a claim on the prospect's answer ("I think I've earned a yes or no"): guilt and a demand. */
const EARNED_ANSWER = String.raw`\bI(?:['’]ve| have) (?:more than |surely )?earned (?:a|an|your|the) (?:yes|no|reply|answer|decision|response|signature)\b`;

/**
 * Words that carry a category's fault on their own, so what a narrower removal leaves is still faulty when it holds
 * them (see stillFaulty), though no rule flags them alone: the apology and the excuse for the intrusion ("I know how
 * hectic it gets", "I know it's been a lot", "I do not want to disturb you", "which I know is a lot"), the seller's excitement, quota or pride, the owed answer, the stop-
 * deliberating push and the condition that is the pressure ("only if you sign today").
 */
const RESIDUAL_CUES: Record<Category, RegExp> = {
  timidity: cues([
    String.raw`\b(?:sorry|apologi[sz]e|forgive me|sick of (?:hearing from|me)|I know you(?:['’]re| are| must be) (?:busy|swamped|slammed)|hate to (?:bother|chase|pester|nag)|(?:bother|pester|chase|nag|trouble)(?:ing)? you)\b`,
    String.raw`\bI know (?:how )?(?:hectic|busy|swamped|crazy|flat out|slammed|stretched|full-on|chaotic)\b`,
    String.raw`\bI know (?:it['’]s|this is|this has|that['’]s|things are|things have)(?: been)? (?:a lot|a bit much|too much|a pain|a hassle)\b`,
    // The busy season as the excuse: "I know this is a busy month", "I know it's a hectic time of year".
    String.raw`\bI know (?:it['’]s|it is|this is|that['’]s|that is|it['’]s been|this has been)(?: such| quite| a really| a very)? (?:a |an )?(?:busy|hectic|manic|mad|crazy|full-on|frantic|stressful|difficult|tough) (?:month|week|time|season|period|quarter|day|few weeks|stretch)\b`,
    String.raw`\b(?:hate to|don['’]t want to|didn['’]t want to|do not want to|did not want to|don['’]t mean to|do not mean to) (?:bother|chase|pester|nag|bug|trouble|disturb|intrude|impose|be (?:a )?(?:pest|nuisance|bother|pain))\b`,
    String.raw`\b(?:which|that) I know is (?:a lot|a bit much|steep|pricey|expensive|more than)\b`,
    String.raw`\b(?:it|that|this) (?:really )?means (?:the world|so much|everything|a lot|a great deal)\b`,
    String.raw`\b(?:may|might|could) (?:seem|sound|be|come across as) (?:a (?:bit|little) )?(?:presumptuous|intrusive|forward|rude|cheeky|pushy|an imposition)\b`,
    String.raw`\bany (?:time|date|day|week) (?:at all )?(?:is|would be) (?:fine|great|good)\b|\bI (?:feel|felt) (?:quite |a bit |a little |rather |so |really )?(?:awkward|embarrassed|sheepish|uncomfortable|bad) (?:quoting|asking|sending|mentioning|charging)\b|\bwhenever you (?:might |may )?(?:have|get|find) a (?:spare )?(?:moment|minute|sec|second)\b`,
    String.raw`\bI know (?:your|you['’]re|you are) (?:(?:mornings|days|weeks|diary|calendar|schedule|inbox)(?: (?:are|is))? )?(?:hectic|busy|full|packed|swamped|slammed|mad|crazy|stretched)\b`,
    String.raw`\bif you think (?:it|that)(?:['’]s| is) (?:okay|ok|alright|all right|acceptable|fine)\b`,
    String.raw`\bif (?:that|this|it) (?:might|would|could|may) be (?:acceptable|okay|ok|alright|all right|convenient) (?:to|for|with) you\b`,
    String.raw`\bcaught you at a bad (?:moment|time)\b`,
    String.raw`\bI know you(?:['’]ve| have)? got (?:loads|a lot|lots|plenty|so much|enough|your hands full)\b`,
    String.raw`\bthe last (?:person|voice|name|email|thing) you(?:['’]d| would)? (?:want|wish|need|expect(?:ed)?|hope) to (?:hear from|see|read)\b`,
    // The price apologised for, and the exit offered, in other words beside a cut ("which I know may seem a lot",
    // "I quite understand that you may well wish to look elsewhere").
    String.raw`\b(?:may|might|could|must|will) (?:well )?(?:seem|sound|look|feel) (?:like )?(?:a lot|a bit much|steep|pricey|expensive|high|dear)\b|\b(?:understand|appreciate|accept|respect)(?: that)? (?:you|if you)(?: may| might| may well| might well)? (?:wish|want|prefer|decide|choose|need) to (?:look|go|shop) elsewhere\b`,
    String.raw`\bmore than (?:we|I) deserve(?:d)?\b`,
    String.raw`\b(?:we|I) (?:don['’]t|do not|didn['’]t|did not) deserve\b`,
    String.raw`\bI(?: know|['’]m (?:conscious|aware)| am (?:conscious|aware)|['’]m sure| reali[sz]e)(?: that)? (?:it['’]s|it is|this is|that['’]s|that is) (?:steep|pricey|expensive|not cheap|more than you|a lot of money|a lot to (?:spend|ask)|a big (?:spend|outlay|ask))\b`,
    // Self-consciousness about the email's length, and asking leave or taking the pitch back ("or would that be
    // overstepping?", "let me know if I've got it wrong").
    String.raw`\bI know (?:this|it|that|my (?:email|note|message))(?: (?:has|is|was))? (?:ran|run|running|gone on|went on|got|gotten|is|was) (?:a bit |way |rather |far |too |very |so |quite )*(?:long|lengthy|wordy)\b`,
    String.raw`\bwould (?:that|this|it) be (?:overstepping|too much|too forward|presumptuous|an imposition)\b`,
    String.raw`\b(?:think|find|consider) (?:it|this|me) (?:impertinent|presumptuous|rude|too forward|forward|cheeky|an imposition|intrusive)\b`,
    String.raw`\blet me know if I(?:['’]ve| have) (?:got (?:it|this|that|things) wrong|misread|misunderstood|overstepped|read (?:it|this|that) wrong)\b`,
    // The rep running themself down: "I know I'm a pain", "I know I'm not a priority".
    String.raw`\bI know I(?:['’]m|['’]ve been| have been| am)(?: being)? (?:a |such a |an |a total |a real |a bit of a )?(?:pain|nuisance|pest|bother|not (?:a|your) (?:priority|top priority))\b`,
    // Apologising for the email's length in other words, and leaving it to them whether the rep waits.
    String.raw`\b(?:turned|turning|grown|grew) into (?:a bit of |quite |rather )?(?:an essay|a novel|a saga|an epic|a book|a lecture)\b|\bplease (?:don['’]t|do not) (?:go with|choose|pick|sign with|move to|switch to) (?:the other|another|someone else|them)\b`,
    String.raw`\bI (?:do |always |tend to |can )?get (?:a bit |rather |quite )?carried away\b|\bI (?:do |always |tend to )?ramble(?: on)?\b|\bI (?:do|always|tend to) go on\b|\bI (?:always |do |tend to )?(?:write|say|put) (?:far |way |much |a bit |rather )?too much\b|\bI go on (?:a bit|and on)\b|\b(?:afraid|sorry) (?:that )?(?:we(?:['’]re| are)|I(?:['’]m| am)) (?:only |just |quite )?(?:a )?(?:small|tiny|little)\b|\b(?:we(?:['’]re| are)|I(?:['’]m| am)) (?:only|just) (?:a )?(?:small|tiny|little)\b|\bI(?:['’]m| am) (?:rambling|waffling|going on)\b|\b(?:shall|should) I (?:simply |just )?(?:wait|leave it|hold off|back off|step back)\b`,
  ]),
  self_serving: cues([
    String.raw`\b(?:I['’]m (?:so |really |super )?(?:excited|thrilled)|I am (?:so |really )?(?:excited|thrilled)|my (?:quota|target|quarter|numbers|commission|territory|pipeline|month|year-end|sales month|sales year|fiscal year|financial year|forecast|leaderboard)|I['’]m (?:the )?newest\b|I['’]m trying to (?:build|hit|close|make|grow))`,
    // A superlative about the firm left beside a cut boast ("we're genuinely the most-reviewed trek in England"), and the
    // rep's standing as the reason for a favour.
    String.raw`\bmore [\w-]+(?: [\w-]+)? than any (?:other )?(?:firm|company|supplier|business|maker|team|outfit|installer|contractor|workshop)\b|\b(?:graces|graced|adorns|adorned)\b|\b(?:grace|adorn) (?:three|four|five|six|several|many|\d+)\b`,
    String.raw`\b(?:we['’]re|we are|our [\w-]+ (?:is|are))(?: \w+ly)? the (?:most[- ][a-z]+|best|biggest|largest|leading|top[- ]rated|highest[- ]rated|busiest|finest)\b|\bmy (?:standing|reputation) (?:with|in|at)\b`,
    String.raw`\bwe['’]re (?:so |really |very |incredibly )?proud\b|\b(?:very )?famous (?:in|across|throughout|all over)\b|\bthe best quality\b`,
    String.raw`\bhelps? me(?: out)?(?=\s*[,.;!?])`,
    String.raw`\b(?:a|an) (?:claim|record|feat|achievement|distinction|honour|honor|milestone|testament) (?:that )?(?:nobody|no one|few|no other|none)\b`,
    String.raw`\b(?:award-winning|our awards?)\b`,
    EARNED_ANSWER,
    String.raw`\b(?:we['’]re|we are|we['’]ve been|we have been) (?:the )?(?:most (?:widely used|popular|trusted|awarded|famous|celebrated|decorated|respected)|number one|no\.? ?1|best-known|market leaders?)\b`,
    String.raw`\b(?:it|this|that)(?:['’]s| is) (?:very |so |really |extremely )?important (?:for|to) me\b`,
    String.raw`\b(?:the )?(?:leader|leading|biggest|largest|number one) (?:company|supplier|firm|maker|manufacturer|producer|provider|brand) in\b`,
    String.raw`\bI(?:['’]ve| have) (?:held|honoured|honored|kept|extended) (?:this|that|the|our|my) (?:price|rate|quote|offer|slot|discount) (?:\w+ )?(?:times|twice)\b`,
    String.raw`\b(?:says|say|speaks|speak) (?:a lot|volumes|so much) about (?:us|our|me)\b`,
    String.raw`\b(?:speaks|speak) for (?:itself|themselves)\b`,
    String.raw`\b(?:hardly|barely) need(?:s)? (?:an |any )?introduction\b`,
    String.raw`\bneeds? no introduction\b`,
    // Heritage and pedigree as the reason ("since 1921", "our founders came out of Oxford"), the rep's wish to win.
    String.raw`\b(?:since|for over|for more than) (?:1[89]\d\d|20[01]\d|\d+ (?:years|decades)|(?:two|three|four|five) (?:generations|decades|centuries))\b`,
    String.raw`\bfounders? (?:came|come|is|are|was|were) (?:out of|from|ex-)`,
    String.raw`\bsince (?:my|our) (?:great[- ])?(?:grand(?:ad|dad|father|pa|mother|ma)|gran(?:ny)?|founder|father|dad|mother|mum)(?:['’]s)? (?:day|days|time)\b`,
    // The firm's family story once its date or generation count went ("…remains proudly family run", "We're a family firm.").
    String.raw`\b(?:proudly |still |a )?family[- ](?:run|owned|firm|business|outfit|company)\b|\b(?:\w+) generations? of\b`,
    // The rest of a list of credentials once one went ("worn by three Olympians", "collected four Great Taste stars").
    String.raw`\b(?:worn|used|trusted|chosen|loved|backed|endorsed|praised|recommended) by (?:three|four|five|six|\d+|several|many|dozens of|hundreds of|top|leading|famous|celebrity|Olympic|world)\b`,
    String.raw`\b(?:collected|won|scooped|picked up|earned|bagged|taken home) (?:\w+ ){0,3}(?:stars|awards?|medals?|prizes?|trophies|accolades)\b`,
    // The rep's hours as the debt, named as a phrase ("After the hours I spent walking those flats for you").
    String.raw`\bthe (?:hours|days|weeks|evenings|weekends|time|effort|work) (?:I|we)(?:['’]ve| have)? (?:spent|put in|invested|poured)\b`,
    // The rep's relief or gratitude as the reason for a yes ("I would be so relieved if you could find a way to say yes").
    String.raw`\bI(?:['’]d| would) be (?:so |really |very |ever so |truly |hugely |incredibly )?(?:relieved|grateful|thrilled|delighted|chuffed) if you (?:could |would )?(?:find a way to )?(?:say yes|sign|agree|go ahead|come on board|order|choose us|pick us)\b`,
    // A bare "We're a family firm." is all that is left of a heritage line once its generations went.
    String.raw`^\s*(?:we['’]re|we are) (?:a |an )?(?:small |proud |local |independent |traditional )?family(?:[- ](?:run|owned))? (?:firm|business|company|farm|outfit|concern|operation|bakery|practice|workshop|yard|mill|brewery|dairy|shop|estate)[.!]?\s*$`,
    String.raw`\b(?:I['’]d|I would|we['’]d|we would) (?:really |so )?love to (?:land|win|close|sign|bag)\b`,
    OWED_ANSWER,
    // The rep's own need as the reason ("sign-off by the 30th would really help me") and the rep's hours as a debt.
    String.raw`\b(?:would|will|could) (?:really |honestly |genuinely |massively |hugely )?help me(?: out)?(?=\s*[,.;!?]|\s+(?:a lot|enormously|hugely|so much|massively|no end|loads)\b)`,
    String.raw`\bI(?:['’]ve| have)? (?:put|spent|poured|sunk|invested) (?:something like |nearly |almost |over |more than |about |well over )?(?:[\w-]+ ){0,3}(?:hours|evenings|weekends|nights|late nights|days|weeks|a fortnight) (?:into|on|preparing|building|working on|putting together|hand-\w+|\w+ing)\b`,
    // What the rep gave up or went through for them, left once the demand it backed went ("I dropped another job to
    // come out on a Sunday", "which I read twice over my weekend", "I've been patient for six weeks").
    String.raw`\bI(?:['’]ve| have)? (?:dropped|turned down|turned away|cancelled|canceled|rearranged|bumped|gave up|given up) (?:another|other|two|three|four|a|an|my) (?:[\w-]+ )?(?:jobs?|bookings?|clients?|appointments?|customers?|weekends?|holidays?|day off|evenings?)\b`,
    String.raw`\bI(?:['’]ve| have)? (?:put|poured|sunk) in (?:\w+ )?(?:weeks|days|months|hours|evenings|nights) of (?:work|effort|graft)\b`,
    String.raw`\b(?:over|on|during) my (?:own )?(?:weekend|weekends|holiday|day off|evenings?)\b|\bI (?:rearranged|reshuffled|cleared|moved) my (?:whole |entire )?(?:week|day|diary|schedule|calendar)\b`,
    String.raw`\bI (?:stayed|worked|was up) (?:up )?(?:late|until (?:ten|eleven|midnight|\d+)|till (?:ten|eleven|midnight|\d+)|through the night|all night|every night)\b`,
    String.raw`\bI(?:['’]ve| have) been (?:very |so |more than |incredibly |extremely |nothing but )?patient\b|\b(?:gone|went|go) (?:out of my way|the extra mile|above and beyond)\b|\bbent over backwards\b`,
  ]),
  hard_close: cues([
    String.raw`\b(?:(?:let['’]s )?stop (?:evaluating|deliberating|dithering|overthinking)|no more (?:waiting|excuses|delays)|on my own (?:time|dime))\b`,
    OWED_ANSWER,
    String.raw`\byou owe (?:me|us)\b`,
    // Peers who already use it, as the push ("every bar on your block already stocks ours").
    String.raw`\b(?:every|all|most|half|many) (?:of )?(?:the )?[\w’'-]+(?: [\w’'-]+){0,4} already (?:stocks?|uses?|runs?|carry|carries|buys?|orders?|works? with|sells?|serves?|has|have) (?:ours|us|our|it|them|one)\b`,
    // Peers who already moved, as the push ("Half the bakeries on your street have moved to this oven already").
    String.raw`\b(?:half|most|all|many|several|three|four|five|every|each) (?:other )?(?:of )?(?:the |your )?[A-Za-z-]+(?: [A-Za-z’'-]+){0,4} (?:have|has) (?:already )?(?:moved|switched|signed|gone over|made the switch|upgraded|trained|installed|bought|ordered|booked|(?:got )?(?:one|them) now)\b`,
    // The seller's effort as a grievance ("truly disappointed after spending two months on your demo").
    String.raw`\bdisappoint(?:ed|ing) (?:after|given|considering) (?:all|spending|everything|the|I)\b|\b(?:leave|leaving) me (?:without (?:an? )?(?:answer|reply|word)|hanging|in the dark)\b`,
    String.raw`\b(?:both|all) (?:put|installed|bought|ordered|switched|signed|moved|went)\b(?=[^.!?]{0,30}\b(?:last|this|already|ago)\b)`,
    EARNED_ANSWER,
    String.raw`\bI (?:honestly |frankly |really |truly )?expected (?:more|better)(?: (?:than|from))?\b`,
    String.raw`\bother [\w-]+(?: [\w-]+){0,2} (?:have |has )?(?:asked|enquired|are asking|want|wants|are after|are interested in)\b[^.!?]{0,30}\b(?:this|that|the same) (?:slot|date|space|spot|week|weekend|booking|unit|pallet|stock|batch|crew|van|room)\b`,
    String.raw`\b(?:is|are)(?: frankly| honestly| really| already| now)? (?:behind|falling behind|lagging|left behind|the odd ones? out|an outlier)\b`,
    // Counting the attempts, left once the guilt it backed went ("This is our fourth approach.").
    String.raw`\b(?:this is|that['’]s|that is|it['’]s|it is) (?:my|our|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:approach|attempt|email|message|note|try|time|call|letter|follow-up|chase|reminder)\b`,
    String.raw`\bstill nothing\b|\bI find (?:that |it |this )?(?:quite |rather |pretty |frankly )?(?:remarkable|astonishing|baffling|extraordinary)\b`,
    String.raw`\bonly if you (?:sign|commit|order|book|decide|pay|act|confirm|agree)\b[^.!?]*\b(?:today|tonight|now|this week)\b`,
    // Knowing the emails were opened, left once the guilt built on it went ("…, so I know they're landing").
    String.raw`\bI know (?:they|it|my (?:emails?|messages?|notes?))(?:['’]re| are|['’]s| is| have| has)? (?:landing|arriving|getting through|being (?:read|opened)|been (?:read|opened|seen))\b`,
    // Shame at being the one left behind, left once the peers who moved went ("…would hardly want to be the last in the
    // county", "Wendover is starting to look like the one that couldn't keep up").
    String.raw`\b(?:be|being|look(?:s|ing)? like|seen as|end up (?:as )?) the (?:last|only) (?:[A-Za-z-]+ )?(?:in|to|left|without|still|not)\b|\blook(?:s|ing)? like the (?:one|school|firm|team|centre|center|site|club|shop|practice|business) (?:that|who) (?:couldn['’]t|could not|didn['’]t|did not|can['’]t|cannot|won['’]t|fell)\b`,
  ]),
};

/** One case-blind pattern from a list of alternatives, each a wording of its own. */
function cues(alternatives: readonly string[]): RegExp {
  return new RegExp(alternatives.join('|'), 'i');
}

/** How close to the model's strict threshold what a model finding's cut leaves may read before it counts as left. */
/** The better sentence to adapt by hand (exampleSentence), its blanks filled where the unit's own words answer them ("our routing module"). */
function exampleFor(templates: readonly string[], ctx: RewriteContext, text: string, unit: TextRange): string | undefined {
  const example = exampleSentence(templates, ctx);
  return example && fillFromUnit(text, unit, example);
}

const RESIDUAL_MARGIN = 0.75;
/** A clause reads plainly clean under this share of the model's strict line in every category. */
const CLEAN_MARGIN = 0.5;

export { fitRewrite };

/** Bounded work: a pasted 1 MB document is analysed up to here and the report says how much was skipped. */
export const MAX_WORDS = 20_000;

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Report;
  createSession(options?: AnalyzeOptions): Session;
  readonly engine: Engine;
  /** The thread model's reader, when the analyser has one. */
  readonly thread?: ThreadReader;
}

export interface Session {
  update(text: string): Report;
  /** What the last update did: sentences taken from the cache and sentences analysed afresh. */
  readonly lastUpdate: { reused: number; analyzed: number; tagged: number };
}

/** The report of an empty or whitespace-only draft; a fresh object each time, callers may mutate it. */
export function emptyReport(): Report {
  return {
    findings: [],
    scores: { hard_close: 0, self_serving: 0, timidity: 0 },
    balance: 0,
    stats: { words: 0, sentences: 0, questions: 0, secondPerson: 0, firstPerson: 0 },
    notes: [],
    coverage: { sentences: 0, sentencesAnalyzed: 0, wordsSkipped: 0 },
  };
}

/** Everything the report needs from one sentence; a pure function of the sentence's text, so it can be cached. */
type SentenceResult = { hits: Hit[]; tagged: boolean; facts: SentenceFacts; model: ModelEvidence[] };

/**
 * Rules and, when given, the sentence model: its findings fill in where no rule of the same category spoke; and,
 * when given, the thread model, read when the options carry the prospect's message.
 * `prevalidated` and `gateKeys` are for the compiled bundle only (see createEngine).
 */
export function createAnalyzer(rules: readonly Rule[], model?: ModelFile, options: { prevalidated?: boolean; gateKeys?: GateKeys; thread?: ThreadModelFile; applyGate?: ApplyGateFile } = {}): Analyzer {
  const engine = createEngine(rules, options);
  const detector: ModelDetector | undefined = model && createModelDetector(model);
  const reader: ThreadReader | undefined = options.thread && createThreadReader(options.thread, detector?.probabilities);
  const applyGate: ApplyGate | undefined = options.applyGate && createApplyGate(options.applyGate);

  /**
   * The rewrites the Apply gate lets through: an edit it reads as likelier to fail with reviewers than its threshold
   * is not offered (apply-gate.ts). Without a gate every rewrite is.
   */
  function offered(rule: string, rawText: string, replace: TextRange, rewrites: readonly string[]): string[] {
    if (!applyGate) return [...rewrites];
    return rewrites.filter((r) => {
      const { before, after } = gateWindow(rawText, replace, r);
      return applyGate.passes(rule, before, after);
    });
  }

  /** Facts first: the language check needs them all before any sentence is tagged. */
  function factsOnly(sentence: string): SentenceResult {
    return { hits: [], tagged: false, facts: sentenceFacts(sentence), model: [] };
  }

  function withHits(r: SentenceResult, sentence: string, phrases: readonly UserPhrase[]): SentenceResult {
    const { hits, tagged } = engine.analyzeSentence(sentence);
    const ruleCategories = new Set(hits.map((h) => engine.ruleById(h.rule)?.category));
    // Where a rule already flags the category in this sentence, the rule's finding stands alone.
    const model = (detector?.evidence(sentence) ?? []).filter((e) => !ruleCategories.has(e.category));
    return { hits: [...hits, ...userPhraseHits(sentence, phrases)], tagged, facts: r.facts, model };
  }

  /**
   * The rule hits and model evidence of a sentence as a rewrite would leave it, memoised by its text (bounded): a
   * rewrite that leaves its finding's fault in the sentence is not offered as it stands (src/analyzer/rewrite.ts).
   */
  const residualMemo = new Map<string, { hits: Hit[]; model: ModelEvidence[]; probabilities: number[] }>();
  function residual(sentence: string) {
    let r = residualMemo.get(sentence);
    if (!r) {
      if (residualMemo.size >= 2000) residualMemo.clear();
      const hits = engine.analyzeSentence(sentence).hits;
      r = { hits, model: detector?.evidence(sentence) ?? [], probabilities: detector?.probabilities(sentence) ?? [] };
      residualMemo.set(sentence, r);
    }
    return r;
  }
  /**
   * Whether `sentence` still carries a fault of `category`: 'sure' where a rule at the rep's settings or the
   * confident model (a warning) flags it, 'maybe' where only the model's strict threshold does (enough to widen a
   * removal to the whole sentence, not to withhold a rewrite: its guesses on a plain remainder such as "Have you had
   * any thoughts on the quote?" would withhold good rewrites), else false.
   */
  const stillFaulty = (category: Category, options: AnalyzeOptions) => (sentence: string): 'sure' | 'maybe' | false => {
    if (options.disabledCategories?.includes(category)) return false;
    const r = residual(normalizeForAnalysis(sentence));
    if (r.hits.some((h) => {
      const rule = engine.ruleById(h.rule);
      return rule !== undefined && rule.category === category && isShown(rule, options);
    })) return 'sure';
    // What a narrower removal leaves may still say the same thing in words no rule flags on their own ("I know you
    // must be sick of hearing from me", "I'm trying to build out my territory"): the fault is still there.
    if (RESIDUAL_CUES[category].test(sentence)) return 'sure';
    if (options.disabledRules?.includes(modelRuleId(category)) || options.sensitivity === 'gentle') return false;
    const levels = r.model.filter((e) => e.category === category).map((e) => detector!.levelAt(e, 'strict'));
    return levels.includes('warning') ? 'sure' : levels.includes('suggestion') ? 'maybe' : false;
  };

  /**
   * A rule's check of what its edit leaves: its own fault, or any category's fault read for sure. Cutting "because my
   * bonus depends on it" from "I need your signature by Friday because…" leaves a seller's deadline: reviewers judged
   * such cuts not fixed, whichever category flagged them.
   */
  const stillFaultyOrOther = (category: Category, options: AnalyzeOptions) => {
    const checks = CATEGORIES.map((c) => stillFaulty(c, options));
    const index = CATEGORIES.indexOf(category);
    return (sentence: string): 'sure' | 'maybe' | false => {
      const readings = checks.map((check) => check(sentence));
      return readings.includes('sure') ? 'sure' : readings[index]!;
    };
  };

  /**
   * For a model finding: its own category's reading, or 'sure' where another category's fault is sure in what is
   * left. The model read the whole sentence, so a cut that leaves the pressure reading as guilt ("I honestly expected
   * better from you" once "After everything I put into that tender" went) did not fix it.
   */
  const stillFaultyAny = (category: Category, options: AnalyzeOptions) => {
    const own = stillFaulty(category, options);
    const others = CATEGORIES.filter((c) => c !== category).map((c) => stillFaulty(c, options));
    const index = CATEGORIES.indexOf(category);
    // What is left must read clearly clean, not just under the line: a cut that takes the model's reading from 0.49
    // to just below its strict threshold ("I'll come by your warehouse on Friday with the signed contract" once "so
    // we can wrap this up" went) left most of what it read.
    const near = model ? RESIDUAL_MARGIN * Math.min(model.thresholds.strict[index]!, model.thresholds.standard[index]!) : Infinity;
    return (sentence: string): 'sure' | 'maybe' | false => {
      const mine = own(sentence);
      if (mine === 'sure' || others.some((check) => check(sentence) === 'sure')) return 'sure';
      if (mine || options.sensitivity === 'gentle' || options.disabledCategories?.includes(category) || options.disabledRules?.includes(modelRuleId(category))) return mine;
      return (residual(normalizeForAnalysis(sentence)).probabilities[index] ?? 0) >= near ? 'maybe' : false;
    };
  };

  /**
   * Whether a clause reads as plainly clean: no rule flags it and the model reads every category under half its
   * strict line. A removal must not take such a clause with the fault (rewrite-shape.ts). Without the model, no
   * clause is known to be clean.
   */
  const readsClean = (clause: string): boolean => {
    if (!model) return false;
    const r = residual(normalizeForAnalysis(clause));
    return r.hits.length === 0 && CATEGORIES.every((_, i) => (r.probabilities[i] ?? 0) < CLEAN_MARGIN * model.thresholds.strict[i]!);
  };

  /**
   * `resultFor` gives a sentence's cached or fresh result; `complete` adds the rule hits to a facts-only result.
   * Both are pure per sentence, which is what makes a session's report equal to analyze()'s.
   */
  function run(
    rawText: string,
    options: AnalyzeOptions,
    resultFor: (s: Sentence) => SentenceResult,
    complete: (s: Sentence, r: SentenceResult) => SentenceResult,
    remembered?: FindingMemo,
    split: (rawText: string) => Sentence[] = (t) => splitSentences(normalizeForAnalysis(t)),
  ): Report {
    // The prospect's message is read once per message (the reader remembers it by its text), never flagged.
    const thread: ThreadReading | undefined = reader && options.prospect !== undefined
      ? { situation: reader.situation(options.prospect), faults: [] }
      : undefined;
    if (rawText.trim() === '') return thread ? { ...emptyReport(), thread } : emptyReport();
    const sentences = split(rawText);
    // The rewrite checks read the same sentences of the same text: split once.
    rememberSentences(rawText, sentences);
    remembered?.start(rawText, sentences);
    const results = sentences.map(resultFor);
    const s = stats(results.map((r) => r.facts));
    const notes: EmailNote[] = [];

    let budget = MAX_WORDS;
    let analyzedCount = 0;
    for (const r of results) {
      if (r.facts.words > budget) break;
      budget -= r.facts.words;
      analyzedCount++;
    }
    const wordsSkipped = s.words - (MAX_WORDS - budget);
    const coverage = { sentences: sentences.length, sentencesAnalyzed: analyzedCount, wordsSkipped };
    const inBound = results.slice(0, analyzedCount);

    const findings: Finding[] = [];
    if (!looksEnglish(inBound.map((r) => r.facts))) {
      notes.push({ id: 'not-english', message: 'This draft does not look like English, so Poise stays quiet: its rules are written for English sales emails.' });
    } else {
      inBound.forEach((r, i) => {
        const sentence = sentences[i]!;
        const done = complete(sentence, r);
        if (done.hits.length === 0 && done.model.length === 0) return;
        // Every rule's flagged words in the sentence are a fault: a rewrite for one finding may drop them.
        const faults = done.hits.filter((h) => !h.rule.startsWith(USER_RULE_PREFIX)).map((h) => offset({ start: h.start, end: h.end }, sentence));
        for (const hit of done.hits) {
          const make = () => toFinding(hit, sentence, rawText, options, faults);
          const f = remembered && !hit.rule.startsWith(USER_RULE_PREFIX) ? remembered.finding(`r ${hit.rule} ${hit.start} ${hit.end}`, i, make) : make();
          if (f) findings.push(f);
        }
        for (const e of done.model) {
          const make = () => toModelFinding(e, sentence, rawText, options, faults);
          const f = remembered ? remembered.finding(`m ${e.category} ${e.probability} ${e.start} ${e.end}`, i, make) : make();
          if (f) findings.push(f);
        }
      });
      const threadNotes: EmailNote[] = [];
      if (thread) {
        const read = sentences.slice(0, Math.min(analyzedCount, MAX_REPLY_SENTENCES));
        for (const e of reader!.faults(read.map((x) => x.text), options.prospect!, thread.situation)) {
          thread.faults.push(e.fault);
          const rule = faultRuleId(e.fault);
          if (options.disabledRules?.includes(rule) || options.disabledCategories?.includes(FAULT_CATEGORY[e.fault])) continue;
          if (isWordFault(e.fault)) {
            const f = toThreadFinding(e, e.fault, thread.situation, read[e.sentence]!, rawText);
            // The thread's finding says more than a sentence finding of the same category on the same words.
            for (let i = findings.length - 1; i >= 0; i--) {
              const o = findings[i]!;
              if (o.category === f.category && o.start < f.replace.end && o.end > f.replace.start) findings.splice(i, 1);
            }
            findings.push(f);
          } else {
            threadNotes.push({ id: THREAD_NOTE_ID[e.fault], message: THREAD_NOTE_TEXT[e.fault] });
          }
        }
      }
      findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
      const general = emailNotes(inBound.map((r) => r.facts), s);
      // "Ask a question" is said more precisely by the note on giving up after "no budget".
      notes.push(...threadNotes, ...general.filter((n) => !(n.id === 'no-question' && threadNotes.some((t) => t.id === 'thread-gives-up'))));
    }
    if (wordsSkipped > 0) {
      notes.push({ id: 'truncated', message: `Only the first ${MAX_WORDS.toLocaleString('en-US')} words were checked; ${wordsSkipped.toLocaleString('en-US')} words after them were not.` });
    }
    const sc = scores(findings);
    return { findings, scores: sc, balance: balance(sc), stats: s, notes, coverage, ...(thread ? { thread } : {}) };
  }

  /** A fault in the reply's words: a finding on them, whose rewrites replace the sentence they sit in. */
  function toThreadFinding(e: FaultEvidence, fault: WordFault, situation: Situation, sentence: Sentence, rawText: string): Finding {
    const rule = faultRuleId(fault);
    const { message, why, rewrites } = threadFindingMessage(fault, situation);
    const end = findingSpanEnd(sentence.text, e.start, e.end);
    const start = sentence.start + e.start;
    const unit = replaceUnit(sentence.text, e.start, end, 'sentence');
    const ctx = rewriteContext(rawText.slice(sentence.start, sentence.end), e.start, end, unit);
    const literal = literalRewrites(rawText, offset(unit, sentence), rewrites.map((r) => fillRewrite(r, ctx)));
    return {
      id: `${rule}@${start}`, rule, category: FAULT_CATEGORY[fault], level: 'warning', message, why,
      start, end: sentence.start + end, text: rawText.slice(start, sentence.start + end), ...literal, source: 'thread',
    };
  }

  function toFinding(hit: Hit, sentence: Sentence, rawText: string, options: AnalyzeOptions, faults: readonly TextRange[]): Finding | null {
    const atSentenceStart = hit.start === 0;
    const start = sentence.start + hit.start;
    if (hit.rule.startsWith(USER_RULE_PREFIX)) {
      const phrase = (options.userPhrases ?? [])[Number(hit.rule.slice(USER_RULE_PREFIX.length))];
      // Turned off from a tooltip like any rule (the options page lists it and keeps the index right on removal).
      if (!phrase || options.disabledRules?.includes(hit.rule) || options.disabledCategories?.includes(phrase.category)) return null;
      const end = sentence.start + hit.end;
      return {
        id: `${hit.rule}@${start}`, rule: hit.rule, category: phrase.category, level: 'warning', message: phrase.message,
        why: 'One of your own phrases to avoid.', start, end, text: rawText.slice(start, end), replace: { start, end },
        rewrites: phrase.rewrite ? [fitRewrite(phrase.rewrite, atSentenceStart)] : [], source: 'user',
      };
    }
    const rule = engine.ruleById(hit.rule);
    if (!rule || !isShown(rule, options)) return null;
    // The span never ends on a dangling ", but" or inside a capitalised name; the rewrite replaces the clause or sentence around it.
    const hitEnd = findingSpanEnd(sentence.text, hit.start, hit.end);
    const end = sentence.start + hitEnd;
    const unit = replaceUnit(sentence.text, hit.start, hitEnd, rule.replace ?? 'clause');
    const ctx = rewriteContext(rawText.slice(sentence.start, sentence.end), hit.start, hitEnd, unit);
    const guard = { span: { start, end }, otherFaults: faults, protect: rule.protect, stillFaulty: stillFaultyOrOther(rule.category, options), readsClean };
    // A rule whose applied edits reviewers judged unreliable is advice only (the sentence to adapt, no button): its
    // templates are not filled and guarded only to be thrown away, which on a keystroke would be wasted work.
    const literal = literalRewrites(rawText, offset(unit, sentence), rule.apply ? fillTemplates(rule.rewrites, ctx) : [], guard);
    const { replace } = literal;
    const rewrites = offered(rule.id, rawText, replace, literal.rewrites);
    const example = rewrites.length ? undefined : exampleFor(rule.rewrites, ctx, rawText, offset(unit, sentence));
    return {
      id: `${rule.id}@${start}`, rule: rule.id, category: rule.category, level: rule.level, message: rule.message,
      why: rule.why, start, end, text: rawText.slice(start, end), replace, rewrites, ...(example ? { example } : {}), source: 'rule',
    };
  }

  function toModelFinding(e: ModelEvidence, sentence: Sentence, rawText: string, options: AnalyzeOptions, faults: readonly TextRange[]): Finding | null {
    const rule = modelRuleId(e.category);
    if (options.disabledRules?.includes(rule) || options.disabledCategories?.includes(e.category)) return null;
    const level = detector!.levelAt(e, options.sensitivity ?? 'standard');
    if (!level) return null;
    const { message, why, rewrites, protect } = modelMessageFor(e.category, sentence.text);
    const end = findingSpanEnd(sentence.text, e.start, e.end);
    const start = sentence.start + e.start;
    // The model's evidence sits in one clause: removing that clause keeps what the rest of the sentence says (an
    // ask, a figure, an offer). A replacement sentence is offered only when that clause is the whole sentence.
    const whole = replaceUnit(sentence.text, e.start, end, 'sentence');
    let unit = replaceUnit(sentence.text, e.start, end, 'clause');
    // Evidence on a lone opener ("Frankly,", "Totally,") is about the sentence it opens: removing the opener alone
    // would leave the fault.
    const unitText = sentence.text.slice(unit.start, unit.end);
    if (isLeadIn(unitText) || countWords(unitText) <= 2) unit = whole;
    const isWhole = unit.start === whole.start && unit.end === whole.end;
    const ctx = rewriteContext(rawText.slice(sentence.start, sentence.end), e.start, end, unit);
    // The model's span is where its evidence sits, not a fault to delete: what it covers is protected too.
    const guard = { span: { start, end: start }, evidence: { start, end: sentence.start + end }, otherFaults: faults, protect, stillFaulty: stillFaultyAny(e.category, options), readsClean };
    const templates = rewrites.filter((r) => isWhole || r === '');
    // A template sentence is offered only beside the removal: where the sentence holds what the rep must keep, so the
    // removal is withheld, a generic sentence with blanks in its place ("Could we take [a time]…" for the rep's own
    // question about a delivery) would throw that away too.
    // (A removal the guard turned into the rep's own question put plainly is not one: the template would blank it.)
    const removable = literalRewrites(rawText, offset(unit, sentence), fillTemplates([''], ctx), guard).rewrites.some((r) => !/\p{L}{2}/u.test(r));
    const literal = literalRewrites(rawText, offset(unit, sentence), fillTemplates(removable ? templates : templates.filter((t) => t === ''), ctx), guard);
    const kept = offered(rule, rawText, literal.replace, literal.rewrites);
    const example = kept.length ? undefined : exampleFor(rewrites, ctx, rawText, offset(unit, sentence));
    return {
      id: `${rule}@${start}`, rule, category: e.category, level, message, why,
      start, end: sentence.start + end, text: rawText.slice(start, sentence.start + end), replace: literal.replace, rewrites: kept, ...(example ? { example } : {}), source: 'model',
    };
  }

  return {
    engine,
    ...(reader ? { thread: reader } : {}),
    analyze(text, options = {}) {
      const phrases = options.userPhrases ?? [];
      return run(text, options, (s) => factsOnly(s.text), (s, r) => withHits(r, s.text, phrases));
    },
    createSession(options = {}) {
      const phrases = options.userPhrases ?? [];
      /** By sentence text; an entry is complete once its rule hits were computed. */
      let cache = new Map<string, SentenceResult & { complete: boolean }>();
      const last = { reused: 0, analyzed: 0, tagged: 0 };
      const remembered = findingMemo();
      /** The last text split, normalised, and its sentences: an update splits again only the paragraphs it changed. */
      let splitOf = { raw: '', text: '', sentences: [] as Sentence[] };
      const split = (raw: string): Sentence[] => {
        const { prefix, suffix } = commonEnds(splitOf.raw, raw);
        const old = splitOf;
        // Normalising is one character for one: the unchanged ends are normalised already.
        const text = old.text.slice(0, prefix) + normalizeForAnalysis(raw.slice(prefix, raw.length - suffix)) + old.text.slice(old.text.length - suffix);
        const sentences = resplitSentences(old.text, old.sentences, text, prefix, suffix);
        splitOf = { raw, text, sentences };
        return sentences;
      };
      return {
        get lastUpdate() {
          return { ...last };
        },
        update(text) {
          const next = new Map<string, SentenceResult & { complete: boolean }>();
          last.reused = last.analyzed = last.tagged = 0;
          const report = run(
            text,
            options,
            (s) => {
              const entry = next.get(s.text) ?? cache.get(s.text) ?? { ...factsOnly(s.text), complete: false };
              next.set(s.text, entry);
              return entry;
            },
            (s) => {
              const entry = next.get(s.text)!;
              if (entry.complete) {
                last.reused++;
                return entry;
              }
              const done = { ...withHits(entry, s.text, phrases), complete: true };
              next.set(s.text, done);
              last.analyzed++;
              if (done.tagged) last.tagged++;
              return done;
            },
            remembered,
            split,
          );
          remembered.finish();
          // Keep only the sentences of the latest text: memory stays bounded by the draft.
          cache = next;
          return report;
        },
      };
    },
  };
}

/**
 * A session's findings from its last update, so one edit does not rebuild every finding's rewrites. A finding is a
 * function of its sentence and of the text around it: the rewrite checks read everything before the sentence (a noun
 * met earlier, the paragraph it opens, the sentence before) and up to three sentences after it (one that leans on
 * it, a sign-off line after it). So a finding is reused only when the text is unchanged from its start up to the end
 * of the line holding the third sentence after its own, and those sentences split the same; an edit further on
 * leaves it as it was, an edit before it rebuilds it. Options are fixed for a session.
 */
interface FindingMemo {
  start(rawText: string, sentences: readonly Sentence[]): void;
  /** The finding `key` (the hit or evidence) of sentence `i`, remembered or made. */
  finding(key: string, i: number, make: () => Finding | null): Finding | null;
  finish(): void;
}

/**
 * How many sentences after a finding's own its rewrite checks read (src/analyzer/rewrite.ts): a removal may take the
 * next sentence (a comment on it) and the "also" of the one after, and pointsAtRemoved then reads three more.
 */
const SENTENCES_READ_AFTER = 5;

function findingMemo(): FindingMemo {
  interface Entry { finding: Finding | null; following: readonly Sentence[]; lowerSameLength: boolean }
  let previous = '';
  let entries = new Map<string, Entry>();
  let next = new Map<string, Entry>();
  let text = '';
  let sentences: readonly Sentence[] = [];
  let unchanged = 0;
  let lowerSameLength: boolean | undefined;
  // Lower-casing that changes the text's length sends one check (occursBefore) down another path: part of the key.
  // U+0130 ("İ") is the one character whose lower case is longer (checked over every code point).
  const sameLengthLower = () => (lowerSameLength ??= !text.includes('\u0130'));
  const copy = (f: Finding | null): Finding | null => f && { ...f, replace: { ...f.replace }, rewrites: [...f.rewrites] };
  return {
    start(rawText, split) {
      text = rawText;
      sentences = split;
      lowerSameLength = undefined;
      unchanged = commonEnds(previous, text).prefix;
    },
    finding(key, i, make) {
      const s = sentences[i]!;
      const following = sentences.slice(i + 1, i + 1 + SENTENCES_READ_AFTER);
      const last = following.length === SENTENCES_READ_AFTER ? following[following.length - 1]! : undefined;
      const lineEnd = last ? text.indexOf('\n', last.end) : -1;
      const readTo = lineEnd === -1 ? text.length : lineEnd + 1;
      const fullKey = `${key} ${s.start} ${s.text}`;
      const old = entries.get(fullKey);
      const same = old !== undefined &&
        readTo <= unchanged && (readTo < text.length || previous.length === text.length) &&
        old.following.length === following.length &&
        old.following.every((o, j) => o.start === following[j]!.start && o.end === following[j]!.end && o.text === following[j]!.text) &&
        old.lowerSameLength === sameLengthLower();
      const entry: Entry = same ? old : { finding: make(), following, lowerSameLength: sameLengthLower() };
      next.set(fullKey, entry);
      return copy(entry.finding);
    },
    finish() {
      previous = text;
      entries = next;
      next = new Map();
    },
  };
}

/**
 * How many characters two texts share at their start (`prefix`) and, after that, at their end (`suffix`): compared by
 * blocks, then by character. The last pair asked is remembered (a session's split and its findings ask the same).
 */
let lastEnds: { a: string; b: string; prefix: number; suffix: number } | undefined;
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  if (lastEnds?.a === a && lastEnds.b === b) return lastEnds;
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  for (let size = 4096; size >= 1; size >>= 3) {
    while (prefix + size <= n && a.slice(prefix, prefix + size) === b.slice(prefix, prefix + size)) prefix += size;
  }
  const room = n - prefix;
  let suffix = 0;
  for (let size = 4096; size >= 1; size >>= 3) {
    while (suffix + size <= room && a.slice(a.length - suffix - size, a.length - suffix) === b.slice(b.length - suffix - size, b.length - suffix)) suffix += size;
  }
  lastEnds = { a, b, prefix, suffix };
  return lastEnds;
}

/** A range relative to a sentence, as offsets into the whole text. */
const offset = (r: TextRange, sentence: Sentence): TextRange => ({ start: sentence.start + r.start, end: sentence.start + r.end });

function isShown(rule: Rule, options: AnalyzeOptions): boolean {
  if (options.disabledRules?.includes(rule.id)) return false;
  if (options.disabledCategories?.includes(rule.category)) return false;
  const sensitivity = options.sensitivity ?? 'standard';
  if (rule.strict && sensitivity !== 'strict') return false;
  if (sensitivity === 'gentle' && LEVELS.indexOf(rule.level) < LEVELS.indexOf('warning')) return false;
  return true;
}

