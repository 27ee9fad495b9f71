import { describe, expect, it } from 'vitest';
import {
  type CardLanguageSignals,
  resolveCardLanguage,
  ruleLanguage,
} from '@/utils/i18n/card-language';
import { toLanguage, uiLanguageFrom } from '@/utils/i18n/languages';

type Row = [
  what: string,
  setting: CardLanguageSignals['setting'],
  rule: string,
  pageLang: string | null,
  browserLang: 'en' | 'uk' | 'ru',
  expected: 'en' | 'uk' | 'ru',
];

describe('the card language', () => {
  it.each<Row>([
    // As the page (the default).
    ['a Ukrainian form on a Ukrainian page', 'page', 'alias:surname:uk', 'uk', 'en', 'uk'],
    ['a Russian form on a Russian page', 'page', 'alias:surname:ru', 'ru-RU', 'en', 'ru'],
    ['a form both share, read as ru, on a uk page', 'page', 'alias:name:ru', 'uk-UA', 'en', 'uk'],
    ['a form both share, read as uk, on a ru page', 'page', 'alias:name:uk', 'ru', 'en', 'ru'],
    ['a Russian quote on an English page', 'page', 'alias:full:ru', 'en', 'en', 'ru'],
    ['a Ukrainian form on a page without lang', 'page', 'alias:surname:uk', null, 'en', 'uk'],
    ['a Ukrainian form on a German page', 'page', 'alias:surname:uk', 'de', 'ru', 'uk'],
    ['"NATO" on a Ukrainian page', 'page', 'alias:acronym:en', 'uk', 'en', 'uk'],
    ['"78%" on a Russian page', 'page', 'figure-form:en', 'ru', 'en', 'ru'],
    ['"Lavrov" on an English page, browser in uk', 'page', 'alias:surname:en', 'en-GB', 'uk', 'en'],
    ['"Lavrov" on a page without lang', 'page', 'alias:surname:en', null, 'uk', 'uk'],
    ['"Lavrov" on a French page', 'page', 'alias:surname:en', 'fr', 'ru', 'ru'],
    ['a rule of unknown shape on a uk page', 'page', 'something-new', 'uk', 'en', 'uk'],
    ['a rule of unknown shape, nothing known', 'page', 'something-new', '', 'ru', 'ru'],
    // As the browser, and fixed languages, whatever the page.
    ['browser: a Russian form on a Russian page', 'browser', 'alias:surname:ru', 'ru', 'uk', 'uk'],
    ['browser: English', 'browser', 'alias:surname:uk', 'uk', 'en', 'en'],
    ['en: a Ukrainian page', 'en', 'alias:surname:uk', 'uk', 'uk', 'en'],
    ['uk: an English page', 'uk', 'alias:surname:en', 'en', 'en', 'uk'],
    ['ru: a Ukrainian page', 'ru', 'alias:surname:uk', 'uk', 'uk', 'ru'],
  ])('%s → %s', (_what, setting, rule, pageLang, browserLang, expected) => {
    expect(resolveCardLanguage({ setting, rule, pageLang, browserLang })).toBe(expected);
  });
});

describe('language tags', () => {
  it.each([
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['RU_ru', 'ru'],
    [' en-GB ', 'en'],
    ['de', null],
    ['', null],
    ['ukr', null],
    [null, null],
    [42, null],
  ])('%j → %j', (tag, expected) => {
    expect(toLanguage(tag)).toBe(expected);
  });

  it('the browser language falls back to English', () => {
    expect(uiLanguageFrom('pl')).toBe('en');
    expect(uiLanguageFrom('ru-UA')).toBe('ru');
  });

  it.each([
    ['alias:surname:ru', 'ru'],
    ['figure-form:uk', 'uk'],
    ['alias:full:en', 'en'],
    ['alias', null],
    ['alias:surname:de', null],
  ])('the rule %s was written in %j', (rule, expected) => {
    expect(ruleLanguage(rule)).toBe(expected);
  });
});
