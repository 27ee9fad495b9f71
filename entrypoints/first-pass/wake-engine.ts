/**
 * Starts the engine (utils/engine-contract.ts) in this page, once, whichever script asks first:
 * the first pass where it sees a key, or the every-page script (entrypoints/every-page/) that
 * the background registers while the reader wants every page. Both run in the extension's
 * isolated world of the page, so a mark on that world's global object keeps a page from
 * getting two engines; the page itself cannot see it.
 */
import { browser } from 'wxt/browser';
import { ENGINE_SCRIPT } from '@/utils/engine-contract';
import { loadPackagedScript } from '@/utils/packaged-script';

const WOKEN = Symbol.for('backstory.engine-woken');

/**
 * Whether the extension is still there. After it is updated, reloaded or removed under an open
 * page, Chrome leaves this script running, orphaned, with no `runtime.id`.
 */
export function extensionPresent(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/** Loads and starts the engine unless a script of this page already did. */
export function wakeEngine(): void {
  const world = globalThis as unknown as Record<symbol, unknown>;
  if (world[WOKEN] === true) return;
  world[WOKEN] = true;
  loadPackagedScript(ENGINE_SCRIPT)
    .then((startEngine) => startEngine())
    .catch((error: unknown) => {
      console.warn('Backstory: the engine could not be loaded.', error);
    });
}
