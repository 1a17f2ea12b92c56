/**
 * The private send history: one entry per email the rep sent, holding counts, rule ids, scores and a timestamp,
 * never a word of the email (PRODUCT.md: private). Pure functions: the schema, the migration path, retention and
 * the exports; the storage wiring is in ./items.ts.
 *
 * Private by construction: every field is a number, an enum, or a rule id that must look like one
 * (`category/kebab-name`, `model/<category>`, `user/<n>`), so a stored entry has no room for free text.
 */
import { z } from 'zod';
import { balance, scores } from '../analyzer/score';
import { CATEGORIES, type Category, type Finding } from '../analyzer/types';

export const HISTORY_VERSION = 1;
export const DEFAULT_RETENTION_WEEKS = 12;
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** A hard cap whatever the retention: about 100 emails a day for a year. */
export const MAX_ENTRIES = 40_000;

/** A rule id, and nothing else: a user phrase is `user/<index>`, never its words. */
export const RULE_ID = /^(hard_close|self_serving|timidity|model|user)\/[a-z0-9_-]{1,60}$/;

const perCategory = z.object({
  hard_close: z.number().int().min(0),
  self_serving: z.number().int().min(0),
  timidity: z.number().int().min(0),
});

const scoresSchema = z.object({
  hard_close: z.number().int().min(0).max(100),
  self_serving: z.number().int().min(0).max(100),
  timidity: z.number().int().min(0).max(100),
});

export const entrySchema = z.object({
  /** When it was sent, ms since the epoch. */
  at: z.number().int().min(0),
  client: z.enum(['gmail', 'outlook']),
  words: z.number().int().min(0),
  /** Findings shown at send time, per category. */
  findings: perCategory,
  /** Findings shown at send time, per rule id. */
  rules: z.record(z.string().regex(RULE_ID), z.number().int().min(1)),
  scores: scoresSchema,
  /** hard_close score − timidity score: −100 pushover … +100 pushy. */
  balance: z.number().int().min(-100).max(100),
  /** Rewrites the rep applied in this draft. */
  applied: z.number().int().min(0),
  /** Findings the rep dismissed in this draft. */
  dismissed: z.number().int().min(0),
}).strict();

export type HistoryEntry = z.infer<typeof entrySchema>;

export interface History {
  version: typeof HISTORY_VERSION;
  entries: HistoryEntry[];
}

export const EMPTY_HISTORY: History = { version: HISTORY_VERSION, entries: [] };

/** Why stored history could not be read as it was. */
export type HistoryProblem = 'corrupt' | 'unknown-version' | 'some-entries';

/** What the popup says about history that was set aside. */
export interface HistoryNotice {
  reason: HistoryProblem;
  /** When it was set aside. */
  at: number;
}

export interface RepairedHistory {
  history: History;
  /** Null when the stored value was read as it was (or after a known migration). */
  problem: HistoryProblem | null;
  /** What could not be read, to be set aside rather than lost (PRODUCT.md: bad input loses nothing). */
  setAside: unknown;
}

/**
 * The migration path, one step per version: `MIGRATIONS[n]` turns a version-n value into a version-(n+1) one.
 * Version 0 (before the history had a version): a bare array of entries without the `applied` and `dismissed`
 * counts, which Poise did not keep then.
 */
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  0: (old) => ({
    version: 1,
    entries: (Array.isArray(old) ? old : []).map((e) => (e && typeof e === 'object' ? { applied: 0, dismissed: 0, ...e } : e)),
  }),
};

function versionOf(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0;
  if (raw && typeof raw === 'object' && 'version' in raw) {
    const v = (raw as { version: unknown }).version;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
  }
  return null;
}

/**
 * Any stored value -> a valid history. Nothing stored is an empty history. An older version is migrated. A newer
 * version (written by a later Poise) or a value that is not a history at all is set aside whole and the history
 * starts again; entries that do not read are set aside one by one and the others kept. Never throws.
 */
export function repairHistory(raw: unknown): RepairedHistory {
  if (raw === undefined || raw === null) return { history: { ...EMPTY_HISTORY, entries: [] }, problem: null, setAside: null };
  let version = versionOf(raw);
  if (version === null) return { history: { ...EMPTY_HISTORY, entries: [] }, problem: 'corrupt', setAside: raw };
  if (version > HISTORY_VERSION) return { history: { ...EMPTY_HISTORY, entries: [] }, problem: 'unknown-version', setAside: raw };
  let value: unknown = raw;
  while (version < HISTORY_VERSION) {
    value = MIGRATIONS[version]!(value);
    version += 1;
  }
  const list = (value as { entries?: unknown }).entries;
  if (!Array.isArray(list)) return { history: { ...EMPTY_HISTORY, entries: [] }, problem: 'corrupt', setAside: raw };
  const entries: HistoryEntry[] = [];
  const bad: unknown[] = [];
  for (const e of list) {
    const parsed = entrySchema.safeParse(e);
    if (parsed.success) entries.push(parsed.data);
    else bad.push(e);
  }
  entries.sort((a, b) => a.at - b.at);
  return {
    history: { version: HISTORY_VERSION, entries },
    problem: bad.length ? 'some-entries' : null,
    setAside: bad.length ? bad : null,
  };
}

/** The start of the week holding `t`: Monday 00:00, local time. */
export function weekStart(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** The start of the week `n` weeks before the week holding `t` (calendar weeks, so daylight saving changes are fine). */
export function weeksBefore(t: number, n: number): number {
  const d = new Date(weekStart(t));
  d.setDate(d.getDate() - 7 * n);
  return d.getTime();
}

/**
 * The entry for a draft being sent, from the findings shown to the rep at that moment (dismissed ones left out) and
 * the draft's word count. Only counts and rule ids are taken: a rep's own phrase is counted as `user/<category>`, so
 * neither its words nor the draft's can reach storage. Scores are recomputed from the shown findings (README "Scores").
 */
export function entryFromFindings(
  findings: readonly Pick<Finding, 'rule' | 'category' | 'level' | 'source'>[],
  words: number, client: 'gmail' | 'outlook', applied: number, dismissed: number, at: number,
): HistoryEntry {
  const perCategory = { hard_close: 0, self_serving: 0, timidity: 0 };
  const rules: Record<string, number> = {};
  for (const f of findings) {
    perCategory[f.category] += 1;
    const id = f.source === 'user' ? `user/${f.category}` : f.rule;
    if (!RULE_ID.test(id)) continue;
    rules[id] = (rules[id] ?? 0) + 1;
  }
  const s = scores(findings);
  return { at, client, words, findings: perCategory, rules, scores: s, balance: balance(s), applied, dismissed };
}

/** Keeps the entries of this week and the `weeks − 1` weeks before it, at most MAX_ENTRIES, oldest first. */
export function applyRetention(entries: readonly HistoryEntry[], weeks: number, now: number): HistoryEntry[] {
  const keep = Number.isInteger(weeks) && weeks >= 1 ? weeks : DEFAULT_RETENTION_WEEKS;
  const cutoff = weeksBefore(now, keep - 1);
  return entries.filter((e) => e.at >= cutoff).sort((a, b) => a.at - b.at).slice(-MAX_ENTRIES);
}

/** The history with one more entry, retention applied. */
export function addEntry(history: History, entry: HistoryEntry, weeks: number, now: number): History {
  return { version: HISTORY_VERSION, entries: applyRetention([...history.entries, entry], weeks, now) };
}

/** The JSON export: the stored entries as they are, with the format's version. */
export function historyToJson(history: History, now: number): string {
  return `${JSON.stringify({ format: 'poise-history', version: history.version, exportedAt: new Date(now).toISOString(), entries: history.entries }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'sent_at', 'client', 'words',
  ...CATEGORIES.map((c) => `findings_${c}`),
  ...CATEGORIES.map((c) => `score_${c}`),
  'balance', 'rewrites_applied', 'findings_dismissed', 'rules',
] as const;

/**
 * The CSV export (RFC 4180, CRLF line ends): one row per sent email, the per-rule counts in one `rules` column as
 * `rule=count` pairs separated by spaces. Every field is a number, a client name, a date or rule ids, so nothing
 * needs quoting; `rules` is quoted anyway should a spreadsheet split on spaces.
 */
export function historyToCsv(history: History): string {
  const rows = history.entries.map((e) => [
    new Date(e.at).toISOString(), e.client, e.words,
    ...CATEGORIES.map((c: Category) => e.findings[c]),
    ...CATEGORIES.map((c: Category) => e.scores[c]),
    e.balance, e.applied, e.dismissed,
    `"${Object.entries(e.rules).sort(([a], [b]) => a.localeCompare(b)).map(([r, n]) => `${r}=${n}`).join(' ')}"`,
  ].join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
