import type { Mention } from '../matching/types';
import type { Category, HighlightStyle, Where } from '../vocabulary';

/** What the page layer needs from the settings; a plain object, read once per apply. */
export interface PageSettings {
  categories: Record<Category, boolean>;
  style: HighlightStyle;
  /** Paint only the first mention of each id in document order. */
  firstMentionOnly: boolean;
  /** Where general mentions show (vocabulary.ts). */
  where: Where;
}

/**
 * Block-level text assembled from the text nodes of one container element, with the
 * segment table that maps block offsets back to DOM positions: `nodes[i]` starts at
 * block offset `starts[i]`.
 */
export interface TextBlock {
  readonly id: number;
  /** Nearest block-level ancestor whose inline content this block is part of. */
  readonly container: Element;
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  readonly length: number;
}

/** A mention located on the page. `start`/`end` are offsets into the block's text. */
export interface PageMention extends Readonly<Mention> {
  /** StaticRange where the browser has it (no cost on page mutations), else a live Range. */
  readonly range: AbstractRange;
  readonly block: TextBlock;
  readonly blockId: number;
  /** Position among all mentions in document order, as of the last update. */
  index: number;
}

/** Digest-friendly summary of the mentions the visibility rule counts (visibility.ts). */
export interface MentionSummary {
  total: number;
  byId: Record<string, number>;
  byCategory: Record<Category, number>;
}

export interface ScanStats {
  /** Sum of the durations of all work slices (initial scan and rescans). */
  totalMs: number;
  /** Wall time from start() until the initial scan finished; null while it runs. */
  initialScanWallMs: number | null;
  chunks: number;
  longestChunkMs: number;
  characters: number;
  textNodes: number;
  /** Blocks assembled (including rescans). */
  blocks: number;
  /** Mentions currently known on the page (all categories). */
  mentions: number;
  /** Containers that were scanned first because they were on screen. */
  viewportUnits: number;
  mutationFlushes: number;
  rescannedContainers: number;
  rescanMs: number;
  /** How long changes to the page would now wait for rescan budget (work-queue.ts); 0 = none. */
  rescanWaitMs: number;
}
