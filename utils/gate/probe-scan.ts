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
}

/** `source`: the probe's regular expression, made at build time (modules/gate-data.ts). */
export function createProbeScan(source: string): ProbeScan {
  const probe = createProbe(source);
  /** The text read so far, or enough of its end for the next batch. */
  let kept = '';
  return {
    probeAll(texts) {
      const seen = tailBefore(kept) + texts.join('');
      if (probe.mayHoldKey(seen)) return true;
      kept = keepForNext(seen);
      return false;
    },
  };
}
