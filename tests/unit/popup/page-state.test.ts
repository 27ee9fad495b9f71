// The popup's view of its tab's page where no engine answers (most pages: the first pass found
// no key and listens to nobody) — "nothing found here", with the on/off state from the settings.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageStateOf, readTabPage, webPageHostname } from '@/entrypoints/popup/page-state';
import { FIRST_PASS_MARK, hasFirstPassMark, markFirstPass } from '@/utils/first-pass-mark';
import type { PageState } from '@/utils/messages';
import { defaultSettings, type Settings } from '@/utils/settings/types';

const noReceiver = () =>
  vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));

/**
 * `scripting.executeScript` as the browser runs it in the tab's isolated world: here the test's
 * own global object stands for that world, so the mark is the one `markFirstPass` really left.
 */
const executeInThisWorld = () =>
  vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async (injection: {
      func: (...args: unknown[]) => unknown;
      args?: unknown[];
    }) => [{ frameId: 0, result: injection.func(...(injection.args ?? [])) }]) as never);

const forgetFirstPass = () => {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(FIRST_PASS_MARK)];
};

beforeEach(() => {
  fakeBrowser.reset();
  forgetFirstPass();
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

  it('reads no receiver on a web page the first pass ran on as a quiet page of that host', async () => {
    noReceiver();
    executeInThisWorld();
    markFirstPass();
    expect(await readTabPage({ id: 3, url: 'https://www.bbc.com/russian' })).toEqual({
      kind: 'quiet',
      hostname: 'www.bbc.com',
    });
  });

  it('reads a web page the first pass never ran on (opened before the install) as unreadable', async () => {
    noReceiver();
    const run = executeInThisWorld();
    expect(await readTabPage({ id: 3, url: 'https://www.bbc.com/russian' })).toBeNull();
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3 } }));
  });

  it('reads a web page the extension may not script as unreadable', async () => {
    noReceiver();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of the page.'),
    );
    markFirstPass();
    expect(await readTabPage({ id: 3, url: 'https://chromewebstore.google.com/' })).toBeNull();
  });

  it.each([
    ['the browser’s own page', 'chrome://newtab/'],
    ['an address the extension may not see', undefined],
  ])('reads no receiver on %s as a page Backstory cannot read', async (_what, url) => {
    noReceiver();
    expect(await readTabPage({ id: 3, url })).toBeNull();
  });
});

describe('the first pass’s mark', () => {
  it('is found only after the first pass left it, and only under its own key', () => {
    expect(hasFirstPassMark(FIRST_PASS_MARK)).toBe(false);
    markFirstPass();
    expect(hasFirstPassMark(FIRST_PASS_MARK)).toBe(true);
    expect(hasFirstPassMark('backstory.something-else')).toBe(false);
  });

  it('is a function that uses nothing from around it (executeScript sends only its source)', () => {
    markFirstPass();
    const alone = new Function(`return (${hasFirstPassMark.toString()})`)() as (
      mark: string,
    ) => boolean;
    expect(alone(FIRST_PASS_MARK)).toBe(true);
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
