// A packaged script that fails to load is warned about, unless the page was being left
// meanwhile (utils/warn-unless-left.ts): a tab's teardown cancels the load, and its warning
// only lengthens that teardown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warnUnlessLeft } from '@/utils/warn-unless-left';

const error = new Error('loading the module failed');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a packaged script that failed to load', () => {
  const cases: { when: string; hide: boolean; persisted: boolean; warned: boolean }[] = [
    { when: 'the page stays', hide: false, persisted: false, warned: true },
    {
      when: 'the page was left (tab closed, navigated away)',
      hide: true,
      persisted: false,
      warned: false,
    },
    {
      when: 'the page went into the back/forward cache',
      hide: true,
      persisted: true,
      warned: false,
    },
  ];
  for (const { when, hide, persisted, warned } of cases) {
    it(`is ${warned ? '' : 'not '}warned about when ${when}`, () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const failure = warnUnlessLeft(window);
      if (hide) window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted }));
      failure.warn('Backstory: a script could not be loaded.', error);
      expect(warn.mock.calls).toEqual(
        warned ? [['Backstory: a script could not be loaded.', error]] : [],
      );
    });
  }

  it('is watched for from when the load starts, not before', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    warnUnlessLeft(window).warn('Backstory: a script could not be loaded.', error);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('is not warned about by any of the same loads once the page was left after a first warning', () => {
    // The engine's script and the highlights' stylesheet share one warning.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failure = warnUnlessLeft(window);
    failure.warn('Backstory: the highlight styles could not be added.', error);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    failure.warn('Backstory: the engine could not be loaded.', error);
    expect(warn.mock.calls).toEqual([
      ['Backstory: the highlight styles could not be added.', error],
    ]);
  });

  it('stops watching once its loads settled: the page’s listener is gone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const added = vi.spyOn(window, 'addEventListener');
    const failure = warnUnlessLeft(window);
    const [type, , options] = added.mock.calls[0] ?? [];
    expect(type).toBe('pagehide');
    const signal = (options as AddEventListenerOptions).signal;
    expect(signal?.aborted).toBe(false);
    failure.settled();
    expect(signal?.aborted).toBe(true);
    // Not watched any more: a pagehide after it no longer silences a warning.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    failure.warn('Backstory: a script could not be loaded.', error);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
