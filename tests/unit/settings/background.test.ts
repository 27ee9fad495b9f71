import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

type CommandListener = (command: string, tab?: { id?: number }) => void;

/**
 * Starts the background over the fake browser, in a browser whose interface speaks `uiLanguage`,
 * and returns its keyboard-command listener.
 */
function startBackground(uiLanguage = 'en-US'): CommandListener {
  let onCommand: CommandListener | undefined;
  // The fake browser has no i18n; the background asks for the UI language once, at start.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  // The fake browser has no commands API; capture the listener the background registers.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    onCommand = listener as CommandListener;
  });
  // Nothing registered: the every-page script is tested in every-page-script.test.ts.
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  background.main();
  if (!onCommand) throw new Error('the background registered no command listener');
  return onCommand;
}

/** Resolves once `check` passes; the background reacts to events without returning promises. */
async function eventually(check: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await check();
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('background', () => {
  it('shows each tab its own mention count, and nothing for none', async () => {
    startBackground();
    const sender = (tabId: number) => ({ tab: { id: tabId } as never, frameId: 0 });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions-changed', total: 14 }, sender(3));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions-changed', total: 0 }, sender(4));
    await eventually(async () => {
      expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('14');
      expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
      expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([
        0x4a, 0x56, 0x68, 255,
      ]);
    });
  });

  it.each([
    ['en-US', 1, 'Backstory: 1 mention on this page'],
    ['en-US', 14, 'Backstory: 14 mentions on this page'],
    ['uk', 1, 'Backstory: 1 згадка на цій сторінці'],
    ['uk', 3, 'Backstory: 3 згадки на цій сторінці'],
    ['uk', 14, 'Backstory: 14 згадок на цій сторінці'],
    ['ru-RU', 21, 'Backstory: 21 упоминание на этой странице'],
    ['ru-RU', 5, 'Backstory: 5 упоминаний на этой странице'],
    ['de', 2, 'Backstory: 2 mentions on this page'],
    ['uk', 0, 'Backstory'],
  ])(
    'in a browser in %s, says in the tooltip what the badge counts (%i)',
    async (ui, total, title) => {
      startBackground(ui);
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'mentions-changed', total },
        { tab: { id: 7 } as never, frameId: 0 },
      );
      await eventually(async () => {
        expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(title);
      });
    },
  );

  it('ignores counts from subframes and malformed messages', async () => {
    startBackground();
    const tab = { id: 5 } as never;
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mentions-changed', total: 9 },
      { tab, frameId: 2 },
    );
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions-changed', total: 'x' }, { tab });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mentions-changed', total: 2 }, { tab });
    await eventually(async () => {
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
    });
  });

  it('sends keyboard steps to the tab the command came from', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const onCommand = startBackground();
    onCommand('previous-mention', { id: 8 });
    onCommand('some-other-command', { id: 8 });
    await eventually(async () => {
      expect(send).toHaveBeenCalledWith(8, { type: 'step-mention', direction: -1 }, { frameId: 0 });
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when the tab has no content script', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('Receiving end does not exist.'));
    const onCommand = startBackground();
    onCommand('next-mention', { id: 9 });
    await eventually(async () => {
      expect(send).toHaveBeenCalled();
    });
  });

  it('inserts the highlight stylesheet into the frame that asks, and answers once it is in', async () => {
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    startBackground();
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      {
        type: 'highlight-styles',
        rules: [
          { name: 'backstory-people-underline', selectors: ['p', 'li'] },
          { name: 'backstory-focus', selectors: ['p', 'li'] },
        ],
      },
      { tab: { id: 5 } as never, frameId: 2 },
    );
    expect(insert).toHaveBeenCalledTimes(1);
    const [injection] = insert.mock.calls[0] ?? [];
    expect(injection?.target).toEqual({ tabId: 5, frameIds: [2] });
    // The rules asked for on the selectors asked for, and no other.
    expect(injection?.css).toContain(
      'p::highlight(backstory-people-underline), li::highlight(backstory-people-underline) {',
    );
    expect(injection?.css).toContain(
      'p::highlight(backstory-focus), li::highlight(backstory-focus) {',
    );
    expect(injection?.css).not.toContain('backstory-institutions');
    expect(injection?.css).not.toMatch(/^::highlight/m);
    // The asking script waits for the answer before the engine highlights anything.
    expect(answers).toHaveLength(1);
    await Promise.all(answers);
  });

  it('inserts no stylesheet for a sender without a tab', async () => {
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'highlight-styles', rules: [{ name: 'backstory-focus', selectors: ['p'] }] },
      {},
    );
    expect(insert).not.toHaveBeenCalled();
  });

  it.each([
    ['no rules', { type: 'highlight-styles' }],
    ['an empty list', { type: 'highlight-styles', rules: [] }],
    [
      'a selector list',
      { type: 'highlight-styles', rules: [{ name: 'backstory-focus', selectors: ['p, :root'] }] },
    ],
    [
      'a rule smuggled in',
      {
        type: 'highlight-styles',
        rules: [{ name: 'backstory-focus', selectors: ['p{color:red}'] }],
      },
    ],
    [
      'an id that closes the rule',
      { type: 'highlight-styles', rules: [{ name: 'backstory-focus', selectors: ['#a{}'] }] },
    ],
    [
      'a name that is not ours',
      { type: 'highlight-styles', rules: [{ name: 'x) , :root::highlight(y', selectors: ['p'] }] },
    ],
  ])('inserts nothing for a request with %s', async (_name, message) => {
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: 5 } as never, frameId: 0 });
    expect(insert).not.toHaveBeenCalled();
  });
});
