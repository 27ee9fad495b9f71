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
 * (the reader's recorded changes); an element whose text is no longer the one the skim read is
 * kept whole rather than cut by offsets that moved.
 */
import { type KeyStretchesFound, lengthInStretches } from '../gate/probe';
import type { ProseTexts } from './prose-texts';

/** An element kept whose text is longer than this is looked into, child by child. */
export const LOOK_INTO_UNITS = 1024;

/**
 * Pages whose skimmed text is longer than this are walked whole, as before: the expression and
 * the normalization run here in one task, and this bounds it (a few milliseconds).
 */
export const MAX_NARROWED_UNITS = 1 << 19;

/**
 * Where the page's keys can be, for the engine's own search for them (./key-regions.ts), which
 * otherwise walks every text node of the page: what the key check kept of the skim, and what
 * the page changed since.
 */
export interface KeyCandidates {
  /** The nodes near every stretch (`NearKeys.next` until null), in document order. */
  near: readonly Node[];
  /** Nodes the page added or whose text it changed since the skim, oldest first. */
  changed: readonly Node[];
}

/**
 * The key check's candidates, held for the engine: the key check goes on recording the page's
 * changes after its key, until the engine takes them (when its own watch of the page begins)
 * or they are dropped.
 */
export interface PendingKeyCandidates {
  /** Once: the candidates, and the recording stops. Null where there are none to trust. */
  take(): KeyCandidates | null;
  /** The engine does not start now: the recording stops, and `take` gives null. */
  drop(): void;
}

/** The nodes near where a key may be, given stretch by stretch as the key check reads. */
export interface NearKeys {
  /**
   * The nodes (elements and text nodes, in document order, none inside another) that hold the
   * text of the next stretch; null when no stretch is left.
   */
  next(): Node[] | null;
}

/** Adds to `into` the nodes of every stretch `near` has not given yet, and returns it. */
export function restOfNear(near: NearKeys, into: Node[] = []): Node[] {
  for (let more = near.next(); more !== null; more = near.next()) into.push(...more);
  return into;
}

/**
 * The nodes of `skimmed` near where `stretchesIn` says a key may be, one stretch at a time: the
 * key check stops at the first key that counts, most often in the first stretch, so the pieces
 * of the others are never looked into. Null where the text is too long to narrow in one task.
 */
export function nearKeys(
  skimmed: ProseTexts,
  stretchesIn: (text: string) => KeyStretchesFound,
): NearKeys | null {
  const { texts, nodes } = skimmed;
  const joined = texts.join('');
  if (joined.length > MAX_NARROWED_UNITS) return null;
  const found = stretchesIn(joined);
  const { stretches } = found;
  const lengthOf = lengthInStretches(joined, found);
  /** Nodes given already: a piece that meets two stretches is read once. */
  const given = new Set<Node>();
  const give = (near: Node[], node: Node): void => {
    if (given.has(node)) return;
    given.add(node);
    near.push(node);
  };
  /** Elements of the skim, by whether their text is still the one it read. */
  const unchanged = new Map<Node, boolean>();
  /** The next stretch, and the first piece that may meet it (and where that piece starts). */
  let stretch = 0;
  let piece = 0;
  let pieceStart = 0;

  /** Adds to `near` those of `children` (`lengths` long, in a row from `start`) that meet [from, to). */
  const collect = (
    near: Node[],
    lengths: readonly number[],
    children: readonly Node[],
    start: number,
    from: number,
    to: number,
  ): void => {
    let at = start;
    for (let index = 0; index < lengths.length && at < to; index++) {
      const end = at + (lengths[index] as number);
      const node = children[index] as Node;
      if (end > from && end > at) {
        const inside =
          end - at > LOOK_INTO_UNITS && node.nodeType === 1
            ? childLengths(node as Element, end - at, lengthOf)
            : null;
        if (inside !== null) collect(near, inside.lengths, inside.nodes, at, from, to);
        else give(near, node);
      }
      at = end;
    }
  };

  return {
    next() {
      if (stretch >= stretches.length) return null;
      const from = stretches[stretch] as number;
      const to = stretches[stretch + 1] as number;
      stretch += 2;
      const near: Node[] = [];
      for (; piece < texts.length; piece++) {
        const text = texts[piece] as string;
        const length = lengthOf(text);
        if (pieceStart + length > from) {
          if (pieceStart >= to) break;
          const node = nodes[piece] as Node;
          // An element is looked into by its text as it is now: only where that is still the
          // text the skim read (else the page changed it meanwhile, and it is read whole).
          let same = unchanged.get(node);
          if (same === undefined && length > LOOK_INTO_UNITS && node.nodeType === 1) {
            same = node.textContent === text;
            unchanged.set(node, same);
          }
          if (same === false) give(near, node);
          else collect(near, [length], [node], pieceStart, from, to);
          // A piece that reaches past this stretch may meet the next one too.
          if (pieceStart + length > to) break;
        }
        pieceStart += length;
      }
      return near;
    },
  };
}

/**
 * The lengths (as `lengthOf` counts) of an element's text children and element children, whose
 * text is `length` long in all; null where they do not add up. The skim reads an element whole
 * only where no code is under it, so its text is its children's, in order. The first element
 * child's length is what the others leave: a long text is mostly a chain of single wrappers
 * (an article in ten nested divs), and each would otherwise copy the whole text again.
 */
function childLengths(
  element: Element,
  length: number,
  lengthOf: (text: string) => number,
): { lengths: number[]; nodes: Node[] } | null {
  const lengths: number[] = [];
  const nodes: Node[] = [];
  let rest = length;
  let derived = -1;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const childLength = lengthOf((child as Text).data);
      lengths.push(childLength);
      rest -= childLength;
    } else if (child.nodeType === 1) {
      if (derived === -1) {
        derived = lengths.length;
        lengths.push(0);
      } else {
        const childLength = lengthOf(child.textContent ?? '');
        lengths.push(childLength);
        rest -= childLength;
      }
    } else continue;
    nodes.push(child);
  }
  if (derived !== -1) lengths[derived] = rest;
  return rest >= 0 && (derived !== -1 || rest === 0) ? { lengths, nodes } : null;
}
