/**
 * Where the content script's objects meet the page's. Chromium gives a content script its own JavaScript world with
 * its own wrappers for the page's DOM, so anything either side makes can be used by the other. Firefox instead shows
 * the content script the page's objects through Xray wrappers (the page's own view of them is `wrappedJSObject`),
 * and an object made on one side can be opaque to the other: a typed-array method species lookup or a page builtin
 * reading `constructor` from the other side throws `Permission denied to access property "constructor"`
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Sharing_objects_with_page_scripts).
 *
 * The coach crosses that line in two places, both here, in ways both engines accept:
 * - WebCrypto: `crypto` in a content script is the page's, so `crypto.subtle` hands back ArrayBuffers that belong to
 *   the page, and in Firefox a view over one is a page object. `ownBytes` copies them into this script's realm.
 * - The CSS Custom Highlight API: the highlight registry is the page's (its `::highlight()` styles paint what it
 *   holds), so the coach asks the page's own window whether it has the API and builds each Highlight with the page's
 *   constructor. In Chromium the page's view is the one the script already has.
 */

/** The page's own view of its window: `wrappedJSObject` in a Firefox content script, the window itself elsewhere. */
export function pageView(win: Window): Window {
  return (win as Window & { wrappedJSObject?: Window }).wrappedJSObject ?? win;
}

/** Bytes produced on the page's side (e.g. by `crypto.subtle`), copied into an array owned by this script. */
export function ownBytes(buffer: ArrayBuffer): Uint8Array {
  return Uint8Array.from(new Uint8Array(buffer));
}

/** The page's highlight registry, narrowed to what the coach does with it: show a set of Ranges under a name. */
export interface PageHighlights {
  set(name: string, ranges: readonly Range[]): void;
  delete(name: string): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** The page's CSS Custom Highlight API, or null when the page has none (Firefox before 140, older Chromium, jsdom). */
export function pageHighlights(win: Window): PageHighlights | null {
  const page = pageView(win) as Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  const registry = page.CSS?.highlights;
  const Highlight = page.Highlight;
  if (!registry || typeof Highlight !== 'function') return null;
  return {
    // The Ranges are page DOM objects already; the Highlight is made by the page's constructor, so the registry
    // receives an object of its own realm in both engines.
    set: (name, ranges) => void registry.set(name, new Highlight(...ranges)),
    delete: (name) => void registry.delete(name),
  };
}
