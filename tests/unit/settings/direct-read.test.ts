import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettingsDirectly, watchSettingsDirectly } from '@/utils/settings/direct-read';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '@/utils/settings/types';
import { SETTINGS_VERSION } from '@/utils/settings/versions';

beforeEach(() => {
  fakeBrowser.reset();
});

// Values storage may hold: current, older and corrupted shapes.
const STORED: [string, unknown][] = [
  ['null', null],
  ['a string', 'everywhere'],
  ['an array', ['everywhere']],
  ['an empty record', {}],
  ['an older shape without where', { enabled: true, disabledSites: ['example.com'] }],
  ['pages about the talks', { ...DEFAULT_SETTINGS }],
  ['every page, switched off', { ...DEFAULT_SETTINGS, where: 'everywhere', enabled: false }],
  ['a site switched off', { ...DEFAULT_SETTINGS, disabledSites: ['www.example.com'] }],
  ['corrupted sites', { disabledSites: 'example.com' }],
];

describe('readSettingsDirectly', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettingsDirectly()).toEqual(DEFAULT_SETTINGS);
  });

  it.each(STORED)('reads what storage.sync holds, sanitized: %s', async (_name, raw) => {
    await fakeBrowser.storage.sync.set({ settings: raw, settings$: { v: SETTINGS_VERSION } });
    expect(await readSettingsDirectly()).toEqual(sanitizeSettings(raw));
  });

  // A value stored before an update, which the background has not migrated yet.
  const V1 = { on: false, offSites: 'a.example, b.example', underline: false, delaySeconds: 2 };
  const olderValues: [
    name: string,
    stored: Record<string, unknown>,
    expected: Partial<Settings>,
  ][] = [
    [
      'v1 without a version mark',
      { settings: V1 },
      { enabled: false, disabledSites: ['a.example', 'b.example'], style: 'background' },
    ],
    ['v1 marked v1', { settings: V1, settings$: { v: 1 } }, { hoverDelayMs: 2000 }],
    ['v1 with a mark that is not one', { settings: V1, settings$: 'v2' }, { enabled: false }],
    [
      'v2 that lost its mark (a partial sync)',
      { settings: { ...DEFAULT_SETTINGS, where: 'everywhere' } },
      { where: 'everywhere' },
    ],
    ['a mark and no value', { settings$: { v: 1 } }, DEFAULT_SETTINGS],
    [
      'v1-shaped fields marked v2 (read as they are: none of them is a v2 field)',
      { settings: V1, settings$: { v: SETTINGS_VERSION } },
      { enabled: true, disabledSites: [], hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs },
    ],
  ];

  it.each(olderValues)('reads %s as the migration makes it', async (_name, stored, expected) => {
    await fakeBrowser.storage.sync.set(stored);
    expect(await readSettingsDirectly()).toMatchObject(expected);
  });

  it.each(olderValues)(
    'reads %s exactly as WXT’s storage item does once it has migrated it',
    async (_name, stored) => {
      await fakeBrowser.storage.sync.set(stored);
      const direct = await readSettingsDirectly();
      // The item migrates when it is defined: its module loaded afresh over the stored value.
      vi.resetModules();
      const item = await import('@/utils/settings/storage');
      expect(await item.loadSettings()).toEqual(direct);
    },
  );

  it('falls back to the defaults when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('no storage'));
    expect(await readSettingsDirectly()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('watchSettingsDirectly', () => {
  it('hands over each new stored value of the sync area, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettingsDirectly((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { enabled: false } });
    await fakeBrowser.storage.local.set({ settings: { where: 'talks' } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { where: 'talks' } });
    expect(seen.map((settings) => settings.enabled)).toEqual([false]);
  });
});
