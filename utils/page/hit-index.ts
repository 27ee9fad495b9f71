/**
 * Mentions by position: which mention covers (text node, offset), in O(log n), and all
 * mentions in document order for keyboard navigation and the digest.
 *
 * A text node belongs to exactly one block, so a node's entries are replaced as a whole when
 * its block is rescanned. Blocks are kept sorted by document position; the scan appends in
 * order (one comparison), rescans insert by binary search.
 */
import type { PageMention, TextBlock } from './types';

/** What pointer hit-testing and keyboard navigation read. */
export interface HitIndex {
  /** The shown mention covering `offset` (start inclusive, end exclusive) of `node`. */
  at(node: Node, offset: number): PageMention | null;
  /** Shown mentions in document order. */
  mentionsInOrder(): readonly PageMention[];
  /** The first shown mention with a greater index (-1 for the first); wraps to null at the end. */
  nextAfter(index: number): PageMention | null;
  /** The last shown mention with a smaller index (Infinity for the last). */
  previousBefore(index: number): PageMention | null;
}

/** The scanner's side: blocks come and go; a predicate says which mentions are shown. */
export interface MutableHitIndex extends HitIndex {
  addBlock(block: TextBlock, mentions: readonly PageMention[]): void;
  removeBlock(block: TextBlock): void;
  blocks(): readonly TextBlock[];
  /** Every mention (shown or not) in document order, indices up to date. */
  allMentions(): readonly PageMention[];
  setShown(isShown: (mention: PageMention) => boolean): void;
}

interface NodeEntries {
  starts: number[];
  ends: number[];
  mentions: PageMention[];
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a global Node.

function isBefore(a: TextBlock, b: TextBlock): boolean {
  const first = a.nodes[0];
  const second = b.nodes[0];
  if (first === undefined || second === undefined) return false;
  return (first.compareDocumentPosition(second) & FOLLOWING) !== 0;
}

export function createHitIndex(): MutableHitIndex {
  const byNode = new WeakMap<Node, NodeEntries>();
  const mentionsByBlock = new Map<TextBlock, readonly PageMention[]>();
  const ordered: TextBlock[] = [];
  let all: PageMention[] | null = null;
  let shown: PageMention[] | null = null;
  let isShown: (mention: PageMention) => boolean = () => true;
  let shownSet = new WeakSet<PageMention>();

  const invalidate = (): void => {
    all = null;
    shown = null;
  };

  const allMentions = (): PageMention[] => {
    if (all !== null) return all;
    const list: PageMention[] = [];
    for (const block of ordered) {
      for (const mention of mentionsByBlock.get(block) ?? []) {
        mention.index = list.length;
        list.push(mention);
      }
    }
    all = list;
    return list;
  };

  const shownMentions = (): PageMention[] => {
    if (shown !== null) return shown;
    const list = allMentions();
    shownSet = new WeakSet();
    shown = list.filter((mention) => isShown(mention));
    for (const mention of shown) shownSet.add(mention);
    return shown;
  };

  const insertInOrder = (block: TextBlock): void => {
    const last = ordered[ordered.length - 1];
    if (last === undefined || isBefore(last, block)) {
      ordered.push(block);
      return;
    }
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const candidate = ordered[middle];
      if (candidate !== undefined && isBefore(candidate, block)) low = middle + 1;
      else high = middle;
    }
    ordered.splice(low, 0, block);
  };

  /** First position in `list` whose index is greater than `index`. */
  const firstAfter = (list: readonly PageMention[], index: number): number => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle]?.index ?? 0) <= index) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return {
    addBlock(block, mentions) {
      if (mentions.length === 0) return;
      mentionsByBlock.set(block, mentions);
      insertInOrder(block);
      for (let i = 0; i < block.nodes.length; i++) {
        const node = block.nodes[i];
        if (node === undefined) continue;
        const nodeStart = block.starts[i] ?? 0;
        const nodeEnd = nodeStart + node.data.length;
        const entries: NodeEntries = { starts: [], ends: [], mentions: [] };
        for (const mention of mentions) {
          if (mention.end <= nodeStart || mention.start >= nodeEnd) continue;
          entries.starts.push(Math.max(mention.start, nodeStart) - nodeStart);
          entries.ends.push(Math.min(mention.end, nodeEnd) - nodeStart);
          entries.mentions.push(mention);
        }
        if (entries.mentions.length !== 0) byNode.set(node, entries);
      }
      invalidate();
    },
    removeBlock(block) {
      if (!mentionsByBlock.delete(block)) return;
      for (const node of block.nodes) byNode.delete(node);
      const at = ordered.indexOf(block);
      if (at !== -1) ordered.splice(at, 1);
      invalidate();
    },
    blocks: () => ordered,
    allMentions,
    setShown(predicate) {
      isShown = predicate;
      shown = null;
    },
    at(node, offset) {
      const entries = byNode.get(node);
      if (entries === undefined) return null;
      // Last entry starting at or before offset; entries do not overlap.
      let low = 0;
      let high = entries.starts.length - 1;
      if ((entries.starts[0] ?? 0) > offset) return null;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((entries.starts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      const mention = entries.mentions[low];
      if (mention === undefined || offset >= (entries.ends[low] ?? 0)) return null;
      shownMentions();
      return shownSet.has(mention) ? mention : null;
    },
    mentionsInOrder: shownMentions,
    nextAfter(index) {
      const list = shownMentions();
      return list[firstAfter(list, index)] ?? null;
    },
    previousBefore(index) {
      const list = shownMentions();
      return list[firstAfter(list, index - 1) - 1] ?? null;
    },
  };
}
