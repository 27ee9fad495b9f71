/**
 * Which elements delimit blocks of reading text and which subtrees are not reading text.
 *
 * Decided by tag name and attributes only, never by getComputedStyle: computed style forces a
 * style recalc and costs far more than the walk itself. The price is that an element styled
 * against its usual display (a `<span style="display:block">`, a `<div>` made inline) is taken
 * for what its tag says; a name split across such elements may be missed, never invented.
 */

/** Tags whose content starts a new block (HTML's block-level and table elements). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  // Not block-level, but its label is never read as one phrase with the text around it.
  'button',
]);

/**
 * Tags whose subtree is not reading text: code and styles, form controls (their text is the
 * user's, or a menu), fallback content, and SVG's tooltip/description elements (`title` and
 * `desc` are not drawn; `<title>` in the head is outside the scanned body anyway).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'audio',
  'canvas',
  'datalist',
  'desc',
  'embed',
  'head',
  'iframe',
  'input',
  'math',
  'noscript',
  'object',
  'optgroup',
  'option',
  'script',
  'select',
  'style',
  'template',
  'textarea',
  'title',
  'video',
]);

/** The extension's own UI hosts are custom elements named `backstory-*`. */
export const OWN_UI_PREFIX = 'backstory-';

export function isOwnUi(element: Element): boolean {
  return element.localName.startsWith(OWN_UI_PREFIX);
}

/**
 * True when the element's subtree holds no reading text for us.
 *
 * - `hidden` attribute: hidden by the UA stylesheet; cheap to check. (The scanner observes
 *   this attribute, so content revealed later is scanned then.)
 * - `contenteditable` (any value but "false"): the user's own editor; highlighting or rescanning
 *   while they type is unwelcome.
 * - `aria-hidden="true"` is NOT skipped: it hides text from assistive technology, not from the
 *   eyes (decorative duplicates of visible headlines use it), so a sighted reader sees it.
 */
export function isSkippedElement(element: Element, localName: string): boolean {
  if (SKIPPED_TAGS.has(localName)) return true;
  if (localName.charCodeAt(0) === 98 /* b */ && localName.startsWith(OWN_UI_PREFIX)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * The container (nearest block-level ancestor-or-self) whose inline content holds `node`, or
 * null when the node lies in a skipped subtree or outside `root`.
 */
export function containerOf(node: Node, root: Node): Element | null {
  let container: Element | null = null;
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current !== null) {
    if (current.nodeType === 1) {
      const element = current as Element;
      const name = element.localName;
      if (isSkippedElement(element, name)) return null;
      if (container === null && BLOCK_TAGS.has(name)) container = element;
    }
    if (current === root) return container ?? (root.nodeType === 1 ? (root as Element) : null);
    current = current.parentNode;
  }
  return null;
}
