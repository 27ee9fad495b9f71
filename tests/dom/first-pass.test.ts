// The first pass (entrypoints/first-pass/) on a page without a key touches no extension API:
// no storage read, no storage watch, no message listener, no runtime id, and loads no second
// script. Only where its probe may see a key does it load the key check
// (entrypoints/key-check/); only a key the check finds where it may show — on the first read
// or in text added later — makes it read the settings, and only where Backstory is on here
// does it load the engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstPass as start } from '@/entrypoints/first-pass/first-pass';
import { startKeyCheck } from '@/entrypoints/key-check/key-check';
import { ENGINE_SCRIPT, type EngineHandOver } from '@/utils/engine-contract';
import { FIRST_PASS_MARK, hasFirstPassMark } from '@/utils/first-pass-mark';
import { probeSource } from '@/utils/gate/probe';
import { createProbeScan, type ProbeScan } from '@/utils/gate/probe-scan';
import type { GateScan } from '@/utils/gate/scan';
import { KEY_CHECK_SCRIPT } from '@/utils/key-check-contract';
import type { PackagedScript } from '@/utils/packaged-script';
import type { ProbedPosition } from '@/utils/page/gate-reader';
import { MAX_SKIMMED_ELEMENTS } from '@/utils/page/probe-reader';
import { saveSettings } from '@/utils/settings/storage';
import { gateScanFor } from '../support/gate-scan';
import { setBody } from './fakes/page';

const KEYS = ['putin', 'kyiv'];

/** The engine's start, as the packaged engine script would hand it over. */
const wakeEngine = vi.fn();
/** The packaged scripts loaded, by path: each once, as a script is evaluated once in a world. */
const loaded = vi.hoisted(() => [] as string[]);
/** What the packaged scripts' load waits for (a test holds the key check's load so). */
const loading = vi.hoisted(() => ({ until: Promise.resolve() }));
/** What each packaged script registers, as its own script would (the key check with KEYS). */
const exports = vi.hoisted(() => new Map<string, unknown>());
vi.mock('@/utils/packaged-script', () => ({
  loadPackagedScript: (script: PackagedScript<unknown>) => {
    if (!loaded.includes(script.path)) loaded.push(script.path);
    return loading.until.then(() => exports.get(script.path));
  },
}));
exports.set(ENGINE_SCRIPT.path, (handOver: EngineHandOver) => wakeEngine(handOver));
/** Where the first pass handed the key check over, each time. */
const handedOver: ProbedPosition[] = [];
/** The key check's scan, each time. */
const keyScans: GateScan[] = [];
exports.set(KEY_CHECK_SCRIPT.path, (at: ProbedPosition) => {
  handedOver.push(at);
  const scan = gateScanFor(KEYS);
  keyScans.push(scan);
  return startKeyCheck(scan, at);
});

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
  running.push(start(createProbeScan(probeSource(KEYS))));
}

/** Lets pending promise callbacks and zero-delay tasks run (the fake storage answers so). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  wakeEngine.mockReset();
  loaded.length = 0;
  handedOver.length = 0;
  loading.until = Promise.resolve();
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
    expect(loaded).toEqual([]);
    expect(wakeEngine).not.toHaveBeenCalled();
    // …but it leaves its mark, so the popup can tell this page from one it never ran on.
    expect(hasFirstPassMark(FIRST_PASS_MARK)).toBe(true);
  });

  it('once stopped, reads nothing more: a key added later loads no key check', async () => {
    setBody('<main><p>Harbor bridge.</p></main>');
    vi.useFakeTimers();
    const stop = start(createProbeScan(probeSource(KEYS)));
    stop();
    document.querySelector('main')?.append('Putin spoke.');
    await vi.advanceTimersByTimeAsync(1000);
    expect(loaded).toEqual([]);
  });

  it("stopped between its maybe and the key check's load, starts no key check", async () => {
    setBody('<main><p>Putin spoke.</p></main>');
    vi.useFakeTimers();
    const stop = start(createProbeScan(probeSource(KEYS)));
    // The maybe came in the first read; the key check is loaded in tasks of their own after it.
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(loaded).toEqual([]);
    expect(handedOver).toEqual([]);
  });

  it('reads the settings once it sees a key, and loads the engine where Backstory is on', async () => {
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setBody('<main><p>Putin spoke.</p></main>');
    startFirstPass();
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(read).toHaveBeenCalledTimes(1);
    // The engine searches the page for keys with the key check's own scan, not one of its own,
    // and only where the key check's narrowing of the skim says keys can be.
    const handOver = wakeEngine.mock.calls[0]?.[0] as EngineHandOver;
    expect(handOver.keyScan).toBe(keyScans[keyScans.length - 1]);
    // What the page adds meanwhile is recorded for the engine until it takes the candidates.
    const added = document.createElement('p');
    added.textContent = 'Kyiv answered.';
    document.querySelector('main')?.append(added);
    const candidates = handOver.keyCandidates?.take();
    expect(candidates?.near).toEqual([document.body]);
    expect(candidates?.changed).toContain(added);
  });

  it("loads nothing for a key only in the page's landmarks (menus, header, footer)", async () => {
    setBody(
      '<header>Putin</header><nav><a href="/w">Kyiv</a></nav><main><p>Railings painted green.</p></main><footer>Ukraine</footer>',
    );
    startFirstPass();
    await settle();
    expect(loaded).toEqual([]);
    // The probe reads on: the same name in the story loads the key check, which wakes the engine.
    document.querySelector('main')?.append('Kyiv answered.');
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(loaded).toEqual([KEY_CHECK_SCRIPT.path, ENGINE_SCRIPT.path]);
  });

  it('loads the key check for a key only in site chrome named by its class, but neither the settings nor the engine', async () => {
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setBody(
      '<div class="site-menu"><a href="/w">Kyiv</a></div><main><p>Railings painted green.</p></main>',
    );
    startFirstPass();
    await vi.waitFor(() => expect(loaded).toEqual([KEY_CHECK_SCRIPT.path]));
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(wakeEngine).not.toHaveBeenCalled();
    // The key check reads on: the same name in the story wakes the engine.
    document.querySelector('main')?.append('Kyiv answered.');
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(loaded).toEqual([KEY_CHECK_SCRIPT.path, ENGINE_SCRIPT.path]);
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
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    setBody('<main><p>Putin spoke.</p></main>');
    startFirstPass();
    await vi.waitFor(() => expect(read).toHaveBeenCalled());
    await settle();
    expect(wakeEngine).not.toHaveBeenCalled();
    await saveSettings({ disabledSites: [] });
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    // The page's changes were no longer recorded while it was off: the engine reads it whole.
    const handOver = wakeEngine.mock.calls[0]?.[0] as EngineHandOver;
    expect(handOver.keyCandidates?.take()).toBeNull();
  });

  it('touches the extension API in a task after the one that read the maybe', async () => {
    // Firefox builds `browser.runtime` on its first touch, tens of ms: not in the reading task.
    const present = fakeBrowser.runtime.id;
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(present);
    const probe = createProbeScan(probeSource(KEYS));
    const touchesWhenReadingEnded: number[] = [];
    const watched: ProbeScan = {
      ...probe,
      probeAll(texts) {
        const maybe = probe.probeAll(texts);
        // A microtask runs when the task that read the text ends: what that task touched.
        if (maybe) queueMicrotask(() => touchesWhenReadingEnded.push(id.mock.calls.length));
        return maybe;
      },
    };
    setBody('<main><p>Putin spoke.</p></main>');
    running.push(start(watched));
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(touchesWhenReadingEnded).toEqual([0]);
    expect(id).toHaveBeenCalled();
  });

  it('loads the key check in a task after the one that first touched the extension API', async () => {
    // In Firefox that touch (17–31 ms) and the script's URL and import() (up to 42 ms) in one
    // task made a long task of their own.
    const present = fakeBrowser.runtime.id;
    const loadsWhenTouchEnded: number[] = [];
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockImplementation(() => {
      // A microtask runs when the task that touched the API ends: what that task loaded.
      queueMicrotask(() => loadsWhenTouchEnded.push(loaded.length));
      return present;
    });
    setBody('<main><p>Putin spoke.</p></main>');
    startFirstPass();
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    expect(loadsWhenTouchEnded[0]).toBe(0);
    expect(loaded).toContain(KEY_CHECK_SCRIPT.path);
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

  it('hands the key check where the maybe was on a large page, with the text changed while it loads', async () => {
    // More elements than are read at once: the probe reads child by child, and its maybe is
    // at the last paragraph's key.
    const filler = '<i>weather and tides </i>'.repeat(MAX_SKIMMED_ELEMENTS);
    setBody(`<main><p id="early">Calm.</p>${filler}<p id="late">Kyiv</p></main>`);
    let release = () => {};
    loading.until = new Promise((resolve) => {
      release = () => resolve();
    });
    startFirstPass();
    await vi.waitFor(() => expect(loaded).toEqual([KEY_CHECK_SCRIPT.path]));
    // While the key check loads, the page names Putin in text the probe had read before.
    const early = document.getElementById('early')?.firstChild as Text;
    early.data = 'Putin spoke.';
    release();
    await vi.waitFor(() => expect(wakeEngine).toHaveBeenCalledTimes(1));
    const [at] = handedOver;
    // Handed over near the key, not at the top: the first few thousand units aside, the text
    // before it is not read again…
    const before = [...document.querySelectorAll('i')].indexOf(
      (at?.from as Text | undefined)?.parentElement as HTMLElement,
    );
    expect(at?.from === document.getElementById('late')?.firstChild || before > 5000).toBe(true);
    // …and the changed text came with it.
    expect(at?.changed).toContain(early);
  });
});
