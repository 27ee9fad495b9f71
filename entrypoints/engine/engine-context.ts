/**
 * The engine's content-script context (WXT's: an update or removal of the extension stops what
 * is tied to it), without the announcement WXT's makes as it starts.
 *
 * WXT's context announces each start so that an older copy of the same script stops: an event
 * on the document and a `window.postMessage`, both named after the extension's id
 * (`<id>:engine:wxt:content-script-started`). A content script's message reaches the page's own
 * `message` listeners, so every page where the engine loaded learned that Backstory is installed,
 * and its id, and ran its listeners for it (tests/e2e/privacy.e2e.ts). Backstory needs no
 * announcement: a page's extension world gets one engine (entrypoints/key-check/wake-engine.ts),
 * and a copy left over from an update or removal finds out on its next piece of work, where
 * `isValid` sees the extension's runtime gone (tests/e2e/extension-removed.e2e.ts, both browsers).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class EngineContext extends ContentScriptContext {
  constructor() {
    super('engine');
  }

  /** No announcement to the page (see above). */
  override stopOldScripts(): void {}

  /** None to listen for: no copy of Backstory announces itself. */
  override listenForNewerScripts(): void {}
}
