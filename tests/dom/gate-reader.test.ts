import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGateScan } from '@/utils/gate/scan';
import { createGateReader } from '@/utils/page/gate-reader';
import { setBody } from './fakes/page';

const KEYS = ['putin', 'kyiv'];

function startReader(now?: () => number) {
  const controller = new AbortController();
  const onKey = vi.fn();
  const fed: string[] = [];
  const scan = createGateScan(KEYS);
  const reader = createGateReader({
    document,
    scan: {
      feed: (text) => {
        fed.push(text);
        return scan.feed(text);
      },
      reset: () => scan.reset(),
    },
    signal: controller.signal,
    onKey,
    ...(now ? { now } : {}),
  });
  reader.start();
  return { reader, onKey, fed, controller };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the first pass reads the page', () => {
  it('finds a key in the text as it is, in one go on a small page', () => {
    setBody('<header><nav>Home</nav></header><main><p>In <b>Pu</b>tin’s words</p></main>');
    const { onKey } = startReader();
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('reads no script, style or noscript text', () => {
    setBody(
      '<p>Nothing here.</p><script>var s = "Putin";</script><style>.putin{}</style><noscript>Kyiv</noscript>',
    );
    const { onKey, fed } = startReader();
    expect(onKey).not.toHaveBeenCalled();
    expect(fed.join('|')).toBe('Nothing here.');
  });

  it('stops at the first key', () => {
    setBody('<p>Kyiv</p><p>one</p><p>two</p>');
    const { onKey, fed } = startReader();
    expect(onKey).toHaveBeenCalledTimes(1);
    expect(fed).toEqual(['Kyiv']);
  });

  it('yields to the page when a slice runs out of time, and goes on after', async () => {
    vi.useFakeTimers();
    setBody(`${'<p>word</p>'.repeat(300)}<p>Putin</p>`);
    let clock = 0;
    // Every reading of the clock moves it past a slice: the slice ends at its first look.
    const { onKey, fed } = startReader(() => {
      clock += 5;
      return clock;
    });
    expect(onKey).not.toHaveBeenCalled();
    expect(fed.length).toBeGreaterThan(0);
    expect(fed.length).toBeLessThan(301);
    await vi.runAllTimersAsync();
    expect(onKey).toHaveBeenCalledTimes(1);
  });
});

describe('the first pass watches what the page adds', () => {
  it('reads added elements and changed text, after a short batch delay', async () => {
    vi.useFakeTimers();
    setBody('<ul id="feed"><li>weather</li></ul>');
    const { onKey, fed } = startReader();
    expect(onKey).not.toHaveBeenCalled();
    const item = document.createElement('li');
    item.textContent = 'sports';
    document.getElementById('feed')?.append(item);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).not.toHaveBeenCalled();
    expect(fed).toContain('sports');
    (item.firstChild as Text).data = 'talks in Kyiv';
    await vi.advanceTimersByTimeAsync(1000);
    expect(onKey).toHaveBeenCalledTimes(1);
  });

  it('stops watching when stopped or aborted', async () => {
    vi.useFakeTimers();
    setBody('<p id="p">quiet</p>');
    const first = startReader();
    first.reader.stop();
    const second = startReader();
    second.controller.abort();
    document.getElementById('p')?.append(' Putin');
    await vi.advanceTimersByTimeAsync(1000);
    expect(first.onKey).not.toHaveBeenCalled();
    expect(second.onKey).not.toHaveBeenCalled();
  });
});
