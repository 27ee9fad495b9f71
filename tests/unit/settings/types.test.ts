import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  isSiteEnabled,
  MAX_DISABLED_SITES,
  normalizeHostname,
  pageSettings,
  type Settings,
  sanitizeSettings,
} from '@/utils/settings/types';

describe('defaults', () => {
  it('turn everything on with underlines, a 300 ms delay, every mention, on pages about the talks', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledSites: [],
      categories: { people: true, institutions: true, figures: true },
      style: 'underline',
      hoverDelayMs: 300,
      firstMentionOnly: false,
      where: 'talks',
      cardLanguage: 'page',
    });
  });

  it('are handed out as copies that cannot change the constant', () => {
    const copy = defaultSettings();
    copy.categories.people = false;
    copy.disabledSites.push('example.com');
    expect(DEFAULT_SETTINGS.categories.people).toBe(true);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(sanitizeSettings(undefined).categories).not.toBe(DEFAULT_SETTINGS.categories);
  });
});

describe('sanitizeSettings', () => {
  const valid: Settings = {
    enabled: false,
    disabledSites: ['example.com', 'news.example.org'],
    categories: { people: false, institutions: true, figures: false },
    style: 'background',
    hoverDelayMs: 750,
    firstMentionOnly: true,
    where: 'everywhere',
    cardLanguage: 'uk',
  };

  it('keeps valid settings as they are', () => {
    expect(sanitizeSettings(valid)).toEqual(valid);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'enabled'],
    ['a number', 42],
    ['an array', [true, false]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  // Each row corrupts one field; that field falls back, every other field is kept.
  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['enabled as a string', { enabled: 'false' }, { enabled: true }],
    ['enabled as null', { enabled: null }, { enabled: true }],
    ['disabledSites as a string', { disabledSites: 'example.com' }, { disabledSites: [] }],
    ['disabledSites as an object', { disabledSites: { 0: 'a.com' } }, { disabledSites: [] }],
    [
      'categories as an array',
      { categories: [false, false, false] },
      { categories: { people: true, institutions: true, figures: true } },
    ],
    [
      'one category as a number',
      { categories: { people: 0, institutions: true, figures: false } },
      { categories: { people: true, institutions: true, figures: false } },
    ],
    [
      'a missing category',
      { categories: { people: false, figures: false } },
      { categories: { people: false, institutions: true, figures: false } },
    ],
    ['an unknown style', { style: 'blink' }, { style: 'underline' }],
    ['style in capitals', { style: 'BACKGROUND' }, { style: 'underline' }],
    ['a negative delay', { hoverDelayMs: -50 }, { hoverDelayMs: 0 }],
    ['a huge delay', { hoverDelayMs: 1e12 }, { hoverDelayMs: 2000 }],
    ['an infinite delay', { hoverDelayMs: Number.POSITIVE_INFINITY }, { hoverDelayMs: 2000 }],
    ['a NaN delay', { hoverDelayMs: Number.NaN }, { hoverDelayMs: 300 }],
    ['a fractional delay', { hoverDelayMs: 412.6 }, { hoverDelayMs: 413 }],
    ['a numeric-string delay', { hoverDelayMs: '500' }, { hoverDelayMs: 500 }],
    ['a word as delay', { hoverDelayMs: 'slow' }, { hoverDelayMs: 300 }],
    ['a boolean as delay', { hoverDelayMs: true }, { hoverDelayMs: 300 }],
    ['firstMentionOnly as 1', { firstMentionOnly: 1 }, { firstMentionOnly: false }],
    ['an unknown "where"', { where: 'nowhere' }, { where: 'talks' }],
    ['settings stored before "where" existed', { where: undefined }, { where: 'talks' }],
    ['an unknown card language', { cardLanguage: 'de' }, { cardLanguage: 'page' }],
    ['a card language tag with a region', { cardLanguage: 'uk-UA' }, { cardLanguage: 'page' }],
    ['a card language as a number', { cardLanguage: 1 }, { cardLanguage: 'page' }],
  ])('replaces %s by its default and keeps the other fields', (_name, corruption, expected) => {
    expect(sanitizeSettings({ ...valid, ...corruption })).toEqual({ ...valid, ...expected });
  });

  it('drops unknown keys, including prototype tricks', () => {
    const raw = JSON.parse('{"enabled":false,"theme":"pink","__proto__":{"enabled":true}}');
    const result = sanitizeSettings(raw);
    expect(result.enabled).toBe(false);
    expect(Object.keys(result).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('normalises and dedupes hostnames and drops what is not one', () => {
    const result = sanitizeSettings({
      disabledSites: [
        'Example.COM',
        'www.example.com',
        'example.com.',
        ' news.example.org ',
        '',
        'not a host',
        'https://example.net/page',
        42,
        null,
        { host: 'x.com' },
        'localhost',
        '192.168.0.1',
        '[::1]',
      ],
    });
    expect(result.disabledSites).toEqual([
      'example.com',
      'news.example.org',
      'localhost',
      '192.168.0.1',
      '[::1]',
    ]);
  });

  it('caps a huge list of sites, keeping the most recently added', () => {
    const sites = Array.from({ length: 50_000 }, (_, i) => `site${i}.example`);
    const result = sanitizeSettings({ disabledSites: sites });
    expect(result.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(result.disabledSites.at(-1)).toBe('site49999.example');
    expect(result.disabledSites[0]).toBe(`site${50_000 - MAX_DISABLED_SITES}.example`);
  });

  it.each<[string, unknown]>([
    ['an object without a prototype', Object.create(null)],
    ['a symbol', Symbol('settings')],
    ['a function', () => true],
    ['a date', new Date()],
    ['a sparse array of sites', { disabledSites: new Array(10) }],
    [
      'an object whose getters throw',
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      ),
    ],
  ])('gives the defaults, without throwing, for %s', (_name, raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['Example.com', 'example.com'],
    ['www.Example.com', 'example.com'],
    ['www.', 'www'],
    ['xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
    ['', null],
    ['exa mple.com', null],
    ['example.com/path', null],
    [`${'a'.repeat(64)}.com`, null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeHostname(raw)).toBe(expected);
  });
});

describe('isSiteEnabled', () => {
  const settings = sanitizeSettings({ disabledSites: ['example.com'] });

  it.each([
    ['a site not on the list', 'news.example.org', true],
    ['a site on the list', 'example.com', false],
    ['the same site with www and capitals', 'WWW.Example.com', false],
    ['a subdomain of a listed site', 'news.example.com', true],
    ['a page without a hostname', '', true],
  ])('is %s → %s', (_name, hostname, expected) => {
    expect(isSiteEnabled(settings, hostname)).toBe(expected);
  });

  it('is false everywhere when Backstory is off', () => {
    expect(isSiteEnabled({ ...settings, enabled: false }, 'news.example.org')).toBe(false);
  });
});

describe('pageSettings', () => {
  it('gives the page layer categories, style, first-mention-only and where, as a copy', () => {
    const settings = sanitizeSettings({
      style: 'none',
      firstMentionOnly: true,
      where: 'everywhere',
    });
    const forPage = pageSettings(settings);
    expect(forPage).toEqual({
      categories: { people: true, institutions: true, figures: true },
      style: 'none',
      firstMentionOnly: true,
      where: 'everywhere',
    });
    forPage.categories.people = false;
    expect(settings.categories.people).toBe(true);
  });
});
