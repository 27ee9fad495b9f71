/**
 * Gives the page's own work (input, rendering, its scripts) a turn between two slices.
 * `scheduler.yield()` where the browser has it (it resumes ahead of other queued tasks, so
 * the scan is not starved), else a MessageChannel message (a task, without setTimeout's 4 ms
 * clamp after nesting), else setTimeout(0).
 */
export type YieldToPage = () => Promise<void>;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function createYieldToPage(view: Window | null): YieldToPage {
  const scheduler = (view as (Window & { scheduler?: SchedulerLike }) | null)?.scheduler;
  if (scheduler !== undefined && typeof scheduler.yield === 'function') {
    const yieldNow = scheduler.yield.bind(scheduler);
    return () => yieldNow();
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
