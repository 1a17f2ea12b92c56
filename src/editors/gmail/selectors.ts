/**
 * Every Gmail (mail.google.com) selector Poise uses, and the only place one may be written.
 *
 * Each is an array: primary first, then fallbacks. Lookups try every entry and merge the results (src/editors/query.ts),
 * so a fallback keeps working when a Gmail build breaks the primary. Evidence for each entry is in the fixtures README
 * (../shared/fixtures/README.md, beside the repository): "Gmail > Selectors" and "Sources".
 * Tested against the captured-structure pages in tests/fixtures/gmail-*.html by tests/editors/.
 *
 * Gmail's labels are localised ("Message Body", es "Cuerpo del mensaje") and its short class names are generated, so
 * the primaries rest on attributes Gmail itself relies on (`g_editable`, `role`, `name=`), which have held from a 2019
 * DOM dump to 2025 captures.
 */

export const GMAIL_SELECTORS = {
  /** The compose body: the rich-text editable the rep types into. */
  body: [
    // Gmail's own editable marker plus the editing attributes: locale-independent, matches popup, inline reply and
    // full-screen composes alike (random-gmail-quotes, 2019 dump, 2025 captures). Deliberately not
    // `[aria-label="Message Body"]`: the hidden plain-text `textarea.Ak` carries the same label and comes first in the
    // DOM, and the label is localised.
    'div[g_editable="true"][contenteditable="true"][role="textbox"]',
    // InboxSDK's body selector (gmail-compose-view.ts): the g_editable element inside the `td.Ap` body cell, in case
    // Gmail drops `role` or changes how contenteditable is written.
    '.Ap [g_editable="true"]',
    // The body's generated classes (`Am aiL Al editable ...`, used by tracking extensions and Selenium scripts), in
    // case `g_editable` goes. Not `.aiL`, which the read view `div.a3s.aiL` shares.
    'div.Am.Al.editable',
  ],

  /** Ancestors of a match are never a compose body, whatever the body selectors say. */
  notBody: [
    // The plain-text-mode field, `textarea.Ak[aria-label="Message Body"]`: same label as the body, not rich text.
    'textarea',
    // The read view of a received message (`div.ii.gt > div.a3s.aiL`): holds the prospect's words, never analysed.
    '.ii.gt',
    '.a3s',
  ],

  /** The compose window around a body (asked with `closest`), which holds its ids, subject and recipients. */
  composeRoot: [
    // Compose root in gmail.js `api.dom.composes` and InboxSDK: popup, inline reply and full screen.
    'div.M9',
    // Popup and full-screen dialog (InboxSDK setup-compose-view-driver-stream.ts: `[role=dialog]` with a form).
    '[role="dialog"]',
    // Inline reply container under a message (InboxSDK gmail-message-view.ts: `.ip`, `adB` while a reply is open).
    '.ip',
  ],

  /** Per-compose id, assigned when the compose opens and kept until it closes (gmail.js `compose.id()`). */
  composeId: [
    // Hidden input inside the compose's `form.bAs`.
    'input[name="composeid"]',
  ],

  /** The draft's message id, `#msg-a:r…`, once Gmail has saved the draft (gmail.js `compose.email_id()`). */
  draftId: [
    // Hidden input inside the compose's `form.bAs`; empty until the first autosave in a new compose.
    'input[name="draft"]',
  ],

  /**
   * Subtrees inside the body that are not the rep's draft (fixtures README, Extraction rules 2). Every entry applies:
   * these are alternatives, not fallbacks.
   */
  notDraft: [
    // Quoted thread: `div.gmail_quote.gmail_quote_container` (2025) or `div.gmail_quote` (older) around
    // `div.gmail_attr` + `blockquote.gmail_quote`; quotes nest. Inside the body once "Show trimmed content" is clicked.
    '.gmail_quote',
    // Signature block inserted below the draft: `div.gmail_signature[data-smartmail="gmail_signature"]`.
    '.gmail_signature',
    // The "-- " separator span before the signature.
    '.gmail_signature_prefix',
    // Signature marked only by `data-smartmail` (the class is not always present; gmail.js test.parsing.js).
    '[data-smartmail="gmail_signature"]',
    // 2015-2018 wrapper around quoted text (InboxSDK test data); not in the fixtures.
    '.gmail_extra',
  ],

  /**
   * The compose's Send button (fixtures README, "Gmail > Selectors", send button). Asked inside the compose root.
   * Never the "More send options" arrow beside it (`aria-haspopup`), which opens the schedule menu.
   */
  send: [
    // InboxSDK `getSendButton`: the first button of the bottom bar's send group; locale-independent.
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    // The tooltip, "Send (Ctrl-Enter)" or "Send (⌘Enter)" by platform: a prefix match (gmail.js, nightwatch sample).
    '[role="button"][data-tooltip^="Send"]:not([aria-haspopup="true"])',
    // The same label as aria-label, which Gmail writes as "Send ‪(Ctrl-Enter)‬" with direction marks around the key.
    '[role="button"][aria-label^="Send"]:not([aria-haspopup="true"])',
    // Localised tooltips (Gmail's own translations of "Send"): es/pt "Enviar", fr "Envoyer", de "Senden",
    // it "Invia", nl "Verzenden", ja "送信", zh "发送". "More send options" never starts with them in those languages.
    '[role="button"][data-tooltip^="Enviar"]:not([aria-haspopup="true"])',
    '[role="button"][data-tooltip^="Envoyer"]:not([aria-haspopup="true"])',
    '[role="button"][data-tooltip^="Senden"]:not([aria-haspopup="true"])',
    '[role="button"][data-tooltip^="Invia"]:not([aria-haspopup="true"])',
    '[role="button"][data-tooltip^="Verzenden"]:not([aria-haspopup="true"])',
    '[role="button"][data-tooltip^="送信"]:not([aria-haspopup="true"])',
    '[role="button"][data-tooltip^="发送"]:not([aria-haspopup="true"])',
  ],

  /**
   * The compose's Discard control (the bin icon, "Discard draft (Ctrl-Shift-D)"): a Send followed by it was not sent.
   * Alternatives, every entry applies.
   */
  discard: [
    '[role="button"][data-tooltip^="Discard draft"]',
    '[role="button"][aria-label^="Discard draft"]',
  ],

  /** Where a compose's Send and Discard controls sit, asked with `closest` from the control: the compose root. */
  sendScope: [
    'div.M9',
    '[role="dialog"]',
    '.ip',
  ],

  /**
   * The quoted thread inside the body, once "Show trimmed content" put it there: the first match in document order is
   * the outermost quote, which holds the newest quoted message (the prospect's, in a reply).
   */
  quote: [
    // 2025 container: `div.gmail_quote.gmail_quote_container` > `div.gmail_attr` + `blockquote.gmail_quote`
    // (Gmail-sent HTML in 2024-2025 mail archives; gmail-reply-inline.html).
    '.gmail_quote_container',
    // Older mail: `div.gmail_quote` holding the "On … wrote:" line and the blockquote.
    '.gmail_quote',
    // 2015-2018 wrapper around the quote (InboxSDK test data); not in the fixtures.
    '.gmail_extra',
  ],

  /** Inside a quote, the quoted message itself (asked as a direct child of the quote): without the "On … wrote:" line. */
  quotedMessage: [
    // `blockquote.gmail_quote` right under the quote container, after `div.gmail_attr`.
    ':scope > blockquote',
  ],

  /**
   * Inside a quoted or received message, what is not that message's own words: the older history quoted under it
   * and signatures. Every entry applies.
   */
  notMessage: [
    // An older quote nested in the message (the rep's earlier email, quoted by the prospect).
    '.gmail_quote',
    '.gmail_extra',
    // The attribution line "On Tue, Mar 3, 2026 at 9:14 AM Dana … wrote:" (`div.gmail_attr`), when no blockquote
    // separates it from the message.
    '.gmail_attr',
    // The sender's signature (same markup as the rep's: div.gmail_signature[data-smartmail]).
    '.gmail_signature',
    '[data-smartmail="gmail_signature"]',
    // In the read view, quoted history Gmail folds away behind "…" is wrapped in `.im` (alecmev/trimless-gmail).
    '.im',
  ],

  /**
   * The thread message an inline reply sits under (asked with `closest` from the compose): its read view is the
   * prospect's last message when the quote is not in the body (before "Show trimmed content" is clicked).
   */
  threadMessage: [
    // Expanded message in the thread list: `div.h7[role=listitem]`, which holds the reply's `.ip` container
    // (InboxSDK gmail-thread-view.ts, gmail-message-view.ts).
    '[role="listitem"]',
    // The same by class, should the role go.
    '.h7',
  ],

  /** The read view of a received message, inside a thread message (gmail.js `.ii.gt div.a3s`; evicypher `.a3s.aiL`). */
  readView: [
    '.ii.gt .a3s',
    'div.a3s.aiL',
  ],
} as const satisfies Record<string, readonly string[]>;
