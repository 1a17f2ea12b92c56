/**
 * The rule engine: compiles validated rules into one compromise net plus a lexical gate, and finds rule hits in
 * one sentence. Handlers are keyed by rule type (match, stack, list), as Vale keys its checks by `extends:`.
 */
import nlp from 'compromise/two';
import type { Rule } from './rule-schema';
import { RuleError } from './rule-error';
import { gateOf, gateOfTag, inOrder, orderOf, passes, patternTokens, possibleOf, rawChunks, rawInOrder, valueBeside, valueNeighboursOf, type Gate, type OrderedSlot, type TermPositions, type ValueNeighbour } from './gate';
import { longestAlternativesFirst, patternSyntaxProblems } from './pattern-syntax';
import { poisePlugin } from './plugin';
import { gateTokens, words } from './text';
import { ENGLISH_FUNCTION_WORDS } from './language';

nlp.plugin(poisePlugin(nlp));

/**
 * A match statement parsed once. compromise parses a string pattern again on every doc.match() call, which was a
 * fifth of all analysis time; it takes a pre-parsed statement wherever it takes a string.
 */
type Matcher = string;
const compile = (pattern: string): Matcher => nlp.parseMatch(longestAlternativesFirst(pattern)) as unknown as Matcher;

/** Parsed on first use: most patterns wait for a sentence that gets past their gate, and start-up stays short. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const AFTER_DETERMINER = compile('(the|a|an|my|your|our|their|his|her|its|these|those|every|each) [#PresentTense]');
const AFTER_THIS = compile('(this|that) [#PresentTense]');
const VERB_LIKE = nlp.parseMatch('(#Copula|#Auxiliary|#Modal)') as unknown as string;

/** The few members of a compromise view the engine reads; compromise's own types differ between its entry points. */
interface Term { offset?: { start: number; length: number } }
interface Doc {
  docs: Term[][];
  length: number;
  eq(i: number): Doc;
}

/** A rule hit inside one sentence; offsets are relative to the sentence. */
export interface Hit {
  rule: string;
  start: number;
  end: number;
}

/** One pattern of one rule, with the gates that decide whether a sentence is worth matching it against. */
interface CompiledPattern {
  rule: Rule;
  matcher: () => Matcher;
  /** Worked out on first use when the index keys came with the rules (see GateKeys). */
  gate: () => Gate;
  /** Slots of plain words in the pattern's order, when there are two or more (see orderOf); worked out on first use. */
  order: () => OrderedSlot[];
  /** The rule's `requires` patterns: when there are some, one of their gates must pass too. */
  requiresGates: () => Gate[];
  /** The stricter word condition (possibleOf), checked after the gate; worked out on first use. */
  possible: () => (tokens: ReadonlySet<string>) => boolean;
  /** Plain words a value must stand beside (valueNeighboursOf), checked after tokenizing; worked out on first use. */
  valueNeighbours: () => ValueNeighbour[];
  /** For a list rule, the plain words a match can open with (listOpeners), or null; worked out on first use. */
  opens: () => ReadonlySet<string> | null;
  /** The number of the last sentence that looked at this pattern (analyzeSentence), so it is looked at once. */
  seen: number;
}

/** A term's forms that a pattern's word is compared with (compromise's doesMatch), as the tokenizer leaves them. */
interface TermForms { text: string; normal?: string; machine?: string | null; implicit?: string; alias?: string[] }

/** The words compromise's later contraction pass (contractionTwo) may split a term with an apostrophe into. */
const LATER_CONTRACTION_WORDS = ['is', 'has', 'had', 'would', 'did', 'not', 'am', 'are', 'have', 'us'];

/**
 * Every form each term of a tokenized sentence can be matched by, with the term's index: text, normal, machine,
 * implicit and aliases, and for a term with an apostrophe every word the later contraction pass could split it into
 * (those terms sit where it sat, so they share its index, and the term is marked as one that may still split).
 */
export function formPositions(doc: { docs: unknown[][] }): TermPositions {
  const at = new Map<string, number[]>();
  const split = new Set<number>();
  let i = 0;
  const add = (form: string | null | undefined) => {
    if (!form) return;
    const ps = at.get(form);
    if (!ps) at.set(form, [i]);
    else if (ps[ps.length - 1] !== i) ps.push(i);
  };
  for (const sentence of doc.docs as TermForms[][]) {
    for (const t of sentence) {
      add(t.text.toLowerCase());
      add(t.normal);
      add(t.machine);
      add(t.implicit);
      if (t.alias) for (const a of t.alias) add(a);
      if (!t.implicit && t.normal?.includes("'")) {
        split.add(i);
        for (const w of words(t.normal)) for (const piece of w.split("'")) add(piece);
        for (const w of words(t.normal.replace(/n't/, ''))) add(w);
        for (const w of LATER_CONTRACTION_WORDS) add(w);
      }
      i++;
    }
  }
  return { at, split };
}

/**
 * The words compromise's tagger can tag a value (#Value or one of its number tags) from its lexicon alone: number
 * words, ordinals, fractions, and every word of a multi-word entry with such a tag ("a few"). Built on first use.
 */
const lexiconValueWords = lazily(() => {
  const model = (nlp.world() as { model: { one: { tagSet: Record<string, { parents?: string[] }>; lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string | string[]> } } }).model.one;
  const valueTags = new Set(Object.keys(model.tagSet).filter((t) => t === 'Value' || model.tagSet[t]!.parents?.includes('Value')));
  const out = new Set<string>();
  for (const lexicon of [model.lexicon, model.frozenLex ?? {}]) {
    for (const [entry, tag] of Object.entries(lexicon)) {
      if ((Array.isArray(tag) ? tag : [tag]).some((t) => valueTags.has(t))) for (const w of entry.split(' ')) out.add(w);
    }
  }
  return out;
});

/** Words compromise's tokenizer expands though they have no apostrophe ("gonna", "cannot"), and its word aliases. */
const expandedWords = lazily(() => {
  const one = (nlp.world() as { model: { one: { contractions: { word?: string }[]; aliases: Record<string, string> } } }).model.one;
  return new Set([...one.contractions.flatMap((c) => (c.word ? [c.word] : [])), ...Object.keys(one.aliases)]);
});

/**
 * Whether compromise's tagging could make this tokenized term a value: true for any form with a character other than a
 * plain letter (figures, money, percentages, hyphenated or accented words), a lexicon number word (a plural too), a
 * word with the suffix the tagger reads as a number ("-teenth", "-tieth"), or one spelled like a Roman numeral. An
 * over-approximation: a term it calls false is never tagged a value.
 */
function maybeValueTerm(t: TermForms): boolean {
  const values = lexiconValueWords();
  for (const form of [t.text.toLowerCase(), t.normal, t.machine, t.implicit]) {
    if (!form) continue;
    if (/[^a-z]/.test(form) || values.has(form) || values.has(form.replace(/s$/, '')) || /(?:teenth|tieth)$/.test(form) || /^[ivxlcdm]{2,}$/.test(form)) return true;
  }
  return false;
}

/**
 * compromise's tokenizer, lexicon and first tagging pass, then Poise's domain tags. compromise's post-tagger, which
 * refines part-of-speech tags with hundreds of match rules, is left out: it was two thirds of every parse, and rules
 * anchor on words and domain tags, using part of speech only around them. With the three corrections below, every
 * labelled set scored the same as with the full parse when this was decided (npm run eval on the dev corpus and
 * tests/data), at about 1.7 times the throughput (npm run bench). Takes the output of nlp.tokenize.
 */
function parse(doc: ReturnType<typeof nlp>): ReturnType<typeof nlp> {
  doc.compute(['lexicon', 'preTagger', 'contractionTwo', 'poiseTags']);
  // The one post-tagger correction rules lean on: after an article or a possessive, a present-tense "verb" is a noun
  // ("the contract", "my engineers", "these blast chillers"). Without it, the first pass tags those as verbs.
  doc.match(AFTER_DETERMINER, 0).tag('Noun', 'poise');
  // After "this"/"that" only a word without the -s of a third-person verb ("this contract", not "this makes").
  doc
    .match(AFTER_THIS, 0)
    .filter((m: { text(): string; has(p: string): boolean }) => !/s$|'/i.test(m.text()) && !m.has(VERB_LIKE))
    .tag('Noun', 'poise');
  // A capitalised word inside a sentence is a name ("Corbin Freight", "Architectural Digest"), as the post-tagger would say.
  // The view of single terms is built only for a sentence that has such a word (building it is a match of its own).
  let terms: ReturnType<typeof doc.terms> | undefined;
  let k = 0;
  for (const sentence of doc.docs as { text: string; tags: Set<string> }[][]) {
    sentence.forEach((term, i) => {
      const named = !term.tags.has('Date') && !term.tags.has('Value') && !term.tags.has('Pronoun');
      if (i > 0 && named && /^[A-Z][a-z]/.test(term.text)) (terms ??= doc.terms()).eq(k).tag('ProperNoun', 'poise');
      k++;
    });
  }
  return doc;
}

const passesAll = (p: { gate: () => Gate; requiresGates: () => Gate[] }, tokens: ReadonlySet<string>) => {
  if (!passes(p.gate(), tokens)) return false;
  const requires = p.requiresGates();
  return requires.length === 0 || requires.some((g) => passes(g, tokens));
};

/**
 * The slot a random sentence is least likely to satisfy: the fewest words, function words ("to", "the", "we") counted
 * as far more frequent than any other word, longer words as rarer. Only which patterns a sentence looks at depends on
 * this, never what matches: indexing patterns under "to" or "i" made every sentence check about four times as many.
 */
function keySlot(gate: Gate): ReadonlySet<string> {
  const frequency = (w: string) => (ENGLISH_FUNCTION_WORDS.has(w) ? 1 : 0.05 / Math.max(1, w.length - 2));
  const cost = (slot: ReadonlySet<string>) => [...slot].reduce((n, w) => n + frequency(w), 0);
  return [...gate].sort((a, b) => cost(a) - cost(b))[0] ?? new Set();
}

/** A stack of `min` runs needs at least `min` of the tag's words, which one sentence rarely has. */
function stackPasses(gate: Gate, min: number, tokens: ReadonlySet<string>): boolean {
  let found = 0;
  for (const w of gate[0] ?? []) if (tokens.has(w) && ++found >= min) return true;
  return false;
}

export interface Engine {
  readonly rules: readonly Rule[];
  ruleById(id: string): Rule | undefined;
  /** Rule hits in one sentence; `tagged` tells whether the sentence got past the gate (for tests and benches). */
  analyzeSentence(sentence: string): { hits: Hit[]; tagged: boolean };
}

const knownTags = () => new Set(Object.keys((nlp.world() as { model: { one: { tagSet: object } } }).model.one.tagSet));

/** Cross-rule checks that need compromise: unknown tags match nothing; a pattern in two rules reports the same words twice. */
function checkPatterns(rules: readonly Rule[]): void {
  const problems: string[] = [];
  const tags = knownTags();
  for (const rule of rules) {
    for (const p of [...('patterns' in rule ? rule.patterns : []), ...rule.exceptions, ...rule.requires]) {
      if (/<[A-Za-z]+>/.test(p)) problems.push(`${rule.id}: pattern "${p}" uses chunk syntax (<Noun>), which Poise's parse does not compute; use tags such as #Noun instead`);
    }
  }
  const owner = new Map<string, string>();
  for (const rule of rules) {
    const all = [...('patterns' in rule ? rule.patterns : []), ...rule.exceptions, ...rule.requires];
    if (rule.type === 'stack' && !tags.has(rule.tag)) problems.push(`${rule.id}: tag ${rule.tag} is not a known tag (compromise would match nothing); use one of the domain tags or a compromise tag`);
    for (const p of all) {
      for (const m of p.matchAll(/#([A-Za-z]+)/g)) {
        if (!tags.has(m[1]!)) problems.push(`${rule.id}: pattern "${p}" uses #${m[1]}, which is not a known tag, so it would silently match nothing; check the spelling (tags are case-sensitive) or add it to the domain lexicon`);
      }
      problems.push(...patternSyntaxProblems(p).map((problem) => `${rule.id}: pattern "${p}" ${problem}`));
    }
    if ('patterns' in rule) {
      for (const p of rule.patterns) {
        const key = patternTokens(p).join(' ').toLowerCase();
        const first = owner.get(key);
        if (first) problems.push(`${rule.id}: pattern "${p}" is also in ${first}; the same words would be reported twice, so give each pattern to one rule`);
        else owner.set(key, rule.id);
        if (gateOf(p).length === 0) problems.push(`${rule.id}: pattern "${p}" names no literal word or domain tag outside optional parts, so the lexical gate could never skip a sentence for it; anchor it on a word`);
      }
    }
  }
  if (problems.length) throw new RuleError(problems);
}

/** The matched words only: from the first term's start to the last term's end (a view's own offset counts trailing punctuation). */
function spanOf(view: Doc): { start: number; end: number } | null {
  const terms = (view.docs[0] ?? []) as Term[];
  let start = Infinity;
  let end = -Infinity;
  for (const t of terms) {
    if (!t.offset || t.offset.length === 0) continue;
    start = Math.min(start, t.offset.start);
    end = Math.max(end, t.offset.start + t.offset.length);
  }
  return start < end ? { start, end } : null;
}

const LIST_SEPARATOR = /\s*(?:,|;|\band\b|\bplus\b|&)\s*/i;

/** The items a list hit counts in the text after its match. */
const listItems = (rest: string) => rest.replace(/^[\s:—–-]+/, '').split(LIST_SEPARATOR).filter((s) => /\p{L}/u.test(s)).length;

/**
 * A check on the raw words, before tokenizing, that a list hit is possible: its match opens at a term of an opener,
 * and the text from the first word that could be one holds at least `min` items (see enoughItems in the engine). A
 * word could be an opener when it is one, with or without its hyphens or as one part of them, or when it has an
 * apostrophe (a contraction may split into one); a sentence with a character outside ASCII or a dotted acronym, which
 * compromise's normal forms may change, is always possible.
 */
function rawListPossible(sentence: string, opens: ReadonlySet<string>, min: number): boolean {
  if (/[^\x00-\x7f]|[a-z]\.[a-z]/i.test(sentence)) return true;
  const lower = sentence.toLowerCase();
  const word = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;
  for (let m = word.exec(lower); m !== null; m = word.exec(lower)) {
    const w = m[0];
    if (w.includes("'") || opens.has(w) || (w.includes('-') && (opens.has(w.replace(/-/g, '')) || w.split('-').some((part) => opens.has(part))))) {
      return listItems(sentence.slice(m.index)) >= min;
    }
  }
  return false;
}

/**
 * The plain words a match of a list pattern opens with: the first word of each alternative of its first token, when
 * that token is required and every alternative opens with a plain word; else null.
 */
function listOpeners(pattern: string): ReadonlySet<string> | null {
  const first = patternTokens(pattern)[0]?.replace(/^\^/, '');
  if (!first || /[?*+}]$/.test(first)) return null;
  const bare = first.startsWith('(') && first.endsWith(')') ? first.slice(1, -1) : first;
  const openers = bare.split('|').map((a) => a.trim().split(/\s+/)[0]!);
  return openers.every((w) => /^[a-z]+$/i.test(w)) ? new Set(openers.map((w) => w.toLowerCase())) : null;
}

/**
 * `prevalidated`: the rules are the bundle `npm run build:rules` already checked, so the cross-rule checks (about
 * half of start-up: every pattern parsed again) are skipped; any other rules are always checked.
 */
/** A pattern's order (orderOf) when it constrains anything: one slot says no more than the gate. */
function ordered(pattern: string): OrderedSlot[] {
  const order = orderOf(pattern);
  return order.length >= 2 ? order : [];
}

/**
 * The words each pattern is indexed under (keySlot of its gate), in the order of the rules' patterns, worked out by
 * `npm run build:rules` with the bundle so start-up does not derive every pattern's gate; `fingerprint` is
 * patternsFingerprint of the patterns they were worked out for, and keys for other patterns are ignored. Many
 * patterns share their words (a domain tag's), so each distinct list is stored once, its words joined by spaces, and
 * `keys` holds each pattern's index into `lists`.
 */
export interface GateKeys {
  fingerprint: string;
  lists: string[];
  keys: number[];
}

/** An FNV-1a hash of every pattern of the rules, in order. */
function patternsFingerprint(rules: readonly Rule[]): string {
  let h = 0x811c9dc5;
  for (const rule of rules) {
    if (rule.type === 'stack') continue;
    for (const pattern of rule.patterns) {
      for (let i = 0; i < pattern.length; i++) h = Math.imul(h ^ pattern.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x0a, 0x01000193);
    }
  }
  return (h >>> 0).toString(16);
}

/** The index keys of every pattern of the rules, for `npm run build:rules` to store beside the bundle. */
export function gateKeysOf(rules: readonly Rule[]): GateKeys {
  const lists: string[] = [];
  const keys = rules.flatMap((rule) => (rule.type === 'stack' ? [] : rule.patterns.map((p) => {
    const list = [...keySlot(gateOf(p))].join(' ');
    const at = lists.indexOf(list);
    return at >= 0 ? at : lists.push(list) - 1;
  })));
  return { fingerprint: patternsFingerprint(rules), lists, keys };
}

export function createEngine(rules: readonly Rule[], { prevalidated = false, gateKeys }: { prevalidated?: boolean; gateKeys?: GateKeys } = {}): Engine {
  if (!prevalidated) checkPatterns(rules);
  const patterns: CompiledPattern[] = rules.flatMap((rule) =>
    rule.type === 'stack'
      ? []
      : rule.patterns.map((pattern) => ({
          rule,
          matcher: lazily(() => compile(pattern)),
          gate: lazily(() => gateOf(pattern)),
          order: lazily(() => ordered(pattern)),
          requiresGates: lazily(() => rule.requires.map(gateOf)),
          possible: lazily(() => possibleOf(pattern)),
          valueNeighbours: lazily(() => valueNeighboursOf(pattern)),
          opens: lazily(() => (rule.type === 'list' ? listOpeners(pattern) : null)),
          seen: 0,
        })),
  );
  const stacks = rules
    .filter((r): r is Rule & { type: 'stack' } => r.type === 'stack')
    .map((rule) => ({ rule, gate: gateOfTag(rule.tag), requiresGates: rule.requires.map(gateOf) }));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const conditions = new Map(rules.map((r) => [r.id, lazily(() => ({ requires: r.requires.map(compile), exceptions: r.exceptions.map(compile) }))]));
  const stackMatchers = new Map(stacks.map(({ rule }) => [rule.id, lazily(() => compile(`#${rule.tag}+`))]));
  // Index every pattern under the words of its most selective slot, so a sentence only looks at the patterns one of
  // its own words can start; checking all ~700 gates for every sentence cost more than the tagging it saved.
  const index = new Map<string, CompiledPattern[]>();
  const stored = gateKeys && gateKeys.keys.length === patterns.length && gateKeys.fingerprint === patternsFingerprint(rules) ? gateKeys : undefined;
  const lists = stored?.lists.map((l) => (l === '' ? [] : l.split(' ')));
  patterns.forEach((p, i) => {
    for (const w of lists?.[stored!.keys[i]!] ?? keySlot(p.gate())) {
      const list = index.get(w);
      if (list) list.push(p);
      else index.set(w, [p]);
    }
  });

  let sentencesSeen = 0;
  function analyzeSentence(sentence: string): { hits: Hit[]; tagged: boolean } {
    const tokens = gateTokens(sentence);
    // Only patterns whose words are all present are matched at all; a list rule also needs min - 1 separators.
    const separators = lazily(() => sentence.split(LIST_SEPARATOR).length - 1);
    // Each pattern indexed under the sentence's words once, in the order they are first met (a pattern can be indexed
    // under several words): marked with the sentence's number rather than gathered in a Set.
    const mark = ++sentencesSeen;
    let candidates: CompiledPattern[] = [];
    for (const t of tokens) {
      const list = index.get(t);
      if (list === undefined) continue;
      for (const p of list) {
        if (p.seen === mark) continue;
        p.seen = mark;
        if ((p.rule.type !== 'list' || separators() >= p.rule.min - 1) && passesAll(p, tokens) && p.possible()(tokens)) candidates.push(p);
      }
    }
    const stackCandidates = stacks.filter(
      (s) => stackPasses(s.gate, s.rule.min, tokens) && (s.requiresGates.length === 0 || s.requiresGates.some((g) => passes(g, tokens))),
    );
    // A list pattern whose opener comes after most of the sentence's commas is dropped before tokenizing.
    candidates = candidates.filter((p) => p.rule.type !== 'list' || p.opens() === null || rawListPossible(sentence, p.opens()!, p.rule.min));
    // And one whose plain words cannot come in its order even in the raw words ("maybe" and "perhaps" far apart).
    if (candidates.some((p) => p.order().length > 0)) {
      const chunks = rawChunks(sentence, expandedWords());
      if (chunks) candidates = candidates.filter((p) => p.order().length === 0 || rawInOrder(p.order(), chunks));
    }
    if (candidates.length === 0 && stackCandidates.length === 0) return { hits: [], tagged: false };

    // Line breaks inside a sentence (Shift+Enter) are spaces to the tagger; the length is unchanged.
    const text = sentence.replace(/\n/g, ' ');
    const tokenized = nlp.tokenize(text);
    // Tokenizing is about a third of a parse: a pattern whose words are all there but never in its order is dropped
    // before tagging, and a sentence left with no candidate is not tagged at all.
    if (candidates.some((p) => p.order().length > 0 || p.valueNeighbours().length > 0 || p.opens() !== null)) {
      const positions = formPositions(tokenized);
      const terms = (tokenized.docs as (TermForms & Term)[][]).flat();
      const maybeValue = (i: number) => i >= 0 && i < terms.length && maybeValueTerm(terms[i]!);
      // A list hit counts its items after its match, which starts at a term of an opener: the text from the first
      // such term holds at least as many (an item split off at the opener's own term is still one piece).
      let offsets = false;
      const enoughItems = (opens: ReadonlySet<string>, min: number) => {
        if (!offsets) tokenized.compute('offset');
        offsets = true;
        let from = Infinity;
        for (const w of opens) for (const i of positions.at.get(w) ?? []) from = Math.min(from, terms[i]!.offset?.start ?? 0);
        return from !== Infinity && listItems(sentence.slice(from)) >= min;
      };
      candidates = candidates.filter((p) => {
        if (p.order().length > 0 && !inOrder(p.order(), positions)) return false;
        if (!p.valueNeighbours().every((n) => valueBeside(n, positions, maybeValue))) return false;
        const opens = p.opens();
        return opens === null || p.rule.type !== 'list' || enoughItems(opens, p.rule.min);
      });
      if (candidates.length === 0 && stackCandidates.length === 0) return { hits: [], tagged: false };
    }
    const doc = parse(tokenized);
    doc.compute('offset');
    const allowed = new Map<string, boolean>();
    const isAllowed = (rule: Rule) => {
      let ok = allowed.get(rule.id);
      if (ok === undefined) {
        const { requires, exceptions } = conditions.get(rule.id)!();
        ok = (requires.length === 0 || requires.some((p) => doc.has(p))) && !exceptions.some((p) => doc.has(p));
        allowed.set(rule.id, ok);
      }
      return ok;
    };

    const hits: Hit[] = [];
    for (const { rule, matcher } of candidates) {
      const matches = doc.match(matcher()) as unknown as Doc;
      if (matches.length === 0 || !isAllowed(rule)) continue;
      for (let i = 0; i < matches.length; i++) {
        const span = spanOf(matches.eq(i));
        if (!span) continue;
        if (rule.type === 'list') {
          if (listItems(sentence.slice(span.end)) < rule.min) continue;
          hits.push({ rule: rule.id, start: span.start, end: sentence.replace(/[\s.!?;:,]+$/, '').length });
        } else {
          hits.push({ rule: rule.id, ...span });
        }
      }
    }
    for (const { rule } of stackCandidates) {
      if (!isAllowed(rule)) continue;
      // Runs of tagged words: "kind of" is one hedge, not two.
      const stacked = doc.match(stackMatchers.get(rule.id)!()) as unknown as Doc;
      if (stacked.length < rule.min) continue;
      const first = spanOf(stacked.eq(0));
      const last = spanOf(stacked.eq(stacked.length - 1));
      if (first && last) hits.push({ rule: rule.id, start: first.start, end: last.end });
    }
    return { hits: mergeOverlaps(hits), tagged: true };
  }

  return { rules, ruleById: (id) => byId.get(id), analyzeSentence };
}

/** Several patterns of one rule may match overlapping words: keep one hit covering them all. */
function mergeOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.rule.localeCompare(b.rule) || a.start - b.start);
  const out: Hit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && prev.rule === h.rule && h.start < prev.end) prev.end = Math.max(prev.end, h.end);
    else out.push({ ...h });
  }
  return out;
}
