import { DROPPED, foldUnit, LOWER, UPPER, unitInfo, WORD } from './char-classes';
import { isSentenceEnd } from './figure-context';

/**
 * Rules that look at the words AROUND an alias candidate, in the original text, once its case
 * rule holds. Each covers a class of look-alikes (match.ts lists them in order); none knows a
 * phrase. They read at most a line around the match (a few dozen code units in practice).
 *
 * Case evidence. A capital is evidence of a name only where a common word would not have one:
 * not in a Title Case line ("Trump Says He Will Meet Putin"), not in a run of capitals ("JOIN
 * US ON TELEGRAM"), and, for a common noun that often opens a sentence, not at the start of a
 * sentence or line. Where the case gives no evidence, an alias marked `commonWord` needs other
 * evidence: a `word` ("trump") or `noun` (the Russian "путина", the fishing season) then counts
 * only if the page confirms it (utils/page/confirmation.ts); the `pronoun` "us"
 * counts only where an object pronoun cannot stand — first in its run, after THE, or joined by
 * a hyphen to the next word ("US-RUSSIA") — and is otherwise dropped, because page-level
 * evidence cannot tell "FOLLOW US" from the country on a page about the talks.
 */

/** The rules a candidate alias is judged by; plain data, fixed when the dataset is compiled. */
export interface AliasRules {
  /**
   * The form is also a common word: one that headlines capitalise ('word': "trump"), a noun
   * that also opens sentences as their subject ('noun': the Russian "путина", the fishing
   * season), or the object pronoun "us" ('pronoun').
   */
  commonWord?: 'word' | 'noun' | 'pronoun';
  /** A surname: a different given name or initial before it makes it a namesake. */
  surname?: boolean;
  /** A name of a place or institution: not when it is part of a longer proper name. */
  placeName?: boolean;
  /** An adjective ("Soviet", "Saudi"): not after a hyphenated prefix ("post-Soviet"). */
  adjective?: boolean;
  /**
   * Lower-case folded words of the entity's own aliases ("donald", "president"): given names,
   * initials and titles that do not make a namesake.
   */
  ownWords?: readonly string[];
}

/** What a candidate turned out to be. */
export const INVALID = 0;
export const VALID = 1;
/** Valid on a page that also names the entity with evidence (requiresConfirmation). */
export const NEEDS_CONFIRMATION = 2;
export type Verdict = typeof INVALID | typeof VALID | typeof NEEDS_CONFIRMATION;

/** Lower-case in Title Case headlines (English house styles agree on these). */
const MINOR_WORDS = new Set(
  ['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in'].concat([
    'of',
    'off',
    'on',
    'per',
    'to',
    'up',
    'via',
    'vs',
    'with',
    'from',
    'into',
    'over',
    'than',
  ]),
);

/**
 * Capitalised words that stand before a name without being a given name, and after a place
 * name without making a longer name of it: titles, ranks, honorifics (they also come from the
 * entity's own aliases, see `ownWords`) and calendar words ("on Monday Trump said").
 */
const NOT_GIVEN_NAMES = new Set([
  ...['president', 'vice', 'secretary', 'minister', 'foreign', 'prime', 'premier', 'chancellor'],
  ...['senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'general', 'gen', 'lt'],
  ...['col', 'colonel', 'ambassador', 'envoy', 'special', 'adviser', 'advisor', 'aide'],
  ...['spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'leader', 'mr', 'mrs'],
  ...['ms', 'dr', 'sir', 'lord', 'madam', 'mister', 'candidate', 'nominee', 'former', 'ex'],
  ...['comrade', 'citizen', 'team', 'speaker', 'judge', 'commander', 'deputy', 'state', 'press'],
  ...['official', 'officials', 'delegation', 'negotiator', 'talks', 'administration'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december'],
  // Ukrainian and Russian titles are written in lower case; these appear capitalised when a
  // sentence starts with them, which gives no evidence anyway.
]);

/** Sentence or list separators after which a capital is expected: "Exclusive: How Putin…". */
const OPENERS = new Set([0x3a, 0x7c, 0x2022, 0x00b7]); // : | • ·
const MAX_SCAN = 160;

function isLineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}

function isWordUnit(unit: number): boolean {
  return (unitInfo(unit) & WORD) !== 0;
}

function isOpeningQuote(unit: number): boolean {
  const folded = foldUnit(unit);
  return folded === 0x22 || folded === 0x27 || unit === 0x28 || unit === 0x5b;
}

function isHyphen(unit: number): boolean {
  return foldUnit(unit) === 0x2d || unit === 0x2013;
}

/** An apostrophe between two letters belongs to the word ("Trump's", "O'Brien"). */
function isInnerApostrophe(text: string, index: number): boolean {
  return (
    foldUnit(text.charCodeAt(index)) === 0x27 &&
    index > 0 &&
    isWordUnit(text.charCodeAt(index - 1)) &&
    isWordUnit(text.charCodeAt(index + 1))
  );
}

interface Word {
  start: number;
  end: number;
}

/** The word ending before `at` on the same line, with only `allowed` gap units; or undefined. */
function wordBefore(
  text: string,
  at: number,
  gapAllowed: (unit: number) => boolean,
): Word | undefined {
  let end = at;
  const limit = Math.max(0, at - MAX_SCAN);
  while (end > limit) {
    const unit = text.charCodeAt(end - 1);
    if (isWordUnit(unit)) break;
    if (foldUnit(unit) !== DROPPED && (isLineBreak(unit) || !gapAllowed(unit))) return undefined;
    end--;
  }
  if (end <= limit) return undefined;
  let start = end;
  while (start > limit) {
    const unit = text.charCodeAt(start - 1);
    if (!isWordUnit(unit) && foldUnit(unit) !== DROPPED && !isInnerApostrophe(text, start - 1)) {
      break;
    }
    start--;
  }
  return { start, end };
}

/** The word starting after `at` on the same line, with only `allowed` gap units; or undefined. */
function wordAfter(
  text: string,
  at: number,
  gapAllowed: (unit: number) => boolean,
): Word | undefined {
  let start = at;
  const limit = Math.min(text.length, at + MAX_SCAN);
  while (start < limit) {
    const unit = text.charCodeAt(start);
    if (isWordUnit(unit)) break;
    if (foldUnit(unit) !== DROPPED && (isLineBreak(unit) || !gapAllowed(unit))) return undefined;
    start++;
  }
  if (start >= limit) return undefined;
  let end = start;
  while (end < limit) {
    const unit = text.charCodeAt(end);
    if (!isWordUnit(unit) && foldUnit(unit) !== DROPPED && !isInnerApostrophe(text, end)) break;
    end++;
  }
  return { start, end };
}

const onlySpaces = (unit: number) => foldUnit(unit) === 0x20;
const anyGap = () => true;

/** Lower-case folded letters of a word, invisible characters dropped. */
function folded(text: string, word: Word): string {
  let out = '';
  for (let index = word.start; index < word.end; index++) {
    const unit = foldUnit(text.charCodeAt(index));
    if (unit !== DROPPED) out += String.fromCharCode(unit);
  }
  return out;
}

/** 'lower' (starts lower-case), 'title' (capital, then some lower-case), 'caps', or 'none'. */
function shapeOf(text: string, word: Word): 'lower' | 'title' | 'caps' | 'none' {
  let first = 0;
  let hasLower = false;
  let letters = 0;
  for (let index = word.start; index < word.end; index++) {
    const info = unitInfo(text.charCodeAt(index));
    const cased = info & (UPPER | LOWER);
    if (cased === 0) continue;
    letters++;
    if (first === 0) first = cased;
    if (cased === LOWER) hasLower = true;
  }
  if (letters === 0) return 'none';
  if (first === LOWER) return 'lower';
  return hasLower ? 'title' : 'caps';
}

/** Whether a sentence (or a line, a list item, a quotation) starts at `start`. */
export function startsSentence(text: string, start: number): boolean {
  const limit = Math.max(0, start - MAX_SCAN);
  for (let index = start - 1; index >= limit; index--) {
    const unit = text.charCodeAt(index);
    if (isLineBreak(unit) || OPENERS.has(unit)) return true;
    const fold = foldUnit(unit);
    if (fold === DROPPED || fold === 0x20) continue;
    if (isOpeningQuote(unit) || unit === 0x2014 || unit === 0x2013) continue;
    if (isWordUnit(unit)) return false;
    return isSentenceEnd(text, index);
  }
  return start <= MAX_SCAN;
}

/**
 * The sentence (within its line) around [start, end), clipped to MAX_SCAN code units on each
 * side: a headline often shares a line with the text after it.
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const low = Math.max(0, start - MAX_SCAN);
  while (from > low) {
    const unit = text.charCodeAt(from - 1);
    if (isLineBreak(unit) || isSentenceEnd(text, from - 1)) break;
    from--;
  }
  let to = end;
  const high = Math.min(text.length, end + MAX_SCAN);
  while (to < high) {
    const unit = text.charCodeAt(to);
    if (isLineBreak(unit) || isSentenceEnd(text, to)) break;
    to++;
  }
  return [from, to];
}

/**
 * A Title Case line (a headline): at least two other words in its sentence, each capitalised
 * or a minor word. English only in practice: Ukrainian and Russian headlines are written in
 * sentence case.
 */
function inTitleCaseLine(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  let others = 0;
  let index = from;
  while (index < to) {
    const word = wordAfter(text, index, anyGap);
    if (word === undefined || word.start >= to) break;
    index = word.end;
    if (word.end > start && word.start < end) continue;
    const shape = shapeOf(text, word);
    if (shape === 'none') continue;
    if (shape === 'lower' && !MINOR_WORDS.has(folded(text, word))) return false;
    others++;
  }
  return others >= 2;
}

/** Whether the word next to the match (same line) is also in capitals: a run of capitals. */
function neighbourInCapitals(text: string, start: number, end: number): boolean {
  const gap = (unit: number) => !isLineBreak(unit);
  const before = wordBefore(text, start, gap);
  const after = wordAfter(text, end, gap);
  const capital = (word: Word | undefined) =>
    word !== undefined && shapeOf(text, word) === 'caps' && word.end - word.start >= 2;
  return capital(before) || capital(after);
}

/**
 * Whether the letter case of [start, end) is evidence of a name: a capital where a common
 * word would have none. Lower case is never evidence.
 */
export function hasCaseEvidence(
  text: string,
  start: number,
  end: number,
  sentenceStartIsEvidence: boolean,
): boolean {
  const shape = shapeOf(text, { start, end });
  if (shape === 'lower' || shape === 'none') return false;
  if (shape === 'caps') {
    // Capitals are evidence only among words that are not in capitals.
    const gap = (unit: number) => !isLineBreak(unit);
    if (wordBefore(text, start, gap) === undefined && wordAfter(text, end, gap) === undefined) {
      return false;
    }
    return !neighbourInCapitals(text, start, end);
  }
  if (!sentenceStartIsEvidence && startsSentence(text, start)) return false;
  return !inTitleCaseLine(text, start, end);
}

/** "us" in a run of capitals is the country only where the object pronoun cannot stand. */
function pronounCannotStand(text: string, start: number, end: number): boolean {
  const after = end < text.length ? text.charCodeAt(end) : 0;
  if (isHyphen(after) && end + 1 < text.length && isWordUnit(text.charCodeAt(end + 1))) {
    return true;
  }
  const before = wordBefore(text, start, onlySpaces);
  return before === undefined || folded(text, before) === 'the';
}

/** A capitalised word whose capital is evidence (not sentence-initial, not a headline line). */
function isNameWord(text: string, word: Word): boolean {
  const last = foldUnit(text.charCodeAt(word.end - 1));
  const possessive =
    word.end - word.start > 2 && last === 0x73 && foldUnit(text.charCodeAt(word.end - 2)) === 0x27;
  return (
    !possessive &&
    shapeOf(text, word) === 'title' &&
    !startsSentence(text, word.start) &&
    !inTitleCaseLine(text, word.start, word.end) &&
    !NOT_GIVEN_NAMES.has(folded(text, word))
  );
}

/**
 * A surname with a different given name or initial right before it is a namesake: "Frank B.
 * Kellogg", "John Harvey Kellogg", "his wife Melania Trump", "актор Кирило Лавров". Not when
 * the word before is one of the entity's own words (given names, titles), a title or
 * calendar word, another mention, or a capital that proves nothing (sentence start, headline).
 */
function isNamesake(text: string, start: number, rules: AliasRules, previousEnd: number): boolean {
  const own = rules.ownWords ?? [];
  // An initial: one capital letter and a full stop ("B. Kellogg", "W.K. Kellogg").
  const initialGap = (unit: number) => unit === 0x2e || foldUnit(unit) === 0x20;
  const beforeInitial = wordBefore(text, start, initialGap);
  if (
    beforeInitial !== undefined &&
    beforeInitial.end - beforeInitial.start === 1 &&
    text.charCodeAt(beforeInitial.end) === 0x2e &&
    previousEnd < beforeInitial.end
  ) {
    // The first initial of a chain ("W.K.") names the given name.
    let first = beforeInitial;
    for (;;) {
      const earlier = wordBefore(text, first.start, (unit) => unit === 0x2e);
      if (earlier === undefined || earlier.end - earlier.start !== 1) break;
      first = earlier;
    }
    if (shapeOf(text, first) !== 'caps') return false;
    const letter = folded(text, first);
    return !own.some((word) => word.startsWith(letter));
  }
  return isOtherGivenName(text, wordBefore(text, start, onlySpaces), own, previousEnd);
}

const CYRILLIC_OBLIQUE_FEMININE = /[а-яіїєґ][иыї]$/;

/** Patronymics in any case form ("Владимирович", "Владимировича", "Yurievich"). */
const PATRONYMIC = /(?:ович|евич|ьич|овн|евн|ичн|ovich|evich|ovn|evn)[a-zа-яіїє]{0,3}$/;

function isOtherGivenName(
  text: string,
  before: Word | undefined,
  own: readonly string[],
  previousEnd: number,
): boolean {
  if (before === undefined || previousEnd >= before.end || !isNameWord(text, before)) return false;
  const word = folded(text, before);
  if (own.includes(word)) return false;
  // A Cyrillic word in -и/-ы/-ї is a feminine genitive, dative or locative ("президент Росії
  // Путін", "глава МИД России Лавров"): a place or body, never a given name agreeing with
  // the masculine surname forms the dataset lists.
  if (CYRILLIC_OBLIQUE_FEMININE.test(word)) return false;
  // A patronymic says nothing by itself: the given name before it decides.
  if (PATRONYMIC.test(word)) {
    return isOtherGivenName(text, wordBefore(text, before.start, onlySpaces), own, previousEnd);
  }
  return true;
}

/**
 * A place or institution name inside a longer proper name of another body: "Radio Free
 * Europe", "Council of Europe", "Рада Європи", "Thomson Reuters", "Kremlin Palace", "United
 * States Steel". Seen only where capitals are evidence; titles after a place name ("United
 * States Secretary of State") make no longer name.
 */
function isPartOfLongerName(
  text: string,
  start: number,
  end: number,
  previousEnd: number,
): boolean {
  const before = wordBefore(text, start, onlySpaces);
  if (before !== undefined && previousEnd < before.end) {
    if (isNameWord(text, before)) return true;
    const head = folded(text, before);
    if (head === 'of' || head === 'the') {
      let word = wordBefore(text, before.start, onlySpaces);
      if (word !== undefined && head === 'the' && folded(text, word) === 'of') {
        word = wordBefore(text, word.start, onlySpaces);
      } else if (head === 'the') word = undefined;
      if (word !== undefined && previousEnd < word.end && isNameWord(text, word)) return true;
    }
  }
  const after = wordAfter(text, end, onlySpaces);
  return after !== undefined && isNameWord(text, after);
}

/** "post-Soviet", "ex-Soviet", "anti-Soviet": the adjective after a prefix is another word. */
function isAfterPrefix(text: string, start: number, previousEnd: number): boolean {
  if (start < 2 || !isHyphen(text.charCodeAt(start - 1))) return false;
  const prefix = wordBefore(text, start - 1, () => false);
  if (prefix === undefined || prefix.end !== start - 1) return false;
  const shape = shapeOf(text, prefix);
  if (shape === 'lower') return true;
  // "US-Saudi": a name joined to the adjective, unless its capital proves nothing.
  if (previousEnd >= prefix.end) return false;
  const hasEvidence =
    shape === 'title' &&
    !startsSentence(text, prefix.start) &&
    !inTitleCaseLine(text, prefix.start, prefix.end);
  return !hasEvidence;
}

/**
 * Judges an alias candidate whose case rule holds, at original offsets [start, end).
 * `previousEnd` is the end of the last mention reported before it (-1 if none).
 */
export function judgeAlias(
  text: string,
  start: number,
  end: number,
  rules: AliasRules,
  previousEnd: number,
): Verdict {
  if (rules.adjective && isAfterPrefix(text, start, previousEnd)) return INVALID;
  // A name written in lower case (a deliberate house style) is part of no longer proper name.
  const lowerCaseStart = (unitInfo(text.charCodeAt(start)) & LOWER) !== 0;
  if (rules.placeName && !lowerCaseStart && isPartOfLongerName(text, start, end, previousEnd)) {
    return INVALID;
  }
  if (rules.surname && isNamesake(text, start, rules, previousEnd)) return INVALID;
  if (rules.commonWord === undefined) return VALID;
  if (hasCaseEvidence(text, start, end, rules.commonWord !== 'noun')) return VALID;
  if (rules.commonWord === 'pronoun') {
    return pronounCannotStand(text, start, end) ? VALID : INVALID;
  }
  return NEEDS_CONFIRMATION;
}
