/**
 * `npm run bench`: Backstory's page scan against the floor (reading every text node once),
 * mark.js and one-RegExp-per-name wrapping, in real headless Chromium on real publisher pages
 * served from 127.0.0.1 (scan-runs.ts). Every method gets a fresh page load for every run,
 * because the two wrapping baselines change the DOM. Then what a reader pays per page load, with
 * the built extension installed vs without (load-cost.ts), and the longest task during those
 * loads in Chromium and Firefox (long-tasks.ts). Writes bench-report.md and prints the tables
 * with where each figure stands against its goal.
 *
 * Options (bench-cli.ts): --runs N (default 5), --timeout S (one baseline run is stopped after S
 * seconds, default 20), --repeat-budget S (a baseline is run again on a page only while its runs
 * there stay within S seconds in total, default 3), --pages a,b (corpus paths, for a quick look;
 * both tables), --load-runs N (default 5; 0 leaves the load-cost and long-task tables out), --profile-runs N
 * (default 3), --settle-ms MS (default 2500). mark.js and the regex baseline take seconds per page
 * with the dataset's several hundred names; these bounds keep a full run near ten minutes on two
 * cores (about five for the scan table, five for the load-cost table).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { datasetFileHash } from '../../modules/validate-dataset';
import { findBrowserExecutable } from '../../tools/browser-executables';
import { chromiumIsolationArgs } from '../../tools/network-isolation';
import { repoRoot } from '../../tools/paths';
import { startStaticServer } from '../../tools/static-server';
import { dataset } from '../../utils/dataset/index';
import { sharedDir } from '../support/shared-dir';
import { COMMAND, choosePages, fail, OMNIBUS, readOptions } from './bench-cli';
import { LOAD_COST_PAGES, type LoadCostResult, measureLoadCost } from './load-cost';
import { loadMethodNote, loadTargetLines, renderLoadTable } from './load-report';
import {
  type LongTaskResult,
  longTaskMethodNote,
  longTaskTargetLine,
  measureLongTasks,
  renderLongTaskTable,
} from './long-tasks';
import { bundleForPage, namesFromDataset } from './page-bundles';
import {
  type Figure,
  type HoverCost,
  type MemoryCost,
  median,
  type PageResult,
  type Report,
  renderReport,
  renderTable,
} from './report';
import { HOVER_CALLS_PER_POINT, measurePage, message, percentile } from './scan-runs';

const contentScriptPath = resolve(repoRoot, '.output/chrome-mv3/first-pass.js');
/** Loaded by the content script where its first pass finds something, not on every page. */
const engineScriptPath = resolve(repoRoot, '.output/chrome-mv3/engine.js');
/** Loaded by the engine on the first hover. */
const popoverScriptPath = resolve(repoRoot, '.output/chrome-mv3/popover.js');
const highlightsCssPath = resolve(repoRoot, 'utils/page/highlights.css');

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
    executablePath: findBrowserExecutable('chromium'),
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
      const measured = await measurePage({
        context,
        origin: server.origin,
        file,
        bundles: { baselines, backstory },
        names,
        highlightsCss,
        options,
        measureMemory: file === largest,
        measureHover: file === largest,
      });
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
    // What a reader pays for a whole page load, with the real extension installed.
    let load: LoadCostResult | null = null;
    if (options.loadRuns > 0) {
      const loadStarted = performance.now();
      load = await measureLoadCost({
        origin: server.origin,
        pages: options.pages ?? LOAD_COST_PAGES,
        runs: options.loadRuns,
        profileRuns: options.profileRuns,
        settleMs: options.settleMs,
        log: console.log,
      });
      console.log(`[bench] load cost: ${((performance.now() - loadStarted) / 1000).toFixed(0)} s`);
    }
    // Long tasks during the same loads, in both browsers (Firefox reports no CPU profile).
    const longTasks: LongTaskResult[] = [];
    if (options.loadRuns > 0) {
      for (const browserName of ['chromium', 'firefox'] as const) {
        longTasks.push(
          await measureLongTasks(browserName, {
            origin: server.origin,
            pages: options.pages ?? LOAD_COST_PAGES,
            runs: options.loadRuns,
            settleMs: options.settleMs,
            log: console.log,
          }),
        );
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
      engineScriptGzipBytes: gzippedSize(engineScriptPath),
      popoverScriptGzipBytes: gzippedSize(popoverScriptPath),
      hover,
      memory,
      notes,
    };
    const loadSection =
      load === null
        ? ''
        : [
            '',
            '## Load cost: what a reader pays per page',
            '',
            renderLoadTable(load),
            '',
            ...loadTargetLines(load),
            '',
            loadMethodNote(load, options.loadRuns, options.profileRuns, options.settleMs),
            '',
            '## Long tasks during a page load, Chromium and Firefox',
            '',
            renderLongTaskTable(longTasks),
            '',
            longTaskTargetLine(longTasks),
            '',
            longTaskMethodNote(options.loadRuns, options.settleMs),
            '',
          ].join('\n');
    writeFileSync(resolve(repoRoot, 'bench-report.md'), renderReport(report) + loadSection);
    console.log(`\n${renderTable(report)}\n`);
    console.log(renderReport(report).split('## Page-independent figures')[1] ?? '');
    if (load !== null) {
      console.log(`${renderLoadTable(load)}\n\n${loadTargetLines(load).join('\n')}\n`);
      console.log(`${renderLongTaskTable(longTasks)}\n\n${longTaskTargetLine(longTasks)}\n`);
    }
    console.log('Written to bench-report.md');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
