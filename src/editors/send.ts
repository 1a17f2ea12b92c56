/**
 * When a draft is sent. Both clients close the compose after sending, so a send is the client's Send button (a
 * click, or Enter/Space on it) or its keyboard shortcut (Ctrl+Enter, Cmd+Enter on a Mac) followed by the compose
 * closing within a short window. A compose closed without that (Discard, the close button) is not a send; nor is a
 * Send that leaves the compose open (no recipient, say): that intent expires, and typing in the draft or pressing
 * Discard cancels it at once. Client-independent: the controls come from each client's selectors file.
 *
 * The caller takes what it needs from the draft at the moment of the intent (`onIntent`), while the compose is still
 * on the page: the client may remove it in the same task as its own Send handler.
 */
import { closestAny, matchesAny } from './query';
import { isOpen } from './lifecycle';
import type { Draft, SendControls } from './types';

/** How long after Send the compose may take to close. Both clients close it at once, even offline (queued). */
export const SEND_WINDOW_MS = 10_000;

export interface SendWatchDeps<T> {
  doc: Document;
  controls: SendControls;
  /** The drafts open now. */
  drafts(): readonly Draft[];
  /** The rep asked to send this draft: what to keep for when it turns out to be sent (null: keep nothing, ignore). */
  onIntent(draft: Draft): T | null;
  /** The draft's compose closed after the rep asked to send it: it was sent. */
  onSent(draft: Draft, kept: T): void;
  signal: AbortSignal;
  now?(): number;
  windowMs?: number;
}

export function watchSends<T>(deps: SendWatchDeps<T>): void {
  const { doc, controls, signal } = deps;
  const win = doc.defaultView!;
  const now = deps.now ?? Date.now;
  const windowMs = deps.windowMs ?? SEND_WINDOW_MS;
  const pending = new Map<string, { draft: Draft; kept: T; until: number }>();
  let observer: MutationObserver | null = null;
  let expiry: ReturnType<typeof setTimeout> | undefined;

  const elementOf = (target: EventTarget | null): Element | null => {
    const node = target as Node | null;
    if (!node || typeof node.nodeType !== 'number') return null;
    return node.nodeType === 1 ? (node as Element) : node.parentElement;
  };

  const controlOf = (el: Element, selectors: readonly string[]): Element | null => {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) if (matchesAny(cur, selectors)) return cur;
    return null;
  };

  /** The draft a control or a key press belongs to: the compose around it, else the only open draft. */
  const draftFor = (el: Element): Draft | null => {
    const drafts = deps.drafts();
    const inside = drafts.find((d) => d.body.contains(el) || (d.root !== d.body && d.root.contains(el)));
    if (inside) return inside;
    const scope = closestAny(el, controls.sendScope);
    const scoped = scope ? drafts.filter((d) => scope.contains(d.body)) : [];
    if (scoped.length === 1) return scoped[0]!;
    return drafts.length === 1 ? drafts[0]! : null;
  };

  const check = () => {
    const t = now();
    for (const [key, p] of pending) {
      if (!isOpen(p.draft)) {
        pending.delete(key);
        if (t <= p.until) deps.onSent(p.draft, p.kept);
      } else if (t > p.until) {
        pending.delete(key);
      }
    }
    if (pending.size === 0) stop();
  };

  const stop = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(expiry);
  };

  const intent = (el: Element) => {
    const draft = draftFor(el);
    if (!draft || !isOpen(draft)) return;
    let kept: T | null;
    try {
      kept = deps.onIntent(draft);
    } catch {
      kept = null;
    }
    if (kept === null) return;
    pending.set(draft.key, { draft, kept, until: now() + windowMs });
    if (!observer) {
      observer = new win.MutationObserver(check);
      observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    }
    clearTimeout(expiry);
    expiry = setTimeout(check, windowMs + 50);
  };

  const cancel = (el: Element) => {
    const draft = draftFor(el);
    if (draft) pending.delete(draft.key);
    if (pending.size === 0) stop();
  };

  const onPointer = (e: Event) => {
    const el = elementOf(e.target);
    if (!el) return;
    if (controlOf(el, controls.send)) intent(el);
    else if (controlOf(el, controls.discard)) cancel(el);
  };
  // Gmail's buttons act on mouseup and may remove the compose before any click: listen to both, in capture.
  doc.addEventListener('mouseup', (e) => {
    if ((e as MouseEvent).button === 0) onPointer(e);
  }, { capture: true, signal });
  doc.addEventListener('click', onPointer, { capture: true, signal });
  doc.addEventListener('keydown', (e) => {
    const el = elementOf(e.target);
    if (!el || e.isComposing) return;
    const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
    const onSendButton = (e.key === 'Enter' || e.key === ' ') && controlOf(el, controls.send) !== null;
    if (shortcut || onSendButton) intent(el);
    else if ((e.key === 'Enter' || e.key === ' ') && controlOf(el, controls.discard)) cancel(el);
  }, { capture: true, signal });
  // Typing in the draft after Send means the compose stayed open and the rep is still writing.
  doc.addEventListener('input', (e) => {
    const el = elementOf(e.target);
    if (!el) return;
    for (const [key, p] of pending) if (p.draft.body.contains(el)) pending.delete(key);
    if (pending.size === 0) stop();
  }, { capture: true, signal });
  signal.addEventListener('abort', () => {
    pending.clear();
    stop();
  }, { once: true });
}
