import { describe, expect, it, vi } from 'vitest';
import { createYieldToPage } from '@/utils/page/yield-to-page';

describe('createYieldToPage', () => {
  it('queues a task with scheduler.postTask, never resumes through scheduler.yield', async () => {
    // scheduler.yield() resumes ahead of the page's timers (in Chromium and Firefox alike): a
    // scan yielding that way holds the page's own tasks back for its whole length.
    const postTask = vi.fn((callback: () => void) => Promise.resolve(callback()));
    const yieldNow = vi.fn(() => Promise.resolve());
    const view = { scheduler: { postTask, yield: yieldNow } } as unknown as Window;
    const yieldToPage = createYieldToPage(view);
    await yieldToPage();
    await yieldToPage();
    expect(postTask).toHaveBeenCalledTimes(2);
    expect(yieldNow).not.toHaveBeenCalled();
  });

  it('falls back to a MessageChannel message, then to a timer', async () => {
    const withChannel = { MessageChannel } as unknown as Window;
    await expect(createYieldToPage(withChannel)()).resolves.toBeUndefined();
    const setTimer = vi.fn((callback: () => void) => setTimeout(callback, 0));
    const timerOnly = { setTimeout: setTimer } as unknown as Window;
    await createYieldToPage(timerOnly)();
    expect(setTimer).toHaveBeenCalledOnce();
  });
});
