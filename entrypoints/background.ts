/**
 * The background service worker. It makes no network request and stores no email text (PRODUCT.md: private);
 * later issues route messages between the content scripts, the side panel and the popup through here.
 */
export default defineBackground(() => {});
