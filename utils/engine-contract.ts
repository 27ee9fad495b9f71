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
import type { PendingKeyCandidates } from '@/utils/page/key-candidates';

/**
 * Starts Backstory on this page: the engine makes its own content-script context (invalidated
 * when the extension is updated or removed under the page), reads the settings (with their
 * migrations), then answers the popup and watches the settings itself.
 */
export type StartEngine = (handedOver: EngineHandOver) => Promise<void>;

/** What the script that wakes the engine has built already and no longer needs. */
export interface EngineHandOver {
  /**
   * The scan of the first pass's keys the engine searches the page for keys with
   * (utils/page/key-regions.ts): the key check's, its automaton's tables decoded and checked and
   * its rows filled on this page, or one the every-page script builds. The engine carries no
   * automaton of the keys of its own: its script is compiled whole as it loads
   * (modules/compile-hints.ts), and the scripts that wake it have one already.
   */
  keyScan: GateScan;
  /**
   * Where the page's keys can be, from the key check's narrowing of the first pass's skim: the
   * engine's first search for keys reads only those nodes and what changed since, instead of
   * every text node. Taken when that search begins, or dropped where the engine does not start
   * then (the key check records the page's changes until one or the other). Absent where the
   * page was not skimmed.
   */
  keyCandidates?: PendingKeyCandidates;
}

export const ENGINE_SCRIPT: PackagedScript<StartEngine> = {
  path: '/engine.js',
  key: Symbol.for('backstory.engine'),
};
