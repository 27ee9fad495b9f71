/**
 * What the script every page loads (entrypoints/first-pass/) and the first pass's key check
 * (entrypoints/key-check/) agree on. Every page is probed; only a page whose text the probe
 * may hold a key in loads the exact automaton, the placement rule and the engine's wake
 * (utils/packaged-script.ts), so that the script every page compiles holds only the probe.
 */
import type { PackagedScript } from '@/utils/packaged-script';
import type { ProbedPosition } from '@/utils/page/gate-reader';

/**
 * Reads the page exactly from where the probe's maybe was (`at`; the text before it held no
 * key, the changes since are in it), and wakes the engine for a key that may lead to
 * something shown (where Backstory is on); returns what stops it.
 */
export type StartKeyCheck = (at: ProbedPosition) => () => void;

export const KEY_CHECK_SCRIPT: PackagedScript<StartKeyCheck> = {
  path: '/key-check.js',
  key: Symbol.for('backstory.key-check'),
};
