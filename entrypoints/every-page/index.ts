/**
 * Loads the engine on a page whatever its text: "Where: every page". Not in the manifest: the
 * background registers it as a content script only while the reader asks for every page with
 * Backstory on (entrypoints/background.ts), and the popup runs it in its own tab when the
 * reader switches to every page there, so that the current page follows without a reload. The
 * first pass may wake the engine too (a key on the page): the engine starts once.
 */
import { gateKeys, gateTables } from 'virtual:backstory-gate';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionPresent } from '@/utils/extension-present';
import { createGateScan } from '@/utils/gate/scan';
import { wakeEngineWhereOn } from '../key-check/wake-engine';

export default defineUnlistedScript(() => {
  // On a site the reader switched off, the engine is not loaded until it is switched on again.
  // The engine searches the page for the first pass's keys with the scan it is handed (its
  // automaton is built on its first read, so a page where the engine never loads builds none).
  if (extensionPresent()) {
    wakeEngineWhereOn(new AbortController().signal, {
      keyScan: createGateScan(gateKeys, gateTables),
    });
  }
});
