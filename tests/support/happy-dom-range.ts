/**
 * happy-dom's `Range.prototype.toString` leaves out text a browser's includes (a range from
 * after a list's `<template>` to the end of the body gives "" where the list goes on) and walks
 * to the document's end for every range. The skim (`proseStrings` in
 * utils/page/prose-texts.ts) reads the page with ranges, so the unit tests give happy-dom the
 * DOM standard's algorithm: the data of every Text node in the range, in document order, the
 * boundary Text nodes cut at their offsets. Real Chromium and Firefox are checked against the
 * walk in tests/e2e/prose-strings.e2e.ts.
 */

/** The node after `node` in document order, its descendants left out. */
function nextSkippingChildren(node: Node): Node | null {
  for (let at: Node | null = node; at !== null; at = at.parentNode) {
    if (at.nextSibling !== null) return at.nextSibling;
  }
  return null;
}

/** The node after `node` in document order. */
function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? nextSkippingChildren(node);
}

/** The first node after a boundary point (container, offset), or null at the document's end. */
function nodeAfter(container: Node, offset: number): Node | null {
  if (container.nodeType === Node.TEXT_NODE) return nextSkippingChildren(container);
  return container.childNodes[offset] ?? nextSkippingChildren(container);
}

function rangeText(range: Range): string {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
  if (startContainer === endContainer && isText(startContainer)) {
    return startContainer.data.slice(startOffset, endOffset);
  }
  let text = isText(startContainer) ? startContainer.data.slice(startOffset) : '';
  const stop = isText(endContainer) ? endContainer : nodeAfter(endContainer, endOffset);
  for (let node = nodeAfter(startContainer, startOffset); node !== null && node !== stop; ) {
    if (isText(node)) text += node.data;
    node = nextInOrder(node);
  }
  if (isText(endContainer)) text += endContainer.data.slice(0, endOffset);
  return text;
}

Range.prototype.toString = function (this: Range) {
  return rangeText(this);
};
