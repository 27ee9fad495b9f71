/**
 * Watches the page for content that arrives or changes later and hands the scanner a set of
 * dirty containers, debounced. Mutation callbacks only collect nodes (cheap, whatever the
 * page does); mapping them to containers happens at flush time, once per node.
 *
 * A page that keeps mutating (tickers, animated counters) is flushed once per `maxWaitMs`, so its
 * new content is found within about that time. What that costs is bounded by measured time, not
 * by a growing delay: the time spent recording and flushing mutations is charged to the same
 * budget as the rescans (work-queue.ts), and a flush waits while that budget is spent.
 */
import { BLOCK_TAGS, containerOf, isOwnUi } from './skip-rules';

export interface DirtySet {
  /** Containers whose own inline text changed: reassemble their inline blocks. */
  containers: Set<Element>;
  /** Added or revealed elements: walk in full (the value says whether to take the root's inline text). */
  subtrees: Map<Element, boolean>;
  /** Content was removed or hidden: mentions outside the live page must be dropped. */
  removals: boolean;
  /** Elements that became hidden or editable: mentions inside them must be dropped. */
  hiddenRoots: Set<Element>;
}

export interface MutationTimings {
  debounceMs: number;
  maxWaitMs: number;
}

export const DEFAULT_MUTATION_TIMINGS: MutationTimings = {
  debounceMs: 200,
  maxWaitMs: 1000,
};

/** A budget of main-thread time for page changes (the scanner's work queue). */
export interface ChangeBudget {
  charge(ms: number): void;
  /** Milliseconds until the budget has time again (0: now). */
  budgetDelay(): number;
}

export interface MutationTracker {
  /** Mutations are waiting for a flush. */
  pending(): boolean;
  flushes(): number;
}

export interface MutationTrackerOptions {
  /** Observed root (the document element, so a replaced body is seen too). */
  observeRoot: Node;
  /** The scanned root: containers are searched up to here. */
  scanRoot: Element;
  signal: AbortSignal;
  timings?: Partial<MutationTimings>;
  onFlush(dirty: DirtySet): void;
  /** Time spent here and in `onFlush` is charged to it; flushes wait while it is spent. */
  budget?: ChangeBudget;
  now?: () => number;
}

const ELEMENT = 1;
const TEXT = 3;
const OBSERVED_ATTRIBUTES = ['hidden', 'contenteditable'];

function onlyOwnUi(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined || node.nodeType !== ELEMENT || !isOwnUi(node as Element)) return false;
  }
  return true;
}

/**
 * What to read again after changes: the container of each node whose text or children changed
 * (`changedTargets`: its inline text, where a key may now run across old and new text), and
 * each element added (`added`) whole, the value saying whether with its own inline text. Nodes
 * gone, or in a part the scanner skips, are left out.
 */
export function changedParts(
  changedTargets: Iterable<Node>,
  added: Iterable<Node>,
  scanRoot: Element,
): Pick<DirtySet, 'containers' | 'subtrees'> {
  const containers = new Set<Element>();
  const subtrees = new Map<Element, boolean>();
  for (const target of changedTargets) {
    if (!target.isConnected) continue;
    const container = containerOf(target, scanRoot);
    if (container !== null) containers.add(container);
  }
  for (const node of added) {
    if (node.nodeType !== ELEMENT || !node.isConnected) continue;
    const element = node as Element;
    const parent = element.parentNode;
    if (parent === null || (element !== scanRoot && containerOf(parent, scanRoot) === null)) {
      continue;
    }
    subtrees.set(element, BLOCK_TAGS.has(element.localName));
  }
  return { containers, subtrees };
}

/**
 * The roots to search for keys after the page added or changed `nodes` (text nodes whose text
 * changed or that were added, elements added), as the scanner searches after its own changes
 * (`changedParts`; scanner.ts): an element whole, and the inline text of the container a node
 * was changed or added in, so a key split between new and old text is found.
 */
export function changeRoots(nodes: readonly Node[], scanRoot: Element): Map<Element, boolean> {
  const targets: Node[] = [];
  for (const node of nodes) {
    // An element was added: its parent is what changed, as a mutation record names it.
    const target = node.nodeType === ELEMENT ? node.parentNode : node;
    if (target !== null) targets.push(target);
  }
  const { containers, subtrees } = changedParts(targets, nodes, scanRoot);
  const roots = new Map<Element, boolean>();
  for (const element of subtrees.keys()) roots.set(element, false);
  // A container read whole already needs no second reading of its inline text.
  for (const container of containers) if (!roots.has(container)) roots.set(container, true);
  return roots;
}

export function createMutationTracker(options: MutationTrackerOptions): MutationTracker {
  const { observeRoot, scanRoot, signal, onFlush, budget } = options;
  const timings = { ...DEFAULT_MUTATION_TIMINGS, ...options.timings };
  const now = options.now ?? (() => performance.now());
  const view = (observeRoot.ownerDocument ?? (observeRoot as Document)).defaultView;
  const MutationObserverConstructor = view?.MutationObserver;

  let changedTargets = new Set<Node>();
  let addedNodes = new Set<Node>();
  let attributeTargets = new Set<Element>();
  let removals = false;
  let firstPendingAt = -1;
  let flushCount = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerFiresAt = 0;

  const flush = (): void => {
    const wait = budget?.budgetDelay() ?? 0;
    if (wait > 0) {
      timerFiresAt = now() + wait;
      timer = setTimeout(flush, wait);
      return;
    }
    timer = undefined;
    const flushStart = now();
    try {
      flushDirty();
    } finally {
      budget?.charge(now() - flushStart);
    }
  };

  const flushDirty = (): void => {
    firstPendingAt = -1;
    flushCount++;

    const dirty: DirtySet = {
      ...changedParts(changedTargets, addedNodes, scanRoot),
      removals,
      hiddenRoots: new Set(),
    };
    for (const element of attributeTargets) {
      if (!element.isConnected) continue;
      const parentContainer = element.parentNode && containerOf(element.parentNode, scanRoot);
      if (parentContainer === null || parentContainer === undefined) continue;
      if (containerOf(element, scanRoot) === null) {
        dirty.hiddenRoots.add(element);
      } else {
        dirty.subtrees.set(element, BLOCK_TAGS.has(element.localName));
      }
      // The element's own inline text belongs to the container around it.
      dirty.containers.add(parentContainer);
    }
    changedTargets = new Set();
    addedNodes = new Set();
    attributeTargets = new Set();
    removals = false;
    onFlush(dirty);
  };

  const schedule = (): void => {
    const at = now();
    if (firstPendingAt < 0) firstPendingAt = at;
    const fireAt = Math.min(at + timings.debounceMs, firstPendingAt + timings.maxWaitMs);
    // Only ever postpone: re-arming a due timer on every mutation would starve it.
    if (timer !== undefined) {
      if (fireAt <= timerFiresAt) return;
      clearTimeout(timer);
    }
    timerFiresAt = fireAt;
    timer = setTimeout(flush, Math.max(0, fireAt - at));
  };

  /** Our UI host's light DOM; its shadow tree is not observed at all. */
  const insideOwnUi = (node: Node): boolean => {
    const element = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
    return element !== null && isOwnUi(element);
  };

  const record = (mutations: MutationRecord[]): void => {
    const recordStart = budget === undefined ? 0 : now();
    let relevant = false;
    for (const mutation of mutations) {
      if (insideOwnUi(mutation.target)) continue;
      if (mutation.type === 'characterData') {
        changedTargets.add(mutation.target);
        relevant = true;
      } else if (mutation.type === 'childList') {
        if (onlyOwnUi(mutation.addedNodes) && onlyOwnUi(mutation.removedNodes)) continue;
        changedTargets.add(mutation.target);
        if (mutation.removedNodes.length !== 0) removals = true;
        for (let i = 0; i < mutation.addedNodes.length; i++) {
          const added = mutation.addedNodes[i];
          if (added !== undefined && added.nodeType !== TEXT) addedNodes.add(added);
        }
        relevant = true;
      } else if (mutation.type === 'attributes') {
        attributeTargets.add(mutation.target as Element);
        removals = true;
        relevant = true;
      }
    }
    if (relevant) schedule();
    budget?.charge(now() - recordStart);
  };

  let observer: MutationObserver | null = null;
  if (MutationObserverConstructor !== undefined && !signal.aborted) {
    observer = new MutationObserverConstructor(record);
    const active = observer;
    active.observe(observeRoot, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    signal.addEventListener(
      'abort',
      () => {
        active.disconnect();
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      },
      { once: true },
    );
  }

  return {
    pending: () => {
      // Records the page made since the last callback are not delivered yet: take them now.
      if (observer !== null && !signal.aborted) record(observer.takeRecords());
      return timer !== undefined;
    },
    flushes: () => flushCount,
  };
}
