/**
 * How the first pass reads a page in batches without missing a key across two of them: each
 * batch is tested together with the end of the text before it (`tailBefore`). Shared by the
 * probe alone (./probe-scan.ts, every page) and the whole scan (./scan.ts, after a yes).
 */
import { forgetLastMatch } from './forget-last-match';

/**
 * How much of the text already read (in code units, each run of white space as one) the probe
 * reads again with the next batch, so that a key across two batches is found. A key is at most
 * a few dozen letters; this leaves room for other marks between a quote's words.
 */
export const OVERLAP = 1024;
/** Up to this many code units, the last batch is kept whole until the next one comes. */
const KEEP_WHOLE = 8 * OVERLAP;

/**
 * What to keep of the text read so far for the next batch: a small batch is kept whole and cut
 * only if another batch comes (most pages are read in one batch, and cutting costs a regular
 * expression compiled on the page).
 */
export function keepForNext(text: string): string {
  return text.length > KEEP_WHOLE ? tailOf(text) : text;
}

/** What the next batch is read after, from what `keepForNext` kept. */
export function tailBefore(kept: string): string {
  return kept.length > OVERLAP ? tailOf(kept) : kept;
}

/**
 * White space as the fold reads it (utils/matching/fold.ts): every unit it turns into a space.
 * Not U+FEFF, which JavaScript counts as white space and the fold drops.
 */
const WHITE_RUN = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * The end of `text` that the next batch must be read with: its last OVERLAP units once each run
 * of white space is one space (as the automaton reads it), so that a page's indentation between
 * two words of a quote cannot push the first word out.
 */
function tailOf(text: string): string {
  for (let size = OVERLAP; ; size *= 4) {
    const tail = text.slice(-size).replace(WHITE_RUN, ' ');
    if (tail.length >= OVERLAP || size >= text.length) {
      // The replace's subject was a view on `text`: the last match must not keep it either.
      forgetLastMatch();
      return detached(tail.slice(-OVERLAP));
    }
  }
}

/**
 * A copy of `text` that is no view on a longer string. Engines keep a slice as a view on the
 * string it was cut from: where the tail held no white space to replace, the 1 KB kept between
 * batches was such a view, and kept the whole text of the batch alive for the page's life.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
