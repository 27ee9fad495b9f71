/**
 * What the content script's first pass (entrypoints/first-pass/) and the engine's script
 * (entrypoints/engine/) agree on. Most pages name nothing Backstory could show, so the script
 * every page loads is only the first pass; the engine — the matcher, the scanner, highlights,
 * hit testing, the popover controller — is loaded from the package (utils/packaged-script.ts)
 * on the pages where the first pass finds something, or everywhere when the reader chose
 * "Where: every page".
 */
import type { GateScan } from '@/utils/gate/scan';
import type { PackagedScript } from '@/utils/packaged-script';

/**
 * Starts Backstory on this page: the engine makes its own content-script context (invalidated
 * when the extension is updated or removed under the page), reads the settings (with their
 * migrations), then answers the popup and watches the settings itself.
 */
export type StartEngine = (handedOver?: EngineHandOver) => Promise<void>;

/** What the script that wakes the engine has built already and no longer needs. */
export interface EngineHandOver {
  /**
   * The key check's scan of the first pass's keys, its automaton's tables decoded and checked and
   * its rows filled on this page: the engine searches the page for keys with it
   * (utils/page/key-regions.ts) instead of building another. Absent where the every-page
   * script wakes the engine.
   */
  keyScan?: GateScan;
}

export const ENGINE_SCRIPT: PackagedScript<StartEngine> = {
  path: '/engine.js',
  key: Symbol.for('backstory.engine'),
};
