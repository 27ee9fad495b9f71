/**
 * The probe alone over a page read in batches: what the script every page loads asks of the
 * text (entrypoints/first-pass/). It answers "surely no key" or "maybe"; the exact automaton
 * (./scan.ts) is in a second script, loaded only after a maybe. Pure: no DOM.
 */
import { keepForNext, tailBefore } from './overlap';
import { createProbe } from './probe';

export interface ProbeScan {
  /**
   * Reads `texts` after what was read before, joined with nothing between (a name may be split
   * over text nodes). False: they hold no key, and they count as read. True: they may hold one.
   */
  probeAll(texts: readonly string[]): boolean;
  /**
   * After a maybe on `texts`: the index of the first of them in the first run of about
   * LOCATE_UNITS code units (read on from the text before) that the probe may see a key in,
   * -1 if none now. The text before that run counts as read; `before` gives its end.
   */
  narrow(texts: readonly string[]): number;
  /** The end of the text read so far that the next text is read after (utils/gate/overlap.ts). */
  before(): string;
  /** Whether `text` on its own may hold a key; where the reading stands is unchanged. */
  mayHoldKeyAlone(text: string): boolean;
  /** Remembers where the reading stands, for `rewind`. */
  mark(): void;
  /** Back to where `mark` was: what was read since is read again (in other pieces). */
  rewind(): void;
}

/** Code units in a run of text nodes `narrow` tests at once (the key check's batch). */
export const LOCATE_UNITS = 1 << 13;

/** `source`: the probe's regular expression, made at build time (modules/gate-data.ts). */
export function createProbeScan(source: string): ProbeScan {
  const probe = createProbe(source);
  /** The text read so far, or enough of its end for the next batch. */
  let kept = '';
  let marked = '';
  const probeAll = (texts: readonly string[]): boolean => {
    const seen = tailBefore(kept) + texts.join('');
    if (probe.mayHoldKey(seen)) return true;
    kept = keepForNext(seen);
    return false;
  };
  return {
    probeAll,
    narrow(texts) {
      const was = kept;
      for (let start = 0; start < texts.length; ) {
        let end = start;
        for (let units = 0; end < texts.length && units < LOCATE_UNITS; end++)
          units += (texts[end] as string).length;
        if (probeAll(texts.slice(start, end))) return start;
        start = end;
      }
      // A key the runs cut (a quote's words far apart): the maybe stays at the first text.
      kept = was;
      return -1;
    },
    before: () => tailBefore(kept),
    mayHoldKeyAlone: (text) => probe.mayHoldKey(text),
    mark() {
      marked = kept;
    },
    rewind() {
      kept = marked;
    },
  };
}
