/**
 * The first pass's exact reading (./text-reader.ts with the gate's scan, utils/gate/scan.ts),
 * node by node from the page's start (no skim: the probe already said maybe): it stops at the
 * first key that may lead to something shown (`mayShow`: a key in a section
 * menu or a footer is passed over, ./passed-over-keys.ts). The script every page loads asks
 * only the probe (entrypoints/first-pass/); this runs in the script loaded after its maybe
 * (entrypoints/key-check/).
 */
import type { GateScan } from '../gate/scan';
import { nearKeys } from './key-candidates';
import { createPassedOver } from './passed-over-keys';
import type { ProseTexts } from './prose-texts';
import { CHANGE_BATCH_MS, createTextReader, type ReadPosition, walkFrom } from './text-reader';

export { MAX_SKIMMED_ELEMENTS } from './text-reader';

export interface GateReaderOptions {
  document: Document;
  scan: GateScan;
  signal: AbortSignal;
  /**
   * Called once, when the first key is seen (on the first read or in later changes) that
   * `mayShow` lets through.
   */
  onKey(): void;
  /**
   * Whether a key ending in this text node could lead to something shown
   * (utils/page/key-placement.ts). A key where it cannot is passed over: the reading goes on,
   * and such nodes are checked again when an attribute in `placementAttributes` changes.
   * Without it every key counts.
   */
  mayShow?: (text: Text) => boolean;
  /** The attributes `mayShow`'s answer depends on. */
  placementAttributes?: readonly string[];
  now?: () => number;
}

/** Where the probe's reading stood at its maybe (./probe-reader.ts), for the key check to go on from. */
export interface ProbedPosition extends ReadPosition {
  /** The end of the text the probe read before `from` (utils/gate/overlap.ts), for a key across the two. */
  before: string;
}

export interface GateReader {
  /**
   * Reads the page node by node from its start, or, with `at`, only what the probe left (the
   * text before `at.from` held no key); then watches its changes until a key or the signal.
   */
  start(at?: ProbedPosition): void;
  stop(): void;
}

/**
 * After the skim's maybe: only what changed since, and the nodes near where a key may be
 * (./key-candidates.ts), stretch by stretch until a key counts, are read; the rest of the page
 * holds none. Where the skimmed text is too long to narrow, the page is read from its start.
 */
function readNearKeys(skimmed: ProseTexts, changed: Node[], scan: GateScan): ReadPosition {
  const near = nearKeys(skimmed, scan.stretchesIn);
  if (near === null) return { from: null, changed };
  return { from: 'read', changed, further: () => near.next() };
}

/**
 * Code units of text nodes read together by the key check: a probe's maybe costs the automaton
 * at most this much (plus the overlap), a few milliseconds cold, where the skim's batches of
 * 2^18 units cost tens (docs/cost.md).
 */
const LOCATE_BATCH_UNITS = 1 << 13;

export function createGateReader(options: GateReaderOptions): GateReader {
  const { scan, signal } = options;
  const found = () => {
    stop();
    options.onKey();
  };
  const passedOver = createPassedOver(options, found, CHANGE_BATCH_MS);
  const reader = createTextReader({
    document: options.document,
    signal,
    onKey: found,
    ...(options.now ? { now: options.now } : {}),
    // The automaton runs in JavaScript over every batch the probe lets through: batches this
    // small bound the task that reads one (on a page whose keys are all in its menus, every
    // batch holding a menu is read so).
    walkBatchUnits: LOCATE_BATCH_UNITS,
    // One read of a batch: the probe, then, only where it may hold a key, the automaton over
    // its text nodes, which tells which of them hold one.
    check: (texts, nodes) => {
      const ends = scan.locateAll(texts);
      return ends !== null && passedOver.anyMayShow(ends, nodes);
    },
  });
  const stop = () => {
    passedOver.stop();
    reader.stop();
  };
  signal.addEventListener('abort', stop, { once: true });
  return {
    start(at) {
      // The automaton starts on the end of the text the probe read before, as if it had read it.
      const root = options.document.body ?? options.document.documentElement;
      if (at !== undefined && walkFrom(root, at.from) !== null) scan.readAfter(at.before);
      reader.start(at?.skimmed === undefined ? at : readNearKeys(at.skimmed, at.changed, scan));
    },
    stop,
  };
}
