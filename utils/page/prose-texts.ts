/**
 * The text of a page, or of a subtree, as the key check's walk reads it (./text-reader.ts), or
 * that less site chrome's landmarks (./chrome-landmarks.ts), read the fast way for the first
 * pass (./probe-reader.ts): whole subtrees with the browser's own `textContent`.
 */
import { isChromeLandmark, MAYBE_LANDMARKS } from './chrome-landmarks';

/** Elements whose text is code or styling, never prose (the engine skips them too). */
export const NOT_PROSE: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** The elements of NOT_PROSE, as a selector. */
const NOT_PROSE_SELECTOR = 'script,style,noscript,template';

/** The elements not read whole when landmarks are left out: NOT_PROSE's, and maybe landmarks. */
const NOT_PROSE_OR_LANDMARK = `${NOT_PROSE_SELECTOR},${MAYBE_LANDMARKS}`;

/**
 * A page's text in pieces, each with the node it is the text of: an element read whole, or a
 * text node. Joined, the pieces are the text the walk gathers (outside the landmarks, where
 * they are left out).
 */
export interface ProseTexts {
  texts: string[];
  /** Per piece, its element (read whole with `textContent`) or text node. */
  nodes: Node[];
}

/**
 * The text the walk would gather under `root`, in the same order and joined the same way, in
 * fewer pieces: a subtree without any NOT_PROSE element is read whole with `textContent` (all
 * its Text nodes' data in document order: no comments, no processing instructions, and no
 * CDATA sections, which HTML documents cannot hold); only the elements on the way to one are
 * gone through child by child, where the text directly inside a NOT_PROSE element is left out,
 * as the walk leaves it out.
 *
 * One task: the caller bounds the page's size.
 */
export function proseTexts(root: Element): ProseTexts {
  return readProse(root, false);
}

/**
 * As `proseTexts`, with site chrome's landmarks under `root` (or `root` itself) left out whole
 * too, found by the same selector: no key in them can lead to anything shown
 * (./chrome-landmarks.ts).
 */
export function proseTextsWithoutLandmarks(root: Element): ProseTexts {
  return readProse(root, true);
}

/** A subtree with no code and no landmark in it: its text, whole. */
function wholeText(root: Element): ProseTexts {
  return { texts: [root.textContent ?? ''], nodes: [root] };
}

function readProse(root: Element, leaveOutLandmarks: boolean): ProseTexts {
  if (leaveOutLandmarks && isChromeLandmark(root)) return { texts: [], nodes: [] };
  const found = root.querySelectorAll(
    leaveOutLandmarks ? NOT_PROSE_OR_LANDMARK : NOT_PROSE_SELECTOR,
  );
  const rootIsCode = NOT_PROSE.has(root.localName);
  // Most subtrees (and most pages) hold neither: their text whole, with nothing allocated.
  if (found.length === 0 && !rootIsCode) return wholeText(root);
  /** Elements with a NOT_PROSE element or a landmark in or under them. */
  const mixed = new Set<Node>([root]);
  const landmarks = new Set<Element>();
  for (const element of found) {
    if (!NOT_PROSE.has(element.localName)) {
      if (!isChromeLandmark(element)) continue;
      landmarks.add(element);
    }
    for (let node: Node | null = element; node !== null && !mixed.has(node); ) {
      mixed.add(node);
      node = node.parentNode;
    }
  }
  // Only story headers found, no landmark. (A script or style the page adds is itself code:
  // only elements inside it are read.)
  if (mixed.size === 1 && !rootIsCode) return wholeText(root);
  const texts: string[] = [];
  const nodes: Node[] = [];
  const readElement = (element: Element) => {
    if (landmarks.has(element)) return;
    if (mixed.has(element)) read(element);
    else {
      texts.push(element.textContent ?? '');
      nodes.push(element);
    }
  };
  const read = (parent: Element) => {
    if (NOT_PROSE.has(parent.localName)) {
      // Its own text is code; an element a page's script put inside it is read, as the walk
      // reads it. Its child nodes, not its first child: a template's content is not among them.
      for (const child of parent.childNodes)
        if (child.nodeType === 1) readElement(child as Element);
      return;
    }
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        texts.push((child as Text).data);
        nodes.push(child);
      } else if (child.nodeType === 1) readElement(child as Element);
    }
  };
  read(root);
  return { texts, nodes };
}
