/**
 * The first pass's tables for its keys, written by the build (modules/gate-data.ts) and by the
 * tests, never on a page: the keys' automaton, planned and written as bytes (base64, for a
 * script's source), and the probe's regular expression (./probe.ts).
 */
import { serializeAutomaton } from '../matching/automaton-tables-writer';
import { probeSource } from './probe';
import type { GateTables } from './scan';

export function writeGateTables(keys: readonly string[]): GateTables {
  return {
    automaton: Buffer.from(serializeAutomaton(keys)).toString('base64'),
    probe: probeSource(keys),
  };
}
