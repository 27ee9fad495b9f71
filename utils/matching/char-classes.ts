/**
 * Facts about single UTF-16 code units, computed lazily and cached in typed arrays.
 *
 * Why lazily: computing them for all 65,536 code units up front costs 20–40 ms, which a
 * content script would pay on every page. A page uses a few hundred distinct code units,
 * so each is computed the first time it is seen (with Unicode-aware built-ins, so the
 * answers are exact for every script) and read from the table afterwards. The fold itself
 * lives in ./fold.ts (the first pass needs it without the rest).
 */
import { foldUnit } from './fold';
import { DIGIT, LOWER, plainClasses, UPPER, WORD } from './plain-classes';
import { TABLED_UNITS, UnitsAbove } from './unit-tables';

export { DROPPED, foldUnit } from './fold';
export { DIGIT, LOWER, UPPER, WORD } from './plain-classes';

export const APOSTROPHE = 16; // any apostrophe (folds to ')
export const DECIMAL_SEPARATOR = 32; // '.' or ',' — inside a number when between digits
const KNOWN = 128;

const LETTER_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const UPPER_CASE = /^[\p{Lu}\p{Lt}]$/u;
const LOWER_CASE = /^\p{Ll}$/u;

// 0 = not computed yet (KNOWN is always set). Units from TABLED_UNITS on: in blocks.
const infoTable = new Uint8Array(TABLED_UNITS);
const infoAbove = new UnitsAbove();

function computeInfo(unit: number): number {
  let bits = KNOWN;
  const plain = plainClasses(unit);
  if (plain >= 0) {
    bits |= plain;
  } else {
    const char = String.fromCharCode(unit);
    if (LETTER_OR_NUMBER.test(char)) bits |= WORD;
    if (DECIMAL_DIGIT.test(char)) bits |= DIGIT;
    if (UPPER_CASE.test(char)) bits |= UPPER;
    if (LOWER_CASE.test(char)) bits |= LOWER;
  }
  if (foldUnit(unit) === 0x27) bits |= APOSTROPHE;
  if (unit === 0x2e || unit === 0x2c) bits |= DECIMAL_SEPARATOR;
  return bits;
}

/** Bit set of WORD, DIGIT, UPPER, LOWER, APOSTROPHE, DECIMAL_SEPARATOR for a raw code unit. */
export function unitInfo(unit: number): number {
  if (unit >= TABLED_UNITS) return infoAbove.learnt(unit, computeInfo);
  let bits = infoTable[unit] as number;
  if (bits === 0) {
    bits = computeInfo(unit);
    infoTable[unit] = bits;
  }
  return bits;
}
