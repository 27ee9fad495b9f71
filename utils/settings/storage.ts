/**
 * The settings storage item, declared once. Every read passes through `sanitizeSettings`, so
 * whatever is in storage — an older shape, a hand edit, a half-synced value — comes out valid.
 *
 * Stored in `storage.sync`: these are the reader's preferences and follow them across browsers
 * signed in to the same account (Firefox without a signed-in account keeps them locally).
 *
 * Versions of the stored value under the key `settings`:
 *
 * - v1 (the first previews, before versioning; read as v1 because it carries no version) was
 *   one flat object:
 *   `{ on: boolean, highlightPeople: boolean, highlightInstitutions: boolean,
 *      highlightFigures: boolean, underline: boolean, delaySeconds: number, offSites: string }`
 *   where `underline: false` meant a background fill, `delaySeconds` was the hover delay in
 *   seconds and `offSites` a comma- or space-separated list of hostnames.
 * - v2 (current) is `Settings` from ./types: grouped categories, a three-way `style`,
 *   `hoverDelayMs` in milliseconds, `disabledSites` as an array, and `firstMentionOnly`.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord } from '../guards';
import {
  defaultSettings,
  normalizeHostname,
  type Settings,
  type SettingsPatch,
  sanitizeSettings,
} from './types';

export type { SettingsPatch } from './types';

export const SETTINGS_VERSION = 2;

/** Field names as the v1 previews stored them. Every field may be missing or wrong. */
interface SettingsV1 {
  on?: unknown;
  highlightPeople?: unknown;
  highlightInstitutions?: unknown;
  highlightFigures?: unknown;
  underline?: unknown;
  delaySeconds?: unknown;
  offSites?: unknown;
}

/**
 * v1 → v2. Maps the flat v1 fields to the v2 shape and sanitises the result. A value that is
 * already v2-shaped (its version mark was lost, e.g. by a partial sync) passes through, and
 * anything unreadable becomes the defaults: a migration that throws would leave the value
 * unmigrated on every start.
 */
export function migrateSettingsV1ToV2(old: unknown): Settings {
  if (!isRecord(old)) return defaultSettings();
  if ('enabled' in old || 'categories' in old) return sanitizeSettings(old);
  const v1 = old as SettingsV1;
  const delaySeconds = typeof v1.delaySeconds === 'number' ? v1.delaySeconds : undefined;
  return sanitizeSettings({
    enabled: v1.on,
    disabledSites: typeof v1.offSites === 'string' ? v1.offSites.split(/[\s,]+/) : [],
    categories: {
      people: v1.highlightPeople,
      institutions: v1.highlightInstitutions,
      figures: v1.highlightFigures,
    },
    style: v1.underline === true ? 'underline' : v1.underline === false ? 'background' : undefined,
    hoverDelayMs: delaySeconds === undefined ? undefined : delaySeconds * 1000,
  });
}

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
