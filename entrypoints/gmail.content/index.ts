/** Gmail's content script. It only wires the shared coach to the Gmail adapter (src/editors/gmail). */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main() {
    // The in-page coach (highlights, tooltips) is wired here by the mail-client issue.
  },
});
