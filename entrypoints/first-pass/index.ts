/**
 * The script every http(s) page loads (the manifest's content script, listed by wxt.config.ts):
 * the first pass. It reads the page's text once (utils/page/probe-reader.ts) with the probe
 * alone (utils/gate/probe-scan.ts), which tells at native speed that the text holds none of the
 * few words without which Backstory can show nothing there (utils/gate/keys.ts). Most pages
 * name none of them: for those this is the whole cost — one read of the text and one watch of
 * later changes, in a script that holds little more than that. It touches no extension API there
 * (its `browser` is found on first use: utils/lazy-browser.ts) and builds no WXT content-script
 * context (an unlisted script, not WXT's content script).
 *
 * Where the probe may see a key, it loads the key check (entrypoints/key-check/): the exact
 * automaton, the placement rule, the settings and the engine's wake.
 *
 * With "Where: every page" the engine is loaded everywhere by a second script, which the
 * background registers only while that setting is on (entrypoints/every-page/). The popup
 * asks the engine about its page; with no engine it works the answer out itself.
 */
// No stylesheet here: the ::highlight() rules reach a page with the engine's first highlight
// (utils/highlight-styles.ts), so a page without one has none to recalculate.
import { gateProbe } from 'virtual:backstory-gate';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createProbeScan } from '@/utils/gate/probe-scan';
import { startFirstPass } from './first-pass';

export default defineUnlistedScript(() => {
  // Firefox injects this script at document_idle inside the task that dispatches the page's
  // `load` event (52–78 ms tasks on lemonde-1 and wapo-2, 4–18 ms of them ours): the probe's
  // set-up and first read go to a task of their own rather than lengthen the page's.
  setTimeout(() => startFirstPass(createProbeScan(gateProbe)), 0);
});
