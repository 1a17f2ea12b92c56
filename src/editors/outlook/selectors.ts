/**
 * Every Outlook on the web selector Poise uses (outlook.office.com, outlook.office365.com, outlook.live.com,
 * outlook.cloud.microsoft), and the only place one may be written.
 *
 * Each is an array: primary first, then fallbacks. Lookups try every entry and merge the results (src/editors/query.ts),
 * so a fallback keeps working when an OWA build breaks the primary. Evidence for each entry is in the fixtures README
 * (the shared ../shared/fixtures/README.md): "Outlook on the web > Selectors" and "Sources". Tested against
 * tests/fixtures/outlook-*.html by tests/editors/.
 *
 * OWA's labels are localised (de "Nachrichtentext", zh "邮件正文") and its classes (`dFCbN k1Ttj ...`) rotate between
 * builds, so every English-label selector has a structural fallback beside it.
 */

export const OUTLOOK_SELECTORS = {
  /** The compose body: the rich-text editable the rep types into (new message, reply, forward). */
  body: [
    // The editor as captured: role, contenteditable and the English label, which is "Message body, press Alt+F10 to
    // exit" in some builds and "Message body" in others, hence the prefix match. Alone, `[aria-label="Message body"]`
    // would also match the read view, and `[role=textbox][contenteditable=true]` the To well, which comes first.
    'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
    // Locale-independent: the editable child of the editor wrapper `div#editorParent_N` (captured OWA editor,
    // code search "editorParent_1"). Finds German, Spanish and Chinese builds the primary misses.
    'div[id^="editorParent_"] > div[contenteditable="true"]',
    // Locale-independent and wrapper-independent: OWA turns its own text prediction off on the body only; the To/Cc
    // wells do not carry the attribute (one capture; kept last because it rests on a single source).
    'div[role="textbox"][contenteditable="true"][textprediction]',
  ],

  /** Ancestors of a match are never a compose body, whatever the body selectors say. */
  notBody: [
    // The read view of a message, `div#UniqueMessageBody_N[role=document]`: same aria-label as the editor, holds the
    // prospect's words.
    // (It is not contenteditable, so the body filter rejects it anyway; this entry says so explicitly.)
    'div[id^="UniqueMessageBody_"]',
    // The compose header `div#docking_InitVisiblePart_N`: command bar, To/Cc/Bcc wells (each a contenteditable
    // role=textbox) and the subject. Structural, so it holds in every locale.
    '[id^="docking_InitVisiblePart_"]',
    // The recipient wells by their English labels, should the header wrapper change (es "Para", de "An": the
    // structural entries above and the body selectors carry non-English builds).
    '[role="textbox"][aria-label="To"]',
    '[role="textbox"][aria-label="Cc"]',
    '[role="textbox"][aria-label="Bcc"]',
  ],

  /** The editor container around a body (asked with `closest`); its id keys the draft. */
  composeRoot: [
    // `div#editorParent_N`, one per open editor (N distinguishes a reply from a pop-out new message).
    'div[id^="editorParent_"]',
  ],

  /**
   * Direct children of the body where the draft ends: the first child matching any entry, and every sibling after it,
   * is signature or history (fixtures README, Extraction rules 2). Every entry applies.
   */
  draftEnd: [
    // Auto-inserted signature below the draft (`div#Signature`, sometimes also class `elementToProof`).
    '#Signature',
    // The same in any letter case; OWA-sent HTML has been seen with `id="signature"` variants.
    '[id="Signature" i]',
    // Signature inserted by Outlook mobile.
    '#ms-outlook-mobile-signature',
    // Empty marker OWA puts before the reply header; in a collapsed reply the only boundary after the signature.
    '#appendonsend',
    // The reply/forward header (From/Sent/To/Subject, localised words); the `<hr>` before it is matched in code.
    '#divRplyFwdMsg',
    // The history wrapper of Outlook mobile and some desktop builds.
    '#mail-editor-reference-message-container',
  ],

  /** The reply/forward header: an `<hr>` directly before it is the draft's end too (Extraction rules 2). */
  replyHeader: [
    // As written by OWA.
    '#divRplyFwdMsg',
    // The id with a prefix, as in quoted OWA mail (`x_divRplyFwdMsg`) when a header lands directly in the body.
    '[id$="divRplyFwdMsg"]',
  ],

  /**
   * The compose's Send button in the command bar above the editor (fixtures README, "Outlook > Selectors", send).
   * Never "More send options", the split button's other half.
   */
  send: [
    // As captured and in Selenium scripts: `button[aria-label="Send"]` (Fluent v8 and v9 builds alike).
    'button[aria-label="Send"]',
    // The split button's wrapper carries the test id; its first button is Send, the second the options arrow.
    'div[data-testid="ComposeSendButton"] > button:first-of-type:not([aria-haspopup="true"])',
    // The title, "Send (Ctrl+Enter)" (Selenium `button[title='Send (Ctrl+Enter)']`).
    'button[title^="Send"]:not([aria-haspopup="true"])',
    // The form name toggl's extension uses; not localised.
    'button[name="Send"]',
    // Localised labels: de "Senden", es/pt "Enviar", fr "Envoyer", it "Invia", nl "Verzenden", ja "送信", zh "发送".
    'button[aria-label="Senden"]',
    'button[aria-label="Enviar"]',
    'button[aria-label="Envoyer"]',
    'button[aria-label="Invia"]',
    'button[aria-label="Verzenden"]',
    'button[aria-label="送信"]',
    'button[aria-label="发送"]',
  ],

  /** The compose's Discard button: a Send followed by it was not sent. Alternatives, every entry applies. */
  discard: [
    'button[aria-label="Discard"]',
    // The id an automation harness uses; not localised.
    '#discardCompose',
    'button[name="Discard"]',
  ],

  /**
   * Where a compose's Send and Discard controls sit, asked with `closest` from the control: the command bar is above
   * the editor, outside `#editorParent_N`, so the scope is the reading pane's compose section.
   */
  sendScope: [
    '[data-app-section="MailReadCompose"]',
    '#ReadingPaneContainerId',
  ],

  /**
   * The header above the quoted message in a reply ("From: … Sent: … To: … Subject: …", localised words): the first
   * match in the body is the newest message's, and that message is what follows it.
   */
  quotedHeader: [
    // As written by OWA (`div#divRplyFwdMsg`), a direct child of the editor in an expanded reply (outlook-reply.html).
    '#divRplyFwdMsg',
    // With a prefix, as in quoted OWA mail (`x_divRplyFwdMsg`) or a header pasted into the body.
    '[id$="divRplyFwdMsg"]',
  ],

  /**
   * After the quoted header, where the quoted message ends: the first match following the header, and everything after
   * it, is older history or the sender's signature. Quoted mail carries the `x_` prefix on ids and classes, so the
   * entries match by suffix. Every entry applies.
   */
  quotedMessageEnd: [
    // The marker OWA puts before each reply header (`#x_appendonsend` in the quoted message).
    '[id$="appendonsend"]',
    // The older message's own header (`#x_divRplyFwdMsg`), when no marker precedes it.
    '[id$="divRplyFwdMsg"]',
    // The history wrapper of Outlook mobile and some desktop builds, prefixed or not.
    '[id$="mail-editor-reference-message-container"]',
    // The sender's signature (`#x_Signature`), which ends their words; mobile's `#x_ms-outlook-mobile-signature`.
    '[id$="_Signature"]',
    '[id$="ms-outlook-mobile-signature"]',
    // A quote inside a message the prospect wrote in Gmail (`div.x_gmail_quote` once OWA prefixes its classes).
    '[class~="x_gmail_quote"]',
  ],
} as const satisfies Record<string, readonly string[]>;
