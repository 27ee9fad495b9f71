/**
 * Pages that load the main thread, in Chromium and Firefox: a DOM that changes every 100 ms,
 * and a page of a million characters (generated into a temporary folder). Each is also measured
 * in the same browser with an empty extension, and the figures are printed at the end. Timed
 * in-page observation windows are measurements (the churn lasts 5 s by design); the test process
 * itself only ever waits for conditions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  defaultMounts,
  pollUntil,
  readBackstoryHighlights,
  type TestBrowser,
  type TestPage,
  useBaselineBrowser,
  useExtensionSession,
  withLiveHighlights,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const churnMs = 5_000;

const generatedDir = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
const millionPage = writeMillionCharacterPage(generatedDir);
afterAll(() => rmSync(generatedDir, { recursive: true, force: true }));

/** The figures measured here, printed once at the end. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) console.log(`[hostile] measured:\n  ${figures.join('\n  ')}`);
});

describe.each(browserNames)('hostile load in %s', (browserName) => {
  const session = useExtensionSession(browserName, {
    ...defaultMounts(),
    '/generated': generatedDir,
  });

  const baseline = useBaselineBrowser(browserName);

  it('stays bounded while the page changes its DOM every 100 ms, and catches up after', async () => {
    const { browser, server } = session();
    const url = server.url('/fixtures/hostile/dom-churn.html');
    const run = await measureChurn(browser, url);
    // The same page in the same browser with an empty extension instead of Backstory.
    const without = await measureChurn(await baseline(), url, false);
    let note = `${browserName} churn ${churnMs / 1000} s: ${run.ticks} page updates; longest frame gap ${run.longestGapMs} ms (without Backstory ${without.longestGapMs} ms)`;
    if (run.metrics && without.metrics) {
      // Chromium: main-thread time (CDP Performance.getMetrics) over the churn window.
      const extraTask = run.metrics.taskMs - without.metrics.taskMs;
      const extraScript = run.metrics.scriptMs - without.metrics.scriptMs;
      const perSecond = extraTask / (churnMs / 1000);
      note += `; main thread ${run.metrics.taskMs} ms (script ${run.metrics.scriptMs} ms) vs ${without.metrics.taskMs} ms (script ${without.metrics.scriptMs} ms) without: +${extraTask} ms task, +${extraScript} ms script = ${Math.round(perSecond)} ms per second of churn`;
      // The rescan budget is 100 ms per second; callbacks that only collect nodes add little.
      expect(perSecond).toBeLessThan(150);
    }
    figures.push(note);
    // The page's own 100 ms timer kept running (50 in 5 s when idle). Frame gaps are wall-clock
    // figures that swing with the machine's load: they are reported above, not asserted; the
    // benchmark (npm run bench) is where scan timing is measured.
    expect(run.ticks).toBeGreaterThanOrEqual(25);
    // After the churn, the ticker's last text is what is highlighted, and only that.
    expect(run.tickerHighlights).toEqual(['Kremlin']);
  });

  it('highlights the end of a page of a million characters and keeps the page responsive', async () => {
    const { browser, server } = session();
    const url = server.url(`/generated/${millionPage.file}`);
    const page = await browser.newPage();
    try {
      const result = await measureMillion(page, url, null);
      const texts = (await readBackstoryHighlights(page)).flatMap((h) =>
        h.ranges.map((r) => r.text),
      );
      // The same page in the same browser without Backstory, watched as long.
      const without = await baseline().then(async (other) => {
        const plain = await other.newPage();
        try {
          return await measureMillion(plain, url, Math.max(result.sinceReadyMs, 500));
        } finally {
          await plain.close();
        }
      });
      figures.push(
        `${browserName} ${millionPage.characters.toLocaleString('en')} characters — with Backstory: ${describeMillion(result)}; without: ${describeMillion(without)}`,
      );
      expect(texts).toEqual(['Sergey Lavrov', 'Marco Rubio']);
      expect(result.sinceReadyMs).toBeLessThan(5_000);
      // The longest frame gap, with and without Backstory, is reported above but not asserted:
      // it holds the browser's own first layout of a million characters and swings with the
      // machine's load. Scan slices and long tasks are measured by `npm run bench`.
    } finally {
      await page.close();
    }
  });
});

// ---------------------------------------------------------------- churn

interface ChurnRun {
  ticks: number;
  longestGapMs: number;
  /** Chromium only: main-thread task and script time during the churn (CDP Performance). */
  metrics: { taskMs: number; scriptMs: number } | null;
  tickerHighlights: string[];
}

async function measureChurn(
  browser: TestBrowser,
  url: string,
  withBackstory = true,
): Promise<ChurnRun> {
  const page = await browser.newPage();
  let cdp: CDPSession | null = null;
  try {
    await page.goto(url);
    if (browser.name === 'chromium') {
      cdp = await page.puppeteer.createCDPSession();
      await cdp.send('Performance.enable');
    }
    const before = cdp ? await mainThreadMs(cdp) : null;
    await page.evaluate((durationMs: number) => {
      const state = window as unknown as { longestGap: number; startChurn(ms: number): void };
      state.longestGap = 0;
      let last = performance.now();
      const frame = (at: number) => {
        state.longestGap = Math.max(state.longestGap, at - last);
        last = at;
        if (!(window as unknown as { churn: { done: boolean } }).churn.done)
          requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      state.startChurn(durationMs);
    }, churnMs);
    await page.waitFor(() => (window as unknown as { churn: { done: boolean } }).churn.done, {
      timeout: churnMs + 10_000,
      message: 'the page to finish its churn',
    });
    const after = cdp ? await mainThreadMs(cdp) : null;
    const { ticks, longestGap } = await page.evaluate(() => ({
      ticks: (window as unknown as { churn: { ticks: number } }).churn.ticks,
      longestGap: Math.round((window as unknown as { longestGap: number }).longestGap),
    }));
    // Only with Backstory: the ticker's final text gets highlighted once the page is quiet
    // (at the next flush, within about a second).
    let tickerHighlights: string[] = [];
    if (withBackstory) {
      // The ticker's highlighted texts, joined; '' until they are `expected` (null: any).
      const tickerTexts = (expected: string | null) =>
        withLiveHighlights(
          page,
          (highlights, wanted: string | null) => {
            const joined = highlights
              .filter(({ name }) => name !== 'backstory-focus')
              .flatMap(({ ranges }) => ranges)
              .filter((range) => (range.startContainer.parentElement?.id ?? '') === 'ticker')
              .map((range) => range.toString())
              .join('|');
            return wanted === null || joined === wanted ? joined : '';
          },
          expected,
        );
      await pollUntil(() => tickerTexts('Kremlin'), {
        timeout: 20_000,
        message: 'the final ticker text to be highlighted',
      }).catch(() => {});
      tickerHighlights = (await tickerTexts(null)).split('|').filter(Boolean);
    }
    return {
      ticks,
      longestGapMs: longestGap,
      metrics:
        before && after
          ? {
              taskMs: Math.round(after.taskMs - before.taskMs),
              scriptMs: Math.round(after.scriptMs - before.scriptMs),
            }
          : null,
      tickerHighlights,
    };
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close();
  }
}

async function mainThreadMs(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration') };
}

// ---------------------------------------------------------------- a million characters

interface MillionResult {
  highlighted: boolean;
  /** From DOMContentLoaded to the end being highlighted (or to the end of the watch). */
  sinceReadyMs: number;
  longestGapMs: number;
  /** Chromium: durations of long tasks since DOMContentLoaded; null where not observable. */
  longTasks: number[] | null;
}

/** Loads the million-character page and waits for its in-page measurement. */
async function measureMillion(page: TestPage, url: string, stopAfterMs: number | null) {
  await page.goto(url);
  if (stopAfterMs !== null) {
    await page.evaluate((ms: number) => {
      (window as unknown as { millionWatch: { stopAfterMs: number } }).millionWatch.stopAfterMs =
        ms;
    }, stopAfterMs);
  }
  const result = await page.waitFor(
    () => (window as unknown as { millionResult?: MillionResult }).millionResult,
    { timeout: 30_000, message: 'the end of the million-character page to be highlighted' },
  );
  if (!result) throw new Error('unreachable: waitFor returns a truthy value');
  return result;
}

function describeMillion(result: MillionResult): string {
  const tasks =
    result.longTasks === null
      ? ''
      : `, long tasks ${result.longTasks.length ? result.longTasks.join(', ') : 'none'} ms`;
  return `${result.highlighted ? 'end highlighted' : 'watched'} ${result.sinceReadyMs} ms after DOMContentLoaded, longest frame gap ${result.longestGapMs} ms${tasks}`;
}

/**
 * Writes a page of about 1,000,000 characters of text that names nobody, in 5,000 paragraphs
 * with a bold word each, and names two people in its last paragraph. An inline script records,
 * from DOMContentLoaded (the content script cannot start earlier) until that paragraph is
 * highlighted, the longest gap between animation frames and (Chromium) the long tasks. That
 * window also holds the browser's own first layout of the page, so the same page is measured
 * without Backstory too.
 */
function writeMillionCharacterPage(dir: string): { file: string; characters: number } {
  const words =
    'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(
      ' ',
    );
  const paragraphs: string[] = [];
  let characters = 0;
  for (let i = 0; characters < 1_000_000; i++) {
    const sentence: string[] = [];
    for (let w = 0; w < 30; w++) sentence.push(words[(i * 7 + w * 3) % words.length] ?? 'lorem');
    const text = `${sentence.slice(0, 10).join(' ')} <b>${sentence[10]}</b> ${sentence.slice(11).join(' ')}.`;
    characters += text.length - 7;
    paragraphs.push(`<p>${text}</p>`);
  }
  const monitor = `
    const endId = 'end';
    const longTasks = [];
    let readyAt = -1;
    const observesLongTasks = typeof PerformanceObserver !== 'undefined'
      && PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (observesLongTasks) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (readyAt >= 0 && entry.startTime >= readyAt) longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    }
    // Without Backstory nothing gets highlighted: the test sets how long to watch instead.
    window.millionWatch = { stopAfterMs: null };
    const endHighlighted = () => [...CSS.highlights.entries()].some(([name, h]) =>
      name.startsWith('backstory-') && [...h].some((r) => r.startContainer.parentElement?.id === endId));
    addEventListener('DOMContentLoaded', () => {
      readyAt = performance.now();
      let last = readyAt;
      let longest = 0;
      const frame = (at) => {
        longest = Math.max(longest, at - last);
        last = at;
        const highlighted = endHighlighted();
        const stop = window.millionWatch.stopAfterMs;
        if (highlighted || (stop !== null && at - readyAt >= stop)) {
          window.millionResult = {
            highlighted,
            sinceReadyMs: Math.round(at - readyAt),
            longestGapMs: Math.round(longest),
            longTasks: observesLongTasks ? longTasks : null,
          };
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A million characters</title><script>${monitor}</script></head><body><article>${paragraphs.join('\n')}</article><article><p id="end">Sergey Lavrov met Marco Rubio in Riyadh for talks on ending the war against Ukraine.</p></article></body></html>`;
  const file = 'million.html';
  writeFileSync(join(dir, file), html);
  return { file, characters };
}
