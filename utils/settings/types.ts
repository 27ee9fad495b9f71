/**
 * What the user can set, its defaults, and the one function that turns anything read from
 * storage into valid settings. Pure: components and the page layer import this file, so it
 * knows nothing of storage or `browser.*`.
 */
import { isOneOf, isRecord } from '../guards';
import { CARD_LANGUAGE_SETTINGS, type CardLanguageSetting } from '../i18n/card-language';
// The page layer declares what it needs to draw highlights; the settings map onto it.
import type { PageSettings } from '../page/types';
import {
  CATEGORIES,
  type Category,
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  WHERE_OPTIONS,
  type Where,
} from '../vocabulary';

export { CARD_LANGUAGE_SETTINGS, type CardLanguageSetting };

export interface Settings {
  /** Master switch: off means no scanning and no highlights anywhere. */
  enabled: boolean;
  /** Sites where Backstory stays off, as normalised hostnames (see `normalizeHostname`). */
  disabledSites: string[];
  categories: Record<Category, boolean>;
  style: HighlightStyle;
  /** How long the pointer rests on a mention before its popover opens. */
  hoverDelayMs: number;
  /** Highlight only the first mention of each entity or figure on a page. */
  firstMentionOnly: boolean;
  /** Show general mentions (US, Trump, figures…) only on pages about the talks, or everywhere. */
  where: Where;
  /** The language of the cards: as the page (default), as the browser, or one language. */
  cardLanguage: CardLanguageSetting;
}

/** A change to some settings; categories may be changed one at a time. */
export type SettingsPatch = Partial<Omit<Settings, 'categories'>> & {
  categories?: Partial<Record<Category, boolean>>;
};

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

/**
 * Settings live in `storage.sync`, whose items are limited to 8 KB each. A hundred hostnames
 * stay far below that; past it the oldest entries are dropped first.
 */
export const MAX_DISABLED_SITES = 100;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  categories: { people: true, institutions: true, figures: true },
  style: 'underline',
  hoverDelayMs: 300,
  firstMentionOnly: false,
  where: 'talks',
  cardLanguage: 'page',
});

/** A fresh, mutable copy of the defaults (the frozen constant must never leak into state). */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    disabledSites: [],
    categories: { ...DEFAULT_SETTINGS.categories },
  };
}

// A DNS name (letters, digits, hyphens, dots; IDNs arrive as punycode from `location.hostname`),
// an IPv4 address, or a bracketed IPv6 address. Anything else is not a hostname we could match.
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The form in which a site is stored and compared: lower case, no trailing dot, no leading
 * "www." (a reader who turns Backstory off on www.example.com means example.com too).
 * Returns null for anything that is not a hostname.
 */
export function normalizeHostname(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let host = raw.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  if (IPV6.test(host) || HOSTNAME.test(host)) return host;
  return null;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function sanitizeDisabledSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = new Set<string>();
  // Walk from the end so that, past the cap, the most recently added sites are the ones kept.
  for (let i = value.length - 1; i >= 0 && sites.size < MAX_DISABLED_SITES; i--) {
    const host = normalizeHostname(value[i]);
    if (host !== null) sites.add(host);
  }
  return [...sites].reverse();
}

function sanitizeCategories(value: unknown): Record<Category, boolean> {
  const source = isRecord(value) ? value : {};
  const categories = defaultSettings().categories;
  for (const category of CATEGORIES) {
    categories[category] = booleanOr(source[category], categories[category]);
  }
  return categories;
}

function sanitizeStyle(value: unknown): HighlightStyle {
  return isOneOf(HIGHLIGHT_STYLES, value) ? value : DEFAULT_SETTINGS.style;
}

function sanitizeWhere(value: unknown): Where {
  return isOneOf(WHERE_OPTIONS, value) ? value : DEFAULT_SETTINGS.where;
}

function sanitizeCardLanguage(value: unknown): CardLanguageSetting {
  return isOneOf(CARD_LANGUAGE_SETTINGS, value) ? value : DEFAULT_SETTINGS.cardLanguage;
}

/** Clamped to the allowed range and rounded to whole milliseconds; non-numbers get the default. */
export function sanitizeHoverDelay(value: unknown): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, number)));
}

/**
 * Valid settings from anything: each valid field is kept, each invalid or missing field gets
 * its default, unknown keys are dropped. Never throws, so corrupted storage (hand edits, a
 * failed sync, an older or newer shape) can never break the extension.
 */
export function sanitizeSettings(raw: unknown): Settings {
  try {
    return sanitizeRecord(isRecord(raw) ? raw : {});
  } catch {
    // Only exotic objects (a throwing getter) get here; storage yields plain JSON.
    return defaultSettings();
  }
}

function sanitizeRecord(source: Record<string, unknown>): Settings {
  return {
    enabled: booleanOr(source.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: sanitizeDisabledSites(source.disabledSites),
    categories: sanitizeCategories(source.categories),
    style: sanitizeStyle(source.style),
    hoverDelayMs: sanitizeHoverDelay(source.hoverDelayMs),
    firstMentionOnly: booleanOr(source.firstMentionOnly, DEFAULT_SETTINGS.firstMentionOnly),
    // Settings stored before this option existed have none: they get the default.
    where: sanitizeWhere(source.where),
    cardLanguage: sanitizeCardLanguage(source.cardLanguage),
  };
}

/** Whether the site itself is on the user's list of sites to leave alone. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  return host !== null && settings.disabledSites.includes(host);
}

/** Whether Backstory should run on a page of this hostname: on overall and not off here. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteDisabled(settings, hostname);
}

/** The subset of settings the page layer draws with. */
export function pageSettings(settings: Settings): PageSettings {
  return {
    categories: { ...settings.categories },
    style: settings.style,
    firstMentionOnly: settings.firstMentionOnly,
    where: settings.where,
  };
}
