/**
 * The containers on the first screen, when the first screen is not the top of the document
 * (a restored scroll position, a link to an anchor). At the top of the page the walk in
 * document order already reaches the first screen first, so nothing is done there.
 *
 * Cost is bounded: a few caretPositionFromPoint probes and one getBoundingClientRect per
 * candidate container (at most `maxUnits`), read once before the walk starts, never per node.
 */
import { BLOCK_TAGS, containerOf } from './skip-rules';

const PROBE_HEIGHTS = [0.05, 0.25, 0.5, 0.75];

function textNodeAt(document: Document, x: number, y: number): Node | null {
  const withPosition = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    return withPosition.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  }
  if (typeof withPosition.caretRangeFromPoint === 'function') {
    return withPosition.caretRangeFromPoint(x, y)?.startContainer ?? null;
  }
  return null;
}

export function findViewportUnits(
  document: Document,
  scanRoot: Element,
  maxUnits: number,
): Element[] {
  const view = document.defaultView;
  if (view === null || view.scrollY <= 0) return [];
  const height = view.innerHeight;
  let anchor: Element | null = null;
  for (const share of PROBE_HEIGHTS) {
    const node = textNodeAt(document, view.innerWidth / 2, height * share);
    if (node === null || node.nodeType !== 3) continue;
    const container = containerOf(node, scanRoot);
    if (container !== null && container !== scanRoot) {
      anchor = container;
      break;
    }
  }
  if (anchor === null) return [];
  const units: Element[] = [anchor];
  let sibling = anchor.nextElementSibling;
  while (sibling !== null && units.length < maxUnits && BLOCK_TAGS.has(sibling.localName)) {
    if (sibling.getBoundingClientRect().top > height) break;
    units.push(sibling);
    sibling = sibling.nextElementSibling;
  }
  return units;
}
