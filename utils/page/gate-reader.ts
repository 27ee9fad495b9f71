/**
 * The first pass's exact reading (./text-reader.ts with the gate's scan, utils/gate/scan.ts),
 * node by node from the page's start (no skim: the probe already said maybe): it stops at the
 * first key that may lead to something shown (`mayShow`: a key in a section
 * menu or a footer is passed over, ./passed-over-keys.ts). The script every page loads asks
 * only the probe (entrypoints/first-pass/); this runs in the script loaded after its maybe
 * (entrypoints/key-check/).
 */
import type { GateScan } from '../gate/scan';
import { type NearKeys, nearKeys, type PendingKeyCandidates, restOfNear } from './key-candidates';
import { createPassedOver } from './passed-over-keys';
import type { ProseTexts } from './prose-texts';
import { CHANGE_BATCH_MS, createTextReader, type ReadPosition, walkFrom } from './text-reader';

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
  /**
   * After the key reported, where the page's keys can be, for the engine (absent where the
   * page was not skimmed: it walks the whole page). Until taken or dropped, the reader goes on
   * recording the page's changes.
   */
  readonly keyCandidates: PendingKeyCandidates;
}

/**
 * Changes kept for the engine's candidates (./key-candidates.ts) at most: a page that changes
 * more between the skim and the engine's start is searched whole by the engine. Bounds what a
 * live page whose keys never count keeps alive.
 */
export const MAX_KEPT_CHANGES = 300;

/** The nodes near keys once every stretch was given: the skim's text is let go. */
const NO_MORE_STRETCHES: NearKeys = { next: () => null };

/**
 * Code units of text nodes read together by the key check: a probe's maybe costs the automaton
 * at most this much (plus the overlap), a few milliseconds cold, where the skim's batches of
 * 2^18 units cost tens (docs/cost.md).
 */
const LOCATE_BATCH_UNITS = 1 << 13;

export function createGateReader(options: GateReaderOptions): GateReader {
  const { scan, signal } = options;
  /** After a skim: the nodes near its stretches, and those of them given to the reader so far. */
  let near: NearKeys | null = null;
  const nearGiven: Node[] = [];
  /**
   * What the page changed since the skim, read by this reading or not (null: more than
   * MAX_KEPT_CHANGES, then no candidates are handed over).
   */
  let changedSinceSkim: Node[] | null = [];
  const keepChange = (node: Node): void => {
    if (near === null || changedSinceSkim === null) return;
    if (changedSinceSkim.length < MAX_KEPT_CHANGES) changedSinceSkim.push(node);
    else changedSinceSkim = null;
  };

  /**
   * After the skim's maybe: only what changed since, and the nodes near where a key may be
   * (./key-candidates.ts), stretch by stretch until a key counts, are read; the rest of the
   * page holds none. Where the skimmed text is too long to narrow, the page is read from its
   * start.
   */
  const readNearKeys = (skimmed: ProseTexts, changed: Node[]): ReadPosition => {
    near = nearKeys(skimmed, scan.stretchesIn);
    if (near === null) return { from: null, changed };
    changedSinceSkim = changed.length <= MAX_KEPT_CHANGES ? [...changed] : null;
    const nodes = near;
    return {
      from: 'read',
      changed,
      further: () => {
        const more = nodes.next();
        if (more !== null) nearGiven.push(...more);
        // A reading whose keys all were passed over goes on watching for the page's life.
        else if (near !== null) near = NO_MORE_STRETCHES;
        return more;
      },
    };
  };

  /** A key in what the reader read: after a skim, the reader goes on recording for the engine. */
  const foundReading = () => {
    passedOver.stop();
    if (near === null) reader.stop();
    options.onKey();
  };
  /** A key passed over that counts now (its placement changed): the reading had gone on. */
  const foundAgain = () => {
    stop();
    options.onKey();
  };
  const passedOver = createPassedOver(options, foundAgain, CHANGE_BATCH_MS);
  const reader = createTextReader({
    document: options.document,
    signal,
    onKey: foundReading,
    onChange: keepChange,
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
    // The skim's pieces (the page's text) and the changes kept go with it.
    near = null;
    changedSinceSkim = null;
  };
  signal.addEventListener('abort', stop, { once: true });
  return {
    start(at) {
      // The automaton starts on the end of the text the probe read before, as if it had read it.
      const root = options.document.body ?? options.document.documentElement;
      if (at !== undefined && walkFrom(root, at.from) !== null) scan.readAfter(at.before);
      reader.start(at?.skimmed === undefined ? at : readNearKeys(at.skimmed, at.changed));
    },
    stop,
    keyCandidates: {
      take() {
        const nodes = near;
        // Whether the reading is at its key (not where a key counted only later, or where the
        // reading was stopped meanwhile); handing over also records the page's latest changes.
        const atKey = nodes !== null && reader.handOver() !== null;
        const changed = changedSinceSkim;
        if (nodes === null || !atKey || changed === null) {
          stop();
          return null;
        }
        // The stretches the reading did not reach: only the nodes near them are looked into.
        restOfNear(nodes, nearGiven);
        stop();
        // Every node the reading was given is among these: the stretches' or a change kept.
        return { near: nearGiven, changed };
      },
      drop: stop,
    },
  };
}
