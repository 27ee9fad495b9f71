import { withLiveHighlights } from './live-ranges';
import type { TestPage, WaitOptions } from './test-page';

export interface HighlightedRange {
  text: string;
  /** First client rect of the range in viewport coordinates, or null when it has none. */
  rect: { x: number; y: number; width: number; height: number } | null;
}

export interface HighlightSnapshot {
  name: string;
  ranges: HighlightedRange[];
}

/**
 * The extension's entries in the page's highlight registry, read from the main
 * world. The registry belongs to the document, so highlights a content script
 * registers are visible here in both Chromium and Firefox.
 */
export function readBackstoryHighlights(page: TestPage): Promise<HighlightSnapshot[]> {
  // No named inner functions: tsx would wrap them in a helper the page lacks.
  return withLiveHighlights(page, (highlights) =>
    highlights.map(({ name, ranges }) => ({
      name,
      ranges: ranges.map((range) => {
        const rect = range.getClientRects()[0];
        return {
          text: range.toString(),
          rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
        };
      }),
    })),
  );
}

/** Waits until at least one `backstory-*` highlight holds a range, then returns them all. */
export async function waitForBackstoryHighlights(
  page: TestPage,
  options: WaitOptions = {},
): Promise<HighlightSnapshot[]> {
  await page.waitFor(
    () =>
      [...CSS.highlights.entries()].some(
        ([name, h]) => name.startsWith('backstory-') && h.size > 0,
      ),
    { message: 'backstory-* entries in CSS.highlights', ...options },
  );
  return readBackstoryHighlights(page);
}

/** Centre of a range's first rect: where to point the mouse to hover that mention. */
export function centreOf(range: HighlightedRange): { x: number; y: number } | undefined {
  if (!range.rect) return undefined;
  return { x: range.rect.x + range.rect.width / 2, y: range.rect.y + range.rect.height / 2 };
}
