/**
 * The highlights' style requests, sent in fewer stylesheets where a stylesheet is dear.
 *
 * Each request becomes a stylesheet in the page (entrypoints/background.ts), and a browser pays
 * for every new stylesheet with a visit of every element of the document, whatever its rules
 * reach: in Chromium the walk of `StyleEngine::scheduleInvalidationsForRuleSets` inside the
 * restyle that follows, 23–44 ms on a page of 96,000 elements (`npm run bench:restyles`, its
 * walks column); in Firefox a sheet whose one rule matched nothing cost 24–38 ms there
 * (docs/cost.md, "The highlights' stylesheet and the restyle it brings"). The engine asks as
 * it registers ranges (utils/page/highlight-registry.ts) — the first screen's, then the rest
 * of the first reading's, then what a live page adds — and on that page its first reading
 * asked three times, for two or three walks a load.
 *
 * So on a document of more than LARGE_DOCUMENT_ELEMENTS elements, a request waits GATHER_MS
 * for those that follow it, and they go as one: the highlights there are painted up to
 * GATHER_MS later (registered at once, drawn once their rules come), for a walk of tens of ms
 * saved per request gathered. On smaller documents, where a walk costs a few ms or less, each
 * request goes at once, as before.
 */
import type { StyleRequest } from './highlight-scope';

/** From how many elements a document's requests are gathered (a walk of ~5–9 ms here). */
export const LARGE_DOCUMENT_ELEMENTS = 20_000;

/** How long a request on a large document waits for the requests after it. */
export const GATHER_MS = 250;

export interface GatheringOptions {
  document: Document;
  /** Once aborted, nothing waiting is sent. */
  signal: AbortSignal;
  /** The timer the waiting uses (the engine's, which stops with it). */
  setTimeout?: (run: () => void, ms: number) => unknown;
}

/**
 * `ask`, sending each request at once on a small document and, on a large one, the requests of
 * GATHER_MS after the first as one (their rules in the order asked: the background writes each
 * name's rule once with all its selectors, utils/page/highlight-stylesheet.ts, and the scope
 * never asks for a name on a selector twice). The document is counted as requests come until it
 * is found large; a page that grows past the threshold is gathered from then on.
 */
export function gatheringOnLargeDocuments(
  ask: (rules: StyleRequest[]) => void,
  options: GatheringOptions,
): (rules: StyleRequest[]) => void {
  const { document, signal } = options;
  const schedule = options.setTimeout ?? ((run, ms) => setTimeout(run, ms));
  let large = false;
  /** The rules waiting to go, or null when none waits. */
  let waiting: StyleRequest[] | null = null;

  const sendWaiting = () => {
    const rules = waiting ?? [];
    waiting = null;
    if (!signal.aborted && rules.length > 0) ask(rules);
  };

  return (rules) => {
    if (signal.aborted) return;
    if (waiting !== null) {
      waiting.push(...rules);
      return;
    }
    // Counted until found large (a live collection's length: one walk of the elements, and
    // none again while the document does not change).
    large ||= document.getElementsByTagName('*').length > LARGE_DOCUMENT_ELEMENTS;
    if (!large) {
      ask(rules);
      return;
    }
    waiting = [...rules];
    schedule(sendWaiting, GATHER_MS);
  };
}
