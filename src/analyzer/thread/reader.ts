/**
 * The thread model at run time: what the prospect's message does (its situation, computed once per message and
 * remembered by its text) and which fault the reply commits against it, with the reply's words that carried the
 * decision. Pure: text in, names and offsets out.
 */
import { faultProbability, softmaxOf, pickFaults, pickSituation } from './decide';
import { hash } from '../model/features';
import { acceptsTheirTrade, ANY_CONCESSION_RE, chasesEarly, concedesForNothing, exitsWithFeedback, mentionsConcession, DATED_CONTACT_RE, DEADLINE_RE, HURRY_RE, PUSH_RE, hitsFor, instancesOf, replyHits, hitWeight, prospectVector, sentenceWork, type SentenceScores, type SentenceWork, type SparseVector } from './features';
import type { Token } from '../model/features';
import { checkThreadModel, unpackHead, type Head, type ThreadModelFile } from './model-file';
import { FAULTS_AFTER, THREAD_FAULTS, type Situation, type ThreadFault } from './situations';
import { evidenceWindow } from '../model/evidence-window';
import { readConcession } from './concession';

export interface FaultEvidence {
  fault: ThreadFault;
  probability: number;
  /** The reply sentence (index into the sentences read) holding most of the evidence, and the words in it. */
  sentence: number;
  start: number;
  end: number;
}

export interface ThreadReader {
  readonly file: ThreadModelFile;
  /** What the prospect's message does; remembered by its text, so typing never recomputes it. */
  situation(prospect: string): Situation;
  /** How many prospect messages were read so far (each text once while it is remembered). */
  readonly messagesRead: number;
  /** The faults the reply commits after that situation (at most one), each with its evidence. */
  faults(sentences: readonly string[], prospect: string, situation: Situation): FaultEvidence[];
}

/** Prospect messages remembered: one per open compose is the usual need. */
const MAX_REMEMBERED = 64;
/** Reply sentences remembered; more than any reply holds. */
const MAX_REMEMBERED_SENTENCES = 400;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function logits(head: Head, v: SparseVector): number[] {
  const z = [...head.bias];
  for (let f = 0; f < v.buckets.length; f++) {
    const row = head.rows.get(v.buckets[f]!);
    if (row) for (let c = 0; c < head.k; c++) z[c]! += row[c]! * v.values[f]!;
  }
  return z;
}

/** `scores`: the sentence model's probabilities, which the thread model was trained with (npm run train:thread). */
export function createThreadReader(file: ThreadModelFile, scores?: SentenceScores): ThreadReader {
  checkThreadModel(file);
  // Unpacked on the first prospect message: a run without one (the CLI over plain drafts) never pays for it.
  let heads: { situation: Head; faults: Record<ThreadFault, Head> } | undefined;
  const unpacked = () =>
    (heads ??= {
      situation: unpackHead(file.situation),
      faults: Object.fromEntries(THREAD_FAULTS.map((f) => [f, unpackHead(file.faults[f])])) as Record<ThreadFault, Head>,
    });
  // Keyed by a hash of the message and its length, so the reader holds no copy of the prospect's words.
  const remembered = new Map<string, { situation: Situation; confidence: number }>();
  let messagesRead = 0;
  // Each reply sentence's own features and sentence-model reading, by its text: typing changes one sentence at a time.
  const works = new Map<string, SentenceWork>();
  function remember(sentence: string): SentenceWork {
    let w = works.get(sentence);
    if (!w) {
      if (works.size >= MAX_REMEMBERED_SENTENCES) works.clear();
      works.set(sentence, (w = sentenceWork(sentence, file.buckets, scores)));
    }
    return w;
  }

  /** The situation and how probable the model found it, remembered by the message's text. */
  function reading(prospect: string): { situation: Situation; confidence: number } {
    const text = prospect.trim();
    if (text === '') return { situation: 'none', confidence: 1 };
    const key = `${hash(text).toString(36)}:${text.length}`;
    let r = remembered.get(key);
    if (r === undefined) {
      const probabilities = softmaxOf(logits(unpacked().situation, prospectVector(text, file.buckets)));
      r = { situation: pickSituation(probabilities), confidence: Math.max(...probabilities) };
      messagesRead++;
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
      remembered.set(key, r);
    }
    return r;
  }
  const situation = (prospect: string): Situation => reading(prospect).situation;

  function faults(sentences: readonly string[], prospect: string, s: Situation): FaultEvidence[] {
    if (!FAULTS_AFTER[s].length || !sentences.length) return [];
    const { hits, tokens } = replyHits(sentences, prospect, file.buckets, scores, remember);
    const probability = new Map<ThreadFault, number>();
    // The sentences of the reading that scored highest, where the evidence is looked for.
    const where = new Map<ThreadFault, { from: number; to: number }>();
    for (const f of FAULTS_AFTER[s]) {
      const head = unpacked().faults[f];
      let best = -1;
      for (const r of instancesOf(hits, sentences.length, f)) {
        let z = head.bias[0]!;
        const n = r.hits.filter((h) => h.sentence >= 0).length;
        for (const h of r.hits) z += (head.rows.get(h.bucket)?.[0] ?? 0) * hitWeight(h, n);
        const p = faultProbability(z, head.bias[0]!);
        if (p > best) { best = p; where.set(f, { from: r.from, to: r.to }); }
      }
      probability.set(f, best);
    }
    // A draft that so far holds only a greeting or a sign-off ("Hi Dana,", "Thanks, Jordan") has said nothing that
    // could answer their message, well or badly: no fault yet, whatever its few n-grams lean towards. A concession
    // in so many words ("Sure, 10% off.") is enough on its own.
    if (!sentences.some(saysSomething) && !ANY_CONCESSION_RE.test(sentences.join(' '))) return [];
    // A fault answers the situation: when the message was read as this situation with little confidence, the faults
    // whose floor it does not reach are not reported (see buildThreadModel). A situation given by the caller that
    // is not the one read from the message is taken as certain.
    const read = reading(prospect);
    const confidence = read.situation === s ? read.confidence : 1;
    let picked = pickFaults(s, (f) => (confidence >= (file.faults[f].situationFloor ?? 0) ? probability.get(f)! : 0), (f) => file.faults[f].threshold);
    // After "no budget", any concession given for nothing makes the fault a cave, not a retreat (THREADS.md, section 3).
    if (picked[0] === 'gives_up' && concedesForNothing(sentences.join(' '))) {
      picked = ['caves_on_price'];
      if (!probability.has('caves_on_price')) probability.set('caves_on_price', probability.get('gives_up')!);
      where.set('caves_on_price', { from: 0, to: sentences.length });
    }
    // Accepting the trade the prospect proposed is a trade (THREADS.md, section 3), whatever the words' weights say.
    if (picked[0] === 'caves_on_price' && (acceptsTheirTrade(sentences, prospect) || !mentionsConcession(sentences, prospect))) picked = [];
    // Chasing before the date they gave is pressure (THREADS.md, section 3), however the rest of the reply reads.
    if (s === 'stall' && !picked.length && chasesEarly(sentences, prospect).length) picked = ['pressures_stall'];
    // One question to learn from a no is a graceful exit (THREADS.md, section 3).
    if (picked[0] === 'push_after_no' && exitsWithFeedback(sentences)) picked = [];
    return picked.map((fault) => {
      // Where the evidence sits: each n-gram's weight spread over its words; the sentence with the most, and in it
      // the shortest run of words holding most of that sentence's positive evidence.
      const head = unpacked().faults[fault];
      const perToken = tokens.map((ts) => new Float64Array(ts.length));
      for (const h of hitsFor(hits, fault)) {
        if (h.sentence < 0 || h.marked) continue;
        const w = head.rows.get(h.bucket)?.[0] ?? 0;
        for (let t = h.from; t <= h.to; t++) perToken[h.sentence]![t]! += w / (h.to - h.from + 1);
      }
      // A sentence naming the fault in so many words (a discount, a deadline, "reconsider") is preferred.
      const cue = SPAN_CUE[fault];
      const { from, to } = where.get(fault)!;
      const named = cue ? sentences.map((s, i) => i >= from && i < to && cue(s, prospect) !== null) : [];
      const anyNamed = named.some(Boolean);
      let sentence = from;
      let bestSum = -Infinity;
      perToken.forEach((p, i) => {
        if (!p.length || i < from || i >= to || (anyNamed && !named[i])) return;
        const sum = p.reduce((a, b) => a + b, 0);
        if (sum > bestSum) { bestSum = sum; sentence = i; }
      });
      const ts = tokens[sentence]!;
      const span = !ts.length ? null : (cue && cueWindow(sentences[sentence]!, cue(sentences[sentence]!, prospect), ts, perToken[sentence]!)) || evidenceWindow(perToken[sentence]!, ts.map((t) => t.word));
      return {
        fault, probability: probability.get(fault)!, sentence,
        // A currency sign just before the first word belongs to the figure ("€40", not "40").
        start: span ? ts[span.from]!.start - (/[$£€₹¥]$/.test(sentences[sentence]!.slice(0, ts[span.from]!.start)) ? 1 : 0) : 0,
        end: span ? ts[span.to]!.end : sentences[sentence]!.length,
      };
    });
  }

  return {
    file, situation, faults,
    get messagesRead() {
      return messagesRead;
    },
  };
}

/** Five words or more: longer than any greeting or sign-off line. */
const saysSomething = (sentence: string) => (sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0) >= 5;

// Pressure after a stall is a dated offer (DEADLINE_RE), hurrying them in other words (HURRY_RE) or a contact dated
// before their date (DATED_CONTACT_RE): any of them names it.
const PRESSURE_RE = new RegExp(`${DEADLINE_RE.source}|${HURRY_RE.source}|${DATED_CONTACT_RE.source}`, 'i');
type Cue = (sentence: string, prospect: string) => { index: number; length: number } | null;
const byRegExp = (re: RegExp): Cue => (sentence) => {
  const m = re.exec(sentence);
  return m ? { index: m.index, length: m[0].length } : null;
};
/** A concession as the parse reads one (concession.ts: the words that give the ground), else in a wording the cue names. */
const concessionCue: Cue = (sentence, prospect) => {
  const read = readConcession(sentence, prospect);
  return read ? { index: read.start, length: read.end - read.start } : byRegExp(ANY_CONCESSION_RE)(sentence, prospect);
};
const SPAN_CUE: Partial<Record<ThreadFault, Cue>> = { caves_on_price: concessionCue, pressures_stall: byRegExp(PRESSURE_RE), push_after_no: byRegExp(PUSH_RE) };

/** Words that open a new clause: a highlight widened from a cue stops before them. */
const CLAUSE_WORDS = new Set(['so', 'and', 'but', 'because', 'as', 'which', 'that', 'while', 'since', 'though', 'although', 'if', 'when', 'to']);

/** The words a cue names, widened by up to three neighbouring words on each side that also carry evidence. */
function cueWindow(sentence: string, m: { index: number; length: number } | null, ts: readonly Token[], perToken: Float64Array): { from: number; to: number } | null {
  if (!m) return null;
  const inside = ts.map((t, i) => ({ t, i })).filter(({ t }) => t.end > m.index && t.start < m.index + m.length && !/^[?!]$/.test(t.word));
  if (!inside.length) return null;
  let from = inside[0]!.i;
  let to = inside[inside.length - 1]!.i;
  // Only within the clause: never across a comma, a semicolon, a colon or a dash.
  const joined = (a: number, b: number) => !/[,;:—–]|\s-\s/.test(sentence.slice(ts[a]!.end, ts[b]!.start)) && !/^[?!]$/.test(ts[a]!.word) && !/^[?!]$/.test(ts[b]!.word);
  // Nor into the next clause: "free so it fits" stops at "free".
  const opens = (t: number) => CLAUSE_WORDS.has(ts[t]!.word.toLowerCase());
  for (let k = 0; k < 3 && from > 0 && perToken[from - 1]! > 0 && joined(from - 1, from) && !opens(from) && !opens(from - 1); k++) from--;
  for (let k = 0; k < 3 && to + 1 < ts.length && perToken[to + 1]! > 0 && joined(to, to + 1) && !opens(to + 1); k++) to++;
  return { from, to };
}
