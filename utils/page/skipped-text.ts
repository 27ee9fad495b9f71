/**
 * Which text nodes under a root the skip rules leave out (skip-rules.ts), asked node by node by
 * a walk that reads text nodes only (key-regions.ts).
 *
 * On most roots one selector query finds every skipped element at once: a few milliseconds, no
 * element read in script. But the query matches every element against ~20 selectors and cannot
 * be paused: on a page of 96,000 elements it took 32–50 ms, in the walk's first slice, past any
 * deadline (plain Chromium, a scratch timing on the corpus's omnibus page; `dailymail-omnivore`,
 * 5,400 elements, 2–4 ms; news articles under 2). Over a root that large the test instead climbs
 * from each text node's parent as the walk reaches it, remembering each element's answer: more
 * work in all (the same timing: the whole walk 55–100 ms with the query, 72–115 climbing), but
 * spread over the walk's slices, each ending at its deadline.
 */
import { POPOVER_HOST_NAME } from '../popover-contract';
import { createAncestorTest } from './ancestor-test';
import { isSkippedElement, SKIPPED_TAGS } from './skip-rules';

/** True when the skip rules leave this text node (under the test's root) out. */
export type SkippedTextTest = (text: Node) => boolean;

/**
 * Roots with more elements than this are tested as they are walked. The query costs ~0.4 µs an
 * element (the timing above), so at most ~4 ms here; counting up to it stops at the limit.
 */
export const ELEMENTS_FOR_ONE_QUERY = 10_000;

/** Elements that may be skipped (isSkippedElement decides; our own UI is `backstory-popover`). */
const MAYBE_SKIPPED = [...SKIPPED_TAGS, POPOVER_HOST_NAME, '[hidden]', '[contenteditable]'].join(
  ',',
);

/** Nothing is skipped: the test of a walk that holds no root. */
export const NOTHING_SKIPPED: SkippedTextTest = () => false;

/**
 * The test for the text nodes under `root` (itself included), as the page stands now: an
 * element hidden or shown later keeps the answer it had when first asked about.
 */
export function skippedTextTest(
  root: Element,
  elementsForOneQuery = ELEMENTS_FOR_ONE_QUERY,
): SkippedTextTest {
  // item(n) counts only up to n: on a huge root the check itself stays short.
  const large = root.getElementsByTagName('*').item(elementsForOneQuery) !== null;
  return large ? climbedAsWalked(root) : queriedOnce(root);
}

/** Every text node a skipped element holds, found at once. */
function queriedOnce(root: Element): SkippedTextTest {
  const document = root.ownerDocument;
  const found = new Set<Node>();
  const under = (element: Element): void => {
    const inside = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let text = inside.nextNode(); text !== null; text = inside.nextNode()) found.add(text);
  };
  if (isSkippedElement(root, root.localName)) under(root);
  for (const element of root.querySelectorAll(MAYBE_SKIPPED)) {
    if (isSkippedElement(element, element.localName)) under(element);
  }
  return (text) => found.has(text);
}

/**
 * Each text node judged by its parent, each element once: skipped when it or an element above
 * it, up to the root, is. A walk reads a parent's text nodes one after another, so the last
 * parent's answer is kept at hand.
 */
function climbedAsWalked(root: Element): SkippedTextTest {
  const isSkipped = (element: Element) => isSkippedElement(element, element.localName);
  // The root's own answer stops every climb at the root, as the query stops there.
  const elementSkipped = createAncestorTest(isSkipped, new Map([[root, isSkipped(root)]]));
  let lastParent: Node | null = null;
  let lastSkipped = false;
  return (text) => {
    const parent = text.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      lastSkipped = parent !== null && parent.nodeType === 1 && elementSkipped(parent as Element);
    }
    return lastSkipped;
  };
}
