/**
 * A source's date in the card's language, through `Intl`: "February 2025" / "лютий 2025 р." /
 * "февраль 2025 г.", and the day of the talks as each language writes a day ("February 18",
 * "18 лютого"). Pure: the language comes with the translator.
 */
import type { SourceDate } from '../dataset/schema';
import type { Translator } from './translate';

/** Midnight UTC of an ISO day or month; formatted in UTC, so no time zone moves it a day. */
function utc(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

export function formatSourceDate(date: SourceDate, tr: Translator): string {
  if ('day' in date) {
    return new Intl.DateTimeFormat(tr.lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(utc(date.day));
  }
  const month = new Intl.DateTimeFormat(tr.lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc(date.month));
  if (!date.beforeTalks) return month;
  const [, talksMonth = 1, talksDay = 1] = date.beforeTalks.split('-').map(Number);
  return tr.t('source.dateBeforeTalks', { month, day: tr.dayOfMonth(talksMonth, talksDay) });
}
