/**
 * Anchors: the runs of words by which the matcher's one pass notices that a page may be
 * quoting one of the dataset's verbatim quotes. Each anchor is ANCHOR_WORDS consecutive words
 * of a quote, written in the quote with nothing but white space between them (so the same
 * words on a page are the same normalised pattern), of which at least two are words that
 * carry meaning and one is long (6+ letters): "ideas about freezing the", not "going to come
 * up", which any English page may say. Any unchanged
 * stretch of that many words of a quote on a page fires one, so a quote altered here and
 * there is still noticed; the comparison around it decides whether it is close enough.
 */
import { wordsOf } from './words';

export const ANCHOR_WORDS = 4;

/** Words too common to tell a quote apart (en). Short words (< 4 letters) never count. */
const COMMON = new Set(
  (
    'that this with from have were they them then what when which would there their about like ' +
    "into going come some made will been more also just over only than your they're"
  ).split(' '),
);

const isTelling = (word: string) => word.length >= 4 && !COMMON.has(word);

export interface QuoteText {
  /** Statement id. */
  id: string;
  text: string;
}

export interface Anchor {
  /** The anchor as written in the quote (the matcher normalises it like any pattern). */
  text: string;
  /** Index of the quote in the list given. */
  quote: number;
}

export function quoteAnchors(quotes: readonly QuoteText[]): Anchor[] {
  const anchors: Anchor[] = [];
  quotes.forEach((quote, index) => {
    const { words, starts, ends } = wordsOf(quote.text);
    for (let i = 0; i + ANCHOR_WORDS <= words.length; i++) {
      const run = words.slice(i, i + ANCHOR_WORDS);
      const telling = run.filter(isTelling);
      if (telling.length < 2 || !telling.some((word) => word.length >= 6)) continue;
      let onlySpaces = true;
      for (let k = i; k < i + ANCHOR_WORDS - 1; k++) {
        const between = quote.text.slice(ends[k], starts[k + 1]);
        if (!/^\s+$/.test(between)) onlySpaces = false;
      }
      if (!onlySpaces) continue;
      anchors.push({
        text: quote.text.slice(starts[i], ends[i + ANCHOR_WORDS - 1]),
        quote: index,
      });
    }
  });
  return anchors;
}
