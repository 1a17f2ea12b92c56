/**
 * Dismissed findings, remembered per draft across re-analysis and reloads WITHOUT storing any email text: each
 * dismissal is a keyed hash (HMAC-SHA-256 with a random per-install key) of the draft key, the rule and the
 * flagged words, and it expires. Pure functions over an injected crypto and clock; storage wiring is elsewhere.
 */
import { ownBytes } from '../page-realm';

export const DISMISSAL_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_DISMISSALS = 2000;

export interface Dismissal {
  hash: string;
  expires: number;
}

export async function newDismissalKey(crypto: Crypto): Promise<string> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function dismissalHash(crypto: Crypto, keyHex: string, draftKey: string, rule: string, text: string): Promise<string> {
  const keyBytes = new Uint8Array(keyHex.match(/../g)!.map((h) => parseInt(h, 16)));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const message = new TextEncoder().encode(`${draftKey}\u0000${rule}\u0000${text.normalize('NFC').toLowerCase()}`);
  // In a content script `crypto` is the page's: copy its answer into our own bytes before slicing (page-realm.ts).
  const mac = ownBytes(await crypto.subtle.sign('HMAC', key, message));
  return [...mac.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Drops expired and malformed entries (stored data may be corrupt), keeps the newest MAX_DISMISSALS. */
export function liveDismissals(raw: unknown, now: number): Dismissal[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((d): d is Dismissal => !!d && typeof d === 'object' && typeof (d as Dismissal).hash === 'string' && /^[0-9a-f]{32}$/.test((d as Dismissal).hash) && typeof (d as Dismissal).expires === 'number' && (d as Dismissal).expires > now)
    .sort((a, b) => b.expires - a.expires)
    .slice(0, MAX_DISMISSALS);
}

export function addDismissal(list: readonly Dismissal[], hash: string, now: number): Dismissal[] {
  return [{ hash, expires: now + DISMISSAL_TTL_MS }, ...list.filter((d) => d.hash !== hash)].slice(0, MAX_DISMISSALS);
}
