/** The send history: schema, migration, retention on write, corrupted and unknown-version data, exports. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyRetention, entrySchema, historyToCsv, historyToJson, HISTORY_VERSION, repairHistory, weekStart, type HistoryEntry,
} from '../../src/storage/history';
import {
  clearHistory, hideHistoryNotice, historyItem, historySetAsideItem, loadHistory, pruneHistory, recordSend, updateSettings,
} from '../../src/storage/items';

beforeEach(() => fakeBrowser.reset());

const DAY = 24 * 60 * 60 * 1000;
/** Wednesday 4 March 2026, noon local. */
const NOW = new Date(2026, 2, 4, 12).getTime();

function entry(at: number, patch: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    at, client: 'gmail', words: 120,
    findings: { hard_close: 1, self_serving: 0, timidity: 2 },
    rules: { 'hard_close/you-need-this': 1, 'timidity/sorry-to-bother': 2 },
    scores: { hard_close: 58, self_serving: 0, timidity: 61 },
    balance: -3, applied: 1, dismissed: 0,
    ...patch,
  };
}

describe('the history schema', () => {
  it('has no room for words: unknown fields and free-text rule ids are refused', () => {
    expect(entrySchema.safeParse(entry(NOW)).success).toBe(true);
    expect(entrySchema.safeParse({ ...entry(NOW), subject: 'Pilot pricing' }).success).toBe(false);
    expect(entrySchema.safeParse({ ...entry(NOW), rules: { 'you need this': 1 } }).success).toBe(false);
    expect(entrySchema.safeParse({ ...entry(NOW), rules: { 'user/circle back with you': 1 } }).success).toBe(false);
  });
});

describe('repairHistory', () => {
  it('reads nothing stored as an empty history', () => {
    expect(repairHistory(undefined)).toEqual({ history: { version: HISTORY_VERSION, entries: [] }, problem: null, setAside: null });
  });

  it('migrates version 0 (a bare list without the applied and dismissed counts)', () => {
    const { applied: _a, dismissed: _d, ...old } = entry(NOW);
    const { history, problem } = repairHistory([old]);
    expect(problem).toBeNull();
    expect(history).toEqual({ version: 1, entries: [{ ...old, applied: 0, dismissed: 0 }] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 7],
    ['an object without a version', { entries: [] }],
    ['entries that are not a list', { version: 1, entries: 'x' }],
  ])('sets aside %s and starts again', (_what, raw) => {
    const { history, problem, setAside } = repairHistory(raw);
    expect(history.entries).toEqual([]);
    expect(problem).toBe('corrupt');
    expect(setAside).toEqual(raw);
  });

  it('sets aside a history written by a newer version rather than guess at it', () => {
    const raw = { version: 7, entries: [entry(NOW)] };
    expect(repairHistory(raw)).toEqual({ history: { version: 1, entries: [] }, problem: 'unknown-version', setAside: raw });
  });

  it('keeps the entries that read and sets aside the others', () => {
    const good = entry(NOW);
    const { history, problem, setAside } = repairHistory({ version: 1, entries: [good, { at: 'yesterday' }, null] });
    expect(history.entries).toEqual([good]);
    expect(problem).toBe('some-entries');
    expect(setAside).toEqual([{ at: 'yesterday' }, null]);
  });
});

describe('retention', () => {
  it('keeps this week and the weeks before it, up to the limit, counted in calendar weeks', () => {
    const thisMonday = weekStart(NOW);
    const entries = [
      entry(thisMonday - 11 * 7 * DAY), // first day of the 12th week back counting this one: kept
      entry(thisMonday - 11 * 7 * DAY - 1), // a moment earlier: dropped
      entry(NOW),
    ];
    expect(applyRetention(entries, 12, NOW).map((e) => e.at)).toEqual([entries[0]!.at, NOW]);
    expect(applyRetention(entries, 1, NOW).map((e) => e.at)).toEqual([NOW]);
  });

  it('is applied on write, with the retention from settings (default 12 weeks)', async () => {
    await historyItem.setValue({ version: 1, entries: [entry(NOW - 13 * 7 * DAY), entry(NOW - 3 * 7 * DAY)] });
    await recordSend(entry(NOW), NOW);
    expect((await loadHistory(NOW)).history.entries.map((e) => e.at)).toEqual([NOW - 3 * 7 * DAY, NOW]);
    await updateSettings((s) => ({ ...s, historyRetentionWeeks: 2 }));
    await recordSend(entry(NOW + 1), NOW + 1);
    expect((await loadHistory(NOW)).history.entries.map((e) => e.at)).toEqual([NOW, NOW + 1]);
  });

  it('is applied at once when the rep shortens it', async () => {
    await historyItem.setValue({ version: 1, entries: [entry(NOW - 5 * 7 * DAY), entry(NOW)] });
    await pruneHistory(4, NOW);
    expect((await loadHistory(NOW)).history.entries.map((e) => e.at)).toEqual([NOW]);
  });
});

describe('stored history', () => {
  it('records two sends made at the same moment, neither overwriting the other', async () => {
    await Promise.all([recordSend(entry(NOW), NOW), recordSend(entry(NOW + 1, { client: 'outlook' }), NOW)]);
    expect((await loadHistory(NOW)).history.entries.map((e) => e.client)).toEqual(['gmail', 'outlook']);
  });

  it('sets corrupted data aside, resets, says so once, and keeps the data until Clear history', async () => {
    await historyItem.setValue('{{{not a history');
    const first = await loadHistory(NOW);
    expect(first.history.entries).toEqual([]);
    expect(first.notice).toEqual({ reason: 'corrupt', at: NOW });
    expect(await historyItem.getValue()).toEqual({ version: 1, entries: [] });
    expect((await historySetAsideItem.getValue())[0]!.data).toBe('{{{not a history');
    // Recording still works after the reset.
    await recordSend(entry(NOW), NOW);
    expect((await loadHistory(NOW)).history.entries).toHaveLength(1);
    await hideHistoryNotice();
    expect((await loadHistory(NOW)).notice).toBeNull();
    expect(await historySetAsideItem.getValue()).toHaveLength(1);
    await clearHistory();
    expect(await historySetAsideItem.getValue()).toEqual([]);
    expect((await loadHistory(NOW)).history.entries).toEqual([]);
  });

  it('sets aside an unknown version with its own note', async () => {
    await historyItem.setValue({ version: 99, entries: [] });
    expect((await loadHistory(NOW)).notice).toEqual({ reason: 'unknown-version', at: NOW });
  });
});

describe('exports', () => {
  const history = { version: 1 as const, entries: [entry(Date.UTC(2026, 2, 2, 9, 30)), entry(Date.UTC(2026, 2, 3, 15), { client: 'outlook', rules: {}, findings: { hard_close: 0, self_serving: 0, timidity: 0 }, scores: { hard_close: 0, self_serving: 0, timidity: 0 }, balance: 0 })] };

  it('writes CSV with a header and one row per sent email', () => {
    expect(historyToCsv(history).split('\r\n')).toEqual([
      'sent_at,client,words,findings_hard_close,findings_self_serving,findings_timidity,score_hard_close,score_self_serving,score_timidity,balance,rewrites_applied,findings_dismissed,rules',
      '2026-03-02T09:30:00.000Z,gmail,120,1,0,2,58,0,61,-3,1,0,"hard_close/you-need-this=1 timidity/sorry-to-bother=2"',
      '2026-03-03T15:00:00.000Z,outlook,120,0,0,0,0,0,0,0,1,0,""',
      '',
    ]);
  });

  it('writes JSON that reads back as the same history', () => {
    const parsed = JSON.parse(historyToJson(history, Date.UTC(2026, 2, 4)));
    expect(parsed.exportedAt).toBe('2026-03-04T00:00:00.000Z');
    expect(repairHistory({ version: parsed.version, entries: parsed.entries }).history).toEqual(history);
  });
});
