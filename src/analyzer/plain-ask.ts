/**
 * The plain ask inside a hedged or announced one: "I was wondering if perhaps you'd maybe be open to hearing a bit
 * about X, if it's not an imposition" -> "Would you be open to hearing about X?"; "Just wanted to check in and see if
 * you'd had a chance to look over X" -> "Have you had a chance to look over X?". Pure: a sentence in, a question or
 * undefined out.
 *
 * The ask is the embedded question after "if"/"whether" (after "wondering", "see", "curious", "check", "know",
 * "ask"), or a sentence that already is a hedged question ("Could we maybe possibly set up a call?"). Its subject and
 * first verb are inverted into a direct question, the hedge words go, and a trailing hedged aside ("if that's
 * alright with you", "if it's not an imposition") goes. What is left is offered only when compromise reads a verb in
 * it and it keeps at least two words after the verb: otherwise there is no ask to keep and the caller uses its other
 * rewrites. A demand put as the rep's need ("I need you to confirm X", "I need to know if you're in") becomes the
 * plain question too ("Could you confirm X?", "Are you in?").
 */
import nlp from 'compromise/two';

/** Hedge words dropped from the ask (whole words; "a bit" only before "about"/"of"/"more"). */
const HEDGES_RE = /\b(?:perhaps|maybe|possibly|potentially|somehow|just|really|by any chance|at all|sometime|some time|at some point|kind of|sort of|happen to|a bit(?= (?:about|of|more)\b)|a little(?= (?:about|of|more)\b)|quickly|briefly|gently)\b\s*/gi;
/** A closing aside that only asks leave to ask. */
/** A courtesy condition set off by commas inside the ask: "we could, if it suited, start…". */
const INNER_ASIDE_RE = /,\s*(?:if (?:it|that|this) (?:suits?|suited|works?|worked|helps?|helped|is (?:okay|ok|alright|all right))(?: (?:you|for you))?|if (?:it|that|this) (?:isn['’]t|is not|wouldn['’]t be|would not be|won['’]t be|will not be|is) (?:too much |any |a )?(?:trouble|bother|imposition|too much to ask)|if (?:possible|convenient|you don['’]t mind|you wouldn['’]t mind))\s*,\s*/gi;
const TRAILING_ASIDE_RE = /[\s,;—–-]+(?:if|only if|whenever|when)\b[^,;]*(?:okay|ok|alright|all right|fine|convenient|imposition|trouble|bother|too much|not too|works for you|suits you|you have (?:a )?(?:moment|minute|second|time)|you get a (?:chance|moment|minute|second)|you're free|you are free)[^,;]*$|[\s,;—–-]+(?:(?:honestly|really|truly|seriously|totally|absolutely),? )?(?:of course|no pressure|no rush|no worries|no stress)[^,;]*$|,\s*(?:honestly|really|truly|frankly)$/i;
/** The embedded question: "…(wondering|see|…) if/whether SUBJECT …". */
const EMBEDDED_RE = /\b(?:wonder(?:ing|ed)?|see|seeing|curious|check(?:ing)?|know|ask(?:ing)?|find out)\s+(?:if|whether)\s+(.+)$/is;
/** The rep's need as a demand: "I (really) need you to …". */
const NEED_YOU_RE = /^(?:so |and |but )?I (?:really |just |do |still )?need you to\s+(.+)$/is;
/** A statement joined after the ask: ", and I won't…", "; we can…", ", but it…" (not a purpose: ", so we can…"). */
const SECOND_CLAUSE_RE = /[,;]\s*(?:(?:and|but|or)\s+)?(?:I|we|they|it|he|she|this|that|there)(?:['’](?:ll|d|m|re|ve|s)\s+\w|\s+(?:won['’]t|will|would|can['’]t|can|am|are|is|was|were|have|has|had|do|don['’]t|did|didn['’]t|need|must|shall|should|could|might|\w+(?:ed|s))\b)|[,;]\s*(?:and|but)\s+you\s+(?:won['’]t|will|can['’]t|can|are|have|should|must)\b/i;
/** A hedged question already: "Could we…", "Would you…", "Might you…". */
const DIRECT_RE = /^(?:(?:I was|I am|I'm)\s+(?:thinking|hoping)\s+(?:that\s+)?)?(.*)$/is;

/** Subject + auxiliary forms, inverted: [pattern, question opener, subject]. */
const INVERSIONS: Array<[RegExp, string]> = [
  [/^you(?:'d|’d| had) had\b/i, 'Have you had'],
  [/^you(?:'ve|’ve| have) had\b/i, 'Have you had'],
  [/^you had\b/i, 'Have you had'],
  [/^(you|we)(?:'d|’d| would| might| could)(?: be able to)?\b/i, '$M $S'],
  [/^(you|we) can\b/i, 'Can $S'],
  [/^(you|we) will\b/i, 'Will $S'],
  [/^(you|we)(?:'re|’re| are)\b/i, 'Are $S'],
  [/^(you|we)(?:'ve|’ve| have) (?=\w+ed\b|been\b|seen\b|got(?:ten)?\b|heard\b|read\b|sent\b)/i, 'Have $S '],
  [/^(you|we) have\b/i, 'Do $S have'],
];

/** The direct question in `sentence`, or undefined when it holds no ask that can be put plainly. */
export function plainAsk(sentence: string): string | undefined {
  const s = sentence.trim().replace(/[.!?…]+["')”’]*$/, '').trim();
  // A demand put as the rep's need: "I need you to confirm X" -> "Could you confirm X?".
  const demand = NEED_YOU_RE.exec(s);
  if (demand) {
    const rest = demand[1]!.replace(TRAILING_ASIDE_RE, '').replace(HEDGES_RE, '').replace(/\s+/g, ' ').replace(/[,;:\s]+$/, '').trim();
    if (rest.split(/\s+/).length < 2 || !nlp(`you ${rest}`).has('#Verb')) return undefined;
    // "I need you to confirm X, and I won't chase again" holds a second statement: "Could you confirm X, and I won't
    // chase again?" asks nothing plainly, and dropping the statement could lose what the rep says.
    if (SECOND_CLAUSE_RE.test(rest)) return undefined;
    return `Could you ${rest}?`;
  }
  const embedded = EMBEDDED_RE.exec(s);
  let clause: string;
  if (embedded) clause = embedded[1]!;
  else if (/[?]["')”’]*$/.test(sentence.trim())) clause = DIRECT_RE.exec(s)?.[1] ?? '';
  else return undefined;
  clause = clause.replace(TRAILING_ASIDE_RE, '').replace(INNER_ASIDE_RE, ' ');
  // A hedge set off by commas goes with its commas ("Would you possibly, maybe, have…" -> "Would you have…").
  clause = clause.replace(HEDGES_RE, '').replace(/\s+,/g, ',').replace(/,(?:\s*,)+/g, ',').replace(/,\s+(?=to\b)/gi, ' ').replace(/^((?:could|would|can|will|might)\s+)?(you|we),\s+(?=\w)/i, '$1$2 ').replace(/\s+/g, ' ').trim();
  // "Could we…" already a question: make it "we could…" so one inversion path handles both.
  const asked = /^(could|would|can|will|might)\s+(you|we)\b\s*(.*)$/i.exec(clause);
  if (asked) clause = `${asked[2]} ${asked[1]} ${asked[3]}`;
  for (const [re, opener] of INVERSIONS) {
    const m = re.exec(clause);
    if (!m) continue;
    const subject = (m[1] ?? 'you').toLowerCase();
    let rest = clause.slice(m[0].length).trim();
    // A modal already carried by the clause's own words ("could possibly set up") is not repeated.
    rest = rest.replace(/^(?:would|could|might|can)\s+/i, '');
    // "you might want to think about a taster day" asks them to consider it: "Could you consider a taster day?", not
    // "Could you want to think about…" (a modal does not take "want").
    rest = rest.replace(/^(?:want|wish|like)\s+to\s+(?:think\s+(?:about|over)|mull\s+over|look\s+at\s+the\s+idea\s+of)\s+/i, 'consider ').replace(/^(?:want|wish|like)\s+to\s+/i, '');
    // "Could you have…", "Could we set up…", but "Would you be open to…".
    const modal = /^be\b/i.test(rest) ? 'Would' : /could|might/i.test(m[0]) ? 'Could' : /can/i.test(m[0]) ? 'Can' : 'Would';
    // "you might possibly have any questions" asks what they have: "Do you have any questions?", not "Could you have…".
    // So does "you might have a moment to look": "Do you have a moment…?" ("Could you have a look…" stays).
    const has = opener.includes('$M') && /^have\s+(?:any|some|a (?:spare |free |quick )?(?:moment|minute|second|chance))\b/i.test(rest);
    if (has) rest = rest.replace(/^have\s+/i, '');
    // "you might have had a moment to look" asks whether they have: "Have you had a moment…?", not "Could you have had…".
    const perfect = opener.includes('$M') && /^have\s+(?:had|got|seen|read|looked)\b/i.test(rest);
    if (perfect) rest = rest.replace(/^have\s+/i, '');
    const head = has ? `Do ${subject} have` : perfect ? `Have ${subject}` : opener.replace('$M', modal).replace('$S', subject);
    if (rest.split(/\s+/).length < 2) return undefined;
    const question = `${head.trim()} ${rest}`.replace(/\s+/g, ' ').replace(/\s+([,;:])/g, '$1').replace(/[,;:\s]+$/, '');
    if (!nlp(question).has('#Verb')) return undefined;
    return `${question}?`;
  }
  return undefined;
}
