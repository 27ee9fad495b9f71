/**
 * The highlights' stylesheet (utils/page/highlights.css) reaches a page only where the engine
 * highlights something, as it registers ranges (entrypoints/engine/start.ts): the rules of the
 * names it shows, on selectors that reach the elements holding them
 * (utils/page/highlight-scope.ts). It asks the background, which inserts them into that frame
 * with `scripting.insertCSS` (entrypoints/background.ts) — the browser's own content-script
 * CSS, as the manifest's would be, never a <style> element in the page. Not in the manifest: the page's own script could then
 * tell on every page that Backstory is installed (a `::highlight(backstory-…)` style in
 * `getComputedStyle`), and every rule would have to sit on the root or on every element. Each
 * arrival restyles the elements its selectors reach (docs/cost.md, "The highlights'
 * stylesheet and the restyle it brings"), which a page where nothing is shown never pays.
 */
import { browser } from 'wxt/browser';
import type { HighlightStylesMessage } from './messages';
import type { StyleRequest } from './page/highlight-scope';
import type { LoadWarning } from './warn-unless-left';

/**
 * Asks for the stylesheet's rules of the names in `rules`, each on its selectors, in this
 * frame; resolves once they are there, or they could not be (said through `failure`, which
 * stays quiet once the page is being left).
 */
export async function requestHighlightStyles(
  rules: StyleRequest[],
  failure: LoadWarning,
): Promise<void> {
  const message: HighlightStylesMessage = { type: 'highlight-styles', rules };
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The engine still starts; its highlights go unstyled (invisible) rather than not at all.
    failure.warn('Backstory: the highlight styles could not be added.', error);
  }
}
