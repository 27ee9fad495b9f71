/**
 * What the popup knows of its tab's page. Where the engine runs it answers `get-page-state`
 * itself. Where it does not — most pages: the first pass found no key there, and listens to
 * nobody so that such pages never touch the extension API — `tabs.sendMessage` finds no
 * receiving end; on a web page that means "nothing found here", and whether Backstory is on
 * there follows from the settings the popup already has.
 */
import { browser } from 'wxt/browser';
import { FIRST_PASS_MARK, hasFirstPassMark } from '@/utils/first-pass-mark';
import { type PageState, requestPageState } from '@/utils/messages';
import { isSiteEnabled, type Settings } from '@/utils/settings/types';

/** The engine's answer; a web page without one (`quiet`); null: a page Backstory cannot read. */
export type TabPage = { kind: 'answered'; state: PageState } | { kind: 'quiet'; hostname: string };

/** The active tab of the popup's window: its id and, where the extension may see it, its address. */
export async function activeTab(): Promise<{ id: number; url: string | undefined } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** The hostname of a page the first pass runs on (http and https), or null for any other. */
export function webPageHostname(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return web && parsed.hostname !== '' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Asks the tab's page; null when nobody answers and it is not a web page, or it is one the
 * first pass never ran on (in Chrome, a tab opened before Backstory was installed: the popup
 * then asks for a reload).
 */
export async function readTabPage(tab: { id: number; url: string | undefined }) {
  const state = await requestPageState(tab.id);
  if (state !== null) return { kind: 'answered', state } satisfies TabPage;
  const hostname = webPageHostname(tab.url);
  if (hostname === null || !(await firstPassRan(tab.id))) return null;
  return { kind: 'quiet', hostname } satisfies TabPage;
}

/** Whether the first pass left its mark in the tab (utils/first-pass-mark.ts). */
async function firstPassRan(tabId: number): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: hasFirstPassMark,
      args: [FIRST_PASS_MARK],
    });
    return injection?.result === true;
  } catch {
    // A page the extension may not script: nothing of Backstory runs there either.
    return false;
  }
}

/** The page's state as the digest shows it; undefined while the settings are loading. */
export function pageStateOf(
  page: TabPage | null | undefined,
  settings: Settings | undefined,
): PageState | null | undefined {
  if (page === undefined || page === null) return page;
  if (page.kind === 'answered') return page.state;
  if (settings === undefined) return undefined;
  return {
    hostname: page.hostname,
    active: isSiteEnabled(settings, page.hostname),
    total: 0,
    items: [],
  };
}
