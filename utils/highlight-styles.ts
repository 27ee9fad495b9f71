/**
 * The highlights' stylesheet (utils/page/highlights.css) reaches a page only where the engine
 * highlights something, as it registers its first range (entrypoints/engine/start.ts): the
 * engine asks the background, which inserts it into that frame with `scripting.insertCSS`
 * (entrypoints/background.ts) — the browser's own content-script CSS, as the manifest's would
 * be, never a <style> element in the page. Not in the manifest: the page's own script could then
 * tell on every page that Backstory is installed (a `::highlight(backstory-…)` style in
 * `getComputedStyle`), and in Firefox, where the rules sit on every element, every page would pay
 * for them in each restyle. Its arrival restyles the whole page once (docs/cost.md, "The
 * highlights' stylesheet restyles the page once"), which a page where nothing is shown never
 * pays.
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
