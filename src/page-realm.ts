/**
 * Where the content script's objects meet the page's, done in a way both engines accept.
 *
 * Chromium runs a content script in an isolated world with its own wrappers for the page's DOM: whatever either side
 * makes, the other can use. Firefox shows the content script the page's objects through Xray wrappers (the page's
 * own view is `wrappedJSObject`), and objects of the two sides do not mix freely: when code on the page's side reads
 * `constructor` from an object of the script's side, Firefox throws `Permission denied to access property
 * "constructor"` (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Sharing_objects_with_page_scripts).
 *
 * The coach crosses that line in two places:
 * - WebCrypto. `crypto` in a content script is the page's, so `crypto.subtle` answers with an ArrayBuffer of the
 *   page, and in Firefox a Uint8Array over it is the page's too: its `slice` looks up `constructor` across the line
 *   and throws. That broke every dismissal lookup, so nothing was ever painted (issue 9). `ownBytes` copies the
 *   answer into an array of the script's own before anything else touches it.
 * - The CSS Custom Highlight API. The registry is the page's (its `::highlight()` styles paint what it holds), so the
 *   coach asks the page's own view whether it has the API and makes each Highlight with the page's constructor:
 *   the registry holds only objects of its own realm, and a page without the API (Firefox before 140, or one that
 *   removed it) gets the overlay. In Chromium the page's view is the one the script already has.
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
