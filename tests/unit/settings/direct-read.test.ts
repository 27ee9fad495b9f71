import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type DirectSettings,
  directSettings,
  readSettingsDirectly,
  watchSettingsDirectly,
} from '@/utils/settings/direct-read';
import { DEFAULT_SETTINGS, sanitizeSettings } from '@/utils/settings/types';

beforeEach(() => {
  fakeBrowser.reset();
});

/** What the first pass decides from full settings: every page, with Backstory on. */
const fullAsksForEveryPage = (raw: unknown) => {
  const settings = sanitizeSettings(raw);
  return settings.enabled && settings.where === 'everywhere';
};

// Values storage may hold: current, older and corrupted shapes.
const STORED: [string, unknown][] = [
  ['nothing stored', undefined],
  ['null', null],
  ['a string', 'everywhere'],
  ['an array', ['everywhere']],
  ['an empty record', {}],
  ['an older shape without where', { enabled: true, disabledSites: ['example.com'] }],
  ['pages about the talks', { ...DEFAULT_SETTINGS }],
  ['every page', { ...DEFAULT_SETTINGS, where: 'everywhere' }],
  ['every page, switched off', { ...DEFAULT_SETTINGS, where: 'everywhere', enabled: false }],
  ['every page, switch not a boolean', { where: 'everywhere', enabled: 'false' }],
  ['every page, nothing else', { where: 'everywhere' }],
  ['a where in another case', { where: 'Everywhere' }],
  ['an unknown where', { where: 'anywhere' }],
  ['every page, corrupted sites', { where: 'everywhere', disabledSites: 'example.com' }],
];

describe('directSettings', () => {
  it.each(STORED)('reads every page as the full settings do: %s', (_name, raw) => {
    const settings = directSettings(raw);
    expect(settings.everyPage).toBe(fullAsksForEveryPage(raw));
    expect(settings.full()).toEqual(sanitizeSettings(raw));
  });

  it('never says no where the full settings say yes, even for a throwing getter', () => {
    const hostile = {
      where: 'everywhere',
      get disabledSites(): never {
        throw new Error('hostile');
      },
    };
    const settings = directSettings(hostile);
    // The full settings fall back to the defaults; the quick check may say yes too often only.
    expect(settings.full()).toEqual(sanitizeSettings(undefined));
    expect(settings.everyPage || !fullAsksForEveryPage(hostile)).toBe(true);
    const throwingWhere = {
      get where(): never {
        throw new Error('hostile');
      },
    };
    expect(directSettings(throwingWhere).everyPage).toBe(false);
  });

  it('sanitizes only when the full settings are asked for, and once', () => {
    const raw = { where: 'talks', disabledSites: ['www.example.com'] };
    const getter = vi.fn(() => raw.disabledSites);
    const watched = Object.defineProperty({ where: 'talks' }, 'disabledSites', {
      get: getter,
      enumerable: true,
    });
    const settings = directSettings(watched);
    expect(settings.everyPage).toBe(false);
    expect(getter).not.toHaveBeenCalled();
    expect(settings.full().disabledSites).toEqual(['example.com']);
    expect(settings.full()).toBe(settings.full());
    expect(getter).toHaveBeenCalledTimes(1);
  });
});

describe('readSettingsDirectly', () => {
  it('reads the defaults when nothing is stored', async () => {
    const settings = await readSettingsDirectly();
    expect(settings.everyPage).toBe(false);
    expect(settings.full()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what storage.sync holds under the settings key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, where: 'everywhere' } });
    const settings = await readSettingsDirectly();
    expect(settings.everyPage).toBe(true);
    expect(settings.full().where).toBe('everywhere');
  });

  it('falls back to the defaults when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('no storage'));
    const settings = await readSettingsDirectly();
    expect(settings.everyPage).toBe(false);
    expect(settings.full()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('watchSettingsDirectly', () => {
  it('hands over each new stored value of the sync area, until unwatched', async () => {
    const seen: DirectSettings[] = [];
    const unwatch = watchSettingsDirectly((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { where: 'everywhere' } });
    await fakeBrowser.storage.local.set({ settings: { where: 'talks' } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { where: 'talks' } });
    expect(seen.map((settings) => settings.everyPage)).toEqual([true]);
  });
});
