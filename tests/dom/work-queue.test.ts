import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue, type Job, type WorkQueueTimings } from '@/utils/page/work-queue';

/** A clock the test moves: work "takes" time by advancing it, waiting advances it too. */
function fakeClock() {
  let at = 0;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

/** A walk that needs `totalMs` of work, done in steps of `stepMs` until the deadline. */
function walk(clock: ReturnType<typeof fakeClock>, totalMs: number, stepMs = 1): Job['walk'] {
  let left = totalMs;
  return {
    step(deadline) {
      while (left > 0) {
        clock.advance(stepMs);
        left -= stepMs;
        if (clock.now() >= deadline) break;
      }
      return left <= 0;
    },
  };
}

const timings: WorkQueueTimings = { sliceMs: 8, rescanShare: 0.05, rescanBurstMs: 20 };

function queueWithFakeTime() {
  const clock = fakeClock();
  const controller = new AbortController();
  const slices: Array<{ at: number; drained: boolean }> = [];
  let settled = 0;
  const queue = createWorkQueue({
    timings,
    signal: controller.signal,
    now: clock.now,
    // Yielding to the page lets 1 ms pass.
    yieldToPage: async () => {
      clock.advance(1);
    },
    // Waiting for budget lets the time pass, unless aborted first.
    sleep: async (ms, signal) => {
      await Promise.resolve();
      if (!signal.aborted) clock.advance(ms);
    },
    hooks: {
      afterSlice: (drained) => slices.push({ at: clock.now(), drained }),
      beforeBudgetWait: () => {},
      jobDone: () => {},
      settled: () => settled++,
    },
  });
  return { clock, controller, queue, slices, settledCount: () => settled };
}

describe('the work queue', () => {
  it('runs the first scan in slices of at most sliceMs, without a budget', async () => {
    const { clock, queue, slices, settledCount } = queueWithFakeTime();
    queue.push({ kind: 'initial', walk: walk(clock, 100) });
    queue.run();
    await vi.waitFor(() => expect(settledCount()).toBe(1));
    expect(slices.length).toBe(Math.ceil(100 / timings.sliceMs));
    expect(slices.at(-1)?.drained).toBe(true);
    expect(queue.stats().longestChunkMs).toBeLessThanOrEqual(timings.sliceMs);
    expect(queue.stats().rescanMs).toBe(0);
  });

  it('spends a burst on rescans at once, then holds them to rescanShare of the time', async () => {
    const { clock, queue, settledCount } = queueWithFakeTime();
    queue.run();
    await vi.waitFor(() => expect(settledCount()).toBe(1));
    const startedAt = clock.now();
    // 220 ms of rescans: a 20 ms burst, then 200 ms at 5% of the time → about 4 s.
    queue.push({ kind: 'rescan', walk: walk(clock, 220) });
    queue.run();
    await vi.waitFor(() => expect(settledCount()).toBe(2), { timeout: 5000 });
    const elapsed = clock.now() - startedAt;
    expect(queue.stats().rescanMs).toBe(220);
    expect(elapsed).toBeGreaterThan(
      (220 - timings.rescanBurstMs - timings.sliceMs) / timings.rescanShare,
    );
    // Not an ever-growing delay: close to what the share allows.
    expect(elapsed).toBeLessThan(1.3 * (220 / timings.rescanShare));
  });

  it('charges time spent outside the queue, and says how long rescans must wait', () => {
    const { clock, queue } = queueWithFakeTime();
    expect(queue.budgetDelay()).toBe(0);
    queue.charge(timings.rescanBurstMs + 10);
    const wait = queue.budgetDelay();
    expect(wait).toBeGreaterThanOrEqual(10 / timings.rescanShare);
    expect(wait).toBeLessThanOrEqual(10 / timings.rescanShare + 1);
    clock.advance(wait);
    expect(queue.budgetDelay()).toBe(0);
  });

  it('stops and settles when aborted while waiting for budget', async () => {
    const { clock, controller, queue, settledCount } = queueWithFakeTime();
    queue.charge(1000);
    queue.push({ kind: 'rescan', walk: walk(clock, 5) });
    queue.run();
    expect(queue.running()).toBe(true);
    controller.abort();
    await vi.waitFor(() => expect(settledCount()).toBe(1));
    expect(queue.stats().rescanMs).toBe(0);
  });
});
