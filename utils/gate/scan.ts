/**
 * The first pass's check of the page's text: does it contain any of the keys (./keys.ts)?
 * Two stages, so that a page that names nothing pays only native string functions:
 * - the probe (./probe.ts): the browser's `toLowerCase` and one regular expression over a
 *   batch of text nodes joined together; it may say yes too often, never too rarely;
 * - the exact automaton (./exact-scan.ts), built (its tables decoded, checked, wrapped) the
 *   first time the probe says yes, run over the batch the probe let through (to tell which
 *   text holds a key, only around where the probe's expression matches).
 * It answers only yes or no, and can only answer yes too often, never too rarely. Pure: no DOM.
 */
import { createExactScan, type ExactScan } from './exact-scan';
import { keepForNext, OVERLAP, tailBefore } from './overlap';
import { createKeyStretches, type KeyStretchesFound, lengthInStretches } from './probe';

export interface GateScan {
  /** Reads `text` after what was fed before, exactly; true once any key has been seen. */
  feed(text: string): boolean;
  /**
   * Reads `texts` after what was read before, and tells which of them hold the end of a key (a
   * key split over texts ends in the last of them): per text, KEY_ENDS and WORD_KEY_ENDS of
   * ./exact-scan.ts, or null where the probe says the batch holds none. The probe reads them
   * first, joined with nothing between (a name may be split over text nodes), together with
   * the end of the text before; where it may hold a key, the automaton reads the texts within
   * KEY_REACH of where the probe's expression matches (the others are 0), each run of them
   * from the end of the text before it. It remembers no key, so the next batch's keys are
   * reported anew.
   */
  locateAll(texts: readonly string[]): number[] | null;
  /**
   * Where in `text` (raw page text, read on its own) the probe's expression matches, each
   * match widened by KEY_REACH on both sides, merged where they meet: [from, to) pairs in the
   * offsets of the normalized text (`normalizeForProbe`), and that text's length.
   */
  stretchesIn(text: string): KeyStretchesFound;
  /** Forgets the text fed so far (for a new, unrelated piece of text). */
  reset(): void;
  /**
   * Forgets the text fed so far, and reads on as after text that ends with `before` (the end of
   * a text the probe read before, utils/gate/overlap.ts's `tailBefore`) and holds no key.
   */
  readAfter(before: string): void;
}

/**
 * How far from where the probe's expression matches the automaton reads (code units each way).
 * A match spans the key it stands for from its first letter to its last, the marks between a
 * quote's words included, except for the mark that ends a key with a space ("крим ") and for a
 * key cut where the fold does not keep a unit one unit (./probe.ts): those parts of a key lie
 * within a key's length of the match, and a key is at most a few dozen letters (the automaton
 * remembers 128 steps behind it for the same reason, ./exact-scan.ts).
 */
const KEY_REACH = 128;

/** What the build makes for the keys (modules/gate-data.ts). */
export interface GateTables {
  /** The automaton's plan, base64 (utils/matching/automaton-tables.ts). */
  automaton: string;
  /** The probe's regular-expression source (./probe.ts). */
  probe: string;
}

/**
 * `tables`: the build's automaton and probe for `keys` (./gate-tables-writer.ts, which the tests
 * call as the build does); neither is made on the page.
 */
export function createGateScan(keys: readonly string[], tables: GateTables): GateScan {
  let exact: ExactScan | null = null;
  const exactScan = (): ExactScan => {
    exact ??= createExactScan(keys, tables.automaton);
    return exact;
  };
  const source = tables.probe;
  const keyStretches = createKeyStretches(source);
  let found = false;
  /** Whether the automaton has read all the text fed so far (else it must catch up first). */
  let exactCurrent = true;
  /**
   * The text fed so far, or enough of its end for the next batch (`keepForNext`); null when not
   * kept (after `feed`). A small batch is kept whole and cut only if another batch comes: most
   * pages are read in one batch, and cutting costs a regular expression compiled on the page.
   */
  let tail: string | null = '';
  const keep = keepForNext;
  const endOf = tailBefore;

  /**
   * Brings the automaton up to the text fed so far where it was left behind. Only the last few
   * dozen letters decide its state, so it starts over on the tail of that text. A key inside
   * the tail would have made the probe say yes before: it cannot be found twice.
   */
  const catchUp = (scan: ExactScan, kept: string): void => {
    if (exactCurrent) return;
    scan.reset();
    found = scan.feed(endOf(kept));
    exactCurrent = true;
  };

  /**
   * `locateAll` where the probe may see a key: the automaton reads only the texts that meet a
   * stretch (`KeyStretches`), each run of them from the end of the text before it, and leaves
   * the others at 0; it stands at the end of the batch only if the last text was read.
   * `lengthOf`: a text's length as the stretches count (`lengthInStretches`).
   */
  const locateIn = (
    scan: ExactScan,
    texts: readonly string[],
    seen: string,
    before: string,
    stretches: readonly number[],
    lengthOf: (text: string) => number,
  ): number[] => {
    const ends = new Array<number>(texts.length).fill(0);
    /**
     * The first text not read yet, where it starts (in `seen`, and as the stretches count), and
     * whether the one before it was read.
     */
    let next = 0;
    let start = before.length;
    let stretchStart = lengthOf(before);
    let readOn = false;
    for (let at = 0; at < stretches.length && next < texts.length; at += 2) {
      const from = stretches[at] as number;
      const to = stretches[at + 1] as number;
      for (; next < texts.length; next++) {
        const text = texts[next] as string;
        const length = lengthOf(text);
        if (stretchStart + length > from) break;
        start += text.length;
        stretchStart += length;
        readOn = false;
      }
      if (next < texts.length && !readOn) {
        scan.reset();
        // What comes before is read as text joined: a key begun there is taken to start a word.
        // A key that ends in the texts read next and begins before them would lie in a stretch
        // that meets the text before, which would then have been read: the automaton needs no
        // more than the batch before's end, and a little of the text before, for safety.
        scan.endsIn(next === 0 ? before : seen.slice(Math.max(0, start - KEY_REACH), start), true);
      }
      for (; next < texts.length && stretchStart < to; next++) {
        const text = texts[next] as string;
        ends[next] = scan.endsIn(text);
        start += text.length;
        stretchStart += lengthOf(text);
        readOn = true;
      }
    }
    exactCurrent = readOn && next === texts.length;
    return ends;
  };

  return {
    feed(text) {
      if (found) return true;
      const scan = exactScan();
      catchUp(scan, tail ?? '');
      tail = null;
      found ||= scan.feed(text);
      return found;
    },
    locateAll(texts) {
      // After `feed` no tail was kept: the automaton stands where that text ended.
      const before = tail === null ? null : endOf(tail);
      const joined = texts.join('');
      const seen = (before ?? '') + joined;
      // After `feed`, a short batch leaves too little text for a probe to start on.
      tail = before === null && joined.length < OVERLAP ? null : keep(seen);
      found = false;
      if (before === null) {
        const scan = exactScan();
        exactCurrent = true;
        return texts.map((text) => scan.endsIn(text));
      }
      const matched = keyStretches(seen, KEY_REACH);
      const { stretches } = matched;
      if (stretches.length === 0) {
        exactCurrent = false;
        return null;
      }
      // Where the normalization moved units, the stretches' offsets are the normalized text's:
      // so are the texts' lengths then.
      return locateIn(
        exactScan(),
        texts,
        seen,
        before,
        stretches,
        lengthInStretches(seen, matched),
      );
    },
    stretchesIn: (text) => keyStretches(text, KEY_REACH),
    reset() {
      exact?.reset();
      exactCurrent = true;
      tail = '';
      found = false;
    },
    readAfter(before) {
      // The automaton starts over on `before` where it next reads.
      tail = before;
      exactCurrent = false;
      found = false;
    },
  };
}
