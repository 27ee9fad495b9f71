/**
 * Which language a card is shown in. Pure: the content script reads the page and the browser,
 * this decides.
 *
 * "As the page" (the default) reads two signals:
 * - the mention's own language: the language of the dataset form that matched ("Лаврова" is
 *   Russian, "Лаврову" Ukrainian, "Lavrov" English), the last part of the matcher's `rule`;
 * - the page's language: the `lang` attribute nearest to the mention (or the document's).
 *
 * | mention form | page `lang`      | card                                                     |
 * | ------------ | ---------------- | -------------------------------------------------------- |
 * | uk or ru     | uk or ru         | the page's: many Cyrillic forms are the same in both     |
 * | uk or ru     | en, other, none  | the mention's: the text around it is in that language    |
 * | en           | en, uk or ru     | the page's: Latin forms ("NATO", "78%") occur in all three |
 * | en           | other, none      | the browser's: nothing on the page says which language   |
 * | unknown      | en, uk or ru     | the page's                                               |
 * | unknown      | other, none      | the browser's                                            |
 */
import type { Language } from '../dataset/schema';
import { LANGUAGES, toLanguage } from './languages';

export const CARD_LANGUAGE_SETTINGS = ['page', 'browser', ...LANGUAGES] as const;
export type CardLanguageSetting = (typeof CARD_LANGUAGE_SETTINGS)[number];

export interface CardLanguageSignals {
  setting: CardLanguageSetting;
  /** The matcher's rule for the mention, e.g. "alias:surname:ru" or "figure-form:uk". */
  rule: string;
  /** The `lang` attribute that applies to the mention, as written ("uk-UA"), if any. */
  pageLang: string | null | undefined;
  /** The browser's UI language as a Backstory language. */
  browserLang: Language;
}

/** The language of the dataset form a rule matched: its last part, when it is a language. */
export function ruleLanguage(rule: string): Language | null {
  const parts = rule.split(':');
  return parts.length > 1 ? toLanguage(parts[parts.length - 1]) : null;
}

export function resolveCardLanguage(signals: CardLanguageSignals): Language {
  const { setting, browserLang } = signals;
  if (setting === 'browser') return browserLang;
  if (setting !== 'page') return setting;
  const mention = ruleLanguage(signals.rule);
  const page = toLanguage(signals.pageLang);
  if (mention === 'uk' || mention === 'ru') return page === 'uk' || page === 'ru' ? page : mention;
  return page ?? browserLang;
}
