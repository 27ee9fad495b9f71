/**
 * The first pass's second script: the exact check of a page whose text the probe may hold a key
 * in (entrypoints/first-pass/ loads it then, utils/key-check-contract.ts). It reads the page's
 * text nodes in batches, the keys' automaton only around the probe's matches (`locateAll` in
 * utils/gate/scan.ts), passes over keys that can lead to nothing shown (site chrome, a country
 * picker, inside a longer word: utils/page/key-placement.ts), and only for a
 * key that may show reads the settings and, where Backstory is on, loads the engine
 * (./wake-engine.ts). Not in the manifest: most pages never need it, and a script every page
 * loads is compiled on every page.
 */
import { gateKeys, gateTables } from 'virtual:backstory-gate';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createGateScan } from '@/utils/gate/scan';
import { KEY_CHECK_SCRIPT } from '@/utils/key-check-contract';
import { registerExport } from '@/utils/packaged-script';
import { registerSharedCode } from '@/utils/shared-code';
import { startKeyCheck } from './key-check';
import { LENT_MODULES } from './lent-modules';

export default defineUnlistedScript(() => {
  // For the engine, which reads these modules from here rather than carrying its own.
  registerSharedCode(LENT_MODULES);
  registerExport(KEY_CHECK_SCRIPT, (at) => startKeyCheck(createGateScan(gateKeys, gateTables), at));
});
