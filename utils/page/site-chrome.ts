/**
 * Site chrome: the parts of a page that belong to the site, not to what the reader reads —
 * navigation, banners, footers, menus, search, and the dialogs that sit over the page (cookie
 * consent, newsletter and subscription prompts, paywalls). Nothing in them is highlighted:
 * "US & Canada" in a section menu or "Europe" in an edition switcher names a section of the
 * site, not the country or the continent.
 *
 * Decided by tag and attributes only, like skip-rules.ts (no getComputedStyle), and only for
 * the containers that hold a mention, so a page without candidates pays nothing. An element is
 * chrome when
 *
 * - its tag is `nav`, `footer`, `menu` or `search`; or a `header` that is the page's own (not
 *   inside an `article`, `main`, `section` or `aside`, where it holds a story's headline);
 * - its `role` is navigation, banner, contentinfo, menu, menubar, search, or alertdialog; or a
 *   dialog that is modal (`aria-modal="true"`): a modal sits over the story, it is not part
 *   of it;
 * - a word of its `class` or `id` (split at spaces, `-` and `_`, and at lower-to-upper case
 *   changes) names chrome: see CHROME_WORDS. Not applied to `html`, `body`, `main` and
 *   `article`, whose classes often describe the page's state ("nav-open", "has-paywall")
 *   rather than what the element is.
 *
 * `aside` is not chrome: on the corpus pages it holds related stories, trending lists, pull
 * quotes and adverts. A sidebar story is content a reader may read; whether its general
 * mentions show is decided by its own text (relevance.ts treats it as a region of its own).
 *
 * The tags and roles are in ./chrome-landmarks.ts, which the first pass's skim loads alone.
 */
import { createAncestorTest } from './ancestor-test';
import { isChromeByTagOrRole } from './chrome-landmarks';

/** Whose class and id describe the page, not the element (see the file comment). */
const NO_CLASS_RULE: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/**
 * Words of class names and ids that name chrome, seen on the corpus pages and on the
 * consent / subscription layers of news sites: navigation ("nav", "navbar", "menu",
 * "breadcrumb"), the page's frame ("footer", "masthead", "topbar"), and the dialogs over the
 * story ("cookie", "consent", "gdpr", "newsletter", "paywall", "subscribe", "signup").
 * Whole words only: "navigation" counts, "canvas" does not.
 */
export const CHROME_WORDS: ReadonlySet<string> = new Set([
  'nav',
  'navbar',
  'navigation',
  'sitenav',
  'menu',
  'menubar',
  'megamenu',
  'submenu',
  'breadcrumb',
  'breadcrumbs',
  'footer',
  'masthead',
  'topbar',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'paywall',
  'subscribe',
  'subscription',
  'signup',
]);

const WORD_SPLIT = /[\s_-]+|(?<=[a-z])(?=[A-Z])/;

/**
 * Whether the lower-cased value holds any chrome word at all, whole or not. A word that
 * lower-cases to a chrome word makes the lower-cased value hold it, so a value without one
 * cannot have a chrome word: most class names (a page has thousands) stop at this one test,
 * without being split into words.
 */
const ANY_CHROME_WORD = new RegExp([...CHROME_WORDS].join('|'));

function hasChromeWord(value: string | null): boolean {
  if (value === null || value.length === 0) return false;
  if (!ANY_CHROME_WORD.test(value.toLowerCase())) return false;
  for (const word of value.split(WORD_SPLIT)) {
    if (word.length !== 0 && CHROME_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

/** Whether this element itself (not its ancestors) is site chrome. */
export function isChromeElement(element: Element): boolean {
  // Each attribute read once: the engine asks this of every ancestor of every mention.
  const role = element.getAttribute('role');
  if (isChromeByTagOrRole(element, role)) return true;
  const name = element.localName;
  const dialog = role === 'dialog' || name === 'dialog';
  if (dialog && element.getAttribute('aria-modal') === 'true') return true;
  if (NO_CLASS_RULE.has(name)) return false;
  return hasChromeWord(element.getAttribute('class')) || hasChromeWord(element.getAttribute('id'));
}

/**
 * Answers "is this element inside site chrome?" for many elements of one page, remembering
 * each ancestor's answer so that a page with many mentions walks each ancestor once.
 */
export interface ChromeIndex {
  inChrome(element: Element): boolean;
  /** Forget every answer (the page changed its attributes or moved nodes). */
  reset(): void;
}

export function createChromeIndex(): ChromeIndex {
  let inChrome = createAncestorTest(isChromeElement, new WeakMap());
  return {
    inChrome: (element) => inChrome(element),
    reset() {
      inChrome = createAncestorTest(isChromeElement, new WeakMap());
    },
  };
}
