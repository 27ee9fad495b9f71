import type { TestPage } from './test-page';

/** One `backstory-*` entry of the page's highlight registry, its ranges as live Ranges. */
export interface LiveHighlight {
  name: string;
  ranges: Range[];
}

/**
 * Runs `fn` in the page's main world with the extension's highlights, each range copied into a
 * live Range (Backstory registers StaticRanges, which have neither text nor geometry), in
 * registry order, empty entries included. The copying is written once, here: a function run in
 * the page cannot call helpers of the test process, so the page gets the copies as a handle.
 */
export async function withLiveHighlights<Args extends unknown[], Result>(
  page: TestPage,
  fn: (highlights: LiveHighlight[], ...args: Args) => Result,
  ...args: Args
): Promise<Awaited<Result>> {
  // Inline arrows only: tsx wraps named inner functions in a helper the page lacks.
  const handle = await page.puppeteer.evaluateHandle(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('backstory-'))
      .map(([name, highlight]) => ({
        name,
        ranges: [...highlight].map((abstract) => {
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          return range;
        }),
      })),
  );
  try {
    // Puppeteer's own typing of evaluate does not accept a generic argument list.
    const run = fn as unknown as (highlights: unknown, ...rest: unknown[]) => Result;
    return (await page.puppeteer.evaluate(run, handle, ...args)) as Awaited<Result>;
  } finally {
    await handle.dispose();
  }
}
