/**
 * The engine reads the modules it shares with the key check from the key check's script
 * (utils/shared-code.ts), so whichever script wakes it loads the key check's script first: the
 * every-page script wakes it without one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { wakeEngine } from '@/entrypoints/key-check/wake-engine';
import { ENGINE_SCRIPT, type EngineHandOver } from '@/utils/engine-contract';
import { KEY_CHECK_SCRIPT } from '@/utils/key-check-contract';
import type { PackagedScript } from '@/utils/packaged-script';

/** The packaged scripts evaluated, by path, in order: each once, as in a page's world. */
const evaluated = vi.hoisted(() => [] as string[]);
/** The paths whose load fails, as a script that cannot be fetched. */
const failing = vi.hoisted(() => new Set<string>());
const startEngine = vi.hoisted(() => ({ fn: (_handOver: unknown) => Promise.resolve() }));
vi.mock('@/utils/packaged-script', () => ({
  loadPackagedScript: async (script: PackagedScript<unknown>) => {
    // A task later, as an import() is.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (failing.has(script.path)) throw new Error(`${script.path} could not be fetched`);
    if (!evaluated.includes(script.path)) evaluated.push(script.path);
    return script.path === ENGINE_SCRIPT.path ? startEngine.fn : () => () => {};
  },
}));

const handOver = (): EngineHandOver & { dropped: () => boolean } => {
  let dropped = false;
  return {
    keyScan: {} as EngineHandOver['keyScan'],
    keyCandidates: {
      drop: () => {
        dropped = true;
      },
    } as EngineHandOver['keyCandidates'],
    dropped: () => dropped,
  };
};

beforeEach(() => {
  evaluated.length = 0;
  failing.clear();
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('backstory.engine-woken')];
});

describe('wakeEngine', () => {
  it('evaluates the key check’s script before the engine’s, then starts the engine', async () => {
    const started = vi.fn(() => Promise.resolve());
    startEngine.fn = started;
    const given = handOver();
    wakeEngine(given);
    await vi.waitFor(() => expect(started).toHaveBeenCalledOnce());
    expect(evaluated).toEqual([KEY_CHECK_SCRIPT.path, ENGINE_SCRIPT.path]);
    expect(started).toHaveBeenCalledWith(given);
    expect(given.dropped()).toBe(false);
  });

  it('loads no engine where the key check’s script cannot be loaded, and says so', async () => {
    failing.add(KEY_CHECK_SCRIPT.path);
    const started = vi.fn(() => Promise.resolve());
    startEngine.fn = started;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const given = handOver();
    wakeEngine(given);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
    expect(warn.mock.calls[0]?.[0]).toBe('Backstory: the engine could not be loaded.');
    expect(evaluated).toEqual([]);
    expect(started).not.toHaveBeenCalled();
    expect(given.dropped()).toBe(true);
  });

  it('starts one engine per page, however many scripts wake it', async () => {
    const started = vi.fn(() => Promise.resolve());
    startEngine.fn = started;
    const second = handOver();
    wakeEngine(handOver());
    wakeEngine(second);
    await vi.waitFor(() => expect(started).toHaveBeenCalledOnce());
    expect(second.dropped()).toBe(true);
  });
});
