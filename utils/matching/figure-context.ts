import { DIGIT, DROPPED, foldUnit, LOWER, unitInfo, WORD } from './char-classes';

/**
 * Figure context: a figure form counts only when the SENTENCE around the start of the form
 * has a word beginning with one of its `subject` stems and one beginning with one of its
 * `measure` stems (match.ts asks once for each list). A sentence rather than a clause, because the
 * source writes a figure and what it measures on either side of a comma ("78% of Russians
 * ... support the war"), and clause splitting would cut them apart.
 *
 * Sentences end at a blank line (two line breaks with only spaces or tabs between them), at
 * U+2028/U+2029, or at ! ? … 。 ！ ？ or '.' followed
 * by the end of the text, white space or a closing quote/bracket — except a '.' that
 *   - is followed by another '.', a letter or a digit ("...", "U.S.", "3.5", "example.com"),
 *   - is followed (after spaces and quotes) by a lower-case letter ("approx. twenty"),
 *   - ends a single letter (initials "J. D. Vance", "1991 р.", "т. д."),
 *   - ends a known abbreviation ("Feb. 18", "Mr. Putin", "тис.", "вул.").
 * A single line break is only white space: page text keeps the line breaks of the HTML source,
 * which wrap sentences anywhere ("…among Russians:\n   78% say…"); paragraphs are separate
 * blocks on the page already. Positions are in the original text.
 */

const ABBREVIATIONS = new Set([
  // English titles, companies, Latin, months.
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt'],
  ...['st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'approx', 'no', 'vol', 'fig'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  // Ukrainian and Russian (after ё → е folding, lower case).
  ...['тис', 'тыс', 'млн', 'млрд', 'грн', 'руб', 'ст', 'вул', 'ул', 'пл', 'проф', 'ген', 'акад'],
  ...['див', 'см', 'ім', 'им', 'пор', 'напр', 'зокр', 'тобто', 'січ', 'лют', 'бер', 'квіт'],
  ...['трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд', 'янв', 'фев', 'апр', 'авг'],
  ...['сент', 'окт', 'нояб', 'дек'],
]);
const LONGEST_ABBREVIATION = 6;

function isSeparator(unit: number): boolean {
  return unit === 0x2028 || unit === 0x2029;
}

/**
 * Whether the line break at `index` starts a blank line. Scans only to the next line break
 * or visible character, so a run of white space is scanned once overall.
 */
function startsBlankLine(text: string, index: number): boolean {
  let next = index + 1;
  if (text.charCodeAt(index) === 0x0d && text.charCodeAt(next) === 0x0a) next++;
  for (; next < text.length; next++) {
    const unit = text.charCodeAt(next);
    if (unit === 0x0a || unit === 0x0d) return true;
    if (unit !== 0x20 && unit !== 0x09) return false;
  }
  return false;
}

function isClosingPunctuation(unit: number): boolean {
  const folded = foldUnit(unit);
  return folded === 0x22 || folded === 0x27 || unit === 0x29 || unit === 0x5d;
}

/** Index of the first code unit at or after `from` that is not invisible. */
function skipInvisible(text: string, from: number): number {
  let index = from;
  while (index < text.length && foldUnit(text.charCodeAt(index)) === DROPPED) index++;
  return index;
}

/** After a terminator: end of text, white space or a closing quote/bracket. */
function mayEndBefore(text: string, index: number): boolean {
  const next = skipInvisible(text, index);
  if (next >= text.length) return true;
  const unit = text.charCodeAt(next);
  return foldUnit(unit) === 0x20 || isClosingPunctuation(unit);
}

function nextVisibleIsLowerCase(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const folded = foldUnit(unit);
    if (folded === DROPPED || folded === 0x20 || isClosingPunctuation(unit)) continue;
    return (unitInfo(unit) & LOWER) !== 0;
  }
  return false;
}

function endsAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && (unitInfo(text.charCodeAt(start - 1)) & WORD) !== 0) {
    start--;
    if (dot - start > LONGEST_ABBREVIATION) return false;
  }
  const length = dot - start;
  if (length === 0) return false;
  if (length === 1) return (unitInfo(text.charCodeAt(start)) & DIGIT) === 0;
  let word = '';
  for (let index = start; index < dot; index++) {
    word += String.fromCharCode(foldUnit(text.charCodeAt(index)));
  }
  return ABBREVIATIONS.has(word);
}

/** Whether the code unit at `index` ends a sentence (see the rules above). */
export function isSentenceEnd(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (isSeparator(unit)) return true;
  if (unit === 0x0a || unit === 0x0d) return startsBlankLine(text, index);
  if (unit === 0x21 || unit === 0x3f || unit === 0x2026 || unit === 0x3002) {
    return mayEndBefore(text, index + 1);
  }
  if (unit === 0xff01 || unit === 0xff1f) return mayEndBefore(text, index + 1);
  if (unit !== 0x2e) return false;
  if (!mayEndBefore(text, index + 1)) return false;
  if (nextVisibleIsLowerCase(text, index + 1)) return false;
  return !endsAbbreviation(text, index);
}

/**
 * Answers "does one of these stems occur in the sentence around position p?" for positions
 * asked in increasing order, in time linear in the text: each sentence boundary is looked
 * for once, and context-stem hits (recorded by the automaton pass, in increasing order of
 * their last code unit) are consumed once.
 */
export class SentenceContext {
  private sentenceStart = 0;
  private sentenceEnd = 0;
  private generation = 0;
  private nextHit = 0;
  private readonly seenIn: Int32Array;

  constructor(
    private readonly text: string,
    /** Original index of the last code unit of each context-stem hit, non-decreasing. */
    private readonly hitLast: Int32Array,
    private readonly hitStem: Int32Array,
    private readonly hitCount: number,
    stemCount: number,
  ) {
    this.seenIn = new Int32Array(stemCount);
  }

  /** `position` must not be smaller than in the previous call. */
  hasStemNear(position: number, stems: ArrayLike<number>): boolean {
    if (this.generation === 0 || position >= this.sentenceEnd) this.enterSentenceAt(position);
    for (let i = 0; i < stems.length; i++) {
      if (this.seenIn[stems[i] as number] === this.generation) return true;
    }
    return false;
  }

  private enterSentenceAt(position: number): void {
    const { text } = this;
    let start = position;
    while (start > this.sentenceEnd && !isSentenceEnd(text, start - 1)) start--;
    let end = position;
    while (end < text.length && !isSentenceEnd(text, end)) end++;
    this.sentenceStart = start;
    this.sentenceEnd = Math.min(end + 1, text.length);
    this.generation++;
    while (this.nextHit < this.hitCount && (this.hitLast[this.nextHit] as number) < start) {
      this.nextHit++;
    }
    while (
      this.nextHit < this.hitCount &&
      (this.hitLast[this.nextHit] as number) < this.sentenceEnd
    ) {
      this.seenIn[this.hitStem[this.nextHit] as number] = this.generation;
      this.nextHit++;
    }
  }

  /** The sentence found by the last call, for diagnostics and tests. */
  get currentSentence(): [start: number, end: number] {
    return [this.sentenceStart, this.sentenceEnd];
  }
}
