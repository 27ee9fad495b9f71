/**
 * Messages, plurals, numbers and dates in one language. Pure: the language is an argument,
 * never read from the browser, so the card can follow its own setting while the popup follows
 * the browser, and every language can be tested side by side.
 */
import type { Language } from '../dataset/schema';
import { CATALOGUES, type Message, type MessageKey } from './catalogue';

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly lang: Language;
  /** The message for `key` with `{placeholders}` filled; numbers formatted for the language. */
  t(key: MessageKey, params?: Params): string;
  /** A plural message for `count` (available to it as `{count}`). */
  plural(key: MessageKey, count: number, params?: Params): string;
  /** 1234 → "1,234" / "1 234". */
  number(value: number): string;
  /** 78 → "78%" (en, uk) / "78 %" (ru), as `Intl` writes percentages in the language. */
  percent(value: number): string;
  /** A day of a month (month 1–12) without a year: "February 18", "18 лютого", "18 февраля". */
  dayOfMonth(month: number, day: number): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function isPluralMessage(message: Message): message is Exclude<Message, string> {
  return typeof message === 'object';
}

/** Splits a message into text and placeholder names, in order: for messages that hold markup. */
export function messageParts(message: string): { text?: string; placeholder?: string }[] {
  const parts: { text?: string; placeholder?: string }[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: message.slice(last, index) });
    parts.push({ placeholder: match[1] ?? '' });
    last = index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}

const translators = new Map<Language, Translator>();

export function translator(lang: Language): Translator {
  const cached = translators.get(lang);
  if (cached) return cached;
  const catalogue = CATALOGUES[lang];
  const numbers = new Intl.NumberFormat(lang);
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(lang);
  // A leap year, so February 29 formats too; the year itself is never shown.
  const days = new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' });

  const fill = (template: string, params: Params | undefined): string =>
    template.replace(PLACEHOLDER, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });

  const raw = (key: MessageKey): Message => catalogue[key] ?? CATALOGUES.en[key];

  const created: Translator = {
    lang,
    t(key, params) {
      const message = raw(key);
      return fill(isPluralMessage(message) ? message.other : message, params);
    },
    plural(key, count, params) {
      const message = raw(key);
      if (!isPluralMessage(message)) return fill(message, { ...params, count });
      const forms: Partial<Record<Intl.LDMLPluralRule, string>> = message;
      const form = forms[plurals.select(count)] ?? message.other;
      return fill(form, { ...params, count });
    },
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value / 100),
    dayOfMonth: (month, day) => days.format(Date.UTC(2024, month - 1, day)),
  };
  translators.set(lang, created);
  return created;
}
