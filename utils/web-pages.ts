/**
 * The pages Backstory reads: every http(s) page. One list for the manifest's content script,
 * its host permission and web-accessible files (wxt.config.ts) and the every-page script the
 * background registers (./every-page-script.ts): the registered script must match exactly the
 * pages the manifest grants.
 */
export const WEB_PAGES = ['http://*/*', 'https://*/*'];
