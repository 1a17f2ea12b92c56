/** Outlook on the web's content script: the shared coach, driven by the Outlook adapter. */
import { outlookAdapter } from '@/src/editors';
import { runInPage } from '@/src/coach/run-in-page';

export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    runInPage(ctx, outlookAdapter);
  },
});
