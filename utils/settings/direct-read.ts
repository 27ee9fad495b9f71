/**
 * The stored settings read straight from `storage.sync`, for the content script's first pass
 * (entrypoints/content/). Defining WXT's storage item (./storage.ts) would run the migrations
 * each time, and it is the engine, the popup and the background that own them. A stored value
 * in an older shape reads as the defaults here — at worst the engine loads and reads the
 * settings properly.
 *
 * On a page where the first pass sees no key, all it needs to know is whether the reader asked
 * for every page with Backstory on: that is read from the stored value alone (`everyPage`),
 * and the whole value is sanitized only when the first pass needs more (`full()`: a key was
 * seen, every page was asked for, or the popup asks whether Backstory is on here).
 */
import { browser } from 'wxt/browser';
import { isRecord } from '../guards';
import { type Settings, sanitizeSettings } from './types';

/** The key `sync:settings` of ./storage.ts is stored under. */
const STORED_KEY = 'settings';

export interface DirectSettings {
  /**
   * Whether the settings may ask for every page ("Where: every page") with the master switch
   * on, read without sanitizing the rest: false only where `full()` does not ask for both (for
   * every value storage can hold, exactly `full().enabled && full().where === 'everywhere'`).
   */
  readonly everyPage: boolean;
  /** The settings in full, sanitized on the first call. */
  full(): Settings;
}

/** The settings of a stored value, whatever it holds (see `sanitizeSettings`). */
export function directSettings(raw: unknown): DirectSettings {
  let settings: Settings | undefined;
  return {
    everyPage: asksForEveryPage(raw),
    full() {
      settings ??= sanitizeSettings(raw);
      return settings;
    },
  };
}

/**
 * `sanitizeSettings` keeps `where` only when it is one of the options and turns `enabled` off
 * only when it is `false`; anything it cannot read (not a record, a throwing getter) is the
 * defaults, which ask for pages about the talks.
 */
function asksForEveryPage(raw: unknown): boolean {
  try {
    return isRecord(raw) && raw.where === 'everywhere' && raw.enabled !== false;
  } catch {
    return false;
  }
}

export async function readSettingsDirectly(): Promise<DirectSettings> {
  try {
    const stored = await browser.storage.sync.get(STORED_KEY);
    return directSettings(stored[STORED_KEY]);
  } catch {
    return directSettings(undefined);
  }
}

/** Calls `onChange` with the new settings whenever they change; returns unwatch. */
export function watchSettingsDirectly(onChange: (settings: DirectSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORED_KEY];
    if (area === 'sync' && change !== undefined) onChange(directSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
