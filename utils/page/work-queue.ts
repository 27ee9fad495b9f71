/**
 * The scanner's work queue: walks run in order (first screen, whole page, then rescans of what
 * the page changes later), in slices of at most `sliceMs` with the page given its turn in between.
 *
 * Work caused by the page changing after the first scan (rescans, and the mutation flushes that
 * queue them: see `charge`) draws on a token bucket of measured main-thread time: it refills at
 * `rescanShare` of elapsed time up to `rescanBurstMs`. Content that arrives in bursts (infinite
 * scroll, a live blog) is scanned at once from the burst; a page that never stops changing (a
 * ticker) gets at most that share of the main thread, steadily, instead of ever longer delays.
 */
import type { YieldToPage } from './yield-to-page';

export type JobKind = 'viewport' | 'initial' | 'rescan';

export interface Job {
  kind: JobKind;
  /** Works until `deadline` (a `now()` value); true when the walk is finished. */
  walk: { step(deadline: number): boolean };
}

export interface WorkQueueTimings {
  /** Longest stretch of work before yielding to the page. */
  sliceMs: number;
  /** Share of main-thread time that rescans may use over time (0.03 = 3%). */
  rescanShare: number;
  /** Rescan time that may be spent at once after a quiet spell (the bucket's size). */
  rescanBurstMs: number;
}

export interface WorkQueueHooks {
  /** After every slice; `drained` when no work is left. */
  afterSlice(drained: boolean): void;
  /** Before waiting for rescan budget: what was found must not wait with it. */
  beforeBudgetWait(): void;
  jobDone(job: Job): void;
  /** Running stopped: the queue is empty, or the signal aborted. */
  settled(): void;
}

export interface WorkQueueOptions {
  timings: WorkQueueTimings;
  signal: AbortSignal;
  yieldToPage: YieldToPage;
  now: () => number;
  hooks: WorkQueueHooks;
  /** Waits `ms` or until `signal` aborts (default: a timer). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface WorkQueueStats {
  chunks: number;
  totalMs: number;
  longestChunkMs: number;
  rescanMs: number;
}

export interface WorkQueue {
  push(job: Job): void;
  /** Starts running queued work (in later tasks) unless it is running already. */
  run(): void;
  size(): number;
  running(): boolean;
  clear(): void;
  /** Counts main-thread time spent on page changes outside the queue against the rescan budget. */
  charge(ms: number): void;
  /** Milliseconds until the rescan budget has time again (0: now). */
  budgetDelay(): number;
  stats(): WorkQueueStats;
}

export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const { timings, signal, yieldToPage, now, hooks } = options;
  const queue: Job[] = [];
  const stats: WorkQueueStats = { chunks: 0, totalMs: 0, longestChunkMs: 0, rescanMs: 0 };
  let running = false;

  // The bucket starts full: the first change after the first scan is handled at once.
  let tokens = timings.rescanBurstMs;
  let refilledAt = now();
  const refill = (): void => {
    const at = now();
    tokens = Math.min(timings.rescanBurstMs, tokens + (at - refilledAt) * timings.rescanShare);
    refilledAt = at;
  };
  const charge = (ms: number): void => {
    refill();
    tokens -= ms;
  };
  const budgetDelay = (): number => {
    refill();
    return tokens > 0 ? 0 : Math.ceil(-tokens / timings.rescanShare) + 1;
  };

  const sleep = options.sleep ?? sleepUnlessAborted;

  /** One slice: runs queued walks until the slice is used up or a rescan has no budget left. */
  const runSlice = (): void => {
    const sliceStart = now();
    const deadline = sliceStart + timings.sliceMs;
    let rescanTime = 0;
    while (queue.length !== 0) {
      const job = queue[0] as Job;
      const jobStart = now();
      const finished = job.walk.step(deadline);
      if (job.kind === 'rescan') rescanTime += now() - jobStart;
      if (finished) {
        queue.shift();
        hooks.jobDone(job);
      }
      if (now() >= deadline) break;
      if (queue[0]?.kind === 'rescan' && tokens - rescanTime <= 0) break;
    }
    const took = now() - sliceStart;
    stats.chunks++;
    stats.totalMs += took;
    stats.rescanMs += rescanTime;
    if (rescanTime > 0) charge(rescanTime);
    if (took > stats.longestChunkMs) stats.longestChunkMs = took;
    hooks.afterSlice(queue.length === 0);
  };

  const pump = async (): Promise<void> => {
    if (running || signal.aborted) return;
    running = true;
    try {
      while (queue.length !== 0 && !signal.aborted) {
        if (queue[0]?.kind === 'rescan') {
          for (let wait = budgetDelay(); wait > 0 && !signal.aborted; wait = budgetDelay()) {
            hooks.beforeBudgetWait();
            await sleep(wait, signal);
          }
        }
        if (signal.aborted) break;
        runSlice();
        if (queue.length !== 0) await yieldToPage();
      }
    } finally {
      running = false;
      hooks.settled();
    }
  };

  return {
    push: (job) => queue.push(job),
    run: () => void pump(),
    size: () => queue.length,
    running: () => running,
    clear: () => {
      queue.length = 0;
    },
    charge,
    budgetDelay,
    stats: () => ({ ...stats }),
  };
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
