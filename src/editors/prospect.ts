/**
 * Reading the prospect's last message beside a reply, shared by the client adapters (which say where it is): the text
 * of a message element, without its header, its older history or its signature, normalised like the draft
 * (fixtures README, "Extraction rules"). Only read, never highlighted: the coach hands the text to the analyser as
 * `prospect` and keeps it in memory; nothing here stores it or maps it back to the page.
 */

import { extract } from './extract';
import { matchesAny, queryAllAny } from './query';

const DOCUMENT_POSITION_FOLLOWING = 4;

export interface MessageBounds {
  /** Subtrees inside the message that are not its words (older quotes, signatures). */
  notMessage?: readonly string[];
  /** Where the message begins: it and everything before it are left out (its "From: … Sent:" header). */
  after?: Node | null;
  /** Where the message ends: it and everything after it are left out (older history). */
  before?: Node | null;
}

/** The text of the message under `root`, inside the given bounds. */
export function messageText(root: Node, bounds: MessageBounds = {}): string {
  const notMessage = bounds.notMessage;
  return extract(root, {
    ...(notMessage ? { excluded: (el: Element) => matchesAny(el, notMessage) } : {}),
    after: bounds.after ?? null,
    before: bounds.before ?? null,
  }).text;
}

/** The first match of `selectors` under `root` that comes after `ref` in document order and is not inside it. */
export function firstAfter(root: ParentNode, selectors: readonly string[], ref: Node): Element | null {
  return queryAllAny(root, selectors).find((el) => isAfter(ref, el)) ?? null;
}

/** The last match of `selectors` under `root` that comes before `ref` in document order and does not contain it. */
export function lastBefore(root: ParentNode, selectors: readonly string[], ref: Node): Element | null {
  return queryAllAny(root, selectors).filter((el) => isAfter(el, ref)).at(-1) ?? null;
}

/** True when `b` follows `a` in document order and neither contains the other. */
function isAfter(a: Node, b: Node): boolean {
  return a !== b && !a.contains(b) && !b.contains(a) && (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}
