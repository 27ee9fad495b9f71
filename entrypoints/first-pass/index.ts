/**
 * The script every http(s) page loads (the manifest's content script, listed by wxt.config.ts):
 * the first pass. It reads the page's text once (utils/page/gate-reader.ts) looking for the few
 * words without which Backstory can show nothing there (utils/gate/keys.ts), and only where it
 * finds one does it read the settings and, if Backstory is on here, load the engine
 * (entrypoints/engine/, ./wake-engine.ts). Most pages name none of them: for those this is the
 * whole cost — one read of the text and one watch of later changes. It touches no extension
 * API there (its `browser` is found on first use: utils/lazy-browser.ts) and builds no WXT
 * content-script context (an unlisted script, not WXT's content script).
 *
 * With "Where: every page" the engine is loaded everywhere by a second script, which the
 * background registers only while that setting is on (entrypoints/every-page/). The popup
 * asks the engine about its page; with no engine it works the answer out itself.
 */
// No stylesheet here: the ::highlight() rules reach a page with the engine
// (utils/highlight-styles.ts), so a page without a key has none to recalculate.
import { gateKeys, gateTables } from 'virtual:backstory-gate';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createGateScan } from '@/utils/gate/scan';
import { startFirstPass } from './first-pass';

export default defineUnlistedScript(() => {
  startFirstPass(createGateScan(gateKeys, gateTables));
});
