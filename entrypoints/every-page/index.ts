/**
 * Loads the engine on a page whatever its text: "Where: every page". Not in the manifest: the
 * background registers it as a content script only while the reader asks for every page with
 * Backstory on (entrypoints/background.ts), and the popup runs it in its own tab when the
 * reader switches to every page there, so that the current page follows without a reload. The
 * first pass may wake the engine too (a key on the page): the engine starts once.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionPresent } from '@/utils/extension-present';
import { wakeEngineWhereOn } from '../key-check/wake-engine';

export default defineUnlistedScript(() => {
  // On a site the reader switched off, the engine is not loaded until it is switched on again.
  if (extensionPresent()) wakeEngineWhereOn(new AbortController().signal);
});
