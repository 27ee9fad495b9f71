// The popup's view of its tab's page where no engine answers (most pages: the first pass found
// no key and listens to nobody) — "nothing found here", with the on/off state from the settings.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageStateOf, readTabPage, webPageHostname } from '@/entrypoints/popup/page-state';
import type { PageState } from '@/utils/messages';
import { defaultSettings, type Settings } from '@/utils/settings/types';

const noReceiver = () =>
  vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('webPageHostname', () => {
  it.each([
    ['https://www.pravda.com.ua/news/2025/', 'www.pravda.com.ua'],
    ['http://127.0.0.1:8080/fixtures/blank.html', '127.0.0.1'],
    ['https://kommersant.ru/doc/1?from=main#top', 'kommersant.ru'],
    // The page's own location.hostname is the ASCII form too.
    ['https://пример.укр/статья', 'xn--e1afmkfd.xn--j1amh'],
    ['https://example.com', 'example.com'],
  ])('%s → %s', (url, hostname) => {
    expect(webPageHostname(url)).toBe(hostname);
  });

  it.each([
    ['chrome://extensions/'],
    ['about:blank'],
    ['about:addons'],
    ['moz-extension://1234/popup.html'],
    ['chrome-extension://abc/popup.html'],
    ['file:///home/reader/page.html'],
    ['view-source:https://example.com/'],
    ['not a url'],
    [''],
  ])('%s is not a page the first pass runs on', (url) => {
    expect(webPageHostname(url)).toBeNull();
  });

  it('is null where the extension may not see the address', () => {
    expect(webPageHostname(undefined)).toBeNull();
  });
});

describe('readTabPage', () => {
  const state: PageState = { hostname: 'example.com', active: true, total: 2, items: [] };

  it('takes the engine’s answer where it runs', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(state);
    expect(await readTabPage({ id: 3, url: 'https://example.com/a' })).toEqual({
      kind: 'answered',
      state,
    });
  });

  it('reads no receiver on a web page as a quiet page of that host', async () => {
    noReceiver();
    expect(await readTabPage({ id: 3, url: 'https://www.bbc.com/russian' })).toEqual({
      kind: 'quiet',
      hostname: 'www.bbc.com',
    });
  });

  it.each([
    ['the browser’s own page', 'chrome://newtab/'],
    ['an address the extension may not see', undefined],
  ])('reads no receiver on %s as a page Backstory cannot read', async (_what, url) => {
    noReceiver();
    expect(await readTabPage({ id: 3, url })).toBeNull();
  });
});

describe('pageStateOf', () => {
  const quiet = { kind: 'quiet', hostname: 'lenta.ru' } as const;
  const settings = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

  it('says nothing found, and on, where Backstory is on', () => {
    expect(pageStateOf(quiet, settings({}))).toEqual({
      hostname: 'lenta.ru',
      active: true,
      total: 0,
      items: [],
    });
  });

  it.each([
    ['switched off overall', settings({ enabled: false })],
    ['switched off on this site', settings({ disabledSites: ['lenta.ru'] })],
  ])('says off where Backstory is %s', (_what, given) => {
    expect(pageStateOf(quiet, given)?.active).toBe(false);
  });

  it('stays on on a site whose neighbour is switched off', () => {
    expect(pageStateOf(quiet, settings({ disabledSites: ['ria.ru'] }))?.active).toBe(true);
  });

  it('waits for the settings, and passes the engine’s answer and the unreadable through', () => {
    expect(pageStateOf(quiet, undefined)).toBeUndefined();
    expect(pageStateOf(undefined, settings({}))).toBeUndefined();
    expect(pageStateOf(null, settings({}))).toBeNull();
    const state: PageState = { hostname: 'lenta.ru', active: false, total: 0, items: [] };
    expect(pageStateOf({ kind: 'answered', state }, settings({}))).toBe(state);
  });
});
