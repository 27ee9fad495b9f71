/**
 * A source's date, written by Intl in each language: a day, a month, and a month with the day
 * of the talks it came before. Every row is our own example, not the dataset's.
 */
import { describe, expect, it } from 'vitest';
import type { Language, SourceDate } from '@/utils/dataset/schema';
import { formatSourceDate } from '@/utils/i18n/source-date';
import { translator } from '@/utils/i18n/translate';

const rows: [SourceDate, Language, string][] = [
  [{ day: '2025-02-18' }, 'en', 'February 18, 2025'],
  [{ day: '2025-02-18' }, 'uk', '18 лютого 2025 р.'],
  [{ day: '2025-02-18' }, 'ru', '18 февраля 2025 г.'],
  [{ month: '2024-11' }, 'en', 'November 2024'],
  [{ month: '2024-11' }, 'uk', 'листопад 2024 р.'],
  [{ month: '2024-11' }, 'ru', 'ноябрь 2024 г.'],
  [{ month: '2025-03', beforeTalks: '2025-03-11' }, 'en', 'March 2025, before the March 11 talks'],
  [
    { month: '2025-03', beforeTalks: '2025-03-11' },
    'uk',
    'березень 2025 р., до переговорів 11 березня',
  ],
  [{ month: '2025-03', beforeTalks: '2025-03-11' }, 'ru', 'март 2025 г., до переговоров 11 марта'],
  // The first and last days of a month stay in it, whatever the machine's time zone.
  [{ day: '2025-01-01' }, 'en', 'January 1, 2025'],
  [{ day: '2024-12-31' }, 'uk', '31 грудня 2024 р.'],
];

describe('formatSourceDate', () => {
  it.each(rows)('%j in %s: %s', (date, lang, expected) => {
    expect(formatSourceDate(date, translator(lang)).replace(/\s/g, ' ')).toBe(expected);
  });
});
