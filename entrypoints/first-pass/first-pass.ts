/**
 * The first pass's logic (see ./index.ts): probe the page's text until a maybe; on a maybe, the
 * key check (entrypoints/key-check/), which reads it exactly. Until a maybe, no extension API is
 * touched.
 */
import { extensionPresent } from '@/utils/extension-present';
import { markFirstPass } from '@/utils/first-pass-mark';
import type { ProbeScan } from '@/utils/gate/probe-scan';
import { KEY_CHECK_SCRIPT } from '@/utils/key-check-contract';
import { loadPackagedScript } from '@/utils/packaged-script';
import { createProbeReader } from '@/utils/page/probe-reader';
import { warnUnlessLeft } from '@/utils/warn-unless-left';

/** Starts the first pass on this page; returns what stops it (the page's own run never does). */
export function startFirstPass(probe: ProbeScan): () => void {
  // For the popup: this page was read, even though nobody here answers it.
  markFirstPass();
  // A flag, not an AbortController: see ProbeReader's `stop`.
  let stopped = false;
  /** The key check's stop, once it runs. */
  let stopKeyCheck: (() => void) | null = null;
  const reader = createProbeReader({ document, probe, onMaybe });
  const stop = () => {
    stopped = true;
    reader.stop();
    stopKeyCheck?.();
  };
  reader.start();
  return stop;

  /**
   * The probe may have seen a key: the key check takes over where the probe stood. Until it
   * runs, the reader records the page's changes, which it hands over with that place, so
   * nothing changed meanwhile is lost.
   */
  function onMaybe(): void {
    // In a task of its own: Firefox builds `browser.runtime` on its first touch (tens of ms),
    // which must not lengthen the task that read the page.
    setTimeout(loadKeyCheck, 0);
  }

  function loadKeyCheck(): void {
    if (stopped) return;
    if (!extensionPresent()) {
      reader.stop();
      return;
    }
    // Again a task of its own: in Firefox the first touch of `browser.runtime` above (17–31 ms)
    // and the script's URL and import() below (up to 42 ms) made one task of 55–130 ms.
    setTimeout(importKeyCheck, 0);
  }

  function importKeyCheck(): void {
    if (stopped) return;
    const failure = warnUnlessLeft();
    loadPackagedScript(KEY_CHECK_SCRIPT)
      .then((startKeyCheck) => {
        // In the same task: no change between the reader's hand-over and the check's watch.
        const at = reader.handOver();
        if (!stopped && at !== null) stopKeyCheck = startKeyCheck(at);
      })
      .catch((error: unknown) => {
        reader.stop();
        failure.warn('Backstory: the key check could not be loaded.', error);
      })
      .finally(() => failure.settled());
  }
}
