/**
 * The style recalculations a page load runs once the page's own document is parsed, in
 * Chromium, from a trace: what the highlights' stylesheet costs where it arrives. The engine has
 * it inserted as it registers ranges (utils/highlight-styles.ts), after the page has been
 * styled, and Chromium then restyles every element its `::highlight()` rules reach (the
 * elements of the types that hold the highlights, and what they hold), in a rendering task
 * that runs none of the extension's code, which own-tasks.ts therefore does not count
 * (docs/cost.md, "The highlights' stylesheet and the restyle it brings"). A restyle's element
 * count counts an element once per highlight name whose rule it matches.
 *
 * Counted from the page's DOMContentLoaded (the first pass starts at document_idle, after it),
 * so that the page's first styling is left out; the page's later restyles are counted too, and
 * the same load with an empty extension tells them apart.
 *
 * Also read: the walks a new stylesheet costs. When the active stylesheets change, Chromium
 * visits every element of the document (`StyleEngine::scheduleInvalidationsForRuleSets`) to
 * find which the new rules may reach — whatever the rules, even where they match nothing — as
 * part of the next restyle: on a page of 96,000 elements 23–44 ms for each stylesheet inserted.
 * So a restyle's element count does not show the whole price of a stylesheet on a huge page.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { elementCount?: number; data?: { isMainFrame?: boolean } };
}

/** One load's restyles after DOMContentLoaded, on the thread that ran it. */
export interface RestyleLoad {
  /**
   * The restyle of the most elements (the stylesheet's, where it arrives: about every element
   * of the page), its time (ms) and its elements; 0 and 0 where none ran.
   */
  largestMs: number;
  largestElements: number;
  /** The time of all of them (ms). */
  totalMs: number;
  /**
   * The walks of the document for changed stylesheets that took at least WALK_MIN_MS: how
   * many, their time (ms) and the longest (ms).
   */
  sheetWalks: number;
  sheetWalksMs: number;
  longestSheetWalkMs: number;
}

/** Walks shorter than this (a small page's, or one cut short by a pending full restyle) are not counted. */
export const WALK_MIN_MS = 1;

/** Chromium's trace event for the walk of a tree scope after its active stylesheets changed. */
const SHEET_WALK = 'StyleEngine::scheduleInvalidationsForRuleSets';

/** The page's DOMContentLoaded mark in its main frame (DevTools' `MarkDOMContent`). */
function domContentMark(events: readonly TraceEvent[]): TraceEvent | undefined {
  return events.find((event) => event.name === 'MarkDOMContent' && event.args?.data?.isMainFrame);
}

/** Reads one load's trace; null where the trace has no DOMContentLoaded mark of the main frame. */
export function restylesAfterDomContent(events: readonly TraceEvent[]): RestyleLoad | null {
  const mark = domContentMark(events);
  if (mark === undefined) return null;
  const load: RestyleLoad = {
    largestMs: 0,
    largestElements: 0,
    totalMs: 0,
    sheetWalks: 0,
    sheetWalksMs: 0,
    longestSheetWalkMs: 0,
  };
  for (const event of events) {
    if (event.ph !== 'X') continue;
    if (event.pid !== mark.pid || event.tid !== mark.tid || event.ts < mark.ts) continue;
    const ms = (event.dur ?? 0) / 1000;
    if (event.name === SHEET_WALK && ms >= WALK_MIN_MS) {
      load.sheetWalks += 1;
      load.sheetWalksMs += ms;
      load.longestSheetWalkMs = Math.max(load.longestSheetWalkMs, ms);
    }
    if (event.name !== 'UpdateLayoutTree') continue;
    const elements = event.args?.elementCount ?? 0;
    load.totalMs += ms;
    if (elements > load.largestElements) {
      load.largestMs = ms;
      load.largestElements = elements;
    }
  }
  return load;
}

/** The trace categories the reading needs (`blink_style` for the walks). */
export const RESTYLE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink_style',
];
