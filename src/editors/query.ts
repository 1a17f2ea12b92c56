/**
 * Selector plumbing shared by the client adapters. The selectors themselves live in `<client>/selectors.ts` only.
 *
 * A lookup tries every entry of a selector array and merges what they find: the primary costs nothing extra when it
 * works, and a fallback keeps the extension working on a build where the primary broke. A selector this browser's
 * engine rejects is skipped, never thrown (PRODUCT.md: go quiet when the page changes).
 */

const DOCUMENT_POSITION_FOLLOWING = 4;
const XHTML = 'http://www.w3.org/1999/xhtml';

/** True when `el` matches any of `selectors`. */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // Unsupported syntax in this engine: the other entries still apply.
    }
  }
  return false;
}

/** The nearest inclusive ancestor matching the first entry that matches any, trying entries in order. */
export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = el.closest(selector);
      if (found !== null) return found;
    } catch {
      // As in matchesAny.
    }
  }
  return null;
}

/** The first element under `root` matching an entry, trying entries in order. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found !== null) return found;
    } catch {
      // As in matchesAny.
    }
  }
  return null;
}

/** Every element under `root` matching any entry, once each, in document order. */
export function queryAllAny(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) {
    try {
      for (const el of root.querySelectorAll(selector)) found.add(el);
    } catch {
      // As in matchesAny.
    }
  }
  return inDocumentOrder([...found]);
}

export function inDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * Rich-text editable by the rep. Checks the attribute rather than `isContentEditable`, which jsdom does not implement;
 * an inherited editable (a line inside the body) is not a body.
 */
export function isEditableHost(el: Element): el is HTMLElement {
  if (el.namespaceURI !== XHTML) return false;
  const value = el.getAttribute('contenteditable');
  return value !== null && ['', 'true', 'plaintext-only'].includes(value.toLowerCase());
}

/**
 * The compose bodies under `doc`: matches of any `body` entry that are editable, not inside a `notBody` match, and
 * not nested inside another body. In document order.
 */
export function findBodies(doc: ParentNode, body: readonly string[], notBody: readonly string[]): HTMLElement[] {
  const candidates = queryAllAny(doc, body).filter(
    (el): el is HTMLElement => isEditableHost(el) && closestAny(el, notBody) === null,
  );
  return candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
}

/** A key for an element with no id of its own, stable for the element's lifetime. */
const fallbackKeys = new WeakMap<Element, string>();
let nextKey = 1;
export function elementKey(el: Element): string {
  if (el.id !== '') return el.id;
  let key = fallbackKeys.get(el);
  if (key === undefined) {
    key = `poise-${nextKey}`;
    nextKey += 1;
    fallbackKeys.set(el, key);
  }
  return key;
}
