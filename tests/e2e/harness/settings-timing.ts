import type { TestPage, WaitOptions } from '../../../tools/test-page';

/**
 * How long a settings change takes to reach an open page: the extension page records when its
 * control changed, the article records the first animation frame at which its highlights
 * agree with the change. Both read `Date.now()`, the one clock every tab of a browser shares.
 */

/** Highlight names, by prefix: those that must hold no range, and those that must hold some. */
export interface HighlightExpectation {
  empty?: string[];
  filled?: string[];
}

interface WatchState {
  __backstoryWatch?: { at: number | null; frames: number };
}

interface ChangeState {
  __backstoryChangeAt?: number;
}

/** Number of ranges in each `backstory-*` highlight of the page, by name (focus included). */
export function highlightSizes(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('backstory-'))
        .map(([name, highlight]) => [name, highlight.size]),
    ),
  );
}

export interface CategorySizes {
  people: number;
  institutions: number;
  figures: number;
}

/** Ranges per category, whatever the style they are drawn in. */
export async function categorySizes(page: TestPage): Promise<CategorySizes> {
  const sizes = await highlightSizes(page);
  const byCategory: CategorySizes = { people: 0, institutions: 0, figures: 0 };
  for (const [name, size] of Object.entries(sizes)) {
    const category = /^backstory-(people|institutions|figures)-/.exec(name)?.[1];
    if (category === 'people' || category === 'institutions' || category === 'figures') {
      byCategory[category] += size;
    }
  }
  return byCategory;
}

/**
 * Starts a poll in the page, one check per animation frame, that notes the time of the first
 * frame at which the highlights meet `expectation`. The page must be the visible tab: hidden
 * tabs get no animation frames.
 */
export async function armHighlightWatch(
  page: TestPage,
  expectation: HighlightExpectation,
): Promise<void> {
  await page.evaluate(
    (empty: string[], filled: string[]) => {
      const state = { at: null as number | null, frames: 0 };
      (window as WatchState).__backstoryWatch = state;
      // A loop rather than a named callback: the page function must not need bundler helpers.
      void (async () => {
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          state.frames++;
          const entries = [...CSS.highlights.entries()];
          const met =
            empty.every((prefix) =>
              entries.every(([name, h]) => !name.startsWith(prefix) || h.size === 0),
            ) &&
            filled.every((prefix) =>
              entries.some(([name, h]) => name.startsWith(prefix) && h.size > 0),
            );
          if (met) {
            state.at = Date.now();
            return;
          }
        }
      })();
    },
    expectation.empty ?? [],
    expectation.filled ?? [],
  );
}

/** Waits for the armed watch to be met and returns its time (ms since the epoch). */
export async function highlightWatchTime(
  page: TestPage,
  options: WaitOptions = {},
): Promise<number> {
  const at = await page.waitFor(() => (window as WatchState).__backstoryWatch?.at ?? null, {
    message: 'the highlights to follow the settings change',
    ...options,
  });
  return at as number;
}

/** Notes the time of the next `change` event of any control in the extension page. */
export async function markNextChange(extensionPage: TestPage): Promise<void> {
  await extensionPage.evaluate(() => {
    delete (window as ChangeState).__backstoryChangeAt;
    // Capturing on the document runs before the control's own handler writes to storage.
    document.addEventListener(
      'change',
      () => {
        (window as ChangeState).__backstoryChangeAt = Date.now();
      },
      { capture: true, once: true },
    );
  });
}

/** The time noted by `markNextChange`. */
export async function changeTime(extensionPage: TestPage): Promise<number> {
  const at = await extensionPage.waitFor(
    () => (window as ChangeState).__backstoryChangeAt ?? null,
    {
      message: 'a control of the extension page to change',
    },
  );
  return at as number;
}
