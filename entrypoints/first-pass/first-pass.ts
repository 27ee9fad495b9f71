/**
 * The first pass's logic (see ./index.ts): read the page until a key; on a key, the settings;
 * where Backstory is on, the engine. Until a key, no extension API is touched.
 */

import { markFirstPass } from '@/utils/first-pass-mark';
import type { GateScan } from '@/utils/gate/scan';
import { createGateReader } from '@/utils/page/gate-reader';
import { KEY_PLACEMENT_ATTRIBUTES, keyMayShow } from '@/utils/page/key-placement';
import { extensionPresent, wakeEngineWhereOn } from './wake-engine';

/** Starts the first pass on this page; returns what stops it (the page's own run never does). */
export function startFirstPass(scan: GateScan): () => void {
  // For the popup: this page was read, even though nobody here answers it.
  markFirstPass();
  // Nothing stops the first pass on a page but the extension going away (see onKeySeen).
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
  reader.start();
  return stop;

  /** A key: from here on the settings decide whether the engine loads. */
  function onKeySeen(): void {
    if (!extensionPresent()) {
      stop();
      return;
    }
    wakeEngineWhereOn(stopped.signal);
  }
}
