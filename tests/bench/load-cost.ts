/**
 * What a reader pays for Backstory on a page load, measured with the built extension installed
 * in real Chromium, against the same Chromium without it:
 *
 * - main-thread time of the page's renderer for the whole load: CDP `Performance.getMetrics`
 *   TaskDuration read before navigation and once more `settleMs` after the `load` event, nothing
 *   in between (no polling that would itself cost main-thread time); with and without Backstory
 *   interleaved, each on a fresh tab;
 * - memory: after a forced garbage collection at the end of the same loads, the JavaScript heap
 *   (JSHeapUsedSize) and, from CDP `Runtime.getHeapUsage`, the backing stores outside it: array
 *   buffers (lookup tables, automata) and external strings (the scripts' sources). One V8
 *   isolate per renderer holds the page's world and the content script's isolated world;
 * - Backstory's own JavaScript: self time of every function from the extension's package
 *   (the content script, and the engine and popover scripts it loads) in a CPU profile of a
 *   separate load (the profiler's own cost stays out of the main-thread figures);
 * - for scale, the same main-thread time with the text-once reference installed instead
 *   (tools/text-once-extension.ts: a content script that reads every text node's data once at
 *   document_idle and stops), interleaved with the other two: what any content script that
 *   reads the page adds, the floor under Backstory's figure; and its script's own time in a CPU
 *   profile, profiled in turn with Backstory's, the floor under Backstory's own JavaScript.
 */
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { findBrowserExecutable } from '../../tools/browser-executables';
import { launchWithExtension, type TestBrowser } from '../../tools/launch';
import { chromiumIsolationArgs } from '../../tools/network-isolation';
import { makeTextOnceExtension } from '../../tools/text-once-extension';

/** A page that names nothing, then news articles (most of them name the actors). */
export const LOAD_COST_PAGES: readonly string[] = [
  'readability/001.html',
  'readability/lemonde-1.html',
  'readability/wapo-2.html',
  'readability/nytimes-1.html',
  'readability/bbc-1.html',
  'readability/yahoo-2.html',
];

/** Scripts of the extension's package: the content script and what it loads (engine, popover). */
const OWN_SCRIPTS = 'chrome-extension://';

export interface LoadCostOptions {
  origin: string;
  /** Corpus paths, e.g. `readability/001.html`. */
  pages: readonly string[];
  runs: number;
  profileRuns: number;
  /** Time after the `load` event that still counts as the page load. */
  settleMs: number;
  log?: (line: string) => void;
  /** Called with each function's self and total time, mean of the profiled loads, per page. */
  detail?: (file: string, byFunction: Map<string, FunctionTime>) => void;
  /** An unpacked Chromium extension to measure instead of the build in .output/. */
  extensionDir?: string;
}

export interface LoadCostSamples {
  file: string;
  withoutMs: number[];
  withMs: number[];
  /** Main-thread time with the text-once reference instead of Backstory. */
  referenceMs: number[];
  /** The text-once reference's JS heap plus backing stores, per load: any content script's floor. */
  referenceMemoryBytes: number[];
  withoutHeapBytes: number[];
  withHeapBytes: number[];
  /** Array buffers' and external strings' backing stores, outside the JavaScript heap. */
  withoutBackingBytes: number[];
  withBackingBytes: number[];
  /** Self time of the extension's scripts per profiled load. */
  scriptMs: number[];
  /** The same for the text-once reference's one script: what reading the page's text costs. */
  referenceScriptMs: number[];
  error?: string;
}

export interface LoadCostResult {
  chromium: string;
  pages: LoadCostSamples[];
}

interface Metrics {
  taskMs: number;
  heapBytes: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => {
    const found = list.find((metric) => metric.name === name)?.value;
    if (found === undefined) throw new Error(`Chromium reported no ${name}`);
    return found;
  };
  return { taskMs: value('TaskDuration') * 1000, heapBytes: value('JSHeapUsedSize') };
}

/** Waits `ms` of wall time in this process: the page is left alone while it passes. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freshTab(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  return { page, cdp };
}

async function closeTab({ page, cdp }: { page: Page; cdp: CDPSession }): Promise<void> {
  await cdp.detach().catch(() => {});
  await page.close({ runBeforeUnload: false }).catch(() => {});
}

/** One load: main-thread time from before navigation to `settleMs` after load, and the heap. */
export async function measureLoad(browser: Browser, url: string, settleMs: number) {
  const tab = await freshTab(browser);
  try {
    await tab.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(tab.cdp);
    await tab.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await pause(settleMs);
    const after = await metrics(tab.cdp);
    await tab.cdp.send('HeapProfiler.collectGarbage');
    const heap = await metrics(tab.cdp);
    const { backingStorageSize } = await tab.cdp.send('Runtime.getHeapUsage');
    return {
      taskMs: after.taskMs - before.taskMs,
      heapBytes: heap.heapBytes,
      backingBytes: backingStorageSize,
    };
  } finally {
    await closeTab(tab);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's time in a profile: its own, and with what it calls (its own scripts' and the browser's). */
export interface FunctionTime {
  selfMs: number;
  totalMs: number;
}

/**
 * Time (ms) by function of the scripts matching `urlPart`: where the time goes. A function is named with its script's file, line and column (the scripts are separate
 * bundles, so a name alone can be two functions); its total counts each sample once however
 * often the function is on that sample's stack.
 */
export function timeByFunction(profile: CpuProfile, urlPart: string): Map<string, FunctionTime> {
  const nameOf = new Map<number, string>();
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
    const frame = node.callFrame;
    if (!frame.url.includes(urlPart)) continue;
    const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    nameOf.set(
      node.id,
      `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`,
    );
  }
  const byName = new Map<string, FunctionTime>();
  const entry = (name: string): FunctionTime => {
    let time = byName.get(name);
    if (time === undefined) {
      time = { selfMs: 0, totalMs: 0 };
      byName.set(name, time);
    }
    return time;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const sampled = profile.samples[i] as number;
    const self = nameOf.get(sampled);
    if (self !== undefined) entry(self).selfMs += ms;
    const onStack = new Set<string>();
    for (let id: number | undefined = sampled; id !== undefined; id = parentOf.get(id)) {
      const name = nameOf.get(id);
      if (name !== undefined) onStack.add(name);
    }
    for (const name of onStack) entry(name).totalMs += ms;
  }
  return byName;
}

/** Each function's mean time over the profiled loads (0 in a load where it was not sampled). */
function meanTimes(runs: Map<string, FunctionTime>[]): Map<string, FunctionTime> {
  const mean = new Map<string, FunctionTime>();
  for (const run of runs) {
    for (const [name, time] of run) {
      const sum = mean.get(name) ?? { selfMs: 0, totalMs: 0 };
      sum.selfMs += time.selfMs / runs.length;
      sum.totalMs += time.totalMs / runs.length;
      mean.set(name, sum);
    }
  }
  return mean;
}

/** Backstory's own JavaScript time in one profiled load. */
export async function profileLoad(
  browser: Browser,
  url: string,
  settleMs: number,
  onProfile: (byFunction: Map<string, FunctionTime>) => void,
): Promise<number> {
  const tab = await freshTab(browser);
  try {
    await tab.cdp.send('Profiler.enable');
    await tab.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await tab.cdp.send('Profiler.start');
    await tab.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await pause(settleMs);
    const { profile } = (await tab.cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const times = timeByFunction(profile, OWN_SCRIPTS);
    onProfile(times);
    // Every sample of our scripts is some function's own time.
    let ownMs = 0;
    for (const time of times.values()) ownMs += time.selfMs;
    return ownMs;
  } finally {
    await closeTab(tab);
  }
}

async function launchPlain(): Promise<Browser> {
  const runningAsRoot = process.getuid?.() === 0;
  return puppeteer.launch({
    executablePath: findBrowserExecutable('chromium'),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    pipe: true,
    // The same switches as the browser with the extension (tools/launch.ts), no extension.
    args: [
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...chromiumIsolationArgs,
      ...(runningAsRoot ? ['--no-sandbox'] : []),
    ],
  });
}

type Side = 'with' | 'without' | 'reference';
const SIDES: readonly Side[] = ['without', 'reference', 'with'];

export async function measureLoadCost(options: LoadCostOptions): Promise<LoadCostResult> {
  const log = options.log ?? (() => {});
  const textOnce = makeTextOnceExtension();
  const opened: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const browser of opened) await browser.close().catch(() => {});
    textOnce.remove();
  };
  let withExtension: TestBrowser;
  let reference: TestBrowser;
  let without: Browser;
  try {
    withExtension = await launchWithExtension('chromium', {
      logLabel: 'bench',
      ...(options.extensionDir === undefined ? {} : { extensionDir: options.extensionDir }),
    });
    opened.push(withExtension);
    reference = await launchWithExtension('chromium', {
      extensionDir: textOnce.dir,
      logLabel: 'bench text-once reference',
    });
    opened.push(reference);
    without = await launchPlain();
    opened.push(without);
  } catch (error) {
    await closeAll();
    throw error;
  }
  const browserOf = (side: Side): Browser =>
    side === 'with'
      ? withExtension.puppeteer
      : side === 'reference'
        ? reference.puppeteer
        : without;
  const results: LoadCostSamples[] = options.pages.map((file) => ({
    file,
    withoutMs: [],
    withMs: [],
    referenceMs: [],
    referenceMemoryBytes: [],
    withoutHeapBytes: [],
    withHeapBytes: [],
    withoutBackingBytes: [],
    withBackingBytes: [],
    scriptMs: [],
    referenceScriptMs: [],
  }));
  try {
    // A warm-up load of each page in each browser: the first load pays for disk caches and
    // code caches that a reader's browser has warm.
    for (const file of options.pages) {
      const url = `${options.origin}/${file}`;
      for (const side of SIDES) await measureLoad(browserOf(side), url, 0).catch(() => {});
    }
    for (let run = 0; run < options.runs; run++) {
      for (const result of results) {
        if (result.error !== undefined) continue;
        const url = `${options.origin}/${result.file}`;
        try {
          // Interleaved, and the order turns so no side always goes first.
          for (let i = 0; i < SIDES.length; i++) {
            const side = SIDES[(run + i) % SIDES.length] as Side;
            const load = await measureLoad(browserOf(side), url, options.settleMs);
            if (side === 'with') {
              result.withMs.push(load.taskMs);
              result.withHeapBytes.push(load.heapBytes);
              result.withBackingBytes.push(load.backingBytes);
            } else if (side === 'without') {
              result.withoutMs.push(load.taskMs);
              result.withoutHeapBytes.push(load.heapBytes);
              result.withoutBackingBytes.push(load.backingBytes);
            } else {
              result.referenceMs.push(load.taskMs);
              result.referenceMemoryBytes.push(load.heapBytes + load.backingBytes);
            }
          }
        } catch (error) {
          result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
        }
      }
      log(`[bench] load cost: run ${run + 1} of ${options.runs}`);
    }
    for (const result of results) {
      if (result.error !== undefined) continue;
      const url = `${options.origin}/${result.file}`;
      const byFunctionOfRuns: Map<string, FunctionTime>[] = [];
      for (let run = 0; run < options.profileRuns; run++) {
        result.scriptMs.push(
          await profileLoad(withExtension.puppeteer, url, options.settleMs, (byFunction) =>
            byFunctionOfRuns.push(byFunction),
          ),
        );
        result.referenceScriptMs.push(
          await profileLoad(reference.puppeteer, url, options.settleMs, () => {}),
        );
      }
      options.detail?.(result.file, meanTimes(byFunctionOfRuns));
    }
    log('[bench] load cost: profiles done');
    return { chromium: withExtension.version, pages: results };
  } finally {
    await closeAll();
  }
}
