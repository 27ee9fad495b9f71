import { describe, expect, it } from 'vitest';
import { restylesAfterDomContent, type TraceEvent, WALK_MIN_MS } from '../../bench/restyles';

const MAIN = { pid: 1, tid: 7 };
const mark: TraceEvent = {
  name: 'MarkDOMContent',
  ph: 'I',
  ts: 1_000,
  ...MAIN,
  args: { data: { isMainFrame: true } },
};
const restyle = (ts: number, ms: number, elements: number, thread = MAIN): TraceEvent => ({
  name: 'UpdateLayoutTree',
  ph: 'X',
  ts,
  dur: ms * 1000,
  ...thread,
  args: { elementCount: elements },
});

describe("a load's restyles after DOMContentLoaded", () => {
  it('counts those on the main frame’s thread from its mark on, and names the one of the most elements', () => {
    const load = restylesAfterDomContent([
      restyle(500, 40, 900), // the page's first styling, before the mark
      mark,
      restyle(2_000, 1.5, 12),
      restyle(3_000, 9.25, 772),
      restyle(4_000, 12, 300), // longer, but of fewer elements
      restyle(3_500, 30, 500, { pid: 2, tid: 7 }), // another renderer's
      { ...restyle(5_000, 20, 100), ph: 'B' }, // not a complete slice
    ]);
    expect(load).toMatchObject({ largestMs: 9.25, largestElements: 772, totalMs: 22.75 });
    expect(load?.sheetWalks).toBe(0);
  });

  it('counts the stylesheet walks of the main frame’s thread after the mark that take at least WALK_MIN_MS', () => {
    const walk = (ts: number, ms: number, thread = MAIN): TraceEvent => ({
      name: 'StyleEngine::scheduleInvalidationsForRuleSets',
      ph: 'X',
      ts,
      dur: ms * 1000,
      ...thread,
    });
    const load = restylesAfterDomContent([
      walk(500, 30), // before the mark: the page's own sheets as it loads
      mark,
      restyle(2_000, 26, 289),
      walk(2_001, 23.5), // inside that restyle
      walk(3_000, WALK_MIN_MS / 2), // a small one, not counted
      restyle(4_000, 31, 892),
      walk(4_001, 24),
      walk(4_500, 40, { pid: 2, tid: 7 }), // another renderer's
      { ...walk(5_000, 50), ph: 'B' }, // not a complete slice
    ]);
    expect(load).toEqual({
      largestMs: 31,
      largestElements: 892,
      totalMs: 57,
      sheetWalks: 2,
      sheetWalksMs: 47.5,
      longestSheetWalkMs: 24,
    });
  });

  it('is zero where nothing is restyled, and null where the trace has no mark of the main frame', () => {
    const quiet = restylesAfterDomContent([mark]);
    expect(quiet).not.toBeNull();
    expect(Object.entries(quiet ?? {}).filter(([, value]) => value !== 0)).toEqual([]);
    const subframe = { ...mark, args: { data: { isMainFrame: false } } };
    expect(restylesAfterDomContent([subframe, restyle(2_000, 3, 10)])).toBeNull();
  });
});
