/**
 * Starts the engine (utils/engine-contract.ts) in this page, once, whichever script asks first:
 * the first pass's key check (./key-check.ts) where it sees a key, or the every-page script
 * (entrypoints/every-page/) that the background registers while the reader wants every page.
 * Both run in the extension's isolated world of the page, so a mark on that world's global
 * object keeps a page from getting two engines; the page itself cannot see it.
 */
import { ENGINE_SCRIPT, type EngineHandOver } from '@/utils/engine-contract';
import { extensionPresent } from '@/utils/extension-present';
import { KEY_CHECK_SCRIPT } from '@/utils/key-check-contract';
import { loadPackagedScript } from '@/utils/packaged-script';
import { releaseQuietly } from '@/utils/release-quietly';
import { readSettingsDirectly, watchSettingsDirectly } from '@/utils/settings/direct-read';
import { isSiteEnabled, type Settings } from '@/utils/settings/types';
import { warnUnlessLeft } from '@/utils/warn-unless-left';

const WOKEN = Symbol.for('backstory.engine-woken');

/** Loads and starts the engine unless a script of this page already did. */
export function wakeEngine(handOver: EngineHandOver): void {
  const world = globalThis as unknown as Record<symbol, unknown>;
  if (world[WOKEN] === true) {
    handOver.keyCandidates?.drop();
    return;
  }
  world[WOKEN] = true;
  const failure = warnUnlessLeft();
  // The highlights' stylesheet comes with the engine's first mention to show, not with every
  // page, nor with every engine (entrypoints/engine/start.ts). The engine reads the modules it
  // shares with the key check from the key check's script (utils/shared-code.ts): loaded
  // already where the key check wakes it, loaded first where the every-page script does.
  loadPackagedScript(KEY_CHECK_SCRIPT)
    .then(() => loadPackagedScript(ENGINE_SCRIPT))
    .then((startEngine) => startEngine(handOver))
    .catch((error: unknown) => {
      handOver.keyCandidates?.drop();
      failure.warn('Backstory: the engine could not be loaded.', error);
    })
    .finally(() => failure.settled());
}

/**
 * Wakes the engine once Backstory is on for this site: at once if it is, else when the reader
 * switches it on (the settings are watched until then, or until `stopped`). The engine reads
 * and watches the settings itself from there on.
 */
export function wakeEngineWhereOn(stopped: AbortSignal, handOver: EngineHandOver): void {
  const hostname = location.hostname;
  let settings: Settings | null = null;
  let woken = false;
  // Watched, so that switching Backstory on (here) in the popup loads the engine at once.
  const unwatch = watchSettingsDirectly((next) => {
    settings = next;
    decide();
  });
  stopped.addEventListener('abort', () => releaseQuietly(unwatch), { once: true });
  function decide(): void {
    if (woken || settings === null) return;
    if (!isSiteEnabled(settings, hostname)) {
      // Not now: the page's changes are no longer recorded for the engine, which, if switched
      // on later, searches the whole page for keys.
      handOver.keyCandidates?.drop();
      return;
    }
    woken = true;
    releaseQuietly(unwatch);
    if (extensionPresent()) wakeEngine(handOver);
    else handOver.keyCandidates?.drop();
  }
  void readSettingsDirectly().then((loaded) => {
    settings ??= loaded;
    decide();
  });
}
