/**
 * The reading of the script every page loads (entrypoints/first-pass/): ./text-reader.ts with
 * the probe alone (utils/gate/probe-scan.ts), for the skim and the walk alike. It stops at the
 * probe's first maybe: the key check (./gate-reader.ts, in the script loaded then) reads the
 * page exactly.
 */
import type { ProbeScan } from '../gate/probe-scan';
import { createTextReader, type TextReader } from './text-reader';

export { MAX_SKIMMED_ELEMENTS } from './text-reader';

export interface ProbeReaderOptions {
  document: Document;
  probe: ProbeScan;
  signal: AbortSignal;
  /** Called once, at the probe's first maybe (on the first read or in later changes). */
  onMaybe(): void;
  now?: () => number;
}

export function createProbeReader(options: ProbeReaderOptions): TextReader {
  const { probe } = options;
  const probeAll = (texts: readonly string[]) => probe.probeAll(texts);
  return createTextReader({
    document: options.document,
    signal: options.signal,
    onKey: options.onMaybe,
    check: probeAll,
    skim: probeAll,
    ...(options.now ? { now: options.now } : {}),
  });
}
