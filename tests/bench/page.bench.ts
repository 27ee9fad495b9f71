/**
 * `npm run bench`: Backstory's page scan against the floor (reading every text node once),
 * mark.js and one-RegExp-per-name wrapping, in real headless Chromium on real publisher pages
 * served from 127.0.0.1. Every method gets a fresh page load for every run, because the two
 * wrapping baselines change the DOM. Writes bench-report.md and prints its table.
 *
 * Options: --runs N (default 5), --timeout S (one baseline run is stopped after S seconds,
 * default 20), --repeat-budget S (a baseline is run again on a page only while its runs there
 * stay within S seconds in total, default 3), --pages a,b (corpus paths, for a quick look).
 * mark.js and the regex baseline take seconds per page with the dataset's several hundred
 * names; these two bounds keep a full run near five minutes on two cores.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { datasetFileHash } from '../../modules/validate-dataset';
import { chromiumIsolationArgs } from '../../tools/network-isolation';
import { repoRoot } from '../../tools/paths';
import { startStaticServer } from '../../tools/static-server';
import { aliasForms } from '../../utils/dataset/alias-forms';
import { dataset } from '../../utils/dataset/index';
import type { Dataset } from '../../utils/dataset/schema';
import { sharedDir } from '../support/shared-dir';
import type * as Baselines from './baselines';
import type * as BackstoryBench from './page-entry';
import type { BackstoryRun } from './page-entry';
import {
  type Figure,
  type HoverCost,
  type MemoryCost,
  median,
  type Outcome,
  type PageResult,
  type Report,
  renderReport,
  renderTable,
} from './report';

declare global {
  interface Window {
    __backstoryBaselines: typeof Baselines;
    __backstoryBench: typeof BackstoryBench;
  }
}

const COMMAND = 'npm run bench';
const OMNIBUS = 'large/readability-omnibus.html';
/** Readability pages that mention the actors (see MANIFEST.tsv). */
const ACTOR_PAGES = ['nytimes-1', 'yahoo-1', 'breitbart', 'bbc-1', 'wapo-2'].map(
  (name) => `readability/${name}.html`,
);
const HOVER_POINTS = 100;
const HOVER_CALLS_PER_POINT = 20;

const benchDir = resolve(repoRoot, '.tmp/bench');
const markJsPath = resolve(repoRoot, 'node_modules/mark.js/dist/mark.min.js');
const contentScriptPath = resolve(repoRoot, '.output/chrome-mv3/content-scripts/content.js');
/** Loaded by the content script on the first hover, not on every page. */
const popoverScriptPath = resolve(repoRoot, '.output/chrome-mv3/popover.js');
const highlightsCssPath = resolve(repoRoot, 'utils/page/highlights.css');

interface Options {
  runs: number;
  timeoutMs: number;
  repeatBudgetMs: number;
  pages: string[] | null;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '20' },
      'repeat-budget': { type: 'string', default: '3' },
      pages: { type: 'string' },
    },
  });
  const positive = (text: string, name: string): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`--${name} must be a positive number`);
    return value;
  };
  return {
    runs: Math.round(positive(values.runs, 'runs')),
    timeoutMs: positive(values.timeout, 'timeout') * 1000,
    repeatBudgetMs: positive(values['repeat-budget'], 'repeat-budget') * 1000,
    pages: values.pages ? values.pages.split(',').map((page) => page.trim()) : null,
  };
}

function fail(message: string): never {
  console.error(`\n!!! ${message}\n!!! The page benchmark did not run.\n`);
  process.exit(1);
}

/** The omnibus page, the other large pages, then readability pages that mention the actors. */
function choosePages(
  corpus: string,
  wanted: string[] | null,
): { pages: string[]; notes: string[] } {
  const listed = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((file) => file.length > 0);
  const large = listed.filter((file) => file.startsWith('large/') && file !== OMNIBUS);
  const chosen = wanted ?? [OMNIBUS, ...large, ...ACTOR_PAGES];
  const missing = chosen.filter((file) => !listed.includes(file));
  return {
    pages: chosen.filter((file) => listed.includes(file)),
    notes: missing.map((file) => `${file} is not in the corpus MANIFEST.tsv: skipped.`),
  };
}

/** Bundles a module for the page as a classic script that sets `window[globalName]`. */
async function bundleForPage(entry: string, globalName: string, datasetHash: string) {
  const fileName = `${globalName}.js`;
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'error',
    publicDir: false,
    resolve: { alias: { '@': repoRoot } },
    define: {
      __BACKSTORY_DATASET_HASH__: JSON.stringify(datasetHash),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir: benchDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: resolve(repoRoot, entry),
        name: globalName,
        formats: ['iife'],
        fileName: () => fileName,
      },
    },
  });
  return join(benchDir, fileName);
}

/**
 * The names given to mark.js and the regex baseline: every alias × ending and every figure
 * form, as the matcher compiles them, spelled as the dataset writes them.
 */
function namesFromDataset(data: Dataset): string[] {
  const names = new Set<string>();
  for (const entity of data.entities) {
    for (const alias of entity.aliases) {
      for (const form of aliasForms(alias)) names.add(form);
    }
  }
  for (const figure of data.figures) for (const form of figure.forms) names.add(form.text);
  return [...names];
}

function message(error: unknown): string {
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

interface Bundles {
  baselines: string;
  backstory: string | { error: string };
}

interface PageMeasurement {
  result: PageResult;
  memoryBefore: number[];
  memoryAfter: number[];
  hover: BackstoryBench.HoverSamples | null;
  notes: string[];
}

async function measurePage(
  context: BrowserContext,
  origin: string,
  file: string,
  bundles: Bundles,
  names: readonly string[],
  highlightsCss: string,
  options: Options,
  measureMemory: boolean,
  measureHover: boolean,
): Promise<PageMeasurement> {
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

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function gzippedSize(path: string): Figure<number> {
  try {
    return { value: gzipSync(readFileSync(path)).length };
  } catch (error) {
    return { notMeasured: `${path} could not be read (${message(error)})` };
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const options = readOptions();
  if (sharedDir === undefined) {
    fail('The corpus of real pages is missing: set BACKSTORY_SHARED to the shared folder.');
  }
  const corpus = join(sharedDir, 'corpus');
  const { pages, notes } = choosePages(corpus, options.pages);
  if (pages.length === 0) fail(`No pages to measure in ${corpus}.`);

  const datasetHash = datasetFileHash();
  const names = namesFromDataset(dataset);
  const baselines = await bundleForPage(
    'tests/bench/baselines.ts',
    '__backstoryBaselines',
    datasetHash,
  );
  const backstory = await bundleForPage(
    'tests/bench/page-entry.ts',
    '__backstoryBench',
    datasetHash,
  ).catch((error: unknown) => ({ error: `its code did not bundle (${message(error)})` }));
  const highlightsCss = readFileSync(highlightsCssPath, 'utf8');

  const server = await startStaticServer({ '/': corpus });
  const browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // Every host but 127.0.0.1 is unreachable (the e2e harness's rules), without routing
      // each request through this process as page.route would.
      ...chromiumIsolationArgs,
    ],
  });
  const results: PageResult[] = [];
  let memory: Figure<MemoryCost> = { notMeasured: `${OMNIBUS} was not measured` };
  let hover: Figure<HoverCost> = { notMeasured: `${OMNIBUS} was not measured` };
  const largest = pages.includes(OMNIBUS) ? OMNIBUS : pages[0];
  try {
    const context = await browser.newContext({ bypassCSP: true });
    for (const file of pages) {
      const pageStarted = performance.now();
      const measured = await measurePage(
        context,
        server.origin,
        file,
        { baselines, backstory },
        names,
        highlightsCss,
        options,
        file === largest,
        file === largest,
      );
      results.push(measured.result);
      notes.push(...measured.notes);
      console.log(`[bench] ${file}: ${((performance.now() - pageStarted) / 1000).toFixed(0)} s`);
      if (file !== largest) continue;
      if (measured.memoryAfter.length > 0) {
        memory = {
          value: {
            page: file,
            beforeBytes: median(measured.memoryBefore),
            afterBytes: median(measured.memoryAfter),
            runs: measured.memoryAfter.length,
          },
        };
      } else if (measured.result.backstory.scan.kind === 'not-measured') {
        memory = {
          notMeasured: `Backstory was not measured: ${measured.result.backstory.scan.why}`,
        };
      }
      const samples = measured.hover?.perCallMs ?? [];
      if (samples.length > 0) {
        hover = {
          value: {
            page: file,
            medianUs: median(samples) * 1000,
            p95Us: percentile(samples, 0.95) * 1000,
            points: samples.length,
            callsPerPoint: HOVER_CALLS_PER_POINT,
          },
        };
        if ((measured.hover?.misses ?? 0) > 0) {
          notes.push(
            `Hover: ${measured.hover?.misses} of the sampled mentions were skipped because another element covers their centre.`,
          );
        }
      } else if (measured.result.backstory.scan.kind === 'not-measured') {
        hover = {
          notMeasured: `Backstory was not measured: ${measured.result.backstory.scan.why}`,
        };
      } else {
        hover = { notMeasured: 'no mention on the page could be hit at its centre' };
      }
    }
    const chromiumVersion = browser.version();
    const cpu = cpus();
    const totalS = (performance.now() - startedAt) / 1000;
    notes.push(
      `The page is loaded (\`load\` event) before each method starts; loading is not timed. Full benchmark wall time (without the extension build): ${totalS.toFixed(0)} s.`,
      'Names for the baselines are the dataset’s alias forms × endings and figure forms as written; Backstory also accepts an alias in capitals (headlines) and applies exclusions and figure context, so mention counts differ.',
      'mark.js and the regex baseline are run again on a page only while their runs there stay within the repeat budget; a cell with fewer runs says how many. A run over the timeout is stopped (Runtime.terminateExecution) and reported as timed out.',
    );
    const report: Report = {
      environment: {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        machine: `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${type()} ${release()}`,
        loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
        node: process.version,
        datasetVersion: `${dataset.version} (sha256 ${datasetHash.slice(0, 12)})`,
        names: {
          count: names.length,
          source: 'alias forms × endings + figure forms of the dataset',
        },
        runs: options.runs,
        budgetS: options.timeoutMs / 1000,
        repeatBudgetS: options.repeatBudgetMs / 1000,
        command: COMMAND,
      },
      pages: results,
      contentScriptGzipBytes: gzippedSize(contentScriptPath),
      popoverScriptGzipBytes: gzippedSize(popoverScriptPath),
      hover,
      memory,
      notes,
    };
    writeFileSync(resolve(repoRoot, 'bench-report.md'), renderReport(report));
    console.log(`\n${renderTable(report)}\n`);
    console.log(renderReport(report).split('## Page-independent figures')[1] ?? '');
    console.log('Written to bench-report.md');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
