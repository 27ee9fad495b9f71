/**
 * Where on a page something can be shown, found before the scanner reads it.
 *
 * Under "Where: pages about the talks" a mention is shown only where a key of the first pass
 * (utils/gate/keys.ts) decides it: a specific name or a quote holds a key itself, and a general
 * mention or a figure needs a topic anchor — a key — in the region or teaser unit it is judged
 * by (relevance.ts). So the scanner first finds the text nodes that hold a key, with the first
 * pass's own automaton (one table read per code unit, no block assembly, no matcher), then reads
 * the blocks of those nodes (every specific mention and quote of the page is in one of them),
 * then the regions around them that are topical (`Relevance.topicalRegionAround`). Everything
 * else on the page can hold only general mentions in text that is not about the story, which
 * are never shown there: reading it would find nothing to show.
 *
 * The walk feeds the same text nodes as the scanner's block walk (text-blocks.ts), in the same
 * order, leaving out what the skip rules skip, so a key split over the text nodes of one block
 * ("<b>P</b>utin") is found as it is in the block's text.
 */
import type { GateScan } from '../gate/scan';
import { BLOCK_TAGS, containerOf, isSkippedElement } from './skip-rules';
import { NOTHING_SKIPPED, type SkippedTextTest, skippedTextTest } from './skipped-text';

export interface KeyWalkOptions {
  root: Element;
  /** Read only the root's own inline text, not the blocks nested in it. */
  inlineOnly: boolean;
  scan: GateScan;
  /** A text node in which a key ends (each node at most once per walk). */
  onKey(text: Text): void;
  now?: () => number;
}

export interface KeyWalk {
  /** Walks until done or until `now() >= deadline`; true when finished. */
  step(deadline: number): boolean;
  /**
   * The page removed the node the paused walk stood on: the rest of the root was not read.
   * The caller must read the root some other way.
   */
  lostPlace(): boolean;
}

/** How many nodes to visit between two clock reads. */
const NODES_PER_CLOCK_READ = 256;

/**
 * White space only, as the fold reads it (utils/matching/fold.ts): every unit here folds to a
 * space (U+FEFF, which JavaScript counts as white space, is dropped by the fold instead).
 */
const WHITE_ONLY = /^[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;

/**
 * What the automaton is fed for a text node: a node of white space only as one space. The
 * automaton reads any run of white space as one space, so this changes nothing it finds; but
 * such nodes (the indentation between a page's elements) are most of the nodes and often most
 * of the code units of a page's text (two thirds on an article page of the corpus, nine tenths
 * on others), and the automaton is a JavaScript loop over every unit, cold on most pages.
 */
export function keyText(data: string): string {
  const first = data.charCodeAt(0);
  const mayBeWhite = first <= 0x20 || first === 0xa0 || (first >= 0x1680 && first <= 0x3000);
  return mayBeWhite && WHITE_ONLY.test(data) ? ' ' : data;
}

export function createKeyWalk(options: KeyWalkOptions): KeyWalk {
  return options.inlineOnly ? createElementWalk(options) : createTextWalk(options);
}

/**
 * Feeds one text node to the automaton; where a key ends in it, reports the node and starts
 * afresh after it (the rest of the node belongs to the block already found).
 */
function feedNode(scan: GateScan, text: Text, onKey: (text: Text) => void): void {
  if (scan.feed(keyText(text.data))) {
    onKey(text);
    scan.reset();
  }
}

export interface NodesWalkOptions {
  /** The page's scanned root: nodes outside it, or in a subtree it skips, are left out. */
  root: Element;
  /**
   * Elements and text nodes in document order, none inside another (./key-candidates.ts: the
   * nodes near where the skim's probe matched), read as one run.
   */
  nodes: readonly Node[];
  scan: GateScan;
  /** A text node in which a key ends. */
  onKey(text: Text): void;
  now?: () => number;
}

/**
 * The text of `nodes` as the text walk of the whole root would read it with everything else
 * left out: every text node under them, less what the skip rules skip, fed to the automaton
 * as one run. Every key of the page lies wholly inside the nodes near it, with the unit before
 * it, so every key the whole walk finds is found here; text run together across a gap can at
 * most make a key where the page has none, which costs a block read and shows nothing (the
 * matcher reads the block's own text).
 */
export function createNodesWalk(options: NodesWalkOptions): KeyWalk {
  const { root, nodes, scan, onKey } = options;
  const now = options.now ?? (() => performance.now());
  const document = root.ownerDocument;
  let index = 0;
  let started = false;
  /** The element being read, and which of its text is skipped. */
  let walker: TreeWalker | null = null;
  let skipped: SkippedTextTest = NOTHING_SKIPPED;

  return {
    step(deadline) {
      if (!started) {
        started = true;
        scan.reset();
      }
      let untilClock = NODES_PER_CLOCK_READ;
      for (;;) {
        if (--untilClock === 0) {
          if (now() >= deadline) return false;
          untilClock = NODES_PER_CLOCK_READ;
        }
        if (walker !== null) {
          const text = walker.nextNode();
          if (text === null) walker = null;
          else if (!skipped(text)) feedNode(scan, text as Text, onKey);
          continue;
        }
        const node = nodes[index++];
        if (node === undefined) break;
        // Gone since the skim, or now in a part the scanner skips (hidden since, say).
        if (!root.contains(node) || containerOf(node, root) === null) continue;
        if (node.nodeType === 3) feedNode(scan, node as Text, onKey);
        else if (node.nodeType === 1) {
          skipped = skippedTextTest(node as Element);
          walker = document.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
        }
      }
      skipped = NOTHING_SKIPPED;
      return true;
    },
    // A node the page removes is no longer its text; what it adds is the scanner's change.
    lostPlace: () => false,
  };
}

/**
 * A whole subtree: its text nodes through a TreeWalker, which touches no element (most of the
 * cost of a walk in script is reading elements), less the text of the skipped subtrees
 * (skipped-text.ts: one selector query, or on a huge subtree each parent as it is reached).
 */
function createTextWalk(options: KeyWalkOptions): KeyWalk {
  const { root, scan, onKey } = options;
  const now = options.now ?? (() => performance.now());
  const document = root.ownerDocument;
  let walker: TreeWalker | null = null;
  let skipped: SkippedTextTest = NOTHING_SKIPPED;
  let resumeAt: Node | null = null;
  let lost = false;
  let done = false;
  /** Done: what the walk held (the skipped subtrees' text, the walker) is let go. */
  const finish = (): void => {
    done = true;
    skipped = NOTHING_SKIPPED;
    walker = null;
    resumeAt = null;
  };

  return {
    step(deadline) {
      if (done) return true;
      if (walker === null) {
        scan.reset();
        skipped = skippedTextTest(root);
        walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      } else if (walker.currentNode !== root && !root.contains(walker.currentNode)) {
        // The page removed the node the walk stood on: go on from its parent where that is
        // still there (its changed text is searched again anyway: observer.ts).
        if (resumeAt === null || !root.contains(resumeAt)) {
          lost = true;
          finish();
          return true;
        }
        walker.currentNode = resumeAt;
      }
      let untilClock = NODES_PER_CLOCK_READ;
      for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
        if (!skipped(text)) feedNode(scan, text as Text, onKey);
        if (--untilClock === 0) {
          if (now() >= deadline) {
            resumeAt = text.parentNode;
            return false;
          }
          untilClock = NODES_PER_CLOCK_READ;
        }
      }
      finish();
      return true;
    },
    lostPlace: () => lost,
  };
}

/** A container's own inline text: element by element, leaving out the blocks nested in it. */
function createElementWalk(options: KeyWalkOptions): KeyWalk {
  const { root, inlineOnly, scan, onKey } = options;
  const now = options.now ?? (() => performance.now());
  let next: Node | null = isSkippedElement(root, root.localName) ? null : root.firstChild;
  let lost = false;
  let started = false;

  /** The node after `from`'s subtree, within the root. */
  const after = (from: Node): Node | null => {
    for (let node: Node | null = from; node !== null && node !== root; node = node.parentNode) {
      const sibling = node.nextSibling;
      if (sibling !== null) return sibling;
    }
    return null;
  };

  return {
    step(deadline) {
      // Walks run one after another (work-queue.ts): the scan is this walk's until it is done.
      if (!started) scan.reset();
      else if (next !== null && !root.contains(next)) {
        lost = true;
        next = null;
      }
      started = true;
      let untilClock = NODES_PER_CLOCK_READ;
      while (next !== null) {
        if (--untilClock === 0) {
          if (now() >= deadline) return false;
          untilClock = NODES_PER_CLOCK_READ;
        }
        const node: Node = next;
        const type = node.nodeType;
        if (type === 3) {
          feedNode(scan, node as Text, onKey);
        } else if (type === 1) {
          const element = node as Element;
          const name = element.localName;
          const child = element.firstChild;
          if (
            child !== null &&
            !isSkippedElement(element, name) &&
            !(inlineOnly && BLOCK_TAGS.has(name))
          ) {
            next = child;
            continue;
          }
        }
        next = after(node);
      }
      return true;
    },
    lostPlace: () => lost,
  };
}
