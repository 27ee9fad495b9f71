/**
 * The page's text read as the two scripts of the first pass read it, without a DOM: batches of
 * text nodes to the probe alone until its first maybe (utils/gate/probe-scan.ts, the script
 * every page loads), then, from the run of text the maybe was in and after the end of the text
 * the probe read before it (`narrow`, `before`, `readAfter`), to the key check's scan
 * (utils/gate/scan.ts, `locateAll`: the probe and, where it may see a key, the automaton node
 * by node). The oracle of the tests that
 * compare that reading with the automaton alone.
 */

import { writeGateTables } from '../../utils/gate/gate-tables-writer';
import { createProbeScan } from '../../utils/gate/probe-scan';
import { createGateScan, type GateTables } from '../../utils/gate/scan';

/** Whether the key check, after the probe's maybe, finds a key in `batches` (in or not in a word). */
export function keyInTwoStages(
  keys: readonly string[],
  batches: readonly (readonly string[])[],
  tables: GateTables = writeGateTables(keys),
): boolean {
  const probe = createProbeScan(tables.probe);
  const at = batches.findIndex((batch) => probe.probeAll(batch));
  if (at < 0) return false;
  // The key check goes on from the text the maybe was in, after the text the probe read before.
  const maybeBatch = batches[at] as readonly string[];
  const from = Math.max(0, probe.narrow(maybeBatch));
  const scan = createGateScan(keys, tables);
  scan.readAfter(probe.before());
  return [maybeBatch.slice(from), ...batches.slice(at + 1)].some(
    (batch) => scan.locateAll(batch)?.some((end) => end !== 0) === true,
  );
}
