/**
 * The scan runs of `npm run bench`: on each page, fresh loads for the floor, Backstory's scanner
 * (bundled for the page), mark.js and the regex baseline, each bounded by a deadline.
 */
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { repoRoot } from '../../tools/paths';
import type * as Baselines from './baselines';
import { fail, type Options } from './bench-cli';
import type * as BackstoryBench from './page-entry';
import type { BackstoryRun } from './page-entry';
import type { Outcome, PageResult } from './report';

declare global {
  interface Window {
    __backstoryBaselines: typeof Baselines;
    __backstoryBench: typeof BackstoryBench;
  }
}

export const HOVER_POINTS = 100;
export const HOVER_CALLS_PER_POINT = 20;
const markJsPath = resolve(repoRoot, 'node_modules/mark.js/dist/mark.min.js');

export function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Checked once per benchmark: whether Chromium reports long tasks to the page at all. */
let longTasksReported: boolean | null = null;

interface Loaded {
  page: Page;
  cdp: CDPSession;
}

/** A new tab with `url` loaded; any request that reaches a host other than 127.0.0.1 is fatal. */
async function loadFresh(context: BrowserContext, url: string): Promise<Loaded> {
  const page = await context.newPage();
  page.on('requestfinished', async (request) => {
    const host = new URL(request.url()).hostname;
    if (host === '127.0.0.1' || !request.url().startsWith('http')) return;
    // Chromium answers HSTS upgrades itself (307, "non-authoritative-reason"): no network.
    const response = await request.response();
    if (response?.headers()['non-authoritative-reason'] !== undefined) return;
    fail(`A request to ${host} was not blocked: the network isolation is broken.`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

async function closeQuietly({ page, cdp }: Loaded): Promise<void> {
  await cdp.detach().catch(() => {});
  await page.close({ runBeforeUnload: false }).catch(() => {});
}

/**
 * Runs `work` with a deadline. Page scripts run synchronously, so a promise race alone would
 * leave the renderer busy: on timeout the script is terminated through CDP.
 */
async function withinDeadline<T>(
  loaded: Loaded,
  work: Promise<T>,
  timeoutMs: number,
): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timed-out'>((done) => {
    timer = setTimeout(() => done('timed-out'), timeoutMs);
  });
  const outcome = await Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  if (outcome === 'timed-out') {
    work.catch(() => {});
    await loaded.cdp.send('Runtime.terminateExecution').catch(() => {});
  }
  return outcome;
}

async function heapUsedAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return used;
}

/** Runs of one wrapping baseline on one page, bounded by the timeout and the repeat budget. */
class BaselineRuns {
  readonly samples: number[] = [];
  mentions = 0;
  spentMs = 0;
  timedOut = false;
  error: string | null = null;

  constructor(
    private readonly options: Options,
    private readonly budgetS: number,
  ) {}

  wantsAnotherRun(): boolean {
    if (this.timedOut || this.error !== null) return false;
    if (this.samples.length >= this.options.runs) return false;
    const last = this.samples.at(-1);
    return last === undefined || this.spentMs + last <= this.options.repeatBudgetMs;
  }

  record(result: Baselines.WrapResult | 'timed-out', wallMs: number): void {
    this.spentMs += wallMs;
    if (result === 'timed-out') {
      if (this.samples.length === 0) this.timedOut = true;
      else this.error = 'stopped';
      return;
    }
    this.samples.push(result.ms);
    this.mentions = result.mentions;
  }

  outcome(): Outcome {
    if (this.samples.length > 0) {
      return { kind: 'measured', samplesMs: this.samples, mentions: this.mentions };
    }
    if (this.timedOut) return { kind: 'timed-out', budgetS: this.budgetS, completedSamplesMs: [] };
    return { kind: 'not-measured', why: this.error ?? 'no run completed' };
  }
}

export interface Bundles {
  baselines: string;
  backstory: string | { error: string };
}

export interface PageMeasurement {
  result: PageResult;
  memoryBefore: number[];
  memoryAfter: number[];
  hover: BackstoryBench.HoverSamples | null;
  notes: string[];
}

export interface PageToMeasure {
  context: BrowserContext;
  origin: string;
  /** Corpus path of the page. */
  file: string;
  bundles: Bundles;
  /** Names for the wrapping baselines. */
  names: readonly string[];
  highlightsCss: string;
  options: Options;
  /** Heap before and after Backstory's scan (the largest page only). */
  measureMemory: boolean;
  /** Hit-test cost per pointer move (the largest page only). */
  measureHover: boolean;
}

export async function measurePage(what: PageToMeasure): Promise<PageMeasurement> {
  const { context, origin, file, bundles, names, highlightsCss, options } = what;
  const { measureMemory, measureHover } = what;
  const url = `${origin}/${file}`;
  const floorSamples: number[] = [];
  let chars = 0;
  let textNodes = 0;
  const backstoryRuns: BackstoryRun[] = [];
  let backstoryError: string | null =
    typeof bundles.backstory === 'string' ? null : bundles.backstory.error;
  const memoryBefore: number[] = [];
  const memoryAfter: number[] = [];
  let hover: BackstoryBench.HoverSamples | null = null;
  const budgetS = options.timeoutMs / 1000;
  const markJs = new BaselineRuns(options, budgetS);
  const regex = new BaselineRuns(options, budgetS);

  for (let run = 0; run < options.runs; run += 1) {
    // The floor.
    const floorPage = await loadFresh(context, url);
    try {
      await floorPage.page.addScriptTag({ path: bundles.baselines });
      const floor = await floorPage.page.evaluate(() =>
        window.__backstoryBaselines.readEveryTextNode(),
      );
      floorSamples.push(floor.ms);
      chars = floor.chars;
      textNodes = floor.textNodes;
    } finally {
      await closeQuietly(floorPage);
    }

    // Backstory.
    if (typeof bundles.backstory === 'string' && backstoryError === null) {
      const loaded = await loadFresh(context, url);
      try {
        await loaded.page.addScriptTag({ path: bundles.backstory });
        if (longTasksReported === null) {
          longTasksReported = await loaded.page.evaluate(() =>
            window.__backstoryBench.longTasksAreReported(),
          );
        }
        await loaded.page.evaluate(
          (css) => window.__backstoryBench.observeLongTasks(css),
          highlightsCss,
        );
        if (measureMemory) memoryBefore.push(await heapUsedAfterGc(loaded.cdp));
        const result = await withinDeadline(
          loaded,
          loaded.page.evaluate(() => window.__backstoryBench.run()),
          options.timeoutMs,
        );
        if (result === 'timed-out') {
          backstoryError = `the scan did not finish within ${budgetS} s`;
        } else {
          backstoryRuns.push(result);
          if (measureMemory) memoryAfter.push(await heapUsedAfterGc(loaded.cdp));
          if (measureHover && hover === null) {
            hover = await loaded.page.evaluate(
              ([points, calls]) => window.__backstoryBench.measureHover(points, calls),
              [HOVER_POINTS, HOVER_CALLS_PER_POINT] as const,
            );
          }
        }
      } catch (error) {
        backstoryError = `failed in the page: ${message(error)}`;
      } finally {
        await closeQuietly(loaded);
      }
    }

    // The two wrapping baselines, each on its own load.
    for (const [runs, wrapper] of [
      [markJs, 'markJs'],
      [regex, 'regex'],
    ] as const) {
      if (!runs.wantsAnotherRun()) continue;
      const loaded = await loadFresh(context, url);
      try {
        await loaded.page.addScriptTag({ path: bundles.baselines });
        if (wrapper === 'markJs') await loaded.page.addScriptTag({ path: markJsPath });
        const started = performance.now();
        const work =
          wrapper === 'markJs'
            ? loaded.page.evaluate(
                (list) => window.__backstoryBaselines.markWithMarkJs(list),
                names,
              )
            : loaded.page.evaluate(
                (list) => window.__backstoryBaselines.wrapWithRegExps(list),
                names,
              );
        const result = await withinDeadline(loaded, work, options.timeoutMs);
        runs.record(result, performance.now() - started);
      } catch (error) {
        runs.error = `failed in the page: ${message(error)}`;
      } finally {
        await closeQuietly(loaded);
      }
    }
  }

  const last = backstoryRuns.at(-1);
  const longTasks = backstoryRuns.flatMap((run) => run.longTasks.map((task) => task.duration));
  const result: PageResult = {
    file,
    chars,
    textNodes,
    floor: { kind: 'measured', samplesMs: floorSamples, mentions: 0 },
    backstory: {
      scan:
        last === undefined
          ? { kind: 'not-measured', why: backstoryError ?? 'no run completed' }
          : {
              kind: 'measured',
              samplesMs: backstoryRuns.map((run) => run.scanMs),
              mentions: last.mentions,
            },
      compileSamplesMs: backstoryRuns.map((run) => run.compileMs),
      workSamplesMs: backstoryRuns.map((run) => run.stats.totalMs),
      longestTaskMs:
        longTasksReported === false
          ? 'not reported by this browser'
          : longTasks.length > 0
            ? Math.max(...longTasks)
            : null,
      longestChunkMs:
        backstoryRuns.length > 0
          ? Math.max(...backstoryRuns.map((run) => run.stats.longestChunkMs))
          : null,
    },
    markJs: markJs.outcome(),
    regex: regex.outcome(),
  };
  const notes: string[] = [];
  // With every category on, each mention should be painted once.
  if (last !== undefined && last.highlightedRanges !== last.mentions) {
    notes.push(
      `${file}: Backstory found ${last.mentions} mentions but registered ${last.highlightedRanges} highlight ranges.`,
    );
  }
  return { result, memoryBefore, memoryAfter, hover, notes };
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
