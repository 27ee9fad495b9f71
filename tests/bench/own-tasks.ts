/**
 * How long each main-thread task that runs an extension's code is, in Chromium, by the task's
 * thread (CPU) time: what a loaded machine does not inflate, unlike wall time, and what a timer
 * in the page cannot tell apart from a chain of short tasks that `scheduler.yield()` resumes
 * ahead of the page's timers (long-tasks.ts).
 *
 * Each load is traced with V8's sampling profiler and DevTools' script events in the trace. A
 * task of the renderer's main thread (a top-level slice there, with the microtask checkpoint
 * traced after it) runs the extension's code when a script event inside it is of a script of the
 * extension's package, or one of the profiler's samples inside it has a frame of one on its
 * stack. Such a task counts whole, unless it also ran the page's own scripts: a page's task in
 * which the extension's MutationObserver callback ran at the microtask checkpoint is the page's
 * work but for that callback, so only the extension's script events in it count. Measured for
 * Backstory and for the text-once reference (tools/text-once-extension.ts), interleaved, each
 * load on a fresh tab after a warm-up load.
 */
import { launchWithExtension, type TestBrowser } from '../../tools/launch';
import { makeTextOnceExtension } from '../../tools/text-once-extension';
import { median } from './report';
import { traceEventsOfLoad } from './traced-load';

export interface OwnTaskLoad {
  /** Thread time (ms) of every task that ran the extension's code, longest first. */
  taskCpuMs: number[];
  /** Wall time (ms) of the longest of them by thread time. */
  longestWallMs: number;
}

export interface OwnTaskSamples {
  file: string;
  backstory: OwnTaskLoad[];
  reference: OwnTaskLoad[];
  error?: string;
}

export interface OwnTaskResult {
  chromium: string;
  pages: OwnTaskSamples[];
}

export interface OwnTaskOptions {
  origin: string;
  pages: readonly string[];
  runs: number;
  settleMs: number;
  /** An unpacked extension to measure instead of the build (for A/B runs of two builds). */
  extensionDir?: string;
  log?: (line: string) => void;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: ProfileData & { url?: string } };
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: {
    nodes?: { id: number; parent?: number; callFrame?: { url?: string } }[];
    samples?: number[];
  };
  timeDeltas?: number[];
}

const CATEGORIES = ['toplevel', 'v8', 'disabled-by-default-v8.cpu_profiler', 'devtools.timeline'];
/** DevTools' events of a script run, with the script's URL (that of the function called). */
const SCRIPT_EVENTS: ReadonlySet<string> = new Set(['EvaluateScript', 'FunctionCall']);
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** Times (µs, trace clock) of the samples with `origin`'s code on the stack, by thread. */
function ownSampleTimes(events: readonly TraceEvent[], origin: string): Map<string, number[]> {
  const profiles = new Map<string, { thread: string; time: number; ours: Map<number, boolean> }>();
  const parents = new Map<string, Map<number, { parent?: number; ours: boolean }>>();
  for (const event of events) {
    if (event.name !== 'Profile') continue;
    const key = `${event.pid}:${event.id}`;
    profiles.set(key, {
      thread: `${event.pid}:${event.tid}`,
      time: event.args?.data?.startTime ?? 0,
      ours: new Map(),
    });
    parents.set(key, new Map());
  }
  const times = new Map<string, number[]>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const key = `${event.pid}:${event.id}`;
    const profile = profiles.get(key);
    const nodes = parents.get(key);
    const data = event.args?.data;
    if (profile === undefined || nodes === undefined || data === undefined) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const entry: { parent?: number; ours: boolean } = {
        ours: (node.callFrame?.url ?? '').startsWith(origin),
      };
      if (node.parent !== undefined) entry.parent = node.parent;
      nodes.set(node.id, entry);
    }
    const isOurs = (id: number): boolean => {
      const known = profile.ours.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const ours =
        node !== undefined && (node.ours || (node.parent !== undefined && isOurs(node.parent)));
      profile.ours.set(id, ours);
      return ours;
    };
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      if (!isOurs(samples[i] as number)) continue;
      const list = times.get(profile.thread) ?? [];
      list.push(profile.time);
      times.set(profile.thread, list);
    }
  }
  return times;
}

/** The tasks of one thread: its top-level slices, each with the microtask checkpoint after it. */
function tasksOf(events: readonly TraceEvent[], thread: string): TraceEvent[] {
  const slices = events
    .filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const slice of slices) {
    if (slice.ts < end) continue;
    const last = tasks.at(-1);
    if (last !== undefined && slice.name === MICROTASKS && slice.ts - end < 50) {
      tasks[tasks.length - 1] = {
        ...last,
        dur: slice.ts + (slice.dur ?? 0) - last.ts,
        tdur: (last.tdur ?? 0) + (slice.tdur ?? 0),
      };
    } else {
      tasks.push(slice);
    }
    end = slice.ts + (slice.dur ?? 0);
  }
  return tasks;
}

/** The tasks that ran `origin`'s code during one load, from its trace. */
export function ownTasks(events: readonly TraceEvent[], origin: string): OwnTaskLoad {
  const found: { cpu: number; wall: number }[] = [];
  const sampled = ownSampleTimes(events, origin);
  const scriptsByThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || !SCRIPT_EVENTS.has(event.name) || !event.args?.data?.url) continue;
    const thread = `${event.pid}:${event.tid}`;
    const list = scriptsByThread.get(thread) ?? [];
    list.push(event);
    scriptsByThread.set(thread, list);
  }
  const threads = new Set([...sampled.keys()]);
  for (const [thread, scripts] of scriptsByThread) {
    if (scripts.some((event) => isOurs(event, origin))) threads.add(thread);
  }
  for (const thread of threads) {
    const times = (sampled.get(thread) ?? []).sort((a, b) => a - b);
    const scripts = scriptsByThread.get(thread) ?? [];
    for (const task of tasksOf(events, thread)) {
      const end = task.ts + (task.dur ?? 0);
      const inside = scripts.filter((event) => event.ts >= task.ts && event.ts <= end);
      const ours = inside.filter((event) => isOurs(event, origin));
      const hasSample = times.some((time) => time >= task.ts && time <= end);
      if (ours.length === 0 && !hasSample) continue;
      if (inside.length === ours.length) {
        found.push({ cpu: (task.tdur ?? 0) / 1000, wall: (task.dur ?? 0) / 1000 });
        continue;
      }
      // The page's task: only the extension's own script runs in it (outermost ones) count.
      let cpu = 0;
      let wall = 0;
      let coveredUntil = Number.NEGATIVE_INFINITY;
      for (const event of ours.sort((a, b) => a.ts - b.ts)) {
        if (event.ts < coveredUntil) continue;
        cpu += (event.tdur ?? 0) / 1000;
        wall += (event.dur ?? 0) / 1000;
        coveredUntil = event.ts + (event.dur ?? 0);
      }
      if (cpu > 0) found.push({ cpu, wall });
    }
  }
  found.sort((a, b) => b.cpu - a.cpu);
  return { taskCpuMs: found.map((task) => task.cpu), longestWallMs: found[0]?.wall ?? 0 };
}

function isOurs(event: TraceEvent, origin: string): boolean {
  return (event.args?.data?.url ?? '').startsWith(origin);
}

/** One load of `url` on a fresh tab, traced: the tasks that ran the extension's code. */
export async function tracedLoad(browser: TestBrowser, url: string, settleMs: number) {
  const events = await traceEventsOfLoad<TraceEvent>(browser.puppeteer, url, settleMs, CATEGORIES);
  return ownTasks(events, browser.extensionOrigin);
}

export async function measureOwnTasks(options: OwnTaskOptions): Promise<OwnTaskResult> {
  const log = options.log ?? (() => {});
  const textOnce = makeTextOnceExtension();
  const opened: TestBrowser[] = [];
  try {
    const backstory = await launchWithExtension('chromium', {
      logLabel: 'bench',
      ...(options.extensionDir ? { extensionDir: options.extensionDir } : {}),
    });
    opened.push(backstory);
    const reference = await launchWithExtension('chromium', {
      extensionDir: textOnce.dir,
      logLabel: 'bench text-once reference',
    });
    opened.push(reference);
    const pages: OwnTaskSamples[] = options.pages.map((file) => ({
      file,
      backstory: [],
      reference: [],
    }));
    for (const page of pages) {
      const url = `${options.origin}/${page.file}`;
      try {
        await tracedLoad(backstory, url, 0);
        await tracedLoad(reference, url, 0);
        for (let run = 0; run < options.runs; run++) {
          const order = run % 2 === 0 ? [true, false] : [false, true];
          for (const ours of order) {
            const load = await tracedLoad(ours ? backstory : reference, url, options.settleMs);
            (ours ? page.backstory : page.reference).push(load);
          }
        }
      } catch (error) {
        page.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
      log(`[bench] own tasks: ${page.file} done`);
    }
    return { chromium: backstory.version, pages };
  } finally {
    for (const browser of opened) await browser.close();
    textOnce.remove();
  }
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const longest = (loads: readonly OwnTaskLoad[]) => loads.map((load) => load.taskCpuMs[0] ?? 0);

export function renderOwnTaskTable(result: OwnTaskResult): string {
  const lines = [
    '| Page | Backstory: longest task with its code (ms CPU, median / worst load) | its wall time (ms, worst load) | tasks with its code (median) | their CPU in all (ms, median) | Text-once reference: longest task (ms CPU, median / worst) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const page of result.pages) {
    if (page.error !== undefined) {
      lines.push(`| ${page.file} | not measured: ${page.error} | | | | |`);
      continue;
    }
    const ours = longest(page.backstory);
    const worstLoad = page.backstory[ours.indexOf(Math.max(...ours))];
    const reference = longest(page.reference);
    lines.push(
      `| ${page.file} | ${fixed(median(ours))} / ${fixed(Math.max(...ours))} | ${fixed(worstLoad?.longestWallMs ?? Number.NaN)} | ${median(page.backstory.map((load) => load.taskCpuMs.length))} | ${fixed(median(page.backstory.map((load) => load.taskCpuMs.reduce((a, b) => a + b, 0))))} | ${fixed(median(reference))} / ${fixed(Math.max(...reference))} |`,
    );
  }
  return lines.join('\n');
}

export function ownTaskMethodNote(result: OwnTaskResult, runs: number, settleMs: number): string {
  return `Own tasks (Chromium ${result.chromium}): each load traced from navigation to ${settleMs / 1000} s after \`load\` with V8's sampling profiler and DevTools' script events in the trace; a task of the renderer's main thread (with the microtask checkpoint after it) counts when a script event inside it is of the extension's package or a sample inside it has a frame of it on its stack; its length is the thread's CPU time in it, which other processes on the machine do not inflate — in a task that also ran the page's scripts (the extension's MutationObserver callback after the page's change), only the extension's script events. ${runs} loads each with Backstory and with the text-once reference, interleaved, after one warm-up load each.`;
}
