/** The weekly summary as the popup shows it: weeks, this week against earlier weeks, top patterns and their change. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryEntry } from '../../src/storage/history';
import { summarize } from '../../src/history/summary';
import { ALL_PATTERNS, patternOf } from '../../src/history/patterns';

const DAY = 24 * 60 * 60 * 1000;
/** Wednesday 4 March 2026, noon local; its week starts Monday 2 March. */
const NOW = new Date(2026, 2, 4, 12).getTime();
const MONDAY = new Date(2026, 2, 2).getTime();

function sent(at: number, rules: Record<string, number>, balance = 0): HistoryEntry {
  const findings = { hard_close: 0, self_serving: 0, timidity: 0 };
  for (const [r, n] of Object.entries(rules)) {
    const cat = r.startsWith('model/') || r.startsWith('user/') ? r.split('/')[1]! : r.split('/')[0]!;
    findings[cat as keyof typeof findings] += n;
  }
  return { at, client: 'gmail', words: 100, findings, rules, scores: { hard_close: 0, self_serving: 0, timidity: 0 }, balance, applied: 0, dismissed: 0 };
}

describe('summarize', () => {
  it('explains an empty first week: nothing sent, no earlier weeks, no patterns', () => {
    const s = summarize([], NOW);
    expect(s.empty).toBe(true);
    expect(s.weeks).toHaveLength(8);
    expect(s.thisWeek).toEqual({ start: MONDAY, sent: 0, balance: null, flagsPerEmail: { hard_close: null, self_serving: null, timidity: null } });
    expect(s.earlier).toBeNull();
    expect(s.top).toEqual([]);
  });

  it('counts this week from Monday, and compares it with the earlier weeks since the first email', () => {
    const entries = [
      // Three weeks ago: 2 emails, leaning timid.
      sent(MONDAY - 21 * DAY + DAY, { 'timidity/sorry-to-bother': 2 }, -40),
      sent(MONDAY - 21 * DAY + 2 * DAY, { 'timidity/sorry-to-bother': 1, 'timidity/just-checking-in': 1 }, -20),
      // Last week (Sunday evening): 1 email.
      sent(MONDAY - 60 * 60 * 1000, { 'timidity/sorry-to-bother': 1 }, -10),
      // This week: 2 emails.
      sent(MONDAY + 60 * 60 * 1000, { 'hard_close/you-need-this': 1 }, 30),
      sent(NOW, {}, 0),
    ];
    const s = summarize(entries, NOW);
    expect(s.weeks.map((w) => w.sent)).toEqual([0, 0, 0, 0, 2, 0, 1, 2]);
    expect(s.thisWeek.sent).toBe(2);
    expect(s.thisWeek.balance).toBe(15);
    expect(s.thisWeek.flagsPerEmail).toEqual({ hard_close: 0.5, self_serving: 0, timidity: 0 });
    // Three earlier weeks (the first email's week, an empty one, last week): 3 emails.
    expect(s.earlier).toEqual({ weeks: 3, sentPerWeek: 1, balance: -23, flagsPerEmail: { hard_close: 0, self_serving: 0, timidity: 1.7 } });
  });

  it('lists the three most frequent patterns this week with last week beside them', () => {
    const lastWeek = MONDAY - 3 * DAY;
    const entries = [
      sent(lastWeek, { 'timidity/sorry-to-bother': 5, 'timidity/apologies-again': 4 }),
      sent(lastWeek, { 'hard_close/you-need-this': 1 }),
      sent(NOW, { 'timidity/sorry-to-bother': 2, 'timidity/sorry-for-following-up': 1 }),
      sent(NOW, { 'hard_close/deadline-demand': 2, 'hard_close/last-chance': 2, 'model/hard_close': 1 }),
      sent(NOW, { 'self_serving/my-quota': 1, 'user/self_serving': 1, 'hard_close/you-need-this': 1 }),
    ];
    const s = summarize(entries, NOW);
    expect(s.top.map(({ label, lastWeek: l, thisWeek: t }) => `${label}: ${l} last week, ${t} this week`)).toEqual([
      'Deadlines and ultimatums: 0 last week, 4 this week',
      'Apologies: 9 last week, 3 this week',
      'Telling them what they need: 1 last week, 1 this week',
    ]);
    expect(s.top[1]!.tip).toMatch(/apology/);
  });

  it('leaves out weeks older than the chart and entries of an unknown rule', () => {
    const s = summarize([sent(MONDAY - 9 * 7 * DAY, { 'timidity/sorry-to-bother': 1 }), sent(NOW, { 'timidity/nonexistent-rule': 1 })], NOW);
    expect(s.weeks.reduce((n, w) => n + w.sent, 0)).toBe(1);
    expect(s.top.map((t) => t.label)).toEqual(['Other timid phrasing']);
  });
});

describe('patterns', () => {
  it('give every bundled rule a pattern of its own category, and none twice', () => {
    const rulesDir = join(import.meta.dirname, '../../rules');
    const ids = readdirSync(rulesDir).flatMap((c) => readdirSync(join(rulesDir, c)).map((f) => `${c}/${f.replace(/\.yaml$/, '')}`));
    expect(ids.length).toBeGreaterThan(100);
    const unlisted = ids.filter((id) => patternOf(id)!.rules.length === 0);
    expect(unlisted).toEqual([]);
    for (const id of ids) expect(patternOf(id)!.category).toBe(id.split('/')[0]);
    const listed = ALL_PATTERNS.flatMap((p) => p.rules.map((r) => `${p.category}/${r}`));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('read as plain words: no rule names in labels or tips', () => {
    for (const p of ALL_PATTERNS) {
      expect(p.label).not.toMatch(/[/_]|-[a-z]/);
      expect(p.tip).not.toMatch(/[/_]|\b[a-z]+-[a-z]+-[a-z]+\b/);
      expect(p.tip.length).toBeLessThan(140);
    }
  });
});
