/**
 * Underlines cost a very tall page a long frame at every highlight change, so there they are
 * drawn as backgrounds.
 *
 * Why: a `::highlight()` with a text decoration draws outside the text's box (ink overflow).
 * Whenever the registered highlights change, Chromium revalidates all highlight markers and
 * recomputes ink overflow for every fragment of the painting layer that holds the marked
 * text, which on an ordinary page is the whole document. The cost follows the page's size,
 * not the number of ranges: on the 1,061,000 px tall omnibus page of the corpus one
 * underlined range makes a 55–80 ms frame (412 ranges the same), one background range a
 * 17–25 ms frame; on a 93,000 px page both are 16–24 ms (Chromium 156, headless, 2 cores).
 * No batching helps, as the scan must register at least once. Above the threshold the
 * 'underline' setting is therefore painted with the 'background' names (same colours,
 * stronger fill); 'background' and 'none' are unchanged, and pages below the threshold keep
 * exactly the style chosen.
 *
 * Not covered: the focus highlight (`backstory-focus`, the one mention under the pointer or
 * keyboard focus) keeps its underline, so on such a page a change of focus, and any highlight
 * change while a mention is focused, still costs one long frame (inferred from the one-range
 * measurement above; the first scan sets no focus).
 *
 * The height is read once when the scan starts, right after viewport-first.ts has read the
 * scroll position (which already brought layout up to date): no layout is forced for it.
 */
import type { HighlightStyle } from '../vocabulary';

/** About 300 screens: three times the tallest ordinary page of the corpus, a third of the omnibus. */
export const VERY_TALL_PAGE_PX = 300_000;

export function isVeryTallPage(document: Document): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root !== null && root.scrollHeight > VERY_TALL_PAGE_PX;
}

/** The style actually painted for the `chosen` setting. */
export function paintedStyle(chosen: HighlightStyle, veryTall: boolean): HighlightStyle {
  return veryTall && chosen === 'underline' ? 'background' : chosen;
}
