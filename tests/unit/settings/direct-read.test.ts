import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettingsDirectly, watchSettingsDirectly } from '@/utils/settings/direct-read';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '@/utils/settings/types';

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
    await fakeBrowser.storage.sync.set({ settings: raw });
    expect(await readSettingsDirectly()).toEqual(sanitizeSettings(raw));
  });

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
