/**
 * Where on a skimmed page the key check must read: the nodes whose text lies near a place where
 * the probe's expression matches. The first pass's skim (./prose-texts.ts) read the page's text
 * in pieces, each the whole text of an element or a text node; after its maybe, the key check
 * (./gate-reader.ts) would walk every text node of the page, creating a wrapper for each in the
 * extension's world — the most of its time on an article that names an actor once or twice.
 * Here the probe's expression runs once over the pieces joined (native code), and only the
 * pieces that meet one of its stretches are kept; a long element among them is replaced by
 * those of its children that meet one, and so on down.
 *
 * Why nothing is lost: every key of the text lies wholly inside a stretch (utils/gate/probe.ts,
 * `KeyStretches`), with the unit before it (a stretch reaches well before the match); a piece
 * that meets a stretch is kept whole, so each key, and what decides whether it starts a word,
 * is among the nodes kept, in document order. Text that changed since the skim is read anyway
 * (the reader's recorded changes); an element whose children no longer add up to the text the
 * skim read is kept whole rather than cut by offsets that moved.
 */
import type { KeyStretchesFound } from '../gate/probe';
import { normalizeForProbe } from '../gate/probe';
import type { ProseTexts } from './prose-texts';

/** An element kept whose text is longer than this is looked into, child by child. */
export const LOOK_INTO_UNITS = 1024;

/**
 * Pages whose skimmed text is longer than this are walked whole, as before: the expression and
 * the normalization run here in one task, and this bounds it (a few milliseconds).
 */
export const MAX_NARROWED_UNITS = 1 << 19;

/**
 * The nodes of `skimmed` (elements and text nodes, in document order, none inside another) that
 * hold all of its text near where `stretchesIn` says a key may be; null where the text is too
 * long to narrow in one task.
 */
export function nodesNearKeys(
  skimmed: ProseTexts,
  stretchesIn: (text: string) => KeyStretchesFound,
): Node[] | null {
  const joined = skimmed.texts.join('');
  if (joined.length > MAX_NARROWED_UNITS) return null;
  const { stretches, normalizedLength } = stretchesIn(joined);
  // The stretches count in the normalized text; where it moved no unit (most pages), so do the
  // pieces. Else each piece is normalized to its own part of the whole (./gate/scan.ts).
  const lengthOf =
    normalizedLength === joined.length
      ? (text: string) => text.length
      : (text: string) => normalizeForProbe(text).length;
  /** Whether [from, to) meets a stretch. */
  const meets = (from: number, to: number): boolean => {
    // The first stretch that ends after `from` (they are in order and apart).
    let low = 0;
    let high = stretches.length / 2;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((stretches[2 * middle + 1] as number) > from) high = middle;
      else low = middle + 1;
    }
    return low < stretches.length / 2 && (stretches[2 * low] as number) < to;
  };
  const near: Node[] = [];
  const keep = (texts: readonly string[], nodes: readonly Node[], start: number): void => {
    let at = start;
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index] as string;
      const from = at;
      at += lengthOf(text);
      if (at === from || !meets(from, at)) continue;
      const node = nodes[index] as Node;
      const children = at - from > LOOK_INTO_UNITS && node.nodeType === 1 ? childTexts(node) : null;
      if (children !== null && children.texts.join('') === text)
        keep(children.texts, children.nodes, from);
      else near.push(node);
    }
  };
  keep(skimmed.texts, skimmed.nodes, 0);
  return near;
}

/**
 * An element's text as its children's: a text child's data, an element child's whole text. The
 * skim reads an element whole only where no code is under it, so this is what the walk reads.
 */
function childTexts(element: Node): ProseTexts {
  const texts: string[] = [];
  const nodes: Node[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) texts.push((child as Text).data);
    else if (child.nodeType === 1) texts.push(child.textContent ?? '');
    else continue;
    nodes.push(child);
  }
  return { texts, nodes };
}
