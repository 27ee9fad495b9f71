/**
 * One page load on a fresh tab of Chromium, traced: the trace's events, for the benches that
 * read a load's tasks (own-tasks.ts) or its restyles (restyles.ts) out of them.
 */
import type { Browser } from 'puppeteer-core';

/**
 * Loads `url` on a fresh tab with Chromium's tracing on for `categories`, from before the
 * navigation to `settleMs` after `load`; returns the trace's events (typed by the caller, who
 * reads only what it asked for).
 */
export async function traceEventsOfLoad<Event>(
  browser: Browser,
  url: string,
  settleMs: number,
  categories: readonly string[],
): Promise<Event[]> {
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: [...categories] });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // A benchmark window, not a test's wait: the time after load that still counts.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const trace = await page.tracing.stop();
    if (trace === undefined) throw new Error('Chromium returned no trace');
    return (JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: Event[] })
      .traceEvents;
  } finally {
    await page.close().catch(() => {});
  }
}
