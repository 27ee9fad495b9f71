import { describe, expect, it } from 'vitest';
import { messageParts, translator } from '@/utils/i18n/translate';

describe('plurals through Intl.PluralRules', () => {
  it.each([
    ['en', 1, '1 mention'],
    ['en', 2, '2 mentions'],
    ['en', 0, '0 mentions'],
    ['en', 1000, '1,000 mentions'],
    ['uk', 1, '1 згадка'],
    ['uk', 2, '2 згадки'],
    ['uk', 4, '4 згадки'],
    ['uk', 5, '5 згадок'],
    ['uk', 11, '11 згадок'],
    ['uk', 21, '21 згадка'],
    ['uk', 22, '22 згадки'],
    ['uk', 25, '25 згадок'],
    ['uk', 111, '111 згадок'],
    ['ru', 1, '1 упоминание'],
    ['ru', 3, '3 упоминания'],
    ['ru', 12, '12 упоминаний'],
    ['ru', 31, '31 упоминание'],
    ['ru', 1000, '1 000 упоминаний'],
  ] as const)('%s %d → %s', (lang, count, expected) => {
    // ICU writes the thousands separator as a no-break space in uk and ru.
    expect(
      translator(lang)
        .plural('digest.total', count)
        .replace(/\u00a0/g, ' '),
    ).toBe(expected);
  });

  it('the "once" of English and the fraction forms of uk and ru', () => {
    expect(translator('en').plural('why.pageCount', 1)).toBe('Mentioned once on this page.');
    expect(translator('uk').plural('why.pageCount', 1.5)).toBe('Згадано 1,5 раза на цій сторінці.');
    expect(translator('ru').plural('why.pageCount', 2)).toBe('Упомянуто 2 раза на этой странице.');
    expect(translator('ru').plural('why.pageCount', 5)).toBe('Упомянуто 5 раз на этой странице.');
  });
});

describe('numbers and dates through Intl', () => {
  it.each([
    ['en', 78, '78%'],
    ['uk', 78, '78%'],
    ['ru', 78, '78 %'],
    ['ru', 20, '20 %'],
  ] as const)('%s writes %d percent as %s', (lang, value, expected) => {
    expect(
      translator(lang)
        .percent(value)
        .replace(/\u00a0/g, ' '),
    ).toBe(expected);
  });

  it.each([
    ['en', 'February 18'],
    ['uk', '18 лютого'],
    ['ru', '18 февраля'],
  ] as const)('%s writes the 18th of February as %s', (lang, expected) => {
    expect(translator(lang).dayOfMonth(2, 18)).toBe(expected);
  });

  it('formats a leap day without a year', () => {
    expect(translator('uk').dayOfMonth(2, 29)).toBe('29 лютого');
  });
});

describe('messages', () => {
  it('fills placeholders, and leaves an unfilled one visible rather than inventing text', () => {
    expect(translator('uk').t('card.of', { subject: 'Україна' })).toBe('Стосується: Україна');
    expect(translator('en').t('card.of')).toBe('Of: {subject}');
  });

  it('splits a message into text and placeholders, for messages that hold elements', () => {
    expect(messageParts('On {hostname}, now')).toEqual([
      { text: 'On ' },
      { placeholder: 'hostname' },
      { text: ', now' },
    ]);
  });
});
