/**
 * The lexical gate. Tagging is the expensive step (about 25 µs a word), and most sentences of an ordinary email
 * cannot match any rule. From each pattern we derive a necessary condition on the words of a sentence; only a
 * sentence that meets some pattern's condition is tagged at all.
 */
import { DOMAIN_LEXICON, type DomainTag } from './lexicon';
import { words } from './text';
import { ENGLISH_FUNCTION_WORDS } from './language';

/** A pattern's condition: every slot must see at least one of its words. An empty list means no condition. */
export type Gate = ReadonlyArray<ReadonlySet<string>>;

const domainWordsCache = new Map<string, Set<string> | null>();

/** For each lexicon entry of the tag, its rarest required word: present whenever the entry matches. */
function domainWords(tag: string): Set<string> | null {
  if (domainWordsCache.has(tag)) return domainWordsCache.get(tag)!;
  const entries = (DOMAIN_LEXICON as Record<string, readonly string[]>)[tag];
  let out: Set<string> | null = null;
  if (entries) {
    out = new Set<string>();
    for (const entry of entries) {
      const best = rarest(gateOf(entry));
      if (!best) {
        out = null; // an entry with no literal word: the tag constrains nothing
        break;
      }
      for (const w of best) out.add(w);
    }
  }
  domainWordsCache.set(tag, out);
  return out;
}

/** Splits a compromise pattern into top-level tokens; capture brackets and names are dropped, parentheses kept. */
export function patternTokens(pattern: string): string[] {
  const cleaned = pattern.replace(/\[<[a-z0-9_]+>/gi, ' ').replace(/[[\]]/g, ' ');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  // Run for every pattern at start-up: tokens are sliced out, and only a character outside printable ASCII is
  // tested against \s.
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (depth === 0 && (c <= 32 || c >= 127) && /\s/.test(cleaned[i]!)) {
      if (i > start) out.push(cleaned.slice(start, i));
      start = i + 1;
    }
  }
  if (cleaned.length > start) out.push(cleaned.slice(start));
  return out;
}

/** The words one element requires, or null when it constrains nothing (a generic tag, a wildcard, a root). */
function elementWords(element: string): ReadonlySet<string> | null {
  const slot = elementSlot(element);
  return slot === null ? null : 'shared' in slot ? slot.shared : new Set(slot.words);
}

/**
 * What elementWords gives for an element, remembered: a domain tag's own Set (shared, as domainWords keeps it) or
 * the words of a fresh Set. Patterns repeat the same elements thousands of times, and the gate of each is worked out
 * on first use while the text is read.
 */
type SlotWords = { shared: ReadonlySet<string> } | { words: readonly string[] } | null;
const elementSlots = new Map<string, SlotWords>();
function elementSlot(element: string): SlotWords {
  let slot = elementSlots.get(element);
  if (slot !== undefined) return slot;
  const e = element.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
  if (!e || e === '.' || e.startsWith('!') || e.startsWith('@') || e.startsWith('{') || e.startsWith('/') || e.startsWith('~')) slot = null;
  else if (e.startsWith('#')) {
    const ws = domainWords(e.slice(1));
    slot = ws ? { shared: ws } : null;
  } else {
    const ws = words(e);
    slot = ws.length ? { words: [ws[0]!] } : null;
  }
  elementSlots.set(element, slot);
  return slot;
}

/**
 * Every required word of a multi-word alternative must be present when it matches, so any one of them is a valid
 * condition: take the one least likely to be in an ordinary sentence ("best" in "the best in the business"), so
 * the gate skips more sentences.
 */
function rarest(candidates: readonly (ReadonlySet<string> | null)[]): ReadonlySet<string> | undefined {
  const sets = candidates.filter((c): c is ReadonlySet<string> => c !== null);
  const score = (set: ReadonlySet<string>) => Math.min(...[...set].map((w) => (ENGLISH_FUNCTION_WORDS.has(w) ? 0 : w.length)));
  return sets.sort((a, b) => score(b) - score(a))[0];
}

function isOptional(token: string): boolean {
  const bare = token.replace(/^\^|\$$/g, '');
  return /[?*]$|\{0,\d*\}$/.test(bare) || bare.startsWith('!');
}

/** The slot one pattern token adds to a gate, remembered per token; null where it adds none (optional, unconstrained). */
const tokenSlots = new Map<string, SlotWords>();
function tokenSlot(token: string): SlotWords {
  let slot = tokenSlots.get(token);
  if (slot !== undefined) return slot;
  slot = null;
  if (!isOptional(token)) {
    const bare = token.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
    if (bare.startsWith('(') && bare.endsWith(')')) {
      const union = new Set<string>();
      let constrained = true;
      for (const alternative of bare.slice(1, -1).split('|')) {
        const chosen = rarest(alternative.trim().split(/\s+/).filter((e) => !isOptional(e)).map(elementWords));
        if (!chosen) {
          constrained = false;
          break;
        }
        for (const w of chosen) union.add(w);
      }
      if (constrained && union.size) slot = { words: [...union] };
    } else {
      slot = elementSlot(bare);
    }
  }
  tokenSlots.set(token, slot);
  return slot;
}

/** The gate of one pattern. */
export function gateOf(pattern: string): Gate {
  const slots: ReadonlySet<string>[] = [];
  // Only a slot written directly after an identical one shares its Set, so passes() asks for two different words
  // there ("(maybe|perhaps) (maybe|perhaps)"); "your .{0,3} your" are separate slots that one word satisfies.
  let previous: ReadonlySet<string> | null = null;
  const push = (set: ReadonlySet<string>) => {
    const shared = previous && previous.size === set.size && [...set].every((w) => previous!.has(w)) ? previous : set;
    slots.push(shared);
    previous = shared;
  };
  for (const token of patternTokens(pattern)) {
    const slot = tokenSlot(token);
    if (slot === null) previous = null;
    else push('shared' in slot ? slot.shared : new Set(slot.words));
  }
  return slots;
}

/**
 * For each entry of a domain tag, every plain word it needs ("world" and "class" for "world-class"), or null where
 * the tag is not a domain tag. The gate keeps one word per entry (the rarest); a sentence that has "world" but not
 * "class" still cannot carry the tag. Entries written with match syntax or an apostrophe need only their plain words.
 */
const entryWordsCache = new Map<string, string[][] | null>();
function entryWords(tag: string): string[][] | null {
  if (entryWordsCache.has(tag)) return entryWordsCache.get(tag)!;
  const entries = (DOMAIN_LEXICON as Record<string, readonly string[]>)[tag];
  const out = entries
    ? entries.map((entry) => (/^[a-z0-9' -]+$/i.test(entry) ? words(entry).filter((w) => /^[a-z0-9]+$/.test(w)) : []))
    : null;
  entryWordsCache.set(tag, out);
  return out;
}

/**
 * A necessary condition on a sentence's words, stricter than the gate where a pattern names a domain tag: every
 * required element must be possible, an element naming a domain tag only when all the words of one of the tag's
 * entries are present, a plain word when it is present (as in the gate), anything else always; a choice is possible
 * when one of its alternatives is. Checked after the gate, before a sentence is tagged.
 */
export function possibleOf(pattern: string): (tokens: ReadonlySet<string>) => boolean {
  const element = (e: string): ((tokens: ReadonlySet<string>) => boolean) | null => {
    const bare = e.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
    if (bare.startsWith('#')) {
      const entries = entryWords(bare.slice(1));
      return entries && ((tokens) => entries.some((ws) => ws.every((w) => tokens.has(w))));
    }
    const ws = elementWords(e);
    return ws && ((tokens) => [...ws].some((w) => tokens.has(w)));
  };
  const checks: ((tokens: ReadonlySet<string>) => boolean)[] = [];
  for (const token of patternTokens(pattern)) {
    if (isOptional(token)) continue;
    const bare = token.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
    if (bare.startsWith('(') && bare.endsWith(')')) {
      const alternatives = bare.slice(1, -1).split('|').map((alternative) =>
        alternative.trim().split(/\s+/).filter((e) => !isOptional(e)).map(element).filter((c) => c !== null));
      // An alternative with no condition makes the whole choice unconstrained.
      if (alternatives.some((a) => a.length === 0)) continue;
      checks.push((tokens) => alternatives.some((a) => a.every((c) => c(tokens))));
    } else {
      const c = element(bare);
      if (c) checks.push(c);
    }
  }
  return (tokens) => checks.every((c) => c(tokens));
}

export function gateOfTag(tag: DomainTag | string): Gate {
  const ws = domainWords(tag);
  return ws ? [ws] : [];
}

/**
 * True when every slot sees one of its words. Back-to-back slots that list the same words ("(maybe|perhaps)
 * (maybe|perhaps)") must see as many different words as there are such slots; the same word written twice in a
 * row is the one case this lets slip, a price worth paying for not tagging every sentence that says "maybe" once.
 */
export function passes(gate: Gate, tokens: ReadonlySet<string>): boolean {
  let need = 0;
  for (let i = 0; i < gate.length; i++) {
    const slot = gate[i]!;
    need = i > 0 && gate[i - 1] === slot ? need + 1 : 1;
    // Walk the smaller of the two sets: a slot can list dozens of alternatives, a sentence has a handful of words.
    let found = 0;
    if (slot.size <= tokens.size) {
      for (const w of slot) if (tokens.has(w) && ++found >= need) break;
    } else {
      for (const t of tokens) if (slot.has(t) && ++found >= need) break;
    }
    if (found < need) return false;
  }
  return true;
}

/** A pattern element that is a plain word: compromise matches it against a term's own forms only. */
const isPlainWord = (element: string) => /^[a-z]+$/i.test(element.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, ''));
/** A token that always matches exactly one term: one plain word, or a choice of single plain words, unrepeated. */
const isOneTerm = (token: string) => {
  const t = token.replace(/^\^|\$$/g, '');
  const bare = t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t;
  return bare.split('|').every((a) => /^[a-z]+$/i.test(a));
};

/** A slot of plain words; `adjacent`: its term directly follows the previous slot's (see orderOf). */
export interface OrderedSlot {
  words: ReadonlySet<string>;
  adjacent: boolean;
}

/**
 * The slots of a pattern whose words are plain words, in the pattern's order: the terms that match them come in that
 * order in the sentence too, each after the last, and right after it where two one-word tokens stand side by side in
 * the pattern. Slots that name a domain tag are left out (a tag's words may sit anywhere in a multi-word entry), as
 * are slots of other words (hyphens, apostrophes, figures), so this is a necessary condition on the terms' forms,
 * checked by inOrder before the sentence is tagged.
 */
export function orderOf(pattern: string): OrderedSlot[] {
  const out: OrderedSlot[] = [];
  let previous: string | null = null;
  for (const token of patternTokens(pattern)) {
    const after = previous;
    previous = null;
    if (isOptional(token)) continue;
    const bare = token.replace(/^\^|\$$/g, '').replace(/[?*+]$|\{\d*,?\d*\}$/g, '');
    let words: ReadonlySet<string> | undefined;
    if (bare.startsWith('(') && bare.endsWith(')')) {
      const union = new Set<string>();
      let plain = true;
      for (const alternative of bare.slice(1, -1).split('|')) {
        const elements = alternative.trim().split(/\s+/).filter((e) => !isOptional(e));
        const candidates = elements.map(elementWords);
        const chosen = rarest(candidates);
        const element = chosen && elements[candidates.indexOf(chosen)];
        if (!chosen || element === undefined || !isPlainWord(element)) {
          plain = false;
          break;
        }
        for (const w of chosen) union.add(w);
      }
      if (plain && union.size) words = union;
    } else if (isPlainWord(bare)) {
      words = elementWords(bare) ?? undefined;
    }
    if (!words) continue;
    out.push({ words, adjacent: out.length > 0 && after !== null && isOneTerm(after) && isOneTerm(token) });
    previous = token;
  }
  return out;
}

/**
 * The forms each term of a tokenized sentence can be matched by: `at` maps a form to the ascending indices of the
 * terms that carry it; `split` holds the terms a later pass may still split in several ("she'd" into "she would"),
 * whose forms all share that term's index.
 */
export interface TermPositions {
  at: ReadonlyMap<string, readonly number[]>;
  split: ReadonlySet<number>;
}

/**
 * Whether the slots can be matched by terms in order: each after the previous one (or on the same term where that
 * term is still to be split), and right after it where the slot is `adjacent`.
 */
export function inOrder(order: readonly OrderedSlot[], positions: TermPositions): boolean {
  let feasible: number[] | null = null;
  for (const slot of order) {
    const candidates = new Set<number>();
    for (const w of slot.words) for (const p of positions.at.get(w) ?? []) candidates.add(p);
    const prev: number[] | null = feasible;
    const next: number[] = [];
    for (const p of candidates) {
      let ok: boolean;
      if (prev === null) ok = true;
      else if (slot.adjacent) ok = prev.includes(p - 1) || (positions.split.has(p) && prev.includes(p));
      else ok = prev.some((q) => p > q || (p === q && positions.split.has(q)));
      if (ok) next.push(p);
    }
    if (next.length === 0) return false;
    feasible = next;
  }
  return true;
}

/**
 * A plain word whose term a value ("500", "five", "third") stands right next to: `side` "after" for "global #Value"
 * (the value's term follows the word's), "before" for "#Value+ countries".
 */
export interface ValueNeighbour {
  words: ReadonlySet<string>;
  side: 'before' | 'after';
}

/** A required token that only a value's term matches: #Value or a choice of its number tags, repeated or not. */
const isValueToken = (token: string) =>
  /^\(?#(?:Value|Cardinal|Ordinal|NumericValue|TextValue)(?:\|#(?:Value|Cardinal|Ordinal|NumericValue|TextValue))*\)?\+?$/.test(token.replace(/^\^|\$$/g, ''));

/**
 * Where a pattern writes a one-term plain word (or a choice of them) right beside a value token, both required: the
 * term of one of those words has a value's term beside it on that side whenever the pattern matches. Checked by
 * valueBeside before tagging, with a test of the term's forms that is true of every term compromise can tag a value.
 */
export function valueNeighboursOf(pattern: string): ValueNeighbour[] {
  const tokens = patternTokens(pattern);
  const out: ValueNeighbour[] = [];
  const plainWords = (token: string): ReadonlySet<string> | null => {
    if (isOptional(token) || !isOneTerm(token)) return null;
    const t = token.replace(/^\^|\$$/g, '');
    const bare = t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t;
    return new Set(bare.split('|').map((w) => w.toLowerCase()));
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    const aWords = plainWords(a);
    if (aWords && !isOptional(b) && isValueToken(b)) out.push({ words: aWords, side: 'after' });
    const bWords = plainWords(b);
    if (bWords && !isOptional(a) && isValueToken(a)) out.push({ words: bWords, side: 'before' });
  }
  return out;
}

/**
 * Whether a term of the neighbour's words has, on its side, a term that could be a value (`maybeValue`), or either of
 * the two may still be split by the later contraction pass.
 */
export function valueBeside(n: ValueNeighbour, positions: TermPositions, maybeValue: (i: number) => boolean): boolean {
  for (const w of n.words) {
    for (const p of positions.at.get(w) ?? []) {
      const q = n.side === 'after' ? p + 1 : p - 1;
      if (positions.split.has(p) || positions.split.has(q) || maybeValue(q)) return true;
    }
  }
  return false;
}

/**
 * A sentence's words as its whitespace-separated chunks, for an order check before tokenizing. compromise's terms
 * never span whitespace, so each term lies in one chunk: `forms` holds every form a term in the chunk could have (its
 * letter and digit runs, the chunk without its hyphens, an alias for a symbol), `any` marks a chunk that could hold any
 * word (a contraction, which compromise expands), `multi` one that may hold several terms, and `skippable` a chunk of
 * punctuation alone, which compromise may fold into its neighbour's term.
 */
export interface RawChunk {
  forms: ReadonlySet<string>;
  any: boolean;
  multi: boolean;
  skippable: boolean;
}

const SYMBOL_ALIASES: Record<string, string> = { '&': 'and', '@': 'at', '%': 'percent' };

/**
 * The chunks of a sentence, or null where compromise's normal forms may differ from the raw words in ways not
 * modelled here (a character outside ASCII, a dotted acronym); `expands`: words compromise expands without an
 * apostrophe ("gonna", "cannot", "plz").
 */
export function rawChunks(sentence: string, expands: ReadonlySet<string>): RawChunk[] | null {
  if (/[^\x00-\x7f]|[a-z]\.[a-z]/i.test(sentence)) return null;
  const out: RawChunk[] = [];
  for (const chunk of sentence.toLowerCase().split(/\s+/)) {
    if (chunk === '') continue;
    const pieces = chunk.match(/[a-z]+|[0-9]+/g);
    if (!pieces) {
      const forms = new Set<string>([chunk]);
      for (const c of chunk) if (SYMBOL_ALIASES[c]) forms.add(SYMBOL_ALIASES[c]);
      out.push({ forms, any: false, multi: true, skippable: true });
      continue;
    }
    const core = chunk.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    const forms = new Set<string>(pieces);
    for (const run of chunk.match(/[a-z0-9]+/g) ?? []) forms.add(run);
    forms.add(core);
    forms.add(core.replace(/[^a-z0-9]/g, ''));
    const any = /['`]/.test(chunk) || [...forms].some((f) => expands.has(f));
    out.push({ forms, any, multi: any || pieces.length > 1 || /[^a-z0-9]/.test(core), skippable: false });
  }
  return out;
}

/** inOrder on chunks: true whenever inOrder can be true of the sentence's terms. */
export function rawInOrder(order: readonly OrderedSlot[], chunks: readonly RawChunk[]): boolean {
  let feasible: number[] | null = null;
  for (const slot of order) {
    const next: number[] = [];
    for (let p = 0; p < chunks.length; p++) {
      const c = chunks[p]!;
      if (!c.any && ![...slot.words].some((w) => c.forms.has(w))) continue;
      let ok: boolean;
      if (feasible === null) ok = true;
      else if (slot.adjacent) {
        ok = feasible.some((q) => {
          if (p === q) return chunks[q]!.multi;
          if (p < q) return false;
          // Right after q, or past chunks of punctuation alone.
          for (let k = q + 1; k < p; k++) if (!chunks[k]!.skippable) return false;
          return true;
        });
      } else ok = feasible.some((q) => p > q || (p === q && chunks[q]!.multi));
      if (ok) next.push(p);
    }
    if (next.length === 0) return false;
    feasible = next;
  }
  return true;
}
