/**
 * What the popup knows of its tab's page. Where the engine runs it answers `get-page-state`
 * itself. Where it does not — most pages: the first pass found no key there, and listens to
 * nobody so that such pages never touch the extension API — `tabs.sendMessage` finds no
 * receiving end; on a web page that means "nothing found here", and whether Backstory is on
 * there follows from the settings the popup already has.
 */
import { browser } from 'wxt/browser';
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

/** Asks the tab's page; null when nobody answers and it is not a web page. */
export async function readTabPage(tab: { id: number; url: string | undefined }) {
  const state = await requestPageState(tab.id);
  if (state !== null) return { kind: 'answered', state } satisfies TabPage;
  const hostname = webPageHostname(tab.url);
  return hostname === null ? null : ({ kind: 'quiet', hostname } satisfies TabPage);
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
