// "Where: every page": the every-page script is registered exactly while the settings ask for
// every page with Backstory on, by the background at its start and on every change.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import {
  EVERY_PAGE_SCRIPT,
  everyPageRegistration,
  runEveryPageScriptIn,
  wantsEveryPage,
} from '@/utils/every-page-script';
import { saveSettings } from '@/utils/settings/storage';
import { defaultSettings, type Settings } from '@/utils/settings/types';

/** The browser's registry of content scripts, as the fake browser lacks `scripting`. */
function fakeRegistry() {
  const ids = new Set<string>();
  const registered: unknown[] = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async (filter) =>
      [...ids].filter((id) => filter?.ids?.includes(id) ?? true).map((id) => ({ id }) as never),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    // Each call yields first, as the browser does: a second call may start meanwhile.
    await Promise.resolve();
    for (const script of scripts) {
      if (ids.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      ids.add(script.id);
      registered.push(script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...ids]) ids.delete(id);
  });
  return { ids, registered };
}

const settings = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('wantsEveryPage', () => {
  it.each([
    [{ where: 'everywhere' }, true],
    [{ where: 'everywhere', disabledSites: ['lenta.ru'] }, true],
    [{ where: 'everywhere', enabled: false }, false],
    [{ where: 'talks' }, false],
    [{}, false],
  ] satisfies [Partial<Settings>, boolean][])('%o → %s', (patch, wanted) => {
    expect(wantsEveryPage(settings(patch))).toBe(wanted);
  });
});

describe('everyPageRegistration', () => {
  it('registers the script on web pages, persistent, once however quickly it is asked', async () => {
    const { ids, registered } = fakeRegistry();
    const apply = everyPageRegistration();
    await Promise.all([
      apply(settings({ where: 'everywhere' })),
      apply(settings({ where: 'everywhere' })),
    ]);
    expect([...ids]).toEqual([EVERY_PAGE_SCRIPT.id]);
    expect(registered).toEqual([
      {
        id: EVERY_PAGE_SCRIPT.id,
        matches: ['http://*/*', 'https://*/*'],
        js: [EVERY_PAGE_SCRIPT.file],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('unregisters it when the reader turns back to pages about the talks, or Backstory off', async () => {
    const { ids } = fakeRegistry();
    const apply = everyPageRegistration();
    await apply(settings({ where: 'everywhere' }));
    await apply(settings({ where: 'talks' }));
    expect([...ids]).toEqual([]);
    await apply(settings({ where: 'everywhere' }));
    await apply(settings({ where: 'everywhere', enabled: false }));
    expect([...ids]).toEqual([]);
  });

  it('applies the last of quick changes', async () => {
    const { ids } = fakeRegistry();
    const apply = everyPageRegistration();
    void apply(settings({ where: 'everywhere' }));
    void apply(settings({ where: 'talks' }));
    await apply(settings({ where: 'everywhere' }));
    expect([...ids]).toEqual([EVERY_PAGE_SCRIPT.id]);
  });

  it('survives a refused call and applies the next', async () => {
    const { ids } = fakeRegistry();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.mocked(fakeBrowser.scripting.getRegisteredContentScripts).mockRejectedValueOnce(
      new Error('refused'),
    );
    const apply = everyPageRegistration();
    await apply(settings({ where: 'everywhere' }));
    expect([...ids]).toEqual([]);
    await apply(settings({ where: 'everywhere' }));
    expect([...ids]).toEqual([EVERY_PAGE_SCRIPT.id]);
  });
});

describe('the background', () => {
  const start = () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    background.main();
  };

  it('registers nothing with the default settings', async () => {
    const { ids } = fakeRegistry();
    start();
    await vi.waitFor(() =>
      expect(fakeBrowser.scripting.getRegisteredContentScripts).toHaveBeenCalled(),
    );
    expect([...ids]).toEqual([]);
  });

  it('follows the stored settings at its start and on each change', async () => {
    const { ids } = fakeRegistry();
    await saveSettings({ where: 'everywhere' });
    start();
    await vi.waitFor(() => expect([...ids]).toEqual([EVERY_PAGE_SCRIPT.id]));
    await saveSettings({ where: 'talks' });
    await vi.waitFor(() => expect([...ids]).toEqual([]));
    await saveSettings({ where: 'everywhere' });
    await vi.waitFor(() => expect([...ids]).toEqual([EVERY_PAGE_SCRIPT.id]));
    await saveSettings({ enabled: false });
    await vi.waitFor(() => expect([...ids]).toEqual([]));
  });
});

describe('runEveryPageScriptIn', () => {
  it('runs the script in the top frame of the tab', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await runEveryPageScriptIn(9);
    expect(run).toHaveBeenCalledWith({
      target: { tabId: 9, frameIds: [0] },
      files: [EVERY_PAGE_SCRIPT.file],
    });
  });

  it('is quiet on a page no extension may script', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    await expect(runEveryPageScriptIn(9)).resolves.toBeUndefined();
  });
});
