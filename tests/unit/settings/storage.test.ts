import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  repairStoredSettings,
  saveSettings,
  setSiteEnabled,
  settingsItem,
  watchSettings,
} from '@/utils/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/types';
import { SETTINGS_VERSION } from '@/utils/settings/versions';

/** What is physically stored under the settings key and its version mark. */
async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
  return { value: all.settings, meta: all.settings$ };
}

/** Resolves with the next settings a watcher sees (no sleeping: the change drives it). */
function nextChange(): Promise<Settings> {
  return new Promise((resolve) => {
    const unwatch = watchSettings((settings) => {
      unwatch();
      resolve(settings);
    });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings item', () => {
  it('lives in sync storage under a versioned key', () => {
    expect(settingsItem.key).toBe('sync:settings');
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('reads the defaults when nothing is stored, without writing them', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await stored()).value).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a string', 'on'],
    ['a number', 7],
    ['an array', [1, 2, 3]],
    [
      'a v2 value with every field wrong',
      {
        enabled: 'yes',
        disabledSites: 'example.com',
        categories: null,
        style: 42,
        hoverDelayMs: 'fast',
        firstMentionOnly: 'no',
      },
    ],
  ])('reads the defaults when storage holds %s', async (_name, corrupted) => {
    await fakeBrowser.storage.sync.set({ settings: corrupted, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a partly corrupted value', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, style: 'glow', hoverDelayMs: -1, extra: true },
      settings$: { v: 2 },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 0 });
  });
});

describe('saveSettings', () => {
  it('merges a patch, including one category, and stores it with its version', async () => {
    await saveSettings({ style: 'background' });
    const saved = await saveSettings({ categories: { figures: false } });
    expect(saved).toEqual({
      ...DEFAULT_SETTINGS,
      style: 'background',
      categories: { people: true, institutions: true, figures: false },
    });
    expect(await stored()).toEqual({ value: saved, meta: { v: SETTINGS_VERSION } });
  });

  it('sanitises what it is given before storing it', async () => {
    const saved = await saveSettings({ hoverDelayMs: 99_999, disabledSites: ['WWW.A.COM'] });
    expect(saved.hoverDelayMs).toBe(2000);
    expect(saved.disabledSites).toEqual(['a.com']);
    expect((await stored()).value).toEqual(saved);
  });

  it('applies quick successive patches one after the other, losing none', async () => {
    await Promise.all([
      saveSettings({ enabled: false }),
      saveSettings({ categories: { people: false } }),
      saveSettings({ categories: { institutions: false } }),
      setSiteEnabled('example.com', false),
      setSiteEnabled('example.org', false),
    ]);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      categories: { people: false, institutions: false, figures: true },
      disabledSites: ['example.com', 'example.org'],
    });
  });
});

describe('setSiteEnabled', () => {
  it('adds a site once, by its normalised hostname, and removes it again', async () => {
    await setSiteEnabled('www.Example.com', false);
    await setSiteEnabled('example.com', false);
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);
    await setSiteEnabled('EXAMPLE.com', true);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('ignores something that is not a hostname and writes nothing', async () => {
    await setSiteEnabled('chrome://extensions', false);
    expect((await stored()).value).toBeUndefined();
  });
});

describe('watchSettings', () => {
  it('notifies with sanitised settings when another context writes', async () => {
    const change = nextChange();
    // A write that bypasses saveSettings, as a corrupted sync could.
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, style: 'sparkle' } });
    expect(await change).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('notifies on saveSettings and stops after unwatch', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings({ firstMentionOnly: true });
    unwatch();
    await saveSettings({ firstMentionOnly: false });
    expect(seen.map((settings) => settings.firstMentionOnly)).toEqual([true]);
  });
});

describe('migration v1 → v2', () => {
  const v1 = {
    on: false,
    highlightPeople: true,
    highlightInstitutions: false,
    highlightFigures: true,
    underline: false,
    delaySeconds: 0.5,
    offSites: 'Example.com, news.example.org  www.example.net',
  };

  /**
   * Migrations run when the item is defined, as at browser start after an update: the
   * module is loaded afresh over storage that already holds the old value.
   */
  async function startWith(contents: Record<string, unknown>) {
    await fakeBrowser.storage.sync.set(contents);
    vi.resetModules();
    return import('@/utils/settings/storage');
  }

  it('maps the flat v1 fields to v2 and stores the result with version 2', async () => {
    const fresh = await startWith({ settings: v1 });
    const expected: Settings = {
      enabled: false,
      disabledSites: ['example.com', 'news.example.org', 'example.net'],
      categories: { people: true, institutions: false, figures: true },
      style: 'background',
      hoverDelayMs: 500,
      firstMentionOnly: false,
      where: 'talks',
      cardLanguage: 'page',
    };
    expect(await fresh.loadSettings()).toEqual(expected);
    expect(await stored()).toEqual({ value: expected, meta: { v: 2 } });
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['underline on', { underline: true }, { style: 'underline' }],
    ['no style field', {}, { style: 'underline' }],
    ['a delay beyond the range', { delaySeconds: 30 }, { hoverDelayMs: 2000 }],
    ['a delay as text', { delaySeconds: '1' }, { hoverDelayMs: 300 }],
    ['sites as an array', { offSites: ['example.com'] }, { disabledSites: [] }],
    ['on as a string', { on: 'true' }, { enabled: true }],
  ])('handles a v1 value with %s', async (_name, fields, expected) => {
    const fresh = await startWith({ settings: fields });
    const migrated = { ...DEFAULT_SETTINGS, ...expected };
    expect(await fresh.loadSettings()).toEqual(migrated);
    expect(await stored()).toEqual({ value: migrated, meta: { v: 2 } });
  });

  it('keeps a v2-shaped value whose version mark was lost', async () => {
    const v2: Settings = { ...DEFAULT_SETTINGS, style: 'none', hoverDelayMs: 1200 };
    const fresh = await startWith({ settings: v2 });
    expect(await fresh.loadSettings()).toEqual(v2);
    expect((await stored()).meta).toEqual({ v: 2 });
  });

  it('turns an unreadable v1 value into the defaults instead of failing', async () => {
    const fresh = await startWith({ settings: 'corrupted' });
    expect(await fresh.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual({ value: DEFAULT_SETTINGS, meta: { v: 2 } });
  });

  it('leaves a current v2 value alone', async () => {
    const v2: Settings = { ...DEFAULT_SETTINGS, enabled: false };
    const fresh = await startWith({ settings: v2, settings$: { v: 2 } });
    expect(await fresh.loadSettings()).toEqual(v2);
  });

  it('still reads valid settings from a value written by a newer version', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fresh = await startWith({
      settings: { enabled: false, futureField: 1 },
      settings$: { v: 3 },
    });
    expect(await fresh.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(error).toHaveBeenCalled();
  });
});

describe('repairStoredSettings', () => {
  it('writes nothing when nothing is stored', async () => {
    await repairStoredSettings();
    expect((await stored()).value).toBeUndefined();
  });

  it('rewrites a corrupted stored value as valid settings', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, style: 'glow' },
      settings$: { v: 2 },
    });
    await repairStoredSettings();
    expect((await stored()).value).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});
