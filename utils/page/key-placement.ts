/**
 * Where a key of the first pass (utils/gate/keys.ts) can lead to something shown: the first
 * pass wakes the engine only for a key in such a place (utils/page/gate-reader.ts). A
 * *necessary* condition of the visibility rule (visibility.ts), checked on the key's text node
 * only, by tag and attributes, like the rules it follows:
 *
 * - the engine reads no text in a skipped subtree (skip-rules.ts: form controls such as a
 *   country picker's options, SVG titles, `hidden`, an editor);
 * - it shows no mention whose block container (the nearest block-level element around the
 *   text: text-blocks.ts) is in site chrome (site-chrome.ts);
 * - a general mention shows only in a topical region or teaser unit, which needs an anchor in
 *   its counted text (relevance.ts, topicality.ts). Text under a chrome element is counted
 *   only where that element is inline in the block it belongs to (the block's own text, or a
 *   teaser unit inside the block); so an anchor whose block container is in chrome counts for
 *   no region of a mention that could be shown either.
 *
 * So every mention the engine could show holds a key in a text node that passes here (a
 * specific name, a quote's words), or sits in a region whose anchor's text node passes here.
 * A chrome element inline in a paragraph ("<p>… <span class="menu-link">Kyiv</span> …</p>")
 * does not make its key fail: the mention's block is the paragraph.
 *
 * The reader asks only about a key that starts a word (utils/gate/exact-scan.ts,
 * WORD_KEY_ENDS): "putin" inside "computing" is no name the engine matches.
 */
import { isChromeElement } from './site-chrome';
import { BLOCK_TAGS, isSkippedElement } from './skip-rules';

/**
 * Whether a key ending in `text` could lead to something shown. False only where it surely
 * cannot; the answer holds for the page's tags and attributes as they are now.
 */
export function keyMayShow(text: Node): boolean {
  let inBlock = false;
  for (let element = text.parentElement; element !== null; element = element.parentElement) {
    const name = element.localName;
    if (isSkippedElement(element, name)) return false;
    // From the block container up, a chrome element puts the key's block in chrome.
    inBlock ||= BLOCK_TAGS.has(name);
    if (inBlock && isChromeElement(element)) return false;
  }
  return true;
}

/** The attributes the answer depends on: a change to one of them can change it. */
export const KEY_PLACEMENT_ATTRIBUTES = [
  'class',
  'id',
  'role',
  'aria-modal',
  'hidden',
  'contenteditable',
];
