/**
 * The first pass's key check (see ./index.ts): read the page exactly until a key that may lead
 * to something shown; on such a key, the settings; where Backstory is on, the engine.
 */
import { extensionPresent } from '@/utils/extension-present';
import type { GateScan } from '@/utils/gate/scan';
import { createGateReader, type ProbedPosition } from '@/utils/page/gate-reader';
import { KEY_PLACEMENT_ATTRIBUTES, keyMayShow } from '@/utils/page/key-placement';
import { wakeEngineWhereOn } from './wake-engine';

/**
 * Starts the key check on this page, from where the first pass's probe said maybe; returns what
 * stops it (the page's own run never does).
 */
export function startKeyCheck(scan: GateScan, at: ProbedPosition): () => void {
  // Nothing stops it on a page but the extension going away (see onKeySeen).
  const stopped = new AbortController();
  const reader = createGateReader({
    document,
    scan,
    signal: stopped.signal,
    onKey: onKeySeen,
    // A key only in site chrome (a section menu's "Ukraine"), in a country picker's options or
    // inside a longer word ("computing") can lead to nothing shown: reading goes on, and the
    // engine stays unloaded. Checked before the settings: a few ancestor reads of the key's
    // node cost less than a storage read.
    mayShow: keyMayShow,
    placementAttributes: KEY_PLACEMENT_ATTRIBUTES,
  });
  const stop = () => {
    stopped.abort();
    reader.stop();
  };
  reader.start(at);
  return stop;

  /** A key: from here on the settings decide whether the engine loads. */
  function onKeySeen(): void {
    // Each first touch of the extension API in a task of its own, not in the task that read the
    // page: Firefox builds `browser.runtime` and `browser.storage` lazily, tens of ms each.
    setTimeout(() => {
      if (stopped.signal.aborted) return;
      if (!extensionPresent()) {
        stop();
        return;
      }
      setTimeout(() => {
        // The scan is the engine's from here: the reader stopped reading at this key, and
        // records the page's changes only for the engine's first search for keys.
        if (stopped.signal.aborted) return;
        wakeEngineWhereOn(stopped.signal, { keyScan: scan, keyCandidates: reader.keyCandidates });
      }, 0);
    }, 0);
  }
}
