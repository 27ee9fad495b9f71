// The first pass (entrypoints/first-pass/) on a page without a key touches no extension API:
// no storage read, no storage watch, no message listener, no runtime id. Only a key seen — on
// the first read or in text added later — makes it read the settings, and only where Backstory
// is on here does it load the engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstPass as start } from '@/entrypoints/first-pass/first-pass';
import { FIRST_PASS_MARK, hasFirstPassMark } from '@/utils/first-pass-mark';
import { createGateScan } from '@/utils/gate/scan';
import { saveSettings } from '@/utils/settings/storage';
import { setBody } from './fakes/page';

/** The engine's start, as the packaged engine script would hand it over. */
const wakeEngine = vi.fn();
vi.mock('@/utils/packaged-script', () => ({
  loadPackagedScript: () => Promise.resolve(() => wakeEngine()),
}));

/** Every extension API the first pass could touch, watched. */
function watchApi() {
  return [
    vi.spyOn(fakeBrowser.storage.sync, 'get'),
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener'),
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener'),
    vi.spyOn(fakeBrowser.runtime, 'getURL'),
    vi.spyOn(fakeBrowser.runtime, 'sendMessage'),
  ];
}

const running: (() => void)[] = [];
function startFirstPass(): void {
  running.push(start(createGateScan(['putin', 'kyiv'])));
}

/** Lets pending promise callbacks and zero-delay tasks run (the fake storage answers so). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  wakeEngine.mockReset();
  // One engine per page: the mark of an engine woken by an earlier test goes with its page.
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('backstory.engine-woken')];
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(FIRST_PASS_MARK)];
});

afterEach(() => {
  for (const stop of running.splice(0)) stop();
  vi.useRealTimers();
});

describe('the first pass', () => {
  it('touches no extension API on a page without a key', async () => {
    const api = watchApi();
    setBody('<main><h1>Harbor bridge</h1><p>Trump’s tariff and mills in Europe.</p></main>');
    vi.useFakeTimers();
    startFirstPass();
    // Added text is read too (the reader batches changes for 200 ms).
    document.querySelector('main')?.append('More about the railings.');
    await vi.advanceTimersByTimeAsync(1000);
    for (const spy of api) expect(spy).not.toHaveBeenCalled();
    expect(wakeEngine).not.toHaveBeenCalled();
    // …but it leaves its mark, so the popup can tell this page from one it never ran on.
    expect(hasFirstPassMark(FIRST_PASS_MARK)).toBe(true);
  });

  it('reads the settings once it sees a key, and loads the engine where Backstory is on', async () => {
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setBody('<main><p>Putin spoke.</p></main>');
    startFirstPass();
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('sees a key added later, then reads the settings', async () => {
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setBody('<main><p>A quiet page.</p></main>');
    startFirstPass();
    expect(read).not.toHaveBeenCalled();
    document.querySelector('main')?.append('News from Kyiv.');
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(read).toHaveBeenCalled();
  });

  it('loads no engine where Backstory is off here, until it is switched on', async () => {
    await saveSettings({ disabledSites: [location.hostname] });
    setBody('<main><p>Putin spoke.</p></main>');
    startFirstPass();
    await settle();
    expect(wakeEngine).not.toHaveBeenCalled();
    await saveSettings({ disabledSites: [] });
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
  });

  it('stops where the extension is gone when it sees a key', async () => {
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setBody('<main><p>Putin spoke.</p></main>');
    startFirstPass();
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(wakeEngine).not.toHaveBeenCalled();
  });
});
