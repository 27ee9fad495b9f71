/**
 * The text fold: what each UTF-16 code unit becomes before matching. Shared by the matcher
 * (./normalize.ts, ./match.ts) and the first pass (utils/gate/scan.ts), so both read text alike.
 *
 * Plain comparisons of code units, no regular expressions: this runs on every page, where a
 * regular expression is still cold and compiling it costs more than the whole fold. Cached per
 * code unit, since a page uses a few hundred distinct units; ASCII, the commonest, is answered
 * first. tests/unit/matching/fold.test.ts checks every one of the 65,536 code units against the
 * fold's definition written as character classes.
 */
import { TABLED_UNITS, UnitsAbove } from './unit-tables';

/** `foldUnit` result for a code unit that is dropped before matching. */
export const DROPPED = 0xffff;

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const DOUBLE_QUOTE = 0x22;
const HYPHEN = 0x2d;

const foldTable = new Uint16Array(TABLED_UNITS); // 0 = not computed yet (U+0000 folds to a space)
const foldsAbove = new UnitsAbove(); // no fold is 0: see above

function foldAscii(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20; // A–Z
  if (unit === 0 || (unit >= 0x09 && unit <= 0x0d)) return SPACE; // NUL, tab, line ends, \v, \f
  if (unit === 0x60) return APOSTROPHE; // grave accent
  return unit;
}

/**
 * Invisible characters that may sit inside a word on real pages: soft hyphen, Mongolian vowel
 * separator, zero-width space/joiners, bidi marks, embeddings and isolates, word joiner and
 * invisible operators, BOM, U+FFFF.
 */
function isIgnorable(unit: number): boolean {
  return (
    unit === 0x00ad ||
    unit === 0x180e ||
    (unit >= 0x200b && unit <= 0x200f) ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2060 && unit <= 0x2064) ||
    (unit >= 0x2066 && unit <= 0x2069) ||
    unit === 0xfeff ||
    unit === 0xffff
  );
}

/** Every JavaScript white space (`\s`) past ASCII, except U+FEFF (ignorable above). */
function isWhiteSpace(unit: number): boolean {
  return (
    unit === 0x00a0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}

/** Right and left single quotes, modifier letter apostrophe (Ukrainian), prime, acute… */
function isApostrophe(unit: number): boolean {
  return (
    unit === 0x2018 ||
    unit === 0x2019 ||
    unit === 0x201b ||
    unit === 0x02bc ||
    unit === 0x02b9 ||
    unit === 0x2032 ||
    unit === 0x00b4 ||
    unit === 0xff07
  );
}

/** Curly double quotes, low quotes, guillemets, double prime, fullwidth quote. */
function isDoubleQuote(unit: number): boolean {
  return (
    (unit >= 0x201c && unit <= 0x201f) ||
    unit === 0x00ab ||
    unit === 0x00bb ||
    unit === 0x2033 ||
    unit === 0xff02
  );
}

function computeFold(unit: number): number {
  if (unit < 0x80) return foldAscii(unit);
  if (isIgnorable(unit)) return DROPPED;
  if (isWhiteSpace(unit)) return SPACE;
  if (isApostrophe(unit)) return APOSTROPHE;
  if (isDoubleQuote(unit)) return DOUBLE_QUOTE;
  if (unit === 0x2010 || unit === 0x2011 || unit === 0x2212) return HYPHEN; // hyphens, minus
  // Cyrillic capitals (the commonest letters past ASCII on the pages we read): Ѐ–Џ, А–Я.
  if (unit >= 0x0410 && unit <= 0x042f) return unit + 0x20;
  if (unit === 0x0401 || unit === 0x0451) return 0x0435; // Ё, ё → е
  if (unit >= 0x0400 && unit <= 0x040f) return unit + 0x50;
  if (unit === 0x0130) return 0x69; // İ lower-cases to two code units: fold to i
  const lower = String.fromCharCode(unit).toLowerCase();
  // One code unit in, one out: a mapping that changes length would break the offset map.
  return lower.length === 1 ? lower.charCodeAt(0) : unit;
}

/**
 * The code unit `unit` becomes before matching: lower-cased (per unit, length-preserving),
 * ё → е, every apostrophe → ', every double quote → ", hyphen variants → -, white space
 * → ' ', or `DROPPED` for invisible characters.
 */
export function foldUnit(unit: number): number {
  if (unit >= TABLED_UNITS) return foldsAbove.learnt(unit, computeFold);
  let folded = foldTable[unit] as number;
  if (folded === 0) {
    folded = computeFold(unit);
    foldTable[unit] = folded;
  }
  return folded;
}
