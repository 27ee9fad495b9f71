/**
 * The keys the first pass passes over (utils/page/gate-reader.ts, `mayShow`): whether one of
 * the keys the scan located in a batch may lead to something shown, and, where none may, a
 * watch on the attributes that could change that.
 */
import { WORD_KEY_ENDS } from '../gate/exact-scan';

/** What the reader's options (GateReaderOptions) say about placement. */
export interface PassedOverOptions {
  document: Document;
  /** Whether a key ending in this text node could lead to something shown; none: every key. */
  mayShow?: (text: Text) => boolean;
  /** The attributes `mayShow`'s answer depends on. */
  placementAttributes?: readonly string[];
}

/** Keys passed over (see GateReaderOptions.mayShow), watched for a change of place. */
export interface PassedOver {
  /**
   * Of a batch's text nodes and the keys that end in each (GateScan.locateAll): whether a key
   * in it may show; else the nodes holding keys are kept.
   */
  anyMayShow(ends: readonly number[], nodes: readonly Text[]): boolean;
  stop(): void;
}

/** More key nodes than this passed over: the reader stops telling and takes the next key. */
const MAX_PASSED_OVER = 256;

export function createPassedOver(
  options: PassedOverOptions,
  found: () => void,
  /** How long a burst of attribute changes waits before the nodes are checked again. */
  recheckDelay: number,
): PassedOver {
  const { mayShow, document } = options;
  const attributeFilter = options.placementAttributes;
  const view = document.defaultView;
  const kept: Text[] = [];
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  /** Attributes changed: does a key passed over stand where it may show now? */
  const recheck = () => {
    timer = undefined;
    if (stopped) return;
    for (const text of kept) {
      if (text.isConnected && mayShow?.(text) === true) {
        stop();
        found();
        return;
      }
    }
  };
  const watch = () => {
    if (observer !== null || view === null || attributeFilter === undefined) return;
    observer = new view.MutationObserver(() => {
      if (timer === undefined && !stopped) timer = setTimeout(recheck, recheckDelay);
    });
    observer.observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: [...attributeFilter],
    });
  };
  const stop = () => {
    stopped = true;
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    kept.length = 0;
  };

  return {
    stop,
    anyMayShow(ends, nodes) {
      if (mayShow === undefined || stopped) return ends.some((end) => end !== 0);
      const keptBefore = kept.length;
      for (let i = 0; i < ends.length; i++) {
        if (ends[i] === 0) continue;
        // A key inside a longer word ("putin" in "computing") is no name the engine matches.
        if (((ends[i] as number) & WORD_KEY_ENDS) === 0) continue;
        const text = nodes[i] as Text;
        if (mayShow(text)) return true;
        kept.push(text);
      }
      // No key that starts a word: nothing new to watch.
      if (kept.length === keptBefore) return false;
      // Too many to keep watching: take it.
      if (kept.length > MAX_PASSED_OVER) return true;
      watch();
      return false;
    },
  };
}
