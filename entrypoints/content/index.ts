/**
 * The content script every http(s) page loads: the first pass. It reads the page's text once
 * (utils/page/gate-reader.ts) looking for the few words without which Backstory can show
 * nothing there (utils/gate/keys.ts), and only where it finds one does it load the engine
 * (entrypoints/engine/, utils/engine-contract.ts). Most pages name none of them: for those this
 * is the whole cost — one read of the text, one watch of later changes, one message listener.
 *
 * With "Where: every page" the reader asked for general mentions on any page, so the engine is
 * loaded everywhere. While Backstory is off (or off on this site) the engine is not loaded.
 */
// The ::highlight() rules go to the manifest's content-script CSS: no <style> in the page.
import '@/utils/page/highlights.css';
import { gateKeys, gateTables } from 'virtual:backstory-gate';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENGINE_SCRIPT } from '@/utils/engine-contract';
import { createGateScan } from '@/utils/gate/scan';
import { isBackstoryMessage, type PageState } from '@/utils/messages';
import { loadPackagedScript } from '@/utils/packaged-script';
import { createGateReader } from '@/utils/page/gate-reader';
import { releaseQuietly } from '@/utils/release-quietly';
import {
  type DirectSettings,
  readSettingsDirectly,
  watchSettingsDirectly,
} from '@/utils/settings/direct-read';
import { isSiteEnabled, type Settings } from '@/utils/settings/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startFirstPass(ctx);
  },
});

function startFirstPass(ctx: ContentScriptContext): void {
  const hostname = location.hostname;
  let settings: DirectSettings | null = null;
  let keySeen = false;
  let handedOver = false;

  // On overall and not off on this site.
  const isActive = (s: Settings) => isSiteEnabled(s, hostname);

  const reader = createGateReader({
    document,
    scan: createGateScan(gateKeys, gateTables),
    signal: ctx.signal,
    onKey: () => {
      keySeen = true;
      decide();
    },
  });

  // Until the engine runs, the popup's question has a plain answer: nothing here. Answered with
  // `sendResponse`, at once: this script has the browser's own API (modules/browser-api.ts),
  // and Chrome's does not take a returned promise as the answer.
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (response: PageState) => void,
  ): undefined => {
    if (!isBackstoryMessage(message) || message.type !== 'get-page-state') return;
    sendResponse({
      hostname,
      active: settings !== null && isActive(settings.full()),
      total: 0,
      items: [],
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettingsDirectly((next) => {
    settings = next;
    decide();
  });
  const release = () => {
    releaseQuietly(() => browser.runtime.onMessage.removeListener(onMessage));
    releaseQuietly(unwatch);
  };
  ctx.onInvalidated(release);

  /** Loads the engine once a key is seen or every page is wanted, if Backstory is on here. */
  function decide(): void {
    if (handedOver || settings === null) return;
    // Most pages: no key, and the settings ask for pages about the talks. Read no further.
    if (!keySeen && !settings.everyPage) return;
    const full = settings.full();
    if (!isActive(full) || (!keySeen && full.where !== 'everywhere')) return;
    handedOver = true;
    reader.stop();
    loadPackagedScript(ENGINE_SCRIPT)
      .then(async (startEngine) => {
        if (ctx.isInvalid) return;
        await startEngine(ctx);
        // The engine answers the popup and watches the settings from now on; until now this
        // listener did, so the popup never finds nobody to ask.
        release();
      })
      .catch((error: unknown) => {
        console.warn('Backstory: the engine could not be loaded.', error);
      });
  }

  reader.start();
  void readSettingsDirectly().then((loaded) => {
    settings ??= loaded;
    decide();
  });
}
