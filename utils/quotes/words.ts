/**
 * Words of a quotation as the quote check compares them. What does not change what was said
 * is folded away: case, ё/е, the apostrophe's shape (’ ‘ ʼ ` ´ ′ → '), and every mark between
 * words — quotation marks of any style, dashes, ellipses, commas, white space. Hyphens and
 * apostrophes inside a word stay part of it ("pre-2014", "they're").
 */

export interface Words {
  /** Folded words, in order. */
  words: string[];
  /** Offsets of each word in the string it came from, `ends` exclusive. */
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ`´′\-‐‑][\p{L}\p{N}]+)*/gu;

export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’‘ʼ`´′]/g, "'")
    .replace(/[‐‑]/g, '-');
}

/** The words of `text` (or of `text.slice(from, to)`, offsets still into `text`). */
export function wordsOf(text: string, from = 0, to = text.length): Words {
  const result: Words = { words: [], starts: [], ends: [] };
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    result.words.push(foldWord(match[0]));
    result.starts.push(from + match.index);
    result.ends.push(from + match.index + match[0].length);
  }
  return result;
}

/** Whether a string holds Cyrillic letters and no Latin ones. */
export function isCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text) && !/\p{Script=Latin}/u.test(text);
}
