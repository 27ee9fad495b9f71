/**
 * The reading of the script every page loads (entrypoints/first-pass/): ./text-reader.ts with
 * the probe alone (utils/gate/probe-scan.ts), for the skim and the walk alike. It stops at the
 * probe's first maybe and keeps recording the page's changes until the key check
 * (./gate-reader.ts, in the script loaded then) takes over where it stood (`handOver`).
 */
import type { ProbeScan } from '../gate/probe-scan';
import type { ProbedPosition } from './gate-reader';
import { createTextReader } from './text-reader';

export { MAX_SKIMMED_ELEMENTS } from './text-reader';

export interface ProbeReaderOptions {
  document: Document;
  probe: ProbeScan;
  signal: AbortSignal;
  /** Called once, at the probe's first maybe (on the first read or in later changes). */
  onMaybe(): void;
  now?: () => number;
}

export interface ProbeReader {
  /** Reads the page as it is now, then watches its changes until a maybe or the signal. */
  start(): void;
  stop(): void;
  /**
   * After the maybe: where the reading stood and what changed since, for the key check; then
   * stops. Null before a maybe or after a stop.
   */
  handOver(): ProbedPosition | null;
}

export function createProbeReader(options: ProbeReaderOptions): ProbeReader {
  const { probe } = options;
  /** The walked text node where the probe's maybe was, narrowed within its batch. */
  let maybeAt: Text | null = null;
  const reader = createTextReader({
    document: options.document,
    signal: options.signal,
    onKey: options.onMaybe,
    check: (texts, nodes) => {
      if (!probe.probeAll(texts)) return false;
      // A walked batch is up to 2^18 units: the key check goes on from the run of a few
      // thousand units the maybe is in, not from the batch's start.
      maybeAt = nodes[probe.narrow(texts)] ?? null;
      return true;
    },
    skim: (texts) => probe.probeAll(texts),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    start: () => reader.start(),
    stop: () => reader.stop(),
    handOver() {
      const at = reader.handOver();
      if (at === null) return null;
      // Only a walk's position is a node: a skim's maybe, or one in later changes, hands over
      // no text read before it.
      if (typeof at.from !== 'object' || at.from === null) return { ...at, before: '' };
      return { ...at, from: maybeAt ?? at.from, before: probe.before() };
    },
  };
}
