/** Block offsets → DOM positions, and the ranges built from them (only for mentions). */
import type { TextBlock } from './types';

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Index of the last segment whose start satisfies `starts[i] <= offset` (or `<` when strict). */
function segmentAt(starts: readonly number[], offset: number, strict: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = starts[middle] ?? 0;
    if (strict ? start < offset : start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The DOM position of a block offset. A start offset on a boundary between two text nodes
 * maps to the beginning of the later node, an end offset to the end of the earlier one, so
 * a range never reaches into a node it does not cover (its client rects would then include
 * an empty box there, on another line perhaps).
 */
export function positionAt(block: TextBlock, offset: number, edge: 'start' | 'end'): DomPosition {
  const index = segmentAt(block.starts, offset, edge === 'end' && offset > 0);
  const node = block.nodes[index];
  if (node === undefined) throw new RangeError('block without text nodes');
  return { node, offset: offset - (block.starts[index] ?? 0) };
}

/**
 * A range for [start, end) of a block. StaticRange where available: live Ranges are updated
 * by the browser on every mutation of the page, a cost the page would pay for each of our
 * mentions. Rescans replace ranges whose text changed.
 */
export function rangeFor(
  document: Document,
  block: TextBlock,
  start: number,
  end: number,
): AbstractRange {
  const from = positionAt(block, start, 'start');
  const to = positionAt(block, end, 'end');
  const view = document.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null;
  const StaticRangeConstructor = view?.StaticRange;
  if (StaticRangeConstructor !== undefined) {
    return new StaticRangeConstructor({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }
  // Every browser we support has StaticRange; DOMs without it (test environments) get a
  // record with the same fields, which toLiveRange turns into a Range when geometry is needed.
  return {
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
    collapsed: from.node === to.node && from.offset === to.offset,
  };
}

/** A live Range with the same boundaries, for geometry (getClientRects) or selection. */
export function toLiveRange(document: Document, range: AbstractRange): Range | null {
  // Duck-typed: instanceof is unreliable across the content-script/page boundary in Firefox.
  if (typeof (range as Range).getClientRects === 'function') return range as Range;
  try {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    // The text shrank since the scan; the rescan on its way will replace this mention.
    return null;
  }
}
