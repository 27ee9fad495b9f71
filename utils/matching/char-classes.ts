/**
 * Facts about single UTF-16 code units, computed lazily and cached in typed arrays.
 *
 * Why lazily: computing them for all 65,536 code units up front costs 20–40 ms, which a
 * content script would pay on every page. A page uses a few hundred distinct code units,
 * so each is computed the first time it is seen (with Unicode-aware built-ins, so the
 * answers are exact for every script) and read from the table afterwards.
 */

/** `foldUnit` result for a code unit that is dropped before matching. */
export const DROPPED = 0xffff;

export const WORD = 1; // letter, combining mark or number: part of a word
export const DIGIT = 2; // decimal digit
export const UPPER = 4; // upper-case or title-case letter
export const LOWER = 8; // lower-case letter
export const APOSTROPHE = 16; // any apostrophe (folds to ')
export const DECIMAL_SEPARATOR = 32; // '.' or ',' — inside a number when between digits
const KNOWN = 128;

/**
 * Invisible characters that may sit inside a word on real pages: soft hyphen, zero-width
 * space/joiners, word joiner, BOM, bidi marks and isolates, Mongolian vowel separator.
 */
const IGNORABLE =
  /^[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\uffff]$/;
/** Every JavaScript white space (`\s`) except U+FEFF, which is ignorable above. */
const WHITE_SPACE = /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;
/** Right and left single quotes, modifier letter apostrophe (Ukrainian), prime, grave, acute. */
const APOSTROPHES = /^['\u2018\u2019\u201b\u02bc\u02b9\u2032\u0060\u00b4\uff07]$/;
/** Curly double quotes, low quotes, guillemets, double prime, fullwidth quote. */
const DOUBLE_QUOTES = /^["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02]$/;
/** Hyphen, non-breaking hyphen, minus sign. */
const HYPHENS = /^[\u2010\u2011\u2212]$/;

const LETTER_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const UPPER_CASE = /^[\p{Lu}\p{Lt}]$/u;
const LOWER_CASE = /^\p{Ll}$/u;

const foldTable = new Uint16Array(0x10000); // 0 = not computed yet (U+0000 folds to a space)
const infoTable = new Uint8Array(0x10000); // 0 = not computed yet (KNOWN is always set)

function computeFold(unit: number): number {
  const char = String.fromCharCode(unit);
  if (unit === 0) return 0x20;
  if (IGNORABLE.test(char)) return DROPPED;
  if (WHITE_SPACE.test(char)) return 0x20;
  if (APOSTROPHES.test(char)) return 0x27;
  if (DOUBLE_QUOTES.test(char)) return 0x22;
  if (HYPHENS.test(char)) return 0x2d;
  if (unit === 0x0130) return 0x69; // İ lower-cases to two code units: fold to i
  const lower = char.toLowerCase();
  // One code unit in, one out: a mapping that changes length would break the offset map.
  const folded = lower.length === 1 ? lower.charCodeAt(0) : unit;
  return folded === 0x0451 ? 0x0435 : folded; // ё → е
}

/**
 * The code unit `unit` becomes before matching: lower-cased (per unit, length-preserving),
 * ё → е, every apostrophe → ', every double quote → ", hyphen variants → -, white space
 * → ' ', or `DROPPED` for invisible characters.
 */
export function foldUnit(unit: number): number {
  let folded = foldTable[unit] as number;
  if (folded === 0) {
    folded = computeFold(unit);
    foldTable[unit] = folded;
  }
  return folded;
}

function computeInfo(unit: number): number {
  const char = String.fromCharCode(unit);
  let bits = KNOWN;
  if (LETTER_OR_NUMBER.test(char)) bits |= WORD;
  if (DECIMAL_DIGIT.test(char)) bits |= DIGIT;
  if (UPPER_CASE.test(char)) bits |= UPPER;
  if (LOWER_CASE.test(char)) bits |= LOWER;
  if (foldUnit(unit) === 0x27) bits |= APOSTROPHE;
  if (unit === 0x2e || unit === 0x2c) bits |= DECIMAL_SEPARATOR;
  return bits;
}

/** Bit set of WORD, DIGIT, UPPER, LOWER, APOSTROPHE, DECIMAL_SEPARATOR for a raw code unit. */
export function unitInfo(unit: number): number {
  let bits = infoTable[unit] as number;
  if (bits === 0) {
    bits = computeInfo(unit);
    infoTable[unit] = bits;
  }
  return bits;
}
