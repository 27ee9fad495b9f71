/**
 * `npx tsx tests/bench/own-js-ab.bench.ts --builds DIR_A,DIR_B`: Backstory's own JavaScript time
 * (self time of the extension's scripts in a CPU profile, as in the load-cost table) of two
 * unpacked Chromium builds, profiled load by load in turn, each in its own browser, after a
 * warm-up load of each page in each. On a machine whose load moves, two builds measured one
 * after the other differ by more than most changes do; profiled in turn, both see the same
 * moments. Reports, per page, each build's median and the median of the paired differences
 * (B − A), with how many of the pairs B was faster in. Options: --pages a,b (corpus paths,
 * default the load-cost pages), --loads N (pairs per page, default 15), --settle-ms MS
 * (default 2500), --samples (every load's time too, sorted), --cpu (instead of the profile's
 * self time, the CPU time of the main-thread tasks that ran the extension's code, from a trace
 * as in own-tasks.ts: a sampled profile counts the wall time a busy machine keeps the thread
 * waiting, the thread's CPU time does not), --main-thread (instead, the renderer's main-thread
 * time for the whole load, CDP TaskDuration as in the load-cost table: it also counts work our
 * code causes in tasks where none of it runs, such as the browser's streams and IPC).
 */
import { parseArgs } from 'node:util';
import { launchWithExtension, type TestBrowser } from '../../tools/launch';
import { withCorpusServer } from './corpus-session';
import { LOAD_COST_PAGES, measureLoad, profileLoad } from './load-cost';
import { tracedLoad } from './own-tasks';
import { median } from './report';

const { values } = parseArgs({
  options: {
    builds: { type: 'string' },
    pages: { type: 'string' },
    loads: { type: 'string', default: '15' },
    'settle-ms': { type: 'string', default: '2500' },
    /** Also print every load's time, sorted, per build. */
    samples: { type: 'boolean', default: false },
    /** Measure the CPU time of the tasks with the extension's code instead of profiling. */
    cpu: { type: 'boolean', default: false },
    /** Measure the renderer's main-thread time for the whole load instead. */
    'main-thread': { type: 'boolean', default: false },
  },
});
const builds = values.builds?.split(',') ?? [];
if (builds.length !== 2) {
  throw new Error('--builds takes two unpacked Chromium builds: DIR_A,DIR_B (each chrome-mv3)');
}
const pages = values.pages?.split(',') ?? LOAD_COST_PAGES;
const loads = Number(values.loads);
const settleMs = Number(values['settle-ms']);
const ignore = () => {};
/** One load's figure (ms): the profile's self time of our scripts, or our tasks' CPU time. */
const measure = values['main-thread']
  ? async (browser: TestBrowser, url: string, settle: number) =>
      (await measureLoad(browser.puppeteer, url, settle)).taskMs
  : values.cpu
    ? async (browser: TestBrowser, url: string, settle: number) => {
        const { taskCpuMs } = await tracedLoad(browser, url, settle);
        return taskCpuMs.reduce((sum, ms) => sum + ms, 0);
      }
    : (browser: TestBrowser, url: string, settle: number) =>
        profileLoad(browser.puppeteer, url, settle, ignore);

await withCorpusServer(async (origin) => {
  const browsers: TestBrowser[] = [];
  try {
    for (const [index, extensionDir] of builds.entries()) {
      browsers.push(
        await launchWithExtension('chromium', { extensionDir, logLabel: `ab ${index}` }),
      );
    }
    console.log(
      '| Page | A (ms, median) | B (ms, median) | B − A (median of pairs) | B faster in |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const file of pages) {
      const url = `${origin}/${file}`;
      for (const browser of browsers) await measure(browser, url, 0);
      const times: [number[], number[]] = [[], []];
      for (let load = 0; load < loads; load++) {
        // The order turns, so neither build always goes first.
        for (const side of load % 2 === 0 ? [0, 1] : [1, 0]) {
          const browser = browsers[side] as TestBrowser;
          times[side]?.push(await measure(browser, url, settleMs));
        }
      }
      const [a, b] = times;
      const differences = b.map((ms, index) => ms - (a[index] as number));
      const faster = differences.filter((difference) => difference < 0).length;
      console.log(
        `| ${file} | ${median(a).toFixed(1)} | ${median(b).toFixed(1)} | ${median(differences).toFixed(1)} | ${faster} of ${loads} |`,
      );
      if (values.samples) {
        const sorted = (list: number[]) =>
          [...list]
            .sort((x, y) => x - y)
            .map((ms) => ms.toFixed(1))
            .join(' ');
        console.log(`|   A: ${sorted(a)} |\n|   B: ${sorted(b)} |`);
      }
    }
    console.log(
      values['main-thread']
        ? "\nms: the renderer's main-thread time for the whole load (TaskDuration)."
        : values.cpu
          ? "\nms: CPU time of the main-thread tasks that ran the extension's code (trace)."
          : "\nms: self time of the extension's scripts in a CPU profile (100 µs sampling).",
    );
    console.log(`A: ${builds[0]}\nB: ${builds[1]}`);
  } finally {
    for (const browser of browsers) await browser.close().catch(() => {});
  }
});
