/** Outlook on the web's content script. It only wires the shared coach to the Outlook adapter (src/editors/outlook). */
export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  runAt: 'document_idle',
  main() {
    // The in-page coach (highlights, tooltips) is wired here by the mail-client issue.
  },
});
