/**
 * The stored settings read straight from `storage.sync`, for the first pass
 * (entrypoints/first-pass/), once it has seen a key on the page. Defining WXT's storage item
 * (./storage.ts) would run the migrations each time, and it is the engine, the popup and the
 * background that own them. A stored value in an older shape reads as the defaults here — at
 * worst the engine loads and reads the settings properly.
 */
import { browser } from 'wxt/browser';
import { type Settings, sanitizeSettings } from './types';

/** The key `sync:settings` of ./storage.ts is stored under. */
const STORED_KEY = 'settings';

export async function readSettingsDirectly(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(STORED_KEY);
    return sanitizeSettings(stored[STORED_KEY]);
  } catch {
    return sanitizeSettings(undefined);
  }
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
