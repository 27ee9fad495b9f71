/**
 * Site chrome's landmarks: the elements that are site chrome (./site-chrome.ts) by their tag or
 * their `role` alone — `nav`, `footer`, `menu`, `search`, the page's own `header`, and the
 * navigation, banner, contentinfo, menu, menubar, search and alertdialog roles — and found so
 * by one native selector. The class and id words of site-chrome.ts are left to the engine:
 * they need every element's attributes read in JavaScript.
 *
 * After the probe's maybe, where a landmark holds a maybe of its own, the first pass reads the
 * same text again with every block-level landmark left out (./prose-texts.ts,
 * ./probe-reader.ts): no key inside one can lead to something shown (./key-placement.ts: from
 * a key's block container up, a chrome element puts it in chrome, and a block-level landmark
 * is the container of its text or above it), so a page that names the talks only in its menus
 * and footer never loads the key check.
 *
 * What makes an element a landmark can change only by its `role` or an ancestor's (a page
 * header is one outside `article`, `main`, `section` and `aside` and the main and article
 * roles) or by moving it, which the readers see as an addition: they read again an element
 * whose `role` changed so (./text-reader.ts, TEXT_CHANGES; `roleChangeMayUncover`).
 */
import { createAncestorTest } from './ancestor-test';
import { BLOCK_TAGS } from './skip-rules';

/** Tags that are chrome wherever they are. */
const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'menu', 'search']);

/** Roles that make an element chrome. */
const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'search',
  'alertdialog',
]);

/** The attributes a landmark is decided by (besides tags, which never change). */
export const LANDMARK_ATTRIBUTES: readonly string[] = ['role'];

/**
 * Whether a change of `element`'s role from `oldRole` may have made text that was in a
 * landmark text that is not: it had a chrome role, or it now holds a story (a page header
 * inside it is a story's header now). Any other change of role (a page's widgets change theirs
 * as they open and close) leaves out nothing that was read.
 */
export function roleChangeMayUncover(element: Element, oldRole: string | null): boolean {
  if (oldRole !== null && CHROME_ROLES.has(oldRole)) return true;
  const role = element.getAttribute('role');
  return role === 'main' || role === 'article';
}

/** Every element that may be a landmark: `isChromeLandmark` decides. */
export const MAYBE_LANDMARKS = [
  ...CHROME_TAGS,
  'header',
  ...[...CHROME_ROLES].map((role) => `[role=${role}]`),
].join(',');

/** Where a `header` is a story's header rather than the page's. */
const SECTIONING: ReadonlySet<string> = new Set(['article', 'main', 'section', 'aside']);

/** Whether a `header` is the page's own: not inside a story's sectioning element or role. */
function isPageHeader(element: Element): boolean {
  for (let up = element.parentElement; up !== null; up = up.parentElement) {
    if (SECTIONING.has(up.localName)) return false;
    const role = up.getAttribute('role');
    if (role === 'main' || role === 'article') return false;
  }
  return true;
}

/**
 * Whether the element is chrome by its tag or role (site-chrome.ts adds dialogs and class
 * words); `role` is its `role` attribute, for a caller that has read it already.
 */
export function isChromeByTagOrRole(
  element: Element,
  role: string | null = element.getAttribute('role'),
): boolean {
  const name = element.localName;
  if (CHROME_TAGS.has(name)) return true;
  if (name === 'header' && isPageHeader(element)) return true;
  return role !== null && CHROME_ROLES.has(role);
}

/** Whether the skim leaves the element out whole: a block-level landmark. */
export function isChromeLandmark(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName) && isChromeByTagOrRole(element);
}

/** The landmarks at or under `element` (one inside another too), in document order. */
export function landmarksIn(element: Element): Element[] {
  const found = isChromeLandmark(element) ? [element] : [];
  for (const under of element.querySelectorAll(MAYBE_LANDMARKS))
    if (isChromeLandmark(under)) found.push(under);
  return found;
}

/**
 * Answers "is this node inside a landmark?" for many nodes of one page, going up from each
 * only as far as an ancestor already answered (the children of one element ask once).
 */
export function createLandmarkIndex(): (node: Node) => boolean {
  const inLandmark = createAncestorTest(isChromeLandmark);
  return (node) => {
    const parent = node.parentElement;
    return parent !== null && inLandmark(parent);
  };
}
