/**
 * analyze(text) and the incremental session. Sentences are analysed independently of each other, so a session can
 * cache rule hits by sentence text and re-tag only what changed, and still return exactly what analyze() would.
 */
import type { Rule } from './rule-schema';
import { createEngine, type Engine, type Hit } from './engine';
import { balance, scores } from './score';
import { emailNotes, stats } from './notes';
import { looksEnglish } from './language';
import { countWords, normalizeForAnalysis, splitSentences, type Sentence } from './text';
import { LEVELS, type AnalyzeOptions, type EmailNote, type Finding, type Report, type UserPhrase } from './types';
import { userPhraseHits, USER_RULE_PREFIX } from './user-phrases';

/** Bounded work: a pasted 1 MB document is analysed up to here and the report says how much was skipped. */
export const MAX_WORDS = 20_000;

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Report;
  createSession(options?: AnalyzeOptions): Session;
  readonly engine: Engine;
}

export interface Session {
  update(text: string): Report;
  /** What the last update did: sentences taken from the cache and sentences analysed afresh. */
  readonly lastUpdate: { reused: number; analyzed: number; tagged: number };
}

export const EMPTY_REPORT: Report = Object.freeze({
  findings: [],
  scores: { hard_close: 0, self_serving: 0, timidity: 0 },
  balance: 0,
  stats: { words: 0, sentences: 0, questions: 0, secondPerson: 0, firstPerson: 0 },
  notes: [],
  coverage: { sentences: 0, sentencesAnalyzed: 0, wordsSkipped: 0 },
}) as Report;

type SentenceHits = { hits: Hit[]; tagged: boolean };

export function createAnalyzer(rules: readonly Rule[]): Analyzer {
  const engine = createEngine(rules);

  function sentenceHits(sentence: string, phrases: readonly UserPhrase[]): SentenceHits {
    const { hits, tagged } = engine.analyzeSentence(sentence);
    return { hits: [...hits, ...userPhraseHits(sentence, phrases)], tagged };
  }

  function run(rawText: string, options: AnalyzeOptions, hitsFor: (s: Sentence) => SentenceHits): Report {
    if (rawText.trim() === '') return structuredClone(EMPTY_REPORT);
    const text = normalizeForAnalysis(rawText);
    const sentences = splitSentences(text);
    const s = stats(text, sentences);
    const notes: EmailNote[] = [];

    let budget = MAX_WORDS;
    let analyzedCount = 0;
    const inBound: Sentence[] = [];
    for (const sentence of sentences) {
      const n = countWords(sentence.text);
      if (n > budget) break;
      budget -= n;
      inBound.push(sentence);
      analyzedCount++;
    }
    const wordsSkipped = s.words - (MAX_WORDS - budget);
    const coverage = { sentences: sentences.length, sentencesAnalyzed: analyzedCount, wordsSkipped };

    const english = looksEnglish(text.slice(0, inBound.at(-1)?.end ?? text.length));
    const findings: Finding[] = [];
    if (!english) {
      notes.push({ id: 'not-english', message: 'This draft does not look like English, so Poise stays quiet: its rules are written for English sales emails.' });
    } else {
      for (const sentence of inBound) {
        for (const hit of hitsFor(sentence).hits) {
          const f = toFinding(hit, sentence, rawText, options);
          if (f) findings.push(f);
        }
      }
      findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
      notes.push(...emailNotes(text, sentences, s));
    }
    if (wordsSkipped > 0) {
      notes.push({ id: 'truncated', message: `Only the first ${MAX_WORDS.toLocaleString('en-US')} words were checked; ${wordsSkipped.toLocaleString('en-US')} words after them were not.` });
    }
    const sc = scores(findings);
    return { findings, scores: sc, balance: balance(sc), stats: s, notes, coverage };
  }

  function toFinding(hit: Hit, sentence: Sentence, rawText: string, options: AnalyzeOptions): Finding | null {
    const start = sentence.start + hit.start;
    const end = sentence.start + hit.end;
    const atSentenceStart = hit.start === 0;
    if (hit.rule.startsWith(USER_RULE_PREFIX)) {
      const phrase = (options.userPhrases ?? [])[Number(hit.rule.slice(USER_RULE_PREFIX.length))];
      if (!phrase || options.disabledCategories?.includes(phrase.category)) return null;
      return {
        id: `${hit.rule}@${start}`, rule: hit.rule, category: phrase.category, level: 'warning', message: phrase.message,
        why: 'One of your own phrases to avoid.', start, end, text: rawText.slice(start, end),
        rewrites: phrase.rewrite ? [fitRewrite(phrase.rewrite, atSentenceStart)] : [], source: 'user',
      };
    }
    const rule = engine.ruleById(hit.rule);
    if (!rule || !isShown(rule, options)) return null;
    return {
      id: `${rule.id}@${start}`, rule: rule.id, category: rule.category, level: rule.level, message: rule.message,
      why: rule.why, start, end, text: rawText.slice(start, end),
      rewrites: rule.rewrites.map((r) => fitRewrite(r, atSentenceStart)), source: 'rule',
    };
  }

  return {
    engine,
    analyze(text, options = {}) {
      return run(text, options, (s) => sentenceHits(s.text, options.userPhrases ?? []));
    },
    createSession(options = {}) {
      let cache = new Map<string, SentenceHits>();
      const last = { reused: 0, analyzed: 0, tagged: 0 };
      return {
        get lastUpdate() {
          return { ...last };
        },
        update(text) {
          const next = new Map<string, SentenceHits>();
          last.reused = last.analyzed = last.tagged = 0;
          const report = run(text, options, (s) => {
            let entry = next.get(s.text) ?? cache.get(s.text);
            if (entry) last.reused++;
            else {
              entry = sentenceHits(s.text, options.userPhrases ?? []);
              last.analyzed++;
              if (entry.tagged) last.tagged++;
            }
            next.set(s.text, entry);
            return entry;
          });
          // Keep only the sentences of the latest text: memory stays bounded by the draft.
          cache = next;
          return report;
        },
      };
    },
  };
}

function isShown(rule: Rule, options: AnalyzeOptions): boolean {
  if (options.disabledRules?.includes(rule.id)) return false;
  if (options.disabledCategories?.includes(rule.category)) return false;
  const sensitivity = options.sensitivity ?? 'standard';
  if (rule.strict && sensitivity !== 'strict') return false;
  if (sensitivity === 'gentle' && LEVELS.indexOf(rule.level) < LEVELS.indexOf('warning')) return false;
  return true;
}

/** A rewrite opening a sentence starts with a capital; one inside a sentence does not (except "I"). */
export function fitRewrite(rewrite: string, atSentenceStart: boolean): string {
  if (atSentenceStart) return rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  if (/^[A-Z][a-z]/.test(rewrite) && !/^I\b/.test(rewrite)) return rewrite.charAt(0).toLowerCase() + rewrite.slice(1);
  return rewrite;
}
