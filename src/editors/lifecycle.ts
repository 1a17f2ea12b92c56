/**
 * Client-independent draft lifecycle: which draft has the rep's attention, and when a draft goes away (sent,
 * discarded, compose closed). Everything reads the document it is given, never a global, so it runs in jsdom.
 */

import { isEditableHost } from './query';
import type { Draft } from './types';

/**
 * The draft the rep is working in, among `drafts`: the one whose body holds the focused element, else the one whose
 * body holds the selection's anchor, else the one whose compose window holds the focused element (focus in its
 * subject or To field). Null when focus and selection are elsewhere.
 */
export function focusedAmong(doc: Document, drafts: readonly Draft[]): Draft | null {
  const active = doc.activeElement;
  const selection = doc.getSelection();
  const anchor = selection !== null && selection.rangeCount > 0 ? selection.anchorNode : null;
  return (
    (active !== null && drafts.find((d) => d.body.contains(active))) ||
    (anchor !== null && drafts.find((d) => d.body.contains(anchor))) ||
    (active !== null && active !== doc.body && drafts.find((d) => d.root !== d.body && d.root.contains(active))) ||
    null
  );
}

/** True while the draft's body is in the page and still editable. False once it was sent, discarded or closed. */
export function isOpen(draft: Draft): boolean {
  return draft.body.isConnected && isEditableHost(draft.body);
}

/**
 * Calls `onRemoved` once, when the draft's body leaves the page or stops being editable. Stops watching when `signal`
 * aborts. Calls it at once when the draft is already gone. A body moved within one task (Gmail re-parenting a popup)
 * is still connected when the observer runs, so it does not count as removed.
 */
export function watchRemoval(draft: Draft, onRemoved: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  if (!isOpen(draft)) {
    onRemoved();
    return;
  }
  const doc = draft.body.ownerDocument;
  const Observer = doc.defaultView?.MutationObserver;
  if (Observer === undefined) return; // a document without a window (DOMParser): nothing can change it under us
  const observer = new Observer(() => {
    if (isOpen(draft)) return;
    observer.disconnect();
    onRemoved();
  });
  observer.observe(doc, { childList: true, subtree: true });
  observer.observe(draft.body, { attributes: true, attributeFilter: ['contenteditable'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
