/**
 * The stored settings read straight from `storage.sync`, for the content scripts: the key check
 * (entrypoints/key-check/), once the first pass has seen a key on the page, and the engine.
 * Defining WXT's storage item (./storage.ts) would load the storage library into every page the
 * engine loads on (~9 KB of its script), run the migrations there each time, and cost two more
 * storage round trips; the background and the popup own the item and its migrations. A value
 * still in an older shape (stored before an update, not yet migrated by the background) reads
 * as the migration would make it.
 */
import { browser } from 'wxt/browser';
import { isRecord } from '../guards';
import { type Settings, sanitizeSettings } from './types';
import { migrateSettingsV1ToV2, SETTINGS_VERSION } from './versions';

/** The key `sync:settings` of ./storage.ts is stored under, and its version mark's (WXT's). */
const STORED_KEY = 'settings';
const VERSION_KEY = 'settings$';

export async function readSettingsDirectly(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get([STORED_KEY, VERSION_KEY]);
    return settingsOfStored(stored[STORED_KEY], stored[VERSION_KEY]);
  } catch {
    return sanitizeSettings(undefined);
  }
}

/** A stored value as current settings: migrated where its version mark says it is older. */
function settingsOfStored(value: unknown, versionMark: unknown): Settings {
  // No mark on a stored value: v1, from before versioning (WXT's storage reads it the same way).
  const version = isRecord(versionMark) && typeof versionMark.v === 'number' ? versionMark.v : 1;
  return value != null && version < SETTINGS_VERSION
    ? migrateSettingsV1ToV2(value)
    : sanitizeSettings(value);
}

/** Calls `onChange` with the new settings whenever they change; returns unwatch. */
export function watchSettingsDirectly(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORED_KEY];
    if (area === 'sync' && change !== undefined) onChange(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
