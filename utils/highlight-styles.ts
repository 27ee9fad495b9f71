/**
 * The highlights' stylesheet (utils/page/highlights.css) reaches a page only where the engine
 * loads: the page's script asks the background, which inserts it into that frame with
 * `scripting.insertCSS` (entrypoints/background.ts) — the browser's own content-script CSS, as
 * the manifest's would be, never a <style> element in the page. Listed in the manifest, it was
 * added to every page a reader opens, and a document with `::highlight()` rules pays for them in
 * every style recalculation (a few milliseconds on a news page) whether or not anything is ever
 * highlighted.
 */
import { browser } from 'wxt/browser';
import type { HighlightStylesMessage } from './messages';
import type { LoadWarning } from './warn-unless-left';

/**
 * Asks for the stylesheet in this frame; resolves once it is there, or it could not be (said
 * through `failure`, which stays quiet once the page is being left).
 */
export async function requestHighlightStyles(failure: LoadWarning): Promise<void> {
  const message: HighlightStylesMessage = { type: 'highlight-styles' };
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The engine still starts; its highlights go unstyled (invisible) rather than not at all.
    failure.warn('Backstory: the highlight styles could not be added.', error);
  }
}
