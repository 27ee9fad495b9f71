import { withLiveHighlights } from '../../../tools/live-ranges';
import { pollUntil, type TestPage } from '../../../tools/test-page';

/** A highlighted mention in the page, located in the viewport. */
export interface LocatedMention {
  text: string;
  /** Centre of its first line box, in viewport coordinates: where to point to hover it. */
  point: { x: number; y: number };
}

export interface FocusedMention {
  /** Position of the `backstory-focus` range among all highlighted mentions in document order. */
  index: number;
  /** Texts of all highlighted mentions, in document order. */
  texts: string[];
  text: string;
  /** Whether the focused mention's first line box lies inside the viewport. */
  inViewport: boolean;
}

/**
 * Scrolls the first highlighted mention (in document order) whose text matches `pattern` to the
 * middle of the viewport and says where it is. Throws when no highlighted mention matches.
 */
export async function scrollToMention(page: TestPage, pattern: RegExp): Promise<LocatedMention> {
  const found = await withLiveHighlights(
    page,
    (highlights, source: string, flags: string) => {
      const matcher = new RegExp(source, flags);
      const ranges = highlights
        .filter(({ name }) => name !== 'backstory-focus')
        .flatMap((highlight) => highlight.ranges)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges.find((candidate) => matcher.test(candidate.toString()));
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      if (!rect) return null;
      return {
        text: range.toString(),
        point: { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
      };
    },
    pattern.source,
    pattern.flags,
  );
  if (!found) throw new Error(`No highlighted mention matches ${pattern}`);
  return found;
}

/**
 * Where the `backstory-focus` highlight is among the page's mentions in document order; index
 * -1 when it holds no range or one that is not a highlighted mention.
 */
export function focusedMention(page: TestPage): Promise<FocusedMention> {
  return withLiveHighlights(page, (highlights) => {
    const ranges = highlights
      .filter(({ name }) => name !== 'backstory-focus')
      .flatMap((highlight) => highlight.ranges)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const focus = highlights.find(({ name }) => name === 'backstory-focus')?.ranges ?? [];
    const first = focus[0];
    const index =
      focus.length === 1 && first
        ? ranges.findIndex(
            (r) =>
              r.startContainer === first.startContainer &&
              r.startOffset === first.startOffset &&
              r.endContainer === first.endContainer &&
              r.endOffset === first.endOffset,
          )
        : -1;
    const range = ranges[index];
    const rect = range?.getClientRects()[0];
    return {
      index,
      texts: ranges.map((r) => r.toString()),
      text: range?.toString() ?? '',
      inViewport:
        rect !== undefined &&
        rect.top >= 0 &&
        rect.left >= 0 &&
        rect.bottom <= innerHeight &&
        rect.right <= innerWidth,
    };
  });
}

/** Waits until the focus highlight is on a mention `wanted` accepts; returns where it is. */
export function waitForFocusedMention(
  page: TestPage,
  wanted: (focus: FocusedMention) => boolean,
  message: string,
): Promise<FocusedMention> {
  return pollUntil(
    async (): Promise<FocusedMention | undefined> => {
      const focus = await focusedMention(page);
      return wanted(focus) ? focus : undefined;
    },
    { message },
    // pollUntil returns only a value its check gave as truthy: never undefined here.
  ) as Promise<FocusedMention>;
}

/**
 * Adds a paragraph saying `text` to the page, as the page's own script would: to the element
 * with id `parentId`, else to the body.
 */
export async function appendParagraph(page: TestPage, text: string, parentId?: string) {
  await page.evaluate(
    (words: string, id: string | null) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = words;
      (id === null ? document.body : document.getElementById(id))?.append(paragraph);
    },
    text,
    parentId ?? null,
  );
}
