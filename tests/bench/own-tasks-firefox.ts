/**
 * The tasks that run an extension's code in Firefox, from the Gecko profiler (gecko-profile.ts):
 * a timer in the page (long-tasks.ts) cannot tell our tasks from the page's, and Firefox gives a
 * driver no trace. Each browser starts with its profiler on (`MOZ_PROFILER_STARTUP`, 1 ms
 * sampling of the main threads with their CPU time) and writes the profile when it closes
 * (`MOZ_PROFILER_SHUTDOWN`); each load is found in it by its time window. Backstory and the
 * text-once reference (tools/text-once-extension.ts) run in two browsers side by side, their
 * loads interleaved, one browser pair per page (a profile of a few loads is tens of MB); or,
 * with `oneBrowserAtATime`, Backstory's browser and then the reference's: two profiled Firefoxes
 * at once load a two-core machine enough to change what is measured.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type TestBrowser } from '../../tools/launch';
import { gotoSavedPage } from '../../tools/test-page';
import { makeTextOnceExtension } from '../../tools/text-once-extension';
import {
  type GeckoOwnLoad,
  type GeckoProfile,
  geckoOwnTasks,
  type LoadWindow,
} from './gecko-profile';
import { median } from './report';

export interface GeckoOwnTaskSamples {
  file: string;
  backstory: GeckoOwnLoad[];
  reference: GeckoOwnLoad[];
  error?: string;
}

export interface GeckoOwnTaskResult {
  firefox: string;
  pages: GeckoOwnTaskSamples[];
}

export interface GeckoOwnTaskOptions {
  origin: string;
  pages: readonly string[];
  runs: number;
  settleMs: number;
  /** An unpacked Firefox build to measure instead of .output/firefox-mv3 (A/B runs). */
  extensionDir?: string;
  /** Backstory's loads in a browser of their own, then the reference's: not interleaved. */
  oneBrowserAtATime?: boolean;
  log?: (line: string) => void;
}

type Side = 'backstory' | 'reference';

function profilerEnv(file: string): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_INTERVAL: '1',
    MOZ_PROFILER_STARTUP_ENTRIES: String(2 ** 26),
    MOZ_PROFILER_SHUTDOWN: file,
  };
}

async function windowOfLoad(browser: TestBrowser, url: string, settleMs: number) {
  const page = await browser.newPage();
  try {
    const from = Date.now();
    await gotoSavedPage(page, url);
    // A benchmark window, not a test's wait: the time after load that still counts.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return { from, to: Date.now() };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The profile Firefox writes as it shuts down; the driver may see the browser closed before the
 * file is whole, so it is read until it parses (or a minute has passed).
 */
async function readProfile(file: string): Promise<GeckoProfile> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as GeckoProfile;
    } catch (error) {
      if (Date.now() > deadline) {
        throw existsSync(file)
          ? error
          : new Error(
              `Firefox wrote no profile at ${file}: is its Gecko profiler built in (MOZ_PROFILER_STARTUP)?`,
            );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Asks Firefox to close and waits until it has exited by itself (at most two minutes): the driver
 * kills a browser still running 5 s after asking, which would cut off the profile Firefox writes
 * as it shuts down.
 */
async function closeWhenExited(browser: TestBrowser): Promise<void> {
  const child = browser.puppeteer.process();
  if (child !== null && child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const { connection } = browser.puppeteer as unknown as {
      connection: { send(method: string, params: object): Promise<unknown> };
    };
    await connection.send('browser.close', {}).catch(() => {});
    let bound: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      exited,
      new Promise<void>((resolve) => {
        bound = setTimeout(resolve, 120_000);
      }),
    ]);
    clearTimeout(bound);
  }
  await browser.close();
}

export async function measureGeckoOwnTasks(
  options: GeckoOwnTaskOptions,
): Promise<GeckoOwnTaskResult> {
  const log = options.log ?? (() => {});
  const textOnce = makeTextOnceExtension();
  const dir = mkdtempSync(join(tmpdir(), 'backstory-gecko-profile-'));
  let version = '';
  const pages: GeckoOwnTaskSamples[] = [];
  try {
    for (const [index, file] of options.pages.entries()) {
      const samples: GeckoOwnTaskSamples = { file, backstory: [], reference: [] };
      pages.push(samples);
      const url = `${options.origin}/${file}`;
      const profiles = {
        backstory: join(dir, `${index}-backstory.json`),
        reference: join(dir, `${index}-reference.json`),
      };
      const opened: TestBrowser[] = [];
      try {
        /** Each browser's extension origin, which its profile's frames carry. */
        const origins: Record<Side, string> = { backstory: '', reference: '' };
        const launch = async (side: Side) => {
          const browser = await launchWithExtension('firefox', {
            logLabel: side === 'backstory' ? 'bench' : 'bench text-once reference',
            firefoxEnv: profilerEnv(profiles[side]),
            ...(side === 'reference'
              ? { extensionDir: textOnce.dir }
              : options.extensionDir
                ? { extensionDir: options.extensionDir }
                : {}),
          });
          opened.push(browser);
          origins[side] = browser.extensionOrigin;
          if (side === 'backstory') version = browser.version;
          await windowOfLoad(browser, url, 0);
          return browser;
        };
        const windows: Record<Side, LoadWindow[]> = { backstory: [], reference: [] };
        /** Closing a browser writes its profile; its loads are read from it. */
        const closeAll = async () => {
          while (opened.length > 0) await closeWhenExited(opened.pop() as TestBrowser);
        };
        const load = async (side: Side, browser: TestBrowser) => {
          windows[side].push(await windowOfLoad(browser, url, options.settleMs));
        };
        if (options.oneBrowserAtATime) {
          for (const side of ['backstory', 'reference'] as const) {
            const browser = await launch(side);
            for (let run = 0; run < options.runs; run++) await load(side, browser);
            await closeAll();
          }
        } else {
          const browsers = {
            backstory: await launch('backstory'),
            reference: await launch('reference'),
          };
          for (let run = 0; run < options.runs; run++) {
            const order: Side[] =
              run % 2 === 0 ? ['backstory', 'reference'] : ['reference', 'backstory'];
            for (const side of order) await load(side, browsers[side]);
          }
          await closeAll();
        }
        for (const side of ['backstory', 'reference'] as const) {
          samples[side] = geckoOwnTasks(
            await readProfile(profiles[side]),
            origins[side],
            windows[side],
          );
        }
      } catch (error) {
        samples.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        for (const browser of opened) await browser.close();
        rmSync(profiles.backstory, { force: true });
        rmSync(profiles.reference, { force: true });
      }
      log(`[bench] own tasks, Firefox: ${file} done`);
    }
    return { firefox: version, pages };
  } finally {
    textOnce.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const longestLongTask = (load: GeckoOwnLoad) => load.longTasks[0]?.wallMs ?? 0;
const medianWorst = (values: number[]) =>
  `${fixed(median(values))} / ${fixed(values.length > 0 ? Math.max(...values) : Number.NaN)}`;

/** One line per load: what a reader of the table needs to find the cause. */
export function describeGeckoLoad(load: GeckoOwnLoad): string {
  const longTasks = load.longTasks.map(
    (task) =>
      `${fixed(task.wallMs)} ms (ours ${fixed(task.ownWallMs)} ms wall, ${fixed(task.ownCpuMs)} ms CPU, entered from ${task.entry}: ${task.where.join('; ')})`,
  );
  return `long tasks with its code: ${longTasks.length > 0 ? longTasks.join(', ') : 'none'}; longest stretch ${fixed(load.stretchWallMs)} ms wall / ${fixed(load.stretchCpuMs)} ms CPU at ${load.stretchWhere || '–'}; ${load.ownSamples} samples`;
}

export function renderGeckoOwnTaskTable(result: GeckoOwnTaskResult): string {
  const lines = [
    '| Page | Backstory: longest task ≥ 50 ms with its code (ms wall, median / worst load; 0 = none) | its code in that task (ms CPU, worst load) | its longest stretch (ms wall, median / worst) | Text-once reference: longest task ≥ 50 ms with its code (median / worst) | its longest stretch (median / worst) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const page of result.pages) {
    if (page.error !== undefined) {
      lines.push(`| ${page.file} | not measured: ${page.error} | | | | |`);
      continue;
    }
    const ours = page.backstory.map(longestLongTask);
    const worst = page.backstory[ours.indexOf(Math.max(...ours))];
    const reference = page.reference.map(longestLongTask);
    lines.push(
      `| ${page.file} | ${medianWorst(ours)} | ${fixed(worst?.longTasks[0]?.ownCpuMs ?? 0)} | ${medianWorst(page.backstory.map((load) => load.stretchWallMs))} | ${medianWorst(reference)} | ${medianWorst(page.reference.map((load) => load.stretchWallMs))} |`,
    );
  }
  return lines.join('\n');
}

export function geckoOwnTaskMethodNote(
  result: GeckoOwnTaskResult,
  runs: number,
  settleMs: number,
  oneBrowserAtATime = false,
): string {
  const order = oneBrowserAtATime
    ? "Backstory's in a browser of their own, then the reference's (one browser at a time, not interleaved)"
    : 'interleaved, in two browsers side by side';
  return `Own tasks (Firefox ${result.firefox}): the Gecko profiler on from the browser's start (1 ms sampling of the main threads' JavaScript stacks and CPU time), each load's window from navigation to ${settleMs / 1000} s after \`load\`; a task is one of Firefox's own long-task markers (a main-thread task of 50 ms or more, wall time; \`LongTask\`, or \`LongIdleTask\` for one of idle priority) and counts when a sample inside it has a frame of the extension's package on its stack, unless a frame of the browser's own chrome:// code is outside it (the profiler was seen naming a frame of Firefox's video controls after ours). The longest stretch is the longest run of consecutive samples with the extension's code from one entry point: in one task, or in tasks back to back (a loop that yields and is resumed at once). ${runs} loads each with Backstory and with the text-once reference, ${order}, after one warm-up load each; the sampler itself slows the page a little.`;
}
