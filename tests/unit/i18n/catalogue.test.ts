/**
 * The catalogue is complete in every language and holds nothing dead: a key missing or empty in
 * any language, a plural without the forms its language needs, a placeholder one language
 * lacks, a key no code uses, or a manifest text over a store's limit fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeMessages, MANIFEST_MESSAGES } from '@/modules/locales';
import { CATALOGUES, MESSAGE_KEYS, type Message } from '@/utils/i18n/catalogue';
import { LANGUAGES } from '@/utils/i18n/languages';

const ROOT = join(import.meta.dirname, '../../..');
/** Where the code that shows messages lives (tests and the catalogue itself do not count). */
const CODE_DIRS = ['components', 'entrypoints', 'utils', 'modules'];
const CATALOGUE_FILE = join('utils', 'i18n', 'catalogue.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = CODE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .filter((path) => relative(ROOT, path) !== CATALOGUE_FILE)
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function placeholders(message: Message): string[] {
  return [
    ...new Set(forms(message).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
  ]
    .filter((name): name is string => name !== undefined)
    .sort();
}

describe('the message catalogue', () => {
  it.each(LANGUAGES.map((lang) => [lang]))('%s has every key, none empty', (lang) => {
    const catalogue = CATALOGUES[lang];
    expect(Object.keys(catalogue).sort()).toEqual([...MESSAGE_KEYS].sort());
    const empty = MESSAGE_KEYS.filter((key) =>
      forms(catalogue[key]).some((form) => form.trim() === ''),
    );
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES.map((lang) => [lang]))(
    '%s plurals have every form Intl.PluralRules picks in that language',
    (lang) => {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of MESSAGE_KEYS) {
        const message = CATALOGUES[lang][key];
        const english = CATALOGUES.en[key];
        // Plural in one language means plural in all: the code calls `plural` for it.
        expect(typeof message, key).toBe(typeof english);
        if (typeof message === 'string') continue;
        for (const category of needed) {
          expect(message, `${lang} ${key}`).toHaveProperty(category);
        }
      }
    },
  );

  it.each(LANGUAGES.filter((lang) => lang !== 'en').map((lang) => [lang]))(
    '%s messages use the same placeholders as the English',
    (lang) => {
      const differ = MESSAGE_KEYS.filter(
        (key) =>
          JSON.stringify(placeholders(CATALOGUES[lang][key])) !==
          JSON.stringify(placeholders(CATALOGUES.en[key])),
      );
      expect(differ).toEqual([]);
    },
  );

  it('has no key that the code does not use', () => {
    const unused = MESSAGE_KEYS.filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`),
    );
    expect(unused).toEqual([]);
  });

  it('finds an unused key when there is one (the check above can fail)', () => {
    expect(code.includes("'settings.noSuchKey'")).toBe(false);
    expect(code.includes("'settings.enabled'")).toBe(true);
  });
});

describe('the manifest texts (_locales)', () => {
  it.each(LANGUAGES.map((lang) => [lang]))(
    '%s fits the stores: name ≤ 45 (Chrome short name), description ≤ 132 (Chrome)',
    (lang) => {
      const messages = localeMessages(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(MANIFEST_MESSAGES).sort());
      expect(messages.extName?.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
      for (const { message } of Object.values(messages)) expect(message.trim()).not.toBe('');
    },
  );

  it('the built manifest asks for every message it uses, and each exists', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/msg\('(\w+)'\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(MANIFEST_MESSAGES)).toContain(name);
    expect(config).toContain("default_locale: 'en'");
  });
});
