import { browser } from 'wxt/browser';

/**
 * Whether the extension is still there. After it is updated, reloaded or removed under an open
 * page, Chrome leaves the page's scripts running, orphaned, with no `runtime.id`.
 */
export function extensionPresent(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
