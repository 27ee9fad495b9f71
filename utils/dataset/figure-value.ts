/**
 * A figure's value as a reader should see it — "78%", "about 20%", "February 18" / "78 %",
 * "близько 20%", "18 лютого" — the same in the card and in the popup's list, so an approximate
 * figure never loses its "about". Numbers and dates are written by `Intl` for the language.
 */
import { type Translator, translator } from '../i18n/translate';
import type { Figure } from './schema';

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "February 18" / "18 February" → { month: 2, day: 18 }; anything else → null. */
export function parseDayOfMonth(text: string): { month: number; day: number } | null {
  const trimmed = text.trim();
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?$/.exec(trimmed);
  const name = (monthFirst?.[1] ?? dayFirst?.[2] ?? '').toLowerCase();
  const day = Number(monthFirst?.[2] ?? dayFirst?.[1]);
  const month = ENGLISH_MONTHS.findIndex((full) => name.length >= 3 && full.startsWith(name)) + 1;
  if (month === 0 || !Number.isInteger(day) || day < 1 || day > 31) return null;
  return { month, day };
}

export function figureValueText(
  figure: Pick<Figure, 'value' | 'unit' | 'approximate'>,
  tr: Translator = translator('en'),
): string {
  let text: string;
  if (typeof figure.value === 'number') {
    text = figure.unit === 'percent' ? tr.percent(figure.value) : String(figure.value);
  } else {
    const date = figure.unit === 'date' ? parseDayOfMonth(figure.value) : null;
    text = date ? tr.dayOfMonth(date.month, date.day) : figure.value;
  }
  return figure.approximate ? tr.t('figure.approximate', { value: text }) : text;
}
