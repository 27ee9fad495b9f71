/**
 * The first pass's scan for `keys` with tables written as the build writes them
 * (utils/gate/gate-tables-writer.ts): the page never plans them, so neither do the tests.
 */
import { writeGateTables } from '../../utils/gate/gate-tables-writer';
import { createGateScan, type GateScan } from '../../utils/gate/scan';

export function gateScanFor(keys: readonly string[]): GateScan {
  return createGateScan(keys, writeGateTables(keys));
}
