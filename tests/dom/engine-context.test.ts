/**
 * The engine's context (entrypoints/engine/engine-context.ts) and the popover's
 * (entrypoints/popover/popover-context.ts, WXT's without its start announcement): neither shows
 * the page anything as it starts — no message to the page's window, no event on its document, no
 * listener left on it — and both stop what is tied to them when the extension goes.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EngineContext } from '@/entrypoints/engine/engine-context';
import { PopoverContext } from '@/entrypoints/popover/popover-context';

/** What a context's start shows the page: messages posted to it, events on its document. */
function pageSeesStarting<T>(start: () => T) {
  const posted = vi.spyOn(window, 'postMessage');
  const dispatched = vi.spyOn(document, 'dispatchEvent');
  const listened = vi.spyOn(document, 'addEventListener');
  const context = start();
  const seen = {
    context,
    posted: posted.mock.calls.length,
    dispatched: dispatched.mock.calls.length,
    listened: listened.mock.calls.length,
  };
  vi.restoreAllMocks();
  return seen;
}

/** Runs `check` as an update or removal leaves an orphaned script: without its runtime's id. */
function withExtensionGone(check: () => void): void {
  const runtime = fakeBrowser.runtime as { id: string | undefined };
  const id = runtime.id;
  runtime.id = undefined;
  try {
    check();
  } finally {
    runtime.id = id;
  }
}

describe("the engine's context", () => {
  afterEach(() => fakeBrowser.reset());

  it('shows the page nothing as it starts', () => {
    const seen = pageSeesStarting(() => new EngineContext());
    expect(seen).toMatchObject({ posted: 0, dispatched: 0, listened: 0 });
  });

  it('is valid while the extension is there, and stops what is tied to it once it is gone', () => {
    const context = new EngineContext();
    const stopped = vi.fn();
    context.onInvalidated(stopped);
    expect(context.isValid).toBe(true);
    expect(stopped).not.toHaveBeenCalled();
    withExtensionGone(() => {
      expect(context.isValid).toBe(false);
      expect(stopped).toHaveBeenCalledTimes(1);
      expect(context.signal.aborted).toBe(true);
      // Once ended, it stays ended, and its listeners are not called again.
      expect(context.isValid).toBe(false);
      expect(stopped).toHaveBeenCalledTimes(1);
    });
  });

  it('fires its timers while valid, and none once the extension is gone', () => {
    vi.useFakeTimers();
    try {
      const context = new EngineContext();
      const fired = vi.fn();
      context.setTimeout(() => fired('first'), 10);
      vi.advanceTimersByTime(10);
      expect(fired).toHaveBeenCalledWith('first');
      context.setTimeout(() => fired('second'), 10);
      withExtensionGone(() => {
        vi.advanceTimersByTime(10);
      });
      expect(fired).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the popover's context", () => {
  afterEach(() => fakeBrowser.reset());

  it('shows the page nothing as it starts', () => {
    const seen = pageSeesStarting(() => new PopoverContext(new EngineContext()));
    expect(seen).toMatchObject({ posted: 0, dispatched: 0, listened: 0 });
    seen.context.abort();
  });

  it("differs there from WXT's own, which announces itself to the page", () => {
    const seen = pageSeesStarting(() => new ContentScriptContext('popover'));
    expect(seen.posted).toBe(1);
    // Its own event (happy-dom dispatches more on the document for the posted message).
    expect(seen.dispatched).toBeGreaterThan(0);
    expect(seen.listened).toBe(1);
    seen.context.abort();
  });

  it("ends with the engine's, so the card's host goes when the extension does", () => {
    const engine = new EngineContext();
    const popover = new PopoverContext(engine);
    const removed = vi.fn();
    popover.onInvalidated(removed);
    expect(popover.isValid).toBe(true);
    withExtensionGone(() => {
      expect(engine.isValid).toBe(false);
    });
    expect(removed).toHaveBeenCalledTimes(1);
    expect(popover.signal.aborted).toBe(true);
  });
});
