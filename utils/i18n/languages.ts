/**
 * The languages Backstory speaks, and the one function that reads a language tag from the
 * outside world (a page's `lang`, the browser's UI language) as one of them. Pure.
 */
import type { Language } from '../dataset/schema';

export type { Language };

export const LANGUAGES: readonly Language[] = ['en', 'uk', 'ru'];

/**
 * "uk", "uk-UA", "ru_RU", "EN-gb" → the language; anything else (empty, "de", "x-klingon",
 * not a string) → null. Only the primary subtag counts: Backstory has one variety of each.
 */
export function toLanguage(tag: unknown): Language | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === primary) ?? null;
}

/** The language for a browser UI language tag: English for any language Backstory lacks. */
export function uiLanguageFrom(tag: unknown): Language {
  return toLanguage(tag) ?? 'en';
}
