/**
 * Every stored item, declared once. Reads always go through the repair functions, so a corrupted or old-format
 * value becomes a valid one instead of an exception in the mail page. Nothing here ever holds email text.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './settings';
import { addDismissal, dismissalHash, liveDismissals, newDismissalKey } from './dismissals';
import { addEntry, applyRetention, EMPTY_HISTORY, HISTORY_VERSION, repairHistory, type History, type HistoryEntry, type HistoryNotice, type HistoryProblem } from './history';

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });
const dismissalKeyItem = storage.defineItem<string | null>('local:dismissalKey', { fallback: null });
const dismissalsItem = storage.defineItem<unknown>('local:dismissals', { fallback: [] });

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = repairSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairSettings(value)));
}

async function dismissalKey(): Promise<string> {
  const existing = await dismissalKeyItem.getValue();
  if (existing && /^[0-9a-f]{64}$/.test(existing)) return existing;
  const key = await newDismissalKey(globalThis.crypto);
  await dismissalKeyItem.setValue(key);
  return key;
}

/** The hashes of the findings dismissed in any draft, for the given (draft, rule, text) triples. */
export async function hashFinding(draftKey: string, rule: string, text: string): Promise<string> {
  return dismissalHash(globalThis.crypto, await dismissalKey(), draftKey, rule, text);
}

export async function loadDismissed(now = Date.now()): Promise<Set<string>> {
  return new Set(liveDismissals(await dismissalsItem.getValue(), now).map((d) => d.hash));
}

export async function dismiss(hash: string, now = Date.now()): Promise<void> {
  await dismissalsItem.setValue(addDismissal(liveDismissals(await dismissalsItem.getValue(), now), hash, now));
}

export async function clearDismissals(): Promise<void> {
  await dismissalsItem.setValue([]);
}

/** The send history (./history.ts): counts, rule ids, scores and times, never a word of an email. */
export const historyItem = storage.defineItem<unknown>('local:history', { fallback: null });

/** Stored history that could not be read, kept aside (never lost) until the rep clears the history. */
export interface SetAside {
  at: number;
  reason: HistoryProblem;
  data: unknown;
  /** The rep has read the popup's note about it. */
  seen: boolean;
}
export const historySetAsideItem = storage.defineItem<SetAside[]>('local:historySetAside', { fallback: [] });


/** Writes run one after another, so two sends at once cannot overwrite each other (read-modify-write). */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

async function readHistory(now: number): Promise<History> {
  const { history, problem, setAside } = repairHistory(await historyItem.getValue());
  if (problem) {
    // Set the unreadable part aside, keep what reads, and let the popup say so (never a crash, never a silent loss).
    const kept = await historySetAsideItem.getValue();
    await historySetAsideItem.setValue([...(Array.isArray(kept) ? kept : []), { at: now, reason: problem, data: setAside, seen: false }].slice(-5));
    await historyItem.setValue(history);
  }
  return history;
}

/** The history, repaired if it had to be, and the note the popup shows about any part set aside. */
export function loadHistory(now = Date.now()): Promise<{ history: History; notice: HistoryNotice | null }> {
  return serial(async () => {
    const history = await readHistory(now);
    const aside = await historySetAsideItem.getValue();
    const unseen = (Array.isArray(aside) ? aside : []).filter((a) => a && !a.seen);
    const last = unseen[unseen.length - 1];
    return { history, notice: last ? { reason: last.reason, at: last.at } : null };
  });
}

/** Records one sent email, applying the rep's retention (default 12 weeks) to the whole history. */
export function recordSend(entry: HistoryEntry, now = Date.now()): Promise<History> {
  return serial(async () => {
    const weeks = (await loadSettings()).historyRetentionWeeks;
    const next = addEntry(await readHistory(now), entry, weeks, now);
    await historyItem.setValue(next);
    return next;
  });
}

/** Applies a (new) retention at once, as the options page changes it. */
export function pruneHistory(weeks: number, now = Date.now()): Promise<History> {
  return serial(async () => {
    const next = { version: HISTORY_VERSION, entries: applyRetention((await readHistory(now)).entries, weeks, now) } as History;
    await historyItem.setValue(next);
    return next;
  });
}

/** Clear history: every entry and anything set aside. */
export function clearHistory(): Promise<void> {
  return serial(async () => {
    await historyItem.setValue({ ...EMPTY_HISTORY, entries: [] });
    await historySetAsideItem.setValue([]);
  });
}

/** The rep read the note about history set aside; the data itself stays until Clear history. */
export function hideHistoryNotice(): Promise<void> {
  return serial(async () => {
    const aside = await historySetAsideItem.getValue();
    await historySetAsideItem.setValue((Array.isArray(aside) ? aside : []).map((a) => ({ ...a, seen: true })));
  });
}

export function watchHistory(onChange: () => void): () => void {
  return historyItem.watch(() => onChange());
}
