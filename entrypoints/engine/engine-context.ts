/**
 * The engine's context: what it starts stops when the extension is updated or removed under the
 * open page (utils/extension-lifetime.ts).
 *
 * Our own rather than WXT's `ContentScriptContext`, which the engine used with its start
 * announcement turned off: WXT's announces each start so that an older copy of the same script
 * stops (an event on the document and a `window.postMessage` named after the extension's id,
 * which every page's own `message` listeners saw: tests/e2e/privacy.e2e.ts), and carries a
 * location watcher, interval, animation-frame and event helpers the engine never used — ~5 KB of
 * the engine's script, compiled whole under its compile hint on every page the engine loads on.
 * Backstory needs no announcement: a page's extension world gets one engine
 * (entrypoints/key-check/wake-engine.ts), and a copy left over from an update or removal finds
 * out on its next piece of work, where `isValid` sees the extension's runtime gone
 * (tests/e2e/extension-removed.e2e.ts, both browsers).
 */

import type { ExtensionLifetime } from '@/utils/extension-lifetime';
import { extensionPresent } from '@/utils/extension-present';

export class EngineContext implements ExtensionLifetime {
  private readonly life = new AbortController();

  get signal(): AbortSignal {
    return this.life.signal;
  }

  get isValid(): boolean {
    if (!this.life.signal.aborted && !extensionPresent()) this.life.abort();
    return !this.life.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.life.signal.addEventListener('abort', callback, { once: true });
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) callback();
    }, ms);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }
}
