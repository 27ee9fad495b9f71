/**
 * Reads a Gecko profile (the JSON Firefox writes at shutdown when started with
 * `MOZ_PROFILER_STARTUP`/`MOZ_PROFILER_SHUTDOWN`) for the tasks that ran an extension's code.
 *
 * Firefox marks each main-thread task of 50 ms or more itself (wall time): a `LongTask` marker, or
 * a `LongIdleTask` one for a task of idle priority (content scripts run at `document_idle` were
 * found in such tasks), so both count. Its sampler records the JavaScript stack every interval
 * with the thread's CPU time since the sample before. A task "runs our code" when one of the
 * samples inside it has a frame from the extension's origin on its stack (the frames above it,
 * e.g. Firefox building the `browser` object our code touched, count as ours too). Tasks under
 * 50 ms have no marker; the longest uninterrupted stretch of samples with our code (same entry
 * point, no gap) is our longest run of code, in one task or in several back to back (a loop
 * that yields and is resumed at once is one stretch), so it bounds no task from either side.
 */

/** One load's window, in milliseconds since the epoch (Date.now() on the driver's side). */
export interface LoadWindow {
  from: number;
  to: number;
}

export interface GeckoLongTask {
  /** Wall time of the task, ms (Firefox's own marker). */
  wallMs: number;
  /** CPU time of the samples with our code inside it, ms. */
  ownCpuMs: number;
  /** Wall time of those samples (their count × the sampling interval), ms. */
  ownWallMs: number;
  /** Where our code was, by the outermost frame of ours, most samples first (name: ms). */
  where: string[];
  /** What Firefox was doing when it entered our code (the frames below ours, the first two). */
  entry: string;
}

export interface GeckoOwnLoad {
  /** Firefox's long tasks (≥ 50 ms) that ran our code, longest first. */
  longTasks: GeckoLongTask[];
  /** The longest uninterrupted stretch of our code: wall ms (first to last sample, plus one interval). */
  stretchWallMs: number;
  /** Its CPU time, ms. */
  stretchCpuMs: number;
  /** The outermost frame of ours where that stretch began. */
  stretchWhere: string;
  /** CPU of every sample with our code in the window, ms. */
  ownCpuMs: number;
  /** How many samples had our code (0 means the sampler never caught it running). */
  ownSamples: number;
}

interface Table {
  schema: Record<string, number>;
  data: (number | string | null | Record<string, unknown>)[][];
}

interface GeckoThread {
  name?: string;
  /** `default` for the parent process, `tab` for the others. */
  processType?: string;
  /** `Web Content`, `WebExtensions`, … */
  processName?: string;
  samples: Table;
  markers: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable?: string[];
  stringArray?: string[];
}

export interface GeckoProfile {
  meta: { startTime: number; interval?: number };
  threads: GeckoThread[];
  processes?: (GeckoProfile | string)[];
}

/**
 * The main thread of every page's process, with its process's start time (epoch ms). The parent
 * process and the extensions' process (the background script's) hold no page's main thread.
 */
function mainThreads(profile: GeckoProfile): { thread: GeckoThread; startTime: number }[] {
  const found = profile.threads
    .filter(
      (thread) =>
        thread.name === 'GeckoMain' &&
        thread.processType !== 'default' &&
        thread.processName !== 'WebExtensions',
    )
    .map((thread) => ({ thread, startTime: profile.meta.startTime }));
  for (const child of profile.processes ?? []) {
    found.push(
      ...mainThreads(typeof child === 'string' ? (JSON.parse(child) as GeckoProfile) : child),
    );
  }
  return found;
}

interface Sample {
  /** Epoch ms. */
  at: number;
  cpuMs: number;
  /** Whether a frame of ours is on the stack. */
  ours: boolean;
  /** The frames below our outermost one (the entry point), and that frame's name. */
  entry: string;
  where: string;
}

/**
 * Whether frames outside ours belong to the browser's own chrome:// scripts (a video's built-in
 * controls, a date picker), which call no extension's code. The profiler was seen naming a frame
 * of such a widget after a function of ours (on the omnibus page, the video controls measuring
 * themselves, in the page's `loadstart` task, shown as the key check's slice): such a sample is
 * the browser's, not ours.
 */
function calledFromBrowserUi(outside: readonly string[]): boolean {
  return outside.some((name) => name.includes('chrome://'));
}

function samplesOf(thread: GeckoThread, startTime: number, origin: string): Sample[] {
  const strings = thread.stringTable ?? thread.stringArray ?? [];
  const stackSchema = thread.stackTable.schema;
  const frameSchema = thread.frameTable.schema;
  const sampleSchema = thread.samples.schema;
  const location = (frame: number) =>
    strings[thread.frameTable.data[frame]?.[frameSchema.location as number] as number] ?? '';
  // Per stack: the frames root first, computed once per stack index.
  const cache = new Map<number, { entry: string; where: string } | null>();
  const describe = (stack: number): { entry: string; where: string } | null => {
    const known = cache.get(stack);
    if (known !== undefined) return known;
    const names: string[] = [];
    for (let at: number | null = stack; at !== null && at !== undefined; ) {
      const row = thread.stackTable.data[at];
      if (row === undefined) break;
      names.push(location(row[stackSchema.frame as number] as number));
      at = row[stackSchema.prefix as number] as number | null;
    }
    names.reverse();
    const first = names.findIndex((name) => name.includes(origin));
    const result =
      first < 0 || calledFromBrowserUi(names.slice(0, first))
        ? null
        : {
            entry: names.slice(0, first).join(' > '),
            where: (names[first] ?? '').replace(`${origin}/`, ''),
          };
    cache.set(stack, result);
    return result;
  };
  const samples: Sample[] = [];
  for (const row of thread.samples.data) {
    const stack = row[sampleSchema.stack as number] as number | null;
    const time = row[sampleSchema.time as number] as number;
    const cpuNs =
      sampleSchema.threadCPUDelta === undefined
        ? 0
        : ((row[sampleSchema.threadCPUDelta] as number | null) ?? 0);
    const ours = stack === null ? null : describe(stack);
    samples.push({
      at: startTime + time,
      cpuMs: cpuNs / 1e6,
      ours: ours !== null,
      entry: ours?.entry ?? '',
      where: ours?.where ?? '',
    });
  }
  return samples;
}

/** Firefox's markers of a main-thread task of 50 ms or more, of normal and of idle priority. */
const LONG_TASK_MARKERS: ReadonlySet<string> = new Set(['LongTask', 'LongIdleTask']);

function longTasksOf(thread: GeckoThread, startTime: number): LoadWindow[] {
  const strings = thread.stringTable ?? thread.stringArray ?? [];
  const schema = thread.markers.schema;
  const tasks: LoadWindow[] = [];
  for (const row of thread.markers.data) {
    if (!LONG_TASK_MARKERS.has(strings[row[schema.name as number] as number] ?? '')) continue;
    const start = row[schema.startTime as number] as number | null;
    const end = row[schema.endTime as number] as number | null;
    if (start === null || end === null) continue;
    tasks.push({ from: startTime + start, to: startTime + end });
  }
  return tasks;
}

const ms = (value: number) => Math.round(value * 10) / 10;

/** What ran our code in each load window; `origin` is the extension's `moz-extension://<uuid>`. */
export function geckoOwnTasks(
  profile: GeckoProfile,
  origin: string,
  windows: readonly LoadWindow[],
): GeckoOwnLoad[] {
  const interval = profile.meta.interval ?? 1;
  const loads: GeckoOwnLoad[] = windows.map(() => ({
    longTasks: [],
    stretchWallMs: 0,
    stretchCpuMs: 0,
    stretchWhere: '',
    ownCpuMs: 0,
    ownSamples: 0,
  }));
  for (const { thread, startTime } of mainThreads(profile)) {
    const samples = samplesOf(thread, startTime, origin);
    if (!samples.some((sample) => sample.ours)) continue;
    const longTasks = longTasksOf(thread, startTime);
    windows.forEach((window, index) => {
      const load = loads[index] as GeckoOwnLoad;
      const inside = samples.filter((s) => s.at >= window.from && s.at <= window.to);
      let stretch: Sample[] = [];
      const close = () => {
        const first = stretch[0];
        const last = stretch.at(-1);
        if (first === undefined || last === undefined) return;
        const wall = last.at - first.at + interval;
        if (wall > load.stretchWallMs) {
          load.stretchWallMs = ms(wall);
          load.stretchCpuMs = ms(stretch.reduce((sum, s) => sum + s.cpuMs, 0));
          load.stretchWhere = first.where;
        }
        stretch = [];
      };
      for (const sample of inside) {
        if (!sample.ours) {
          close();
          continue;
        }
        load.ownSamples++;
        load.ownCpuMs += sample.cpuMs;
        const previous = stretch.at(-1);
        // Another entry point, or a gap the sampler would not leave in one task: a new stretch.
        if (
          previous !== undefined &&
          (previous.entry !== sample.entry || sample.at - previous.at > 3 * interval)
        ) {
          close();
        }
        stretch.push(sample);
      }
      close();
      load.ownCpuMs = ms(load.ownCpuMs);
      for (const task of longTasks) {
        if (task.to < window.from || task.from > window.to) continue;
        const ours = samples.filter((s) => s.ours && s.at >= task.from && s.at <= task.to);
        if (ours.length === 0) continue;
        const byWhere = new Map<string, number>();
        for (const s of ours) byWhere.set(s.where, (byWhere.get(s.where) ?? 0) + s.cpuMs);
        load.longTasks.push({
          wallMs: ms(task.to - task.from),
          ownCpuMs: ms(ours.reduce((sum, s) => sum + s.cpuMs, 0)),
          ownWallMs: ours.length * interval,
          where: [...byWhere]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([where, cpu]) => `${where}: ${cpu.toFixed(1)}`),
          entry: (ours[0] as Sample).entry.split(' > ').slice(1, 3).join(' > '),
        });
      }
      load.longTasks.sort((a, b) => b.wallMs - a.wallMs);
    });
  }
  return loads;
}
