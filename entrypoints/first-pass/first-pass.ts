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
import { createTextReader, type TextCheck } from '@/utils/page/text-reader';

/** Starts the first pass on this page; returns what stops it (the page's own run never does). */
export function startFirstPass(probe: ProbeScan): () => void {
  // For the popup: this page was read, even though nobody here answers it.
  markFirstPass();
  const stopped = new AbortController();
  /** The key check's stop, once it runs. */
  let stopKeyCheck: (() => void) | null = null;
  const reader = createTextReader({
    document,
    signal: stopped.signal,
    check: probeOnly(probe),
    onKey: onMaybe,
    // The probe's maybe is all this script asks: the key check reads the page again exactly.
    onSkimYes: 'report',
  });
  const stop = () => {
    stopped.abort();
    reader.stop();
    stopKeyCheck?.();
  };
  reader.start();
  return stop;

  /**
   * The probe may have seen a key: the key check takes over. It reads the page from its start as
   * it is then, and watches changes from then on, so nothing added meanwhile is lost.
   */
  function onMaybe(): void {
    // In a task of its own: Firefox builds `browser.runtime` on its first touch (tens of ms),
    // which must not lengthen the task that read the page.
    setTimeout(loadKeyCheck, 0);
  }

  function loadKeyCheck(): void {
    if (stopped.signal.aborted || !extensionPresent()) return;
    loadPackagedScript(KEY_CHECK_SCRIPT)
      .then((startKeyCheck) => {
        if (!stopped.signal.aborted) stopKeyCheck = startKeyCheck();
      })
      .catch((error: unknown) => {
        console.warn('Backstory: the key check could not be loaded.', error);
      });
  }
}

/** The probe alone, for the skim and the walk alike: a maybe ends this script's reading. */
function probeOnly(probe: ProbeScan): TextCheck {
  return {
    probeAll: (texts) => probe.probeAll(texts),
    checkNodes: (texts) => probe.probeAll(texts),
    // Only asked before a walk that follows the skim's yes, which this script never makes.
    reset: () => {},
  };
}
