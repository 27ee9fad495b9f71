/**
 * Unit classes answered by comparisons alone, shared by the engine's unit classes
 * (./char-classes.ts) and the key check's word-start test (utils/gate/exact-scan.ts), which
 * must agree and which both would otherwise compile Unicode property expressions for them.
 */

export const WORD = 1; // letter, combining mark or number: part of a word
export const DIGIT = 2; // decimal digit
export const UPPER = 4; // upper-case or title-case letter
export const LOWER = 8; // lower-case letter

/**
 * WORD, DIGIT, UPPER and LOWER by comparisons where they are plain (ASCII, basic Cyrillic, and
 * the no-break space, guillemets and general punctuation, which are none of them); -1
 * elsewhere. The property expressions cost about a millisecond to compile on a page, which
 * then pays it only for a letter or mark past these (tests/unit/matching/char-classes.test.ts
 * checks every unit against them).
 */
export function plainClasses(unit: number): number {
  if (unit < 0x80) {
    if (unit >= 0x30 && unit <= 0x39) return WORD | DIGIT;
    if (unit >= 0x41 && unit <= 0x5a) return WORD | UPPER;
    if (unit >= 0x61 && unit <= 0x7a) return WORD | LOWER;
    return 0;
  }
  if (unit >= 0x0400 && unit <= 0x042f) return WORD | UPPER; // Ѐ–Џ, А–Я
  if (unit >= 0x0430 && unit <= 0x045f) return WORD | LOWER; // а–я, ѐ–џ
  if (unit === 0xa0 || unit === 0xab || unit === 0xbb || (unit >= 0x2000 && unit <= 0x206f)) {
    return 0;
  }
  return -1;
}
