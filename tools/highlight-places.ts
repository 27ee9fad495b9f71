import { withLiveHighlights } from './live-ranges';
import type { TestPage } from './test-page';

/**
 * Site chrome as the relevance checks define it, written apart from utils/page/site-chrome.ts so
 * that a test does not grade the rule with the rule: navigation, menus, search, banners,
 * footers, modal dialogs, and a `header` outside any article, main, section or aside.
 */
export const CHROME_SELECTOR = [
  'nav',
  'footer',
  'menu',
  'search',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=menu]',
  '[role=menubar]',
  '[role=search]',
  '[aria-modal=true]',
].join(',');

/** A highlight with where it sits on the page. */
export interface PlacedHighlight {
  name: string;
  text: string;
  /** Inside site chrome (CHROME_SELECTOR, or a page-level header). */
  inChrome: boolean;
  /** A few words before and after, for reading the highlight in context. */
  context: string;
}

/**
 * Every highlight in document order, with its place; those inside an element with the attribute
 * `skipAttribute` (a test's own probe paragraph) are left out.
 */
export function placedHighlights(
  page: TestPage,
  skipAttribute = 'data-backstory-test-probe',
): Promise<PlacedHighlight[]> {
  return withLiveHighlights(
    page,
    (highlights, selector: string, probe: string) => {
      const all = highlights
        .filter(({ name }) => name !== 'backstory-focus')
        .flatMap(({ name, ranges }) => ranges.map((range) => ({ name, range })))
        .filter(({ range }) => !range.startContainer.parentElement?.closest(`[${probe}]`))
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return all.map(({ name, range }) => {
        const element = range.startContainer.parentElement;
        const header = element?.closest('header') ?? null;
        const pageHeader =
          header !== null && header.parentElement?.closest('article,main,section,aside') === null;
        const block = element?.closest('p,li,td,h1,h2,h3,h4,h5,h6,div,section,article') ?? element;
        const whole = (block?.textContent ?? '').replace(/\s+/g, ' ');
        const text = range.toString();
        const at = whole.indexOf(text.replace(/\s+/g, ' '));
        const context =
          at < 0
            ? text
            : `${whole.slice(Math.max(0, at - 40), at)}[${text}]${whole.slice(at + text.length, at + text.length + 40)}`;
        return {
          name,
          text,
          inChrome: (element?.closest(selector) ?? null) !== null || pageHeader,
          context: context.trim(),
        };
      });
    },
    CHROME_SELECTOR,
    skipAttribute,
  );
}
