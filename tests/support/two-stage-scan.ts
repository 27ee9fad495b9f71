/**
 * The page's text read as the two scripts of the first pass read it, without a DOM: batches of
 * text nodes to the probe alone until its first maybe (utils/gate/probe-scan.ts, the script
 * every page loads), then to the key check's scan (utils/gate/scan.ts, `locateAll`: the probe
 * and, where it may see a key, the automaton node by node). The oracle of the tests that
 * compare that reading with the automaton alone.
 */

import { probeSource } from '../../utils/gate/probe';
import { createProbeScan } from '../../utils/gate/probe-scan';
import { createGateScan, type GateTables } from '../../utils/gate/scan';

/** Whether the key check, after the probe's maybe, finds a key in `batches` (in or not in a word). */
export function keyInTwoStages(
  keys: readonly string[],
  batches: readonly (readonly string[])[],
  tables?: GateTables,
): boolean {
  const probe = createProbeScan(tables?.probe ?? probeSource(keys));
  if (!batches.some((batch) => probe.probeAll(batch))) return false;
  // The key check reads the text from its start.
  const scan = createGateScan(keys, tables);
  return batches.some((batch) => scan.locateAll(batch)?.some((end) => end !== 0) === true);
}
