/**
 * Assembles block-level text from the DOM in one resumable walk.
 *
 * A block is the inline text of one container (see skip-rules.ts) between block boundaries:
 * entering or leaving a block-level element and `<br>` end the current block, inline elements
 * do not, so "Sergey <b>Lavrov</b>" is one string. The walk uses firstChild/nextSibling with an
 * explicit ancestor path instead of a TreeWalker with a filter: it knows when it leaves an
 * element (where a block ends), skips a subtree without a callback per node, and can pause at
 * any node and check on resume that the page did not move the ground under it.
 *
 * Per text node the walk allocates nothing: segments go into scratch arrays reused for every
 * block; the sink copies them only for the rare block that holds a mention.
 */
import { BLOCK_TAGS, isSkippedElement } from './skip-rules';

export interface BlockSink {
  /** The walk starts assembling this container's inline text anew: forget what it held. */
  enterContainer(container: Element): void;
  /**
   * One block. `nodes`/`starts` are scratch arrays valid only during the call; the first
   * `count` entries are meaningful: `nodes[i]` starts at offset `starts[i]` of `text`.
   */
  block(container: Element, text: string, nodes: Text[], starts: number[], count: number): void;
  /**
   * The page removed the node the paused walk stood on. The walk skips the rest of `element`
   * and continues after it; the caller must walk `element` again in full.
   */
  lostPlace(element: Element, includeRootInline: boolean): void;
}

export interface WalkCounters {
  textNodes: number;
  characters: number;
  blocks: number;
}

export interface BlockWalkOptions {
  root: Element;
  /**
   * Assemble the root's own inline text. False for an inline element added to a container
   * that is rescanned on its own: only the blocks nested inside it are new.
   */
  includeRootInline: boolean;
  /** Walk into nested block elements; false rescans only the root container's inline text. */
  descendIntoBlocks: boolean;
  /** Containers scanned by an earlier walk (the first screen): skipped whole. */
  skipContainers?: ReadonlySet<Element>;
  /**
   * Containers whose own inline text an earlier walk of the same job has just read (the blocks
   * around keys, key-regions.ts): the blocks nested in them are read, their own text is not.
   */
  inlineRead?: ReadonlySet<Element>;
  sink: BlockSink;
  counters: WalkCounters;
  now?: () => number;
}

export interface BlockWalk {
  readonly root: Element;
  /** Walks until done or until `now() >= deadline`. Returns true when the walk is finished. */
  step(deadline: number): boolean;
}

/** How many nodes to visit between two clock reads. */
const NODES_PER_CLOCK_READ = 128;

export function createBlockWalk(options: BlockWalkOptions): BlockWalk {
  const { root, includeRootInline, descendIntoBlocks, sink, counters } = options;
  const skipContainers = options.skipContainers;
  const inlineRead = options.inlineRead;
  const now = options.now ?? (() => performance.now());

  // Ancestors of `next` below and including the root, and the container collecting text
  // inside each (an element that is a container has itself there).
  const path: Element[] = [];
  const pathContainer: (Element | null)[] = [];
  let next: Node | null = root;
  let started = false;
  let done = false;

  const segmentNodes: Text[] = [];
  const segmentStarts: number[] = [];
  let segmentCount = 0;
  let text = '';

  const currentContainer = (): Element | null =>
    pathContainer.length === 0 ? null : (pathContainer[pathContainer.length - 1] ?? null);

  const flush = (): void => {
    if (segmentCount === 0) return;
    const container = currentContainer();
    counters.blocks++;
    if (container !== null) sink.block(container, text, segmentNodes, segmentStarts, segmentCount);
    segmentCount = 0;
    text = '';
  };

  /** Moves `next` to the node after `from`'s subtree, closing the elements it leaves. */
  const advanceAfter = (from: Node): void => {
    let node: Node = from;
    for (;;) {
      if (node === root) {
        next = null;
        return;
      }
      const sibling = node.nextSibling;
      if (sibling !== null) {
        next = sibling;
        return;
      }
      const depth = path.length;
      // Leaving a container ends its block: flush while it is still the current container.
      if (depth !== 0 && pathContainer[depth - 1] !== (pathContainer[depth - 2] ?? null)) flush();
      const parent = path.pop();
      pathContainer.pop();
      if (parent === undefined) {
        next = null;
        return;
      }
      node = parent;
    }
  };

  const enter = (element: Element, container: Element | null): void => {
    const child = element.firstChild;
    if (child === null) {
      advanceAfter(element);
      return;
    }
    path.push(element);
    pathContainer.push(container);
    next = child;
  };

  const visitElement = (element: Element): void => {
    const name = element.localName;
    if (isSkippedElement(element, name)) {
      advanceAfter(element);
      return;
    }
    if (element === root) {
      const container = includeRootInline && inlineRead?.has(element) !== true ? element : null;
      if (container !== null) sink.enterContainer(container);
      enter(element, container);
      return;
    }
    if (name === 'br') {
      flush();
      advanceAfter(element);
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      if (!descendIntoBlocks || skipContainers?.has(element) === true) {
        advanceAfter(element);
        return;
      }
      if (inlineRead?.has(element) === true) {
        enter(element, null);
        return;
      }
      sink.enterContainer(element);
      enter(element, element);
      return;
    }
    enter(element, currentContainer());
  };

  /** After a pause: is the path still the page's? If not, give up the broken part. */
  const recoverPlace = (): void => {
    if (next === null) return;
    if (!root.isConnected) {
      next = null;
      return;
    }
    let intact = path.length;
    for (let i = 1; i < path.length; i++) {
      if (path[i]?.parentNode !== path[i - 1]) {
        intact = i;
        break;
      }
    }
    if (intact === path.length && next.parentNode === (path[path.length - 1] ?? null)) return;
    // The block being assembled may hold removed text: drop it; its container is rewalked.
    segmentCount = 0;
    text = '';
    let keep = intact - 1;
    while (keep >= 0 && pathContainer[keep] !== path[keep]) keep--;
    const lost = keep >= 0 ? path[keep] : root;
    if (lost === undefined) return;
    sink.lostPlace(lost, keep >= 0 ? true : includeRootInline);
    if (keep < 0) {
      next = null;
      return;
    }
    path.length = keep;
    pathContainer.length = keep;
    advanceAfter(lost);
  };

  return {
    root,
    step(deadline: number): boolean {
      if (done) return true;
      if (started) recoverPlace();
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
          const container = currentContainer();
          if (container !== null) {
            const data = (node as Text).data;
            if (data.length !== 0) {
              segmentNodes[segmentCount] = node as Text;
              segmentStarts[segmentCount] = text.length;
              segmentCount++;
              text += data;
              counters.textNodes++;
              counters.characters += data.length;
            }
          }
          advanceAfter(node);
        } else if (type === 1) {
          visitElement(node as Element);
        } else {
          advanceAfter(node);
        }
      }
      flush();
      done = true;
      return true;
    },
  };
}
