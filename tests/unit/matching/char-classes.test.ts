/**
 * The unit classes (utils/matching/char-classes.ts) answer some ranges by comparisons and the
 * rest with Unicode property expressions: on every one of the 65,536 code units, both must give
 * what the expressions alone give.
 */
import { describe, expect, it } from 'vitest';
import {
  APOSTROPHE,
  DECIMAL_SEPARATOR,
  DIGIT,
  foldUnit,
  LOWER,
  UPPER,
  unitInfo,
  WORD,
} from '@/utils/matching/char-classes';

/** The classes' definition, written with the expressions for every unit. */
function definedInfo(unit: number): number {
  const char = String.fromCharCode(unit);
  let bits = 0;
  if (/^[\p{L}\p{M}\p{N}]$/u.test(char)) bits |= WORD;
  if (/^\p{Nd}$/u.test(char)) bits |= DIGIT;
  if (/^[\p{Lu}\p{Lt}]$/u.test(char)) bits |= UPPER;
  if (/^\p{Ll}$/u.test(char)) bits |= LOWER;
  if (foldUnit(unit) === 0x27) bits |= APOSTROPHE;
  if (unit === 0x2e || unit === 0x2c) bits |= DECIMAL_SEPARATOR;
  return bits;
}

const CLASSES = WORD | DIGIT | UPPER | LOWER | APOSTROPHE | DECIMAL_SEPARATOR;

describe('the unit classes', () => {
  it('are those of the definition on every code unit', () => {
    const differ: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if ((unitInfo(unit) & CLASSES) !== definedInfo(unit)) differ.push(unit.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it.each([
    [
      'en: a digit, a capital, a small letter, a space',
      '7Ab ',
      [WORD | DIGIT, WORD | UPPER, WORD | LOWER, 0],
    ],
    [
      'uk: a capital, a small letter, і and ї',
      'Київ',
      [WORD | UPPER, WORD | LOWER, WORD | LOWER, WORD | LOWER],
    ],
    ['ru: ё and a guillemet', 'ё»', [WORD | LOWER, 0]],
    ['a right single quotation mark and a no-break space', '\u2019\u00a0', [APOSTROPHE, 0]],
  ])('%s', (_name, text, expected) => {
    expect([...text].map((char) => unitInfo(char.charCodeAt(0)) & CLASSES)).toEqual(expected);
  });
});
