/**
 * The stored settings' versions, apart from WXT's storage item (./storage.ts) so that the
 * content scripts' direct reader (./direct-read.ts) reads an older value the way the item's
 * migration would, without loading the storage library.
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
import { isRecord } from '../guards';
import { defaultSettings, type Settings, sanitizeSettings } from './types';

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
