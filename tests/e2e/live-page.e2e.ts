/**
 * A page that never stops changing (issue 13): a feed that gains an item every 100 ms, forever.
 * Each new item must be highlighted within 2 s however long the page has been changing, and
 * what Backstory adds to the page's main-thread time must stay under 5% of the time that passes.
 *
 * Main-thread time is Chromium's (CDP `Performance.getMetrics` TaskDuration over a window of 40
 * page updates with nothing polling the page, the same page in the same browser with an empty
 * extension as the baseline). The wait for highlights is measured after that window, on the next
 * 30 items, by looking at the page every 50 ms (an upper bound: up to one look late). Firefox
 * offers no main-thread figure to a test: there the wait is asserted and the main-thread bound is
 * not measured (the scanner's budget, work-queue.ts, is the same code in both browsers). The
 * test process only waits for conditions; the windows are counted in page updates.
 */
import type { CDPSession } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  type BrowserName,
  pollUntil,
  type TestBrowser,
  useBaselineBrowser,
  useExtensionSession,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
/** Updates before the main-thread window: the first scan and the first burst are behind us. */
const WINDOW_START = 20;
/** The main-thread window: 40 updates, about 4 s, with nothing polling the page. */
const WINDOW_END = 60;
/** Then the items whose wait for a highlight is measured (the page polled every 50 ms). */
const FIRST_ITEM = WINDOW_END;
const LAST_ITEM = FIRST_ITEM + 30;
const LATENCY_LIMIT_MS = 2000;
const ADDED_SHARE_LIMIT = 0.05;
const RUNS_PER_SIDE = 2;

/** The least main-thread share of the window over `runs` (null where it is not measurable). */
function leastShare(runs: readonly TickerRun[]): number | null {
  const shares = runs.flatMap((run) =>
    run.windowTaskMs === null ? [] : [run.windowTaskMs / run.windowMs],
  );
  return shares.length === 0 ? null : Math.min(...shares);
}

interface PageView {
  now: number;
  ticks: number;
  /** Numbers of the feed items with a Backstory highlight. */
  highlighted: number[];
}

/** Runs in the page: what is highlighted now (CSS.highlights is the document's, shared by worlds). */
const lookAtPage = (): PageView => {
  const highlighted = new Set<number>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const range of highlight) {
      const container = range.startContainer;
      const element = container instanceof Element ? container : container.parentElement;
      const item = element?.closest('li');
      if (item?.dataset.n !== undefined) highlighted.add(Number(item.dataset.n));
    }
  }
  const { ticker } = window as unknown as { ticker: { ticks: number } };
  return { now: performance.now(), ticks: ticker.ticks, highlighted: [...highlighted] };
};

async function taskMs(cdp: CDPSession | null): Promise<number | null> {
  if (cdp === null) return null;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = metrics.find((metric) => metric.name === 'TaskDuration')?.value;
  return value === undefined ? null : value * 1000;
}

interface TickerRun {
  /** Page time from each item's arrival to the first look that found it highlighted. */
  latenciesMs: number[];
  /** Main-thread time over the window (Chromium), and the window's length. */
  windowTaskMs: number | null;
  windowMs: number;
}

async function watchTicker(browser: TestBrowser, url: string, expectHighlights: boolean) {
  const page = await browser.newPage();
  let cdp: CDPSession | null = null;
  try {
    await page.goto(url);
    if (browser.name === 'chromium') {
      cdp = await page.puppeteer.createCDPSession();
      await cdp.send('Performance.enable');
    }
    await page.evaluate(() => (window as unknown as { startTicker(): void }).startTicker());
    const firstSeenAt = new Map<number, number>();
    const look = async (): Promise<PageView> => {
      const view = await page.evaluate(lookAtPage);
      for (const n of view.highlighted) if (!firstSeenAt.has(n)) firstSeenAt.set(n, view.now);
      return view;
    };
    const until = async (
      done: (view: PageView) => boolean,
      message: string,
      timeout = 30_000,
    ): Promise<PageView> => {
      const view = await pollUntil(
        async () => {
          const current = await look();
          return done(current) ? current : undefined;
        },
        { timeout, message },
      );
      if (view === undefined) throw new Error('unreachable: pollUntil returns a truthy value');
      return view;
    };

    // One call that resolves in the page when the count is reached: nothing polls the page
    // during the main-thread window.
    const ticksReached = (count: number) =>
      page.evaluate(
        (wanted: number) =>
          new Promise<number>((resolve) => {
            const ticker = (window as unknown as { ticker: { ticks: number } }).ticker;
            const check = () => {
              if (ticker.ticks >= wanted) resolve(performance.now());
              else setTimeout(check, 100);
            };
            check();
          }),
        count,
      );
    const startAt = await ticksReached(WINDOW_START);
    const startTask = await taskMs(cdp);
    const endAt = await ticksReached(WINDOW_END);
    const endTask = await taskMs(cdp);
    if (expectHighlights) {
      await until(
        () => {
          for (let n = FIRST_ITEM; n < LAST_ITEM; n++) if (!firstSeenAt.has(n)) return false;
          return true;
        },
        `feed items ${FIRST_ITEM}–${LAST_ITEM - 1} to be highlighted`,
        20_000,
      );
    }
    const addedAt = await page.evaluate(
      () => (window as unknown as { ticker: { addedAt: number[] } }).ticker.addedAt,
    );
    const latenciesMs: number[] = [];
    for (let n = FIRST_ITEM; n < LAST_ITEM; n++) {
      const seen = firstSeenAt.get(n);
      const added = addedAt[n];
      if (seen !== undefined && added !== undefined) latenciesMs.push(seen - added);
    }
    const run: TickerRun = {
      latenciesMs,
      windowTaskMs: startTask !== null && endTask !== null ? endTask - startTask : null,
      windowMs: endAt - startAt,
    };
    return run;
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close();
  }
}

describe.each(browserNames)('%s: a page that never stops changing', (browserName) => {
  const session = useExtensionSession(browserName);
  const baseline = useBaselineBrowser(browserName);

  it('highlights every new item within 2 s, adding under 5% main-thread time', async () => {
    const { browser, server } = session();
    const url = server.url('/fixtures/live-ticker.html');
    // Two runs with and two without, interleaved; the least share of each side is compared,
    // because what the machine does beside the test only ever adds time to a window.
    const runs: TickerRun[] = [];
    const withouts: TickerRun[] = [];
    for (let round = 0; round < RUNS_PER_SIDE; round++) {
      runs.push(await watchTicker(browser, url, true));
      withouts.push(await watchTicker(await baseline(), url, false));
    }

    const latencies = runs.flatMap((run) => run.latenciesMs);
    const slowest = Math.max(...latencies);
    let note = `[live] ${browserName}: items ${FIRST_ITEM}–${LAST_ITEM - 1} highlighted after ${Math.round(Math.min(...latencies))}–${Math.round(slowest)} ms`;
    for (const run of runs) expect(run.latenciesMs).toHaveLength(LAST_ITEM - FIRST_ITEM);
    const withShare = leastShare(runs);
    const withoutShare = leastShare(withouts);
    if (withShare !== null && withoutShare !== null) {
      // The share of the window's time that Backstory added to the main thread.
      const added = withShare - withoutShare;
      note += `; main thread ${(withShare * 100).toFixed(1)}% of the window vs ${(withoutShare * 100).toFixed(1)}% without (least of ${RUNS_PER_SIDE} runs each): +${(added * 100).toFixed(1)}% of the time`;
      console.log(note);
      expect(added).toBeLessThan(ADDED_SHARE_LIMIT);
    } else {
      console.log(`${note}; main-thread time not measurable in this browser`);
    }
    expect(slowest).toBeLessThanOrEqual(LATENCY_LIMIT_MS);
  });
});
