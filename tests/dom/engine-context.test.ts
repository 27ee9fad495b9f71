/**
 * The engine's context (entrypoints/engine/engine-context.ts) is WXT's without the start
 * announcement that reached the page: no message to the page's window, no event on its document,
 * no listener left on it — and still stops what is tied to it when the extension goes.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EngineContext } from '@/entrypoints/engine/engine-context';

/** What a context's start shows the page: messages posted to it, events on its document. */
function pageSeesStarting(start: () => ContentScriptContext) {
  const posted = vi.spyOn(window, 'postMessage');
  const dispatched = vi.spyOn(document, 'dispatchEvent');
  const listened = vi.spyOn(document, 'addEventListener');
  const context = start();
  return {
    context,
    posted: posted.mock.calls.length,
    dispatched: dispatched.mock.calls.length,
    listened: listened.mock.calls.length,
  };
}

describe("the engine's context", () => {
  afterEach(() => fakeBrowser.reset());

  it('shows the page nothing as it starts', () => {
    const seen = pageSeesStarting(() => new EngineContext());
    expect(seen).toMatchObject({ posted: 0, dispatched: 0, listened: 0 });
    seen.context.abort();
  });

  it("differs there from WXT's own, which announces itself to the page", () => {
    const seen = pageSeesStarting(() => new ContentScriptContext('engine'));
    expect(seen.posted).toBe(1);
    // Its own event (happy-dom dispatches more on the document for the posted message).
    expect(seen.dispatched).toBeGreaterThan(0);
    expect(seen.listened).toBe(1);
    seen.context.abort();
  });

  it('is valid while the extension is there, and stops what is tied to it once it is gone', () => {
    const context = new EngineContext();
    const stopped = vi.fn();
    context.onInvalidated(stopped);
    expect(context.isValid).toBe(true);
    expect(stopped).not.toHaveBeenCalled();
    // An update or removal leaves an orphaned script without its runtime's id.
    const runtime = fakeBrowser.runtime as { id: string | undefined };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      expect(context.isValid).toBe(false);
      expect(stopped).toHaveBeenCalledTimes(1);
      expect(context.signal.aborted).toBe(true);
    } finally {
      runtime.id = id;
    }
  });
});
