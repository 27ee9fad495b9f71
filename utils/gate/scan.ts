/**
 * The first pass's check of the page's text: does it contain any of the keys (./keys.ts)?
 * Two stages, so that a page that names nothing pays only native string functions:
 * - the probe (./probe.ts): the browser's `toLowerCase` and one regular expression over a
 *   batch of text nodes joined together; it may say yes too often, never too rarely;
 * - the exact automaton (./exact-scan.ts), built (its tables decoded, checked, wrapped) the
 *   first time the probe says yes, run over the batch the probe let through.
 * It answers only yes or no, and can only answer yes too often, never too rarely. Pure: no DOM.
 */
import { createExactScan, type ExactScan } from './exact-scan';
import { keepForNext, OVERLAP, tailBefore } from './overlap';
import { createProbe, probeSource } from './probe';

export interface GateScan {
  /** Reads `text` after what was fed before, exactly; true once any key has been seen. */
  feed(text: string): boolean;
  /**
   * Reads `texts` after what was read before, and tells which of them hold the end of a key (a
   * key split over texts ends in the last of them): per text, KEY_ENDS and WORD_KEY_ENDS of
   * ./exact-scan.ts, or null where the probe says the batch holds none. The probe reads them
   * first, joined with nothing between (a name may be split over text nodes), together with
   * the end of the text before; the automaton reads the batch once, only where the probe says
   * it may hold a key, starting from the end of the text before it. It remembers no key, so
   * the next batch's keys are reported anew.
   */
  locateAll(texts: readonly string[]): number[] | null;
  /** Forgets the text fed so far (for a new, unrelated piece of text). */
  reset(): void;
  /**
   * Forgets the text fed so far, and reads on as after text that ends with `before` (the end of
   * a text the probe read before, utils/gate/overlap.ts's `tailBefore`) and holds no key.
   */
  readAfter(before: string): void;
}

/** What the build makes for the keys (modules/gate-data.ts). */
export interface GateTables {
  /** The automaton's plan, base64 (utils/matching/automaton-tables.ts). */
  automaton: string;
  /** The probe's regular-expression source (./probe.ts). */
  probe: string;
}

/** `tables`: the build's automaton and probe for `keys`; without them both are made here. */
export function createGateScan(keys: readonly string[], tables?: GateTables): GateScan {
  let exact: ExactScan | null = null;
  const exactScan = (): ExactScan => {
    exact ??= createExactScan(keys, tables?.automaton);
    return exact;
  };
  const probe = createProbe(tables?.probe ?? probeSource(keys));
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
      if (before !== null && !probe.mayHoldKey(seen)) {
        exactCurrent = false;
        return null;
      }
      const scan = exactScan();
      if (before !== null) {
        scan.reset();
        // The text before is batches joined: a key begun there is taken to start a word.
        scan.endsIn(before, true);
      }
      const ends = texts.map((text) => scan.endsIn(text));
      // The automaton stands at the end of the batch, with no key remembered.
      exactCurrent = true;
      found = false;
      return ends;
    },
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
