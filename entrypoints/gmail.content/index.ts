/** Gmail's content script: the shared coach, driven by the Gmail adapter. */
import { gmailAdapter } from '@/src/editors';
import { runInPage } from '@/src/coach/run-in-page';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runInPage(ctx, gmailAdapter);
  },
});
