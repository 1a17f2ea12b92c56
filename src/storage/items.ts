/**
 * Every stored item, declared once. Reads always go through the repair functions, so a corrupted or old-format
 * value becomes a valid one instead of an exception in the mail page. Nothing here ever holds email text.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './settings';
import { addDismissal, dismissalHash, liveDismissals, newDismissalKey } from './dismissals';

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
