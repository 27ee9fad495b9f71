/**
 * The first pass's logic (see ./index.ts): read the page until a key; on a key, the settings;
 * where Backstory is on, the engine. Until a key, no extension API is touched.
 */
import type { GateScan } from '@/utils/gate/scan';
import { createGateReader } from '@/utils/page/gate-reader';
import { releaseQuietly } from '@/utils/release-quietly';
import { readSettingsDirectly, watchSettingsDirectly } from '@/utils/settings/direct-read';
import { isSiteEnabled, type Settings } from '@/utils/settings/types';
import { extensionPresent, wakeEngine } from './wake-engine';

/** Starts the first pass on this page; returns what stops it (the page's own run never does). */
export function startFirstPass(scan: GateScan): () => void {
  // Nothing stops the first pass on a page but the extension going away (see onKeySeen).
  const stopped = new AbortController();
  const reader = createGateReader({
    document,
    scan,
    signal: stopped.signal,
    onKey: onKeySeen,
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
    const hostname = location.hostname;
    let settings: Settings | null = null;
    let woken = false;
    // Watched, so that switching Backstory on (here) in the popup loads the engine at once.
    const unwatch = watchSettingsDirectly((next) => {
      settings = next;
      decide();
    });
    stopped.signal.addEventListener('abort', () => releaseQuietly(unwatch), { once: true });
    function decide(): void {
      if (woken || settings === null || !isSiteEnabled(settings, hostname)) return;
      woken = true;
      // The engine reads and watches the settings itself from here on.
      releaseQuietly(unwatch);
      if (extensionPresent()) wakeEngine();
    }
    void readSettingsDirectly().then((loaded) => {
      settings ??= loaded;
      decide();
    });
  }
}
