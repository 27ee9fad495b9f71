/**
 * Gives the page's own work (input, rendering, its scripts) a turn between two slices: the
 * next slice runs in a task of its own, queued behind what the page has queued by then.
 * `scheduler.postTask()` where the browser has it (at the page's default priority), else a
 * MessageChannel message (a task, without setTimeout's 4 ms clamp after nesting), else
 * setTimeout(0).
 *
 * Not `scheduler.yield()`: its continuation runs ahead of the page's timers, in Chromium and
 * in Firefox alike, so a scan of 30 slices of 8 ms held a page's 10 ms timer back for its whole
 * length (no firing in 280 ms, either browser), and the page's own scripts with it. In
 * Firefox, where reading a page from an extension is several times slower, that made a
 * whole-page scan one wait of 300–900 ms for the page (`yahoo-2`, tests/bench/long-tasks.ts).
 */
export type YieldToPage = () => Promise<void>;

interface SchedulerLike {
  postTask?: (callback: () => void) => Promise<void>;
}

export function createYieldToPage(view: Window | null): YieldToPage {
  const scheduler = (view as (Window & { scheduler?: SchedulerLike }) | null)?.scheduler;
  if (scheduler !== undefined && typeof scheduler.postTask === 'function') {
    const postTask = scheduler.postTask.bind(scheduler);
    return () => postTask(() => {});
  }
  const Channel = (view as (Window & { MessageChannel?: typeof MessageChannel }) | null)
    ?.MessageChannel;
  if (Channel !== undefined) {
    const channel = new Channel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  const setTimer = view?.setTimeout.bind(view) ?? setTimeout;
  return () => new Promise<void>((resolve) => setTimer(resolve, 0));
}
