/**
 * The matcher's test before it loads the quote check for a block that names the speaker of a
 * translated quote (utils/quotes/translation.ts, `mayHoldTranslation`): a mark that opens a
 * quotation and a Cyrillic letter. It must never say no where `findTranslations` would find one,
 * which the table checks case by case; our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { findTranslations, mayHoldTranslation } from '@/utils/quotes/translation';

const translation = 'Гавань залишається відкритою для всіх суден цієї весни.';
const quotes = [{ index: 0, speaker: 'brook', translations: [translation] }];

/** Every "Brook" in the text as a mention of the speaker. */
function namedBrook(text: string) {
  const named = [];
  for (let at = text.indexOf('Brook'); at !== -1; at = text.indexOf('Brook', at + 1)) {
    named.push({ start: at, end: at + 5, id: 'brook' });
  }
  return named;
}

// [what, text, may hold a translation, holds the translation of quote 0]
const cases: [string, string, boolean, boolean][] = [
  ['Ukrainian, «»', `Brook сказав: «${translation}»`, true, true],
  ['Ukrainian, „“', `Brook сказав: „${translation}“`, true, true],
  ['Ukrainian, “”', `Brook сказав: “${translation}”`, true, true],
  ['Russian, «» around another sentence', 'Brook сказал: «Мы обсудим это позже».', true, false],
  ['English, “”', 'Brook said: “The harbour stays open for every ship this spring.”', false, false],
  ['English, «»', 'Brook said: «The harbour stays open for every ship this spring.»', false, false],
  ['Cyrillic without a quotation', `Brook сказав, що ${translation}`, false, false],
  ['Cyrillic between straight quotes', `Brook сказав: "${translation}"`, false, false],
  // A yes is allowed where there is none: the check then looks and finds nothing.
  ['Cyrillic between reversed marks', `Brook сказав: »${translation}«`, true, false],
  [
    'Cyrillic between straight quotes, English in «»',
    `Brook «said»: "${translation}"`,
    true,
    false,
  ],
  ['nothing but the name', 'Brook.', false, false],
  ['Serbian Cyrillic, „“', 'Brook је рекао: „Лука остаје отворена.“', true, false],
  ['a letter of Cyrillic Extended-D', `Brook: «\u{1E030}»`, true, false],
  ['an empty text', '', false, false],
];

describe('mayHoldTranslation', () => {
  it.each(cases)('%s', (_, text, may, holds) => {
    expect(mayHoldTranslation(text)).toBe(may);
    const found = findTranslations(text, namedBrook(text), quotes);
    expect(found.length > 0).toBe(holds);
    // Never no where a translation is found.
    if (found.length > 0) expect(mayHoldTranslation(text)).toBe(true);
  });
});
