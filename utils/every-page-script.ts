/**
 * "Where: every page" without the first pass reading the settings on every page: while the
 * reader asks for every page with Backstory on, the background registers a second content
 * script (entrypoints/every-page/) that loads the engine whatever the page's text, and
 * unregisters it otherwise. The registration persists across browser sessions; the background
 * checks it against the settings whenever it starts and whenever they change. Pages already
 * open when the setting changes follow on their next load, except the popup's own tab, into
 * which the popup runs the script at once.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './settings/types';
import { WEB_PAGES } from './web-pages';

/** The registered script's id and file (built from entrypoints/every-page/). */
export const EVERY_PAGE_SCRIPT = { id: 'backstory-every-page', file: '/every-page.js' } as const;

/** Whether the settings ask for the engine on every page (sites switched off: the engine idles). */
export function wantsEveryPage(settings: Settings): boolean {
  return settings.enabled && settings.where === 'everywhere';
}

/**
 * Returns a function that registers or unregisters the every-page script to match the
 * settings it is given. Calls are applied one after another, in order, so that two quick
 * changes never register the script twice.
 */
export function everyPageRegistration(): (settings: Settings) => Promise<void> {
  let queue = Promise.resolve();
  return (settings) => {
    const wanted = wantsEveryPage(settings);
    queue = queue
      .then(() => applyRegistration(wanted))
      .catch((error: unknown) => {
        console.warn('Backstory: the every-page script could not be (un)registered.', error);
      });
    return queue;
  };
}

async function applyRegistration(wanted: boolean): Promise<void> {
  const { id, file } = EVERY_PAGE_SCRIPT;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  const present = registered.length > 0;
  if (wanted && !present) {
    await browser.scripting.registerContentScripts([
      { id, matches: WEB_PAGES, js: [file], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!wanted && present) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
}

/**
 * Runs the every-page script in a tab now (the popup's tab, after the switch to every page).
 * Permitted by the host permission of web pages (or activeTab); other pages reject, quietly.
 */
export async function runEveryPageScriptIn(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [EVERY_PAGE_SCRIPT.file],
    });
  } catch {
    // A page no extension may script (the browser's own pages, the web store): nothing to do.
  }
}
