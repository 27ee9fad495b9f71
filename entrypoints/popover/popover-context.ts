/**
 * The WXT content-script context that WXT's shadow-root UI needs (`createShadowRootUi` removes
 * the card's host when it ends), tied to the engine's (utils/extension-lifetime.ts), without the
 * announcement WXT's makes as it starts.
 *
 * WXT's context announces each start so that an older copy of the same script stops: an event
 * on the document and a `window.postMessage`, both named after the extension's id
 * (`<id>:popover:wxt:content-script-started`). A content script's message reaches the page's own
 * `message` listeners, so the page would learn that Backstory is installed, and its id
 * (tests/e2e/privacy.e2e.ts). The popover needs none: the engine loads it once per page.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtensionLifetime } from '@/utils/extension-lifetime';

export class PopoverContext extends ContentScriptContext {
  constructor(lifetime: ExtensionLifetime) {
    super('popover');
    lifetime.onInvalidated(() => this.abort());
  }

  /** No announcement to the page (see above). */
  override stopOldScripts(): void {}

  /** None to listen for: no copy of Backstory announces itself. */
  override listenForNewerScripts(): void {}
}
