import { LOWER, UPPER, unitInfo, WORD } from './char-classes';
import { normalizeForMatching } from './normalize';

/**
 * Case rules, checked against the ORIGINAL text once the case-folded automaton has found a
 * candidate.
 *
 * - proper: every word of the pattern that starts with a capital must start with a capital
 *   in the text — or the whole match is in capitals (headlines). So "Trump" matches "Trump"
 *   and "TRUMP", not "trump"; "Nato" and "NATO" both satisfy "NATO" (only initials count).
 *   A word starts after any non-letter, apostrophes and hyphens included ("O'Brien",
 *   "Jean-Claude"). A pattern written without capitals imposes nothing.
 *   With `lowerCase` (a declared alias property), the match may also be all in lower case.
 * - exact: every letter has the case it has in the pattern (other normalisations —
 *   apostrophes, ё/е, invisible characters — still apply). A pattern with no capital at all
 *   (a common phrase: "европейские лидеры") may also open with one, as it does at the start of
 *   a sentence or a heading ("Европейские лидеры собрались…"); only its first letter may.
 */
export type CaseRule =
  | { kind: 'proper'; capitalsAt: number[]; lowerCase: boolean }
  | { kind: 'exact'; letterCase: number[] };

const CASE_BITS = UPPER | LOWER;

/**
 * An exact pattern with no capital at all: a common phrase, which may open with a capital
 * where it starts a sentence or heading. Read from the letters (asked only when a first letter
 * differs), so the compiled tables need no field for it.
 */
export function isLowerCasePhrase(rule: { letterCase: readonly number[] }): boolean {
  return !rule.letterCase.some((bits) => (bits & UPPER) !== 0);
}

/** `pattern` as written in the dataset (alias text + ending). */
export function compileCaseRule(
  pattern: string,
  kind: 'proper' | 'exact',
  lowerCase = false,
): CaseRule {
  const { toOriginal } = normalizeForMatching(pattern);
  const unitAt = (index: number) => pattern.charCodeAt(toOriginal[index] as number);
  if (kind === 'exact') {
    return {
      kind,
      letterCase: Array.from(toOriginal, (original) => {
        return unitInfo(pattern.charCodeAt(original)) & CASE_BITS;
      }),
    };
  }
  const capitalsAt: number[] = [];
  for (let index = 0; index < toOriginal.length; index++) {
    const startsWord = index === 0 || (unitInfo(unitAt(index - 1)) & WORD) === 0;
    if (startsWord && (unitInfo(unitAt(index)) & UPPER) !== 0) capitalsAt.push(index);
  }
  return { kind, capitalsAt, lowerCase };
}

/** Whether normalised text [start, start + length) satisfies the rule. */
export function satisfiesCaseRule(
  rule: CaseRule,
  text: string,
  toOriginal: Int32Array,
  start: number,
  length: number,
): boolean {
  const infoAt = (index: number) => unitInfo(text.charCodeAt(toOriginal[start + index] as number));
  if (rule.kind === 'exact') {
    for (let index = 0; index < length; index++) {
      const bits = infoAt(index) & CASE_BITS;
      if (bits === rule.letterCase[index]) continue;
      if (index === 0 && bits === UPPER && isLowerCasePhrase(rule)) continue;
      return false;
    }
    return true;
  }
  let inCapitals = true;
  let inLowerCase = true;
  for (let index = 0; index < length; index++) {
    const info = infoAt(index);
    if ((info & LOWER) !== 0) inCapitals = false;
    if ((info & UPPER) !== 0) inLowerCase = false;
  }
  if (inCapitals) return true;
  if (inLowerCase && rule.lowerCase) return true;
  for (const index of rule.capitalsAt) {
    if ((infoAt(index) & UPPER) === 0) return false;
  }
  return true;
}
