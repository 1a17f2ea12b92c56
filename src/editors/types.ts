/**
 * The mail-client layer's public shapes. Everything above this layer (content scripts, highlights, Apply) talks to
 * Gmail and Outlook only through these, so a client's DOM changes stay inside `src/editors/<client>/`.
 */

export type Client = 'gmail' | 'outlook';

/**
 * The rep's draft as plain text, with a map back to the DOM it came from. A snapshot: it is valid until the editor's
 * DOM changes; after that `rangeFor` and `offsetOf` return null for the nodes that changed, and the caller should
 * extract again.
 */
export interface Extraction {
  /** The draft, normalised as the fixtures README's "Extraction rules" say. The analyser's input. */
  readonly text: string;
  /**
   * A DOM Range over the text nodes behind `text.slice(start, end)` (UTF-16 offsets, end exclusive), for
   * `CSS.highlights` and for selecting a span before replacing it. Line breaks in the span have no text node of their
   * own, so the Range starts at the first character and ends after the last one. Null when the span is out of bounds,
   * holds nothing but line breaks, or the DOM under it changed since the extraction.
   */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The offset in `text` of a DOM boundary point (a caret or selection end), or null when the point is outside the
   * draft: outside the body, inside the quote or signature, or in a node added since the extraction.
   */
  offsetOf(node: Node, offsetInNode: number): number | null;
}

/** One open compose body. */
export interface Draft {
  readonly client: Client;
  /**
   * Stable for as long as this compose stays open, and distinct from every other compose open in the same page
   * (Gmail: the compose id; Outlook: the editor's `editorParent_N` id).
   */
  readonly key: string;
  /** The contenteditable element the rep types into. */
  readonly body: HTMLElement;
  /** The compose window or editor container around the body (the body itself when none is recognised). */
  readonly root: HTMLElement;
  /** Reads the draft now: only what the rep wrote, never the quoted thread or the signature. */
  extract(): Extraction;
  /**
   * The prospect's last message, the one this draft replies to, as plain text normalised like the draft; '' for a new
   * email or when it cannot be seen. In a reply it is the newest message of the quote under the draft, without its
   * "On … wrote:" or "From: … Sent:" header and without the older history below it; for a Gmail inline reply whose
   * quote is still folded away, the message it sits under. Read only: never highlighted, never stored.
   */
  prospectMessage(): string;
}

/** A client's send controls (from its selectors file): what counts as asking to send, or to discard, a compose. */
export interface SendControls {
  /** The Send button; any entry matches. */
  readonly send: readonly string[];
  /** The Discard button; any entry matches. */
  readonly discard: readonly string[];
  /** The element around a compose and its controls, asked with `closest` from a control. */
  readonly sendScope: readonly string[];
}

export interface EditorAdapter {
  readonly client: Client;
  readonly sendControls: SendControls;
  /** Every open compose body in `doc`, in document order. Never the read view, a hidden textarea or a recipient field. */
  findDrafts(doc: Document): Draft[];
  /** The draft the rep is working in: focus or selection in its body, else focus elsewhere in its compose window. */
  focusedDraft(doc: Document): Draft | null;
}
