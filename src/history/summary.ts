/**
 * The weekly tone summary, computed from the stored history: this week against the earlier weeks, the last eight
 * weeks for the chart, and the rep's most frequent patterns with last week's count beside this week's. Pure: entries
 * and the clock in, numbers out; weeks start on Monday, local time (./../storage/history.ts weekStart).
 */
import { CATEGORIES, type Category } from '../analyzer/types';
import { weekStart, weeksBefore, type HistoryEntry } from '../storage/history';
import { patternOf } from './patterns';

export const CHART_WEEKS = 8;
export const TOP_PATTERNS = 3;

export interface WeekStats {
  /** Monday 00:00 local of the week, ms since the epoch. */
  start: number;
  sent: number;
  /** Average balance of the emails sent (−100 pushover … +100 pushy), rounded; null with no email. */
  balance: number | null;
  /** Findings per email in each category, to one decimal; null with no email. */
  flagsPerEmail: Record<Category, number | null>;
}

export interface EarlierStats {
  /** How many earlier weeks the figures cover (weeks since the first recorded email, at most seven). */
  weeks: number;
  sentPerWeek: number;
  balance: number | null;
  flagsPerEmail: Record<Category, number | null>;
}

export interface PatternTrend {
  key: string;
  category: Category;
  label: string;
  tip: string;
  thisWeek: number;
  lastWeek: number;
}

export interface WeeklySummary {
  /** The last CHART_WEEKS weeks, oldest first; the last one is this week. */
  weeks: WeekStats[];
  thisWeek: WeekStats;
  /** The earlier weeks of the chart together; null when this is the first week with history. */
  earlier: EarlierStats | null;
  /** This week's most frequent patterns, most frequent first. */
  top: PatternTrend[];
  /** Nothing was ever recorded (inside the retention). */
  empty: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function stats(entries: readonly HistoryEntry[]): Omit<WeekStats, 'start'> {
  const sent = entries.length;
  const flagsPerEmail = Object.fromEntries(CATEGORIES.map((c) => [c, sent ? round1(entries.reduce((s, e) => s + e.findings[c], 0) / sent) : null])) as Record<Category, number | null>;
  return {
    sent,
    balance: sent ? Math.round(entries.reduce((s, e) => s + e.balance, 0) / sent) : null,
    flagsPerEmail,
  };
}

/** Counts per pattern over some entries. */
function patternCounts(entries: readonly HistoryEntry[]): Map<string, { n: number; pattern: NonNullable<ReturnType<typeof patternOf>> }> {
  const out = new Map<string, { n: number; pattern: NonNullable<ReturnType<typeof patternOf>> }>();
  for (const e of entries) {
    for (const [rule, n] of Object.entries(e.rules)) {
      const pattern = patternOf(rule);
      if (!pattern) continue;
      const cur = out.get(pattern.key) ?? { n: 0, pattern };
      cur.n += n;
      out.set(pattern.key, cur);
    }
  }
  return out;
}

export function summarize(entries: readonly HistoryEntry[], now: number): WeeklySummary {
  const starts = Array.from({ length: CHART_WEEKS }, (_, i) => weeksBefore(now, CHART_WEEKS - 1 - i));
  const thisStart = starts[CHART_WEEKS - 1]!;
  const inWeek = (start: number) => entries.filter((e) => weekStart(e.at) === start);
  const weeks = starts.map((start) => ({ start, ...stats(inWeek(start)) }));
  const thisWeek = weeks[CHART_WEEKS - 1]!;

  const first = entries.length ? weekStart(Math.min(...entries.map((e) => e.at))) : thisStart;
  const earlierStarts = starts.slice(0, -1).filter((s) => s >= first);
  let earlier: EarlierStats | null = null;
  if (earlierStarts.length) {
    const earlierEntries = entries.filter((e) => e.at >= earlierStarts[0]! && e.at < thisStart);
    const s = stats(earlierEntries);
    earlier = { weeks: earlierStarts.length, sentPerWeek: round1(s.sent / earlierStarts.length), balance: s.balance, flagsPerEmail: s.flagsPerEmail };
  }

  const lastStart = starts[CHART_WEEKS - 2]!;
  const now7 = patternCounts(inWeek(thisStart));
  const last7 = patternCounts(inWeek(lastStart));
  const top = [...now7.values()]
    .map(({ n, pattern }) => ({ key: pattern.key, category: pattern.category, label: pattern.label, tip: pattern.tip, thisWeek: n, lastWeek: last7.get(pattern.key)?.n ?? 0 }))
    .sort((a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || a.label.localeCompare(b.label))
    .slice(0, TOP_PATTERNS);

  return { weeks, thisWeek, earlier, top, empty: entries.length === 0 };
}
