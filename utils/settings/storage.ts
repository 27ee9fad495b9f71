/**
 * The settings storage item, declared once. Every read passes through `sanitizeSettings`, so
 * whatever is in storage — an older shape, a hand edit, a half-synced value — comes out valid.
 *
 * Stored in `storage.sync`: these are the reader's preferences and follow them across browsers
 * signed in to the same account (Firefox without a signed-in account keeps them locally).
 *
 * Versions of the stored value and their migration: ./versions.ts.
 */
import { storage } from 'wxt/utils/storage';
import {
  defaultSettings,
  normalizeHostname,
  type Settings,
  type SettingsPatch,
  sanitizeSettings,
} from './types';
import { migrateSettingsV1ToV2, SETTINGS_VERSION } from './versions';

export type { SettingsPatch } from './types';

function defineSettingsItem() {
  // Typed `unknown` on purpose: storage can hold anything, so nothing may use a stored value
  // without `sanitizeSettings`. The fallback applies when nothing is stored.
  return storage.defineItem<unknown>('sync:settings', {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    migrations: { 2: migrateSettingsV1ToV2 },
  });
}

export const settingsItem = defineSettingsItem();

/** The current settings, always valid (defaults when storage cannot be read at all). */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch (error) {
    console.warn('Backstory: settings could not be read; using defaults.', error);
    return defaultSettings();
  }
}

// Writes from one page are applied one after the other, so two quick changes in the popup
// (each a read-modify-write) cannot overwrite each other.
let writes: Promise<unknown> = Promise.resolve();

function updateSettings(patchFor: (current: Settings) => SettingsPatch): Promise<Settings> {
  const write = writes.then(async () => {
    const current = await loadSettings();
    const patch = patchFor(current);
    const next = sanitizeSettings({
      ...current,
      ...patch,
      categories: { ...current.categories, ...patch.categories },
    });
    await settingsItem.setValue(next);
    return next;
  });
  writes = write.catch(() => undefined);
  return write;
}

/** Merges a patch into the stored settings, sanitises and stores the result, and returns it. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  return updateSettings(() => patch);
}

/** Calls `onChange` with valid settings whenever they change in any context; returns unwatch. */
export function watchSettings(
  onChange: (settings: Settings, previous: Settings) => void,
): () => void {
  return settingsItem.watch((next, previous) =>
    onChange(sanitizeSettings(next), sanitizeSettings(previous)),
  );
}

/** Turns Backstory on or off for one site. Hostnames that are not valid change nothing. */
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
  const host = normalizeHostname(hostname);
  if (host === null) return loadSettings();
  return updateSettings((current) => {
    const others = current.disabledSites.filter((site) => site !== host);
    return { disabledSites: enabled ? others : [...others, host] };
  });
}

/**
 * After an install or update: waits for migrations, then rewrites a stored value that is
 * not valid as its sanitised form. Nothing stored means nothing is written — the defaults
 * come from the fallback, and writing them on install could race Chrome Sync and replace
 * settings the reader already has on another device.
 */
export async function repairStoredSettings(): Promise<void> {
  // With nothing stored this reads the fallback, which is already valid: no write.
  const stored = await settingsItem.getValue();
  const valid = sanitizeSettings(stored);
  if (JSON.stringify(stored) !== JSON.stringify(valid)) {
    await settingsItem.setValue(valid);
  }
}
