/**
 * Cheap, linear text utilities that run before any tagging: normalisation, sentence splitting, word counting
 * and the token set the lexical gate reads. None of them needs compromise.
 */

/** Characters replaced one-for-one so offsets never move. */
const SAME_LENGTH: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u201C': '"', '\u201D': '"',
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\t': ' ',
  // Zero-width characters become spaces here rather than being removed, so offsets into the rep's text hold.
  // The editors' extraction already drops them (fixtures/README.md, rule 4); this covers pasted CLI input.
  '\u200B': ' ', '\u200C': ' ', '\u200D': ' ', '\uFEFF': ' ',
};
const SAME_LENGTH_RE = /[\u2018\u2019\u02BC\u201C\u201D\u00A0\u202F\u2007\t\u200B\u200C\u200D\uFEFF]/g;

/** Straight quotes, plain spaces; the same length as the input, so every offset is valid in both. */
export function normalizeForAnalysis(text: string): string {
  return text.replace(SAME_LENGTH_RE, (c) => SAME_LENGTH[c] ?? c);
}

/** Longer sentences are split at a space: real sentences are far shorter, pasted blobs are not. */
export const MAX_SENTENCE_CHARS = 1000;

export interface Sentence {
  /** Offsets into the full text; `text` is `full.slice(start, end)`, trimmed of surrounding space. */
  start: number;
  end: number;
  text: string;
}

/**
 * Splits on sentence punctuation followed by a space, and on line breaks. A single line break followed by a
 * lower-case letter is a Shift+Enter inside a sentence, so it does not split ("sign today\nbefore it's gone").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  scanSentences(text, 0, out);
  return out;
}

/**
 * The split of `from` onwards, `from` being 0 or just after a paragraph break ("\n\n"), appended to `out`. A
 * paragraph break always ends a sentence, whatever came before it, so the split after one depends only on the text
 * after it (and the few characters before it an abbreviation check reads). `resync`, asked at every paragraph break
 * after its sentence is out, may stop the scan there (the caller then knows the rest); returns where it stopped.
 */
function scanSentences(text: string, from: number, out: Sentence[], resync?: (q: number) => boolean): number {
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // A run-on "sentence" (a pasted table, a document without punctuation) is cut into bounded pieces at spaces,
    // so one sentence can never make the tagger block the page.
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
      const at = cut > s ? cut : s + MAX_SENTENCE_CHARS;
      out.push({ start: s, end: at, text: text.slice(s, at) });
      s = at;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  for (let i = from; i < n; i++) {
    // By code unit: this loop reads every character of the draft at every update.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
      const continues = j < n && text[i + 1] !== '\n' && /\p{Ll}/u.test(text[j]!);
      if (!continues) push(i + 1);
      if (resync && text.charCodeAt(i + 1) === 10 && resync(i)) return i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < n && /[.!?…"')\]]/.test(text[j]!)) j++;
      if (j >= n || /\s/.test(text[j]!)) {
        if (c === '.' && isAbbreviation(text, i)) continue;
        push(j);
        i = j - 1;
      }
    }
  }
  push(n);
  return n;
}

/** How many characters before a paragraph break the split of the text after it may read (isAbbreviation). */
const READ_BEHIND = 8;

/**
 * The split of `text`, exactly as splitSentences would make it, from the split of `previous`, which equals `text`
 * up to `prefix` characters and in its last `suffix` characters (prefix + suffix at most either length): the
 * sentences before the paragraph break preceding the change are kept, those after the first paragraph break well
 * inside the unchanged end are kept shifted, and only the paragraphs between are split again.
 */
export function resplitSentences(previous: string, sentences: readonly Sentence[], text: string, prefix: number, suffix: number): Sentence[] {
  // A break at q ("\n\n" at q and q + 1) both texts share: the sentences before it are the same.
  const q0 = prefix >= 2 ? text.lastIndexOf('\n\n', prefix - 2) : -1;
  const from = q0 === -1 ? 0 : q0 + 1;
  const out: Sentence[] = [];
  let k = 0;
  while (k < sentences.length && sentences[k]!.start < from) out.push(sentences[k++]!);
  const delta = text.length - previous.length;
  const tailStart = text.length - suffix;
  let resumeAt = -1;
  scanSentences(text, from, out, (q) => {
    if (q - READ_BEHIND < tailStart) return false;
    resumeAt = q + 1;
    return true;
  });
  if (resumeAt === -1) return out;
  // The old split went through the same break at resumeAt - delta - 1, and read the same text after it.
  let lo = k;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < resumeAt - delta) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sentences.length; i++) {
    const s = sentences[i]!;
    out.push(delta === 0 ? s : { start: s.start + delta, end: s.end + delta, text: s.text });
  }
  return out;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'e.g', 'i.e', 'vs', 'etc', 'inc', 'st', 'jr', 'sr', 'no', 'approx', 'dept']);

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 6), dot).match(/([A-Za-z.]+)$/);
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  // "etc.", "Inc.", "a.m." and "p.m." often end a sentence; they are abbreviations only when the sentence goes on.
  if (word === 'etc' || word === 'inc') return /^\.\s+[\p{Ll}\p{N}]/u.test(text.slice(dot, dot + 4));
  // "5 p.m. Friday" goes on; "at 5 p.m. Thanks" ends.
  if (word === 'a.m' || word === 'p.m') return /^\.\s+(?:[\p{Ll}\p{N}]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u.test(text.slice(dot, dot + 14));
  // A dotted initialism ("send the P.O. over", "the U.K. branch") goes on when a lower-case word or a figure follows.
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return /^\.\s+[\p{Ll}\p{N}]/u.test(text.slice(dot, dot + 4));
  return ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word);
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text) !== null) n++;
  return n;
}

/** Lower-case words, in order. */
export function words(text: string): string[] {
  const found = text.toLowerCase().match(WORD_RE) ?? [];
  return text.includes('’') ? found.map((w) => w.replace(/’/g, "'")) : found;
}

/** What compromise expands a contraction to; the gate must see the expanded words that patterns name. */
const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'], "'ll": ['will'], "'re": ['are'], "'m": ['am'], "'ve": ['have'], "'d": ['would', 'had'],
  "'s": ['is', 'has'],
};
const IRREGULAR_NEGATIONS: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'is' };
const CONTRACTION_ENTRIES = Object.entries(CONTRACTIONS);

/**
 * Every word of a sentence in the forms a pattern may name: as written, split at hyphens, and with contractions
 * expanded. A superset is fine (the gate only skips sentences that cannot match), a missing form is not.
 */
export function gateTokens(sentence: string): Set<string> {
  const set = new Set<string>();
  // words() and the split below, on one lower-cased copy: this runs on every sentence.
  const lower = sentence.toLowerCase();
  const curly = lower.includes('’');
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m !== null; m = WORD_RE.exec(lower)) {
    const w = curly ? m[0].replace(/’/g, "'") : m[0];
    set.add(w);
    // Only a word with an apostrophe can be a contraction; this runs on every word of every sentence.
    if (!w.includes("'")) continue;
    const irregular = IRREGULAR_NEGATIONS[w];
    if (irregular) {
      set.add(irregular);
      set.add('not');
      continue;
    }
    for (const [suffix, expansions] of CONTRACTION_ENTRIES) {
      if (w.endsWith(suffix) && w.length > suffix.length) {
        set.add(w.slice(0, -suffix.length));
        for (const e of expansions) set.add(e);
      }
    }
  }
  // A part with none of ' ’ % # $ is a run of letters and digits, a word already added: split only when one is there.
  if (/['’%#$]/.test(lower)) {
    for (const part of lower.split(/[^\p{L}\p{N}'’%#$]+/u)) if (part) set.add(curly ? part.replace(/’/g, "'") : part);
  }
  return set;
}
