/**
 * Long tasks during a page load, in Chromium and Firefox, with Backstory installed, with an
 * empty extension instead, and with the text-once reference (an extension whose content script
 * only reads the page's text once, tools/text-once-extension.ts): does Backstory ever hold the
 * main thread for more than 50 ms, and how long is the task any content script that reads the
 * page makes?
 *
 * Firefox reports no long tasks to pages (no `longtask` entries) and no CPU profile to a
 * driver, so both browsers are measured the same way: a timer in the page's own world fires
 * every 10 ms from before the page's first script, and the longest gap between two of its
 * firings, less the 10 ms, bounds the longest task that ran in between — the page's, the
 * browser's or a content script's, which share the page's main thread. Counted from the
 * page's DOMContentLoaded (Backstory starts at document_idle, after it) to `settleMs` after the
 * `load` event; the corpus pages are served with every other host blocked, so after
 * DOMContentLoaded the page itself has little left to run. The same page without Backstory
 * gives what the page and the browser do by themselves.
 */
import { makeEmptyExtension } from '../../tools/empty-extension';
import { launchWithExtension, type TestBrowser } from '../../tools/launch';
import type { BrowserName } from '../../tools/paths';
import { gotoSavedPage } from '../../tools/test-page';
import { makeTextOnceExtension } from '../../tools/text-once-extension';

export const LONG_TASK_MS = 50;
const PROBE_INTERVAL_MS = 10;

export interface LongTaskSamples {
  file: string;
  /** Longest task after DOMContentLoaded, per load, ms. */
  withMs: number[];
  withoutMs: number[];
  /** The same with the text-once reference instead of Backstory. */
  referenceMs: number[];
  error?: string;
}

export interface LongTaskResult {
  browser: BrowserName;
  version: string;
  pages: LongTaskSamples[];
}

export interface LongTaskOptions {
  origin: string;
  pages: readonly string[];
  runs: number;
  settleMs: number;
  log?: (line: string) => void;
  /** An unpacked extension to measure instead of the build in .output/ (e.g. a variant of it). */
  extensionDir?: string;
}

declare global {
  interface Window {
    __backstoryProbe?: { gaps: [at: number, gap: number][]; domContentLoaded: number | null };
  }
}

/** Runs in the page before its first script: the 10 ms timer and its gaps over 20 ms. */
function installProbe(interval: number): void {
  const probe: NonNullable<Window['__backstoryProbe']> = { gaps: [], domContentLoaded: null };
  window.__backstoryProbe = probe;
  document.addEventListener('DOMContentLoaded', () => {
    probe.domContentLoaded = performance.now();
  });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 2 * interval) probe.gaps.push([last, now - last]);
    last = now;
  }, interval);
}

async function longestTaskOfLoad(
  browser: TestBrowser,
  url: string,
  settleMs: number,
): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.puppeteer.evaluateOnNewDocument(installProbe, PROBE_INTERVAL_MS);
    await gotoSavedPage(page, url);
    // A benchmark window, not a test's wait: the time after load that still counts.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const probe = await page.evaluate(() => window.__backstoryProbe ?? null);
    if (probe === null || probe.domContentLoaded === null) {
      throw new Error(`the probe did not run on ${url}`);
    }
    const from = probe.domContentLoaded;
    let longest = 0;
    for (const [at, gap] of probe.gaps) {
      // A gap that ends after DOMContentLoaded, counted from it.
      const counted = Math.min(gap, at + gap - from);
      if (counted > longest) longest = counted;
    }
    return Math.max(0, longest - PROBE_INTERVAL_MS);
  } finally {
    await page.close();
  }
}

type Side = 'with' | 'without' | 'reference';
const SIDES: readonly Side[] = ['without', 'reference', 'with'];

export async function measureLongTasks(
  browserName: BrowserName,
  options: LongTaskOptions,
): Promise<LongTaskResult> {
  const log = options.log ?? (() => {});
  const empty = makeEmptyExtension();
  const textOnce = makeTextOnceExtension();
  const browsers: Partial<Record<Side, TestBrowser>> = {};
  const closeAll = async () => {
    for (const browser of Object.values(browsers)) await browser.close();
    empty.remove();
    textOnce.remove();
  };
  try {
    browsers.with = await launchWithExtension(browserName, {
      extensionDir: options.extensionDir,
      logLabel: 'bench',
    });
    browsers.without = await launchWithExtension(browserName, {
      extensionDir: empty.dir,
      logLabel: 'bench baseline',
    });
    browsers.reference = await launchWithExtension(browserName, {
      extensionDir: textOnce.dir,
      logLabel: 'bench text-once reference',
    });
  } catch (error) {
    await closeAll();
    throw error;
  }
  const on = (side: Side) => browsers[side] as TestBrowser;
  try {
    const pages: LongTaskSamples[] = options.pages.map((file) => ({
      file,
      withMs: [],
      withoutMs: [],
      referenceMs: [],
    }));
    const samplesOf = (page: LongTaskSamples, side: Side) =>
      side === 'with' ? page.withMs : side === 'without' ? page.withoutMs : page.referenceMs;
    for (const page of pages) {
      const url = `${options.origin}/${page.file}`;
      try {
        // One warm-up load each, then the runs, the order turning so no side always goes first.
        for (const side of SIDES) await longestTaskOfLoad(on(side), url, 0);
        for (let run = 0; run < options.runs; run++) {
          for (let i = 0; i < SIDES.length; i++) {
            const side = SIDES[(run + i) % SIDES.length] as Side;
            samplesOf(page, side).push(await longestTaskOfLoad(on(side), url, options.settleMs));
          }
        }
      } catch (error) {
        page.error = error instanceof Error ? error.message : String(error);
      }
      log(`[bench] long tasks, ${browserName}: ${page.file} done`);
    }
    return { browser: browserName, version: on('with').version, pages };
  } finally {
    await closeAll();
  }
}

const worst = (values: readonly number[]) => (values.length > 0 ? Math.max(...values) : NaN);
const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(0));

export function renderLongTaskTable(results: readonly LongTaskResult[]): string {
  const lines = [
    '| Browser | Page | Longest task with Backstory (ms, worst load) | Text-once reference (ms, worst load) | Empty extension (ms, worst load) |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    for (const page of result.pages) {
      const cells = page.error
        ? [`error: ${page.error}`, '', '']
        : [ms(worst(page.withMs)), ms(worst(page.referenceMs)), ms(worst(page.withoutMs))];
      lines.push(`| ${result.browser} ${result.version} | ${page.file} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/**
 * The goal: no task over 50 ms caused by Backstory. A page whose worst load with Backstory has a
 * task over 50 ms counts against it unless the same page has one as long without Backstory.
 */
export function longTaskTargetLine(results: readonly LongTaskResult[]): string {
  const over: string[] = [];
  for (const result of results) {
    for (const page of result.pages) {
      const withWorst = worst(page.withMs);
      if (page.error || Number.isNaN(withWorst)) {
        over.push(`${result.browser} ${page.file} (not measured)`);
      } else if (withWorst > LONG_TASK_MS && withWorst > worst(page.withoutMs)) {
        over.push(`${result.browser} ${page.file} (${ms(withWorst)} ms)`);
      }
    }
  }
  return over.length === 0
    ? `- No task over ${LONG_TASK_MS} ms caused by Backstory during a page load, in ${results.map((r) => r.browser).join(' and ')}: met.`
    : `- No task over ${LONG_TASK_MS} ms caused by Backstory during a page load: **not met** — ${over.join(', ')}.`;
}

export function longTaskMethodNote(runs: number, settleMs: number): string {
  return `Long tasks: a 10 ms timer in the page's own world from before its first script; the longest gap between two firings, less 10 ms, from DOMContentLoaded to ${settleMs / 1000} s after \`load\`, bounds the longest task in between. Worst of ${runs} loads each with Backstory, with the text-once reference (an extension whose content script reads every text node's data once with a TreeWalker at document_idle and stops: what any content script that reads the page costs) and with an empty extension, interleaved (the order turns), after one warm-up load each.`;
}
