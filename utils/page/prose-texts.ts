/**
 * The text of a page as the first pass's walk reads it (utils/page/gate-reader.ts), read the
 * fast way for its skim: whole subtrees with the browser's own `textContent`.
 */

/** Elements whose text is code or styling, never prose (the engine skips them too). */
export const NOT_PROSE: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** The elements of NOT_PROSE, as a selector. */
const NOT_PROSE_SELECTOR = 'script,style,noscript,template';

/**
 * A page's text in pieces, each with the node it is the text of: an element read whole, or a
 * text node. Joined, the pieces are the text the walk gathers.
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
 * CDATA sections, which HTML documents cannot hold); only the elements on the way to a
 * NOT_PROSE element are gone through child by child, where the text directly inside a
 * NOT_PROSE element is left out, as the walk leaves it out. One task: the caller bounds the
 * page's size.
 */
export function proseTexts(root: Element): ProseTexts {
  const code = root.querySelectorAll(NOT_PROSE_SELECTOR);
  if (code.length === 0) return { texts: [root.textContent ?? ''], nodes: [root] };
  /** Elements with a NOT_PROSE element in or under them. */
  const mixed = new Set<Node>([root]);
  for (const element of code) {
    for (let node: Node | null = element; node !== null && !mixed.has(node); ) {
      mixed.add(node);
      node = node.parentNode;
    }
  }
  const texts: string[] = [];
  const nodes: Node[] = [];
  const readElement = (element: Element) => {
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

/**
 * The same text as `proseTexts`, joined the same way, without the nodes: what the skim's probe
 * reads on a page where it may well say no. Between two code elements the text is one native
 * `Range.toString()` (every Text node's data in the range, in document order), so only the
 * code elements get a wrapper in the extension's world, where `proseTexts` gives one to every
 * child of every element on the way to them — on `bbc-1`, with 179 code elements, that walk
 * was most of the first pass. A page whose script put an element inside a code element (its
 * text is prose, the code element's own is not) is read by `proseTexts`.
 */
export function proseStrings(root: Element): string[] {
  const code = root.querySelectorAll(NOT_PROSE_SELECTOR);
  if (code.length === 0) return [root.textContent ?? ''];
  for (const element of code) if (element.firstElementChild !== null) return proseTexts(root).texts;
  // No code element holds an element, so none is inside another: each is cut out whole.
  const between = (root.ownerDocument ?? document).createRange();
  between.setStart(root, 0);
  const texts: string[] = [];
  const cut = () => {
    const text = between.toString();
    if (text !== '') texts.push(text);
  };
  for (const element of code) {
    between.setEndBefore(element);
    cut();
    between.setStartAfter(element);
  }
  between.setEnd(root, root.childNodes.length);
  cut();
  return texts;
}
