import { APOSTROPHE, DECIMAL_SEPARATOR, DIGIT, unitInfo, WORD } from './char-classes';

/**
 * Word boundaries, checked on the normalised text (invisible characters already dropped),
 * through `toOriginal` so that the original code units decide what is a letter.
 *
 * A pattern edge that is a letter or digit needs a boundary on that side:
 * - the neighbour is not a letter, mark or digit of any script;
 * - an apostrophe between the edge and a letter joins them ("Lavrov's", "d'Estaing"), so
 *   "Lavrov's" is found only through an explicit "'s" ending; an apostrophe next to a
 *   space is a quotation mark and separates;
 * - '.' or ',' between the edge digit and another digit joins them ("1.20%", "2,014").
 */

function infoAt(text: string, toOriginal: Int32Array, index: number): number {
  return unitInfo(text.charCodeAt(toOriginal[index] as number));
}

/** Whether a match may start at normalised index `start`. */
export function isBoundaryBefore(
  text: string,
  toOriginal: Int32Array,
  start: number,
  startsWithDigit: boolean,
): boolean {
  if (start === 0) return true;
  const before = infoAt(text, toOriginal, start - 1);
  if ((before & WORD) !== 0) return false;
  if (start < 2) return true;
  if ((before & APOSTROPHE) !== 0) return (infoAt(text, toOriginal, start - 2) & WORD) === 0;
  if ((before & DECIMAL_SEPARATOR) !== 0 && startsWithDigit) {
    return (infoAt(text, toOriginal, start - 2) & DIGIT) === 0;
  }
  return true;
}

/** Whether a match may end at normalised index `end` (exclusive) of a text `length` long. */
export function isBoundaryAfter(
  text: string,
  toOriginal: Int32Array,
  length: number,
  end: number,
  endsWithDigit: boolean,
): boolean {
  if (end >= length) return true;
  const after = infoAt(text, toOriginal, end);
  if ((after & WORD) !== 0) return false;
  if (end + 1 >= length) return true;
  if ((after & APOSTROPHE) !== 0) return (infoAt(text, toOriginal, end + 1) & WORD) === 0;
  if ((after & DECIMAL_SEPARATOR) !== 0 && endsWithDigit) {
    return (infoAt(text, toOriginal, end + 1) & DIGIT) === 0;
  }
  return true;
}
