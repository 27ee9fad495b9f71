/**
 * The key check's reading of the page (./gate-reader.ts, in the script loaded after the first
 * pass's maybe): every text node once, in document order, into a check of its text; then, until
 * a key, only the text that is added or changed later. No layout, no style, no ranges: property
 * reads of text nodes only, in slices so that a huge page never holds the main thread. The text
 * nodes of a slice go to the check together (`checkNodes`), which reads them with native string
 * functions first: the loop here only gathers strings. The first pass itself reads whole
 * subtrees instead (./probe-reader.ts), and hands over where its maybe was (`ReadPosition`).
 *
 * It reads more than the engine does (hidden text, site chrome, form fields), never less: a key
 * it sees costs only the engine's load, a key it missed would cost a mention.
 */
import { LANDMARK_ATTRIBUTES, roleChangeMayUncover } from './chrome-landmarks';
import { NOT_PROSE, type ProseTexts } from './prose-texts';

/** Time one slice may take before the reader yields to the page. */
const SLICE_MS = 4;
/**
 * Text nodes read before the first look at the clock in a reading, and at most between two:
 * reading the clock costs more than a short text node. In between, as many as took about
 * LOOK_MS to read the last time (in Firefox a node read through the extension's wrappers can
 * take far longer than in Chromium).
 */
export const FIRST_STRIDE = 16;
const MAX_STRIDE = 64;
/** What the reading between two looks at the clock aims at: a slice overshoots by about this. */
const LOOK_MS = 0.5;
/** Code units gathered before the check reads them, even within a slice (bounds one native pass). */
const BATCH_UNITS = 1 << 18;

/**
 * A batch of walked text nodes (`texts`: their data), read after the batches before: true where
 * a key in them counts.
 */
export type CheckNodes = (texts: readonly string[], nodes: readonly Text[]) => boolean;

export interface TextReaderOptions {
  document: Document;
  check: CheckNodes;
  signal: AbortSignal;
  /** Called once, when the check says yes, on the first read or in later changes. */
  onKey(): void;
  /** Told of each node the page added or whose text it changed, as it is recorded. */
  onChange?: (node: Node) => void;
  /** Code units of walked text nodes checked together (default BATCH_UNITS). */
  walkBatchUnits?: number;
  now?: () => number;
}

/**
 * Where a reading stood when its check said yes, for a reading that takes over
 * (`TextReader.handOver`, then `start`): what of the page is still to be read.
 */
export interface ReadPosition {
  /**
   * The first read goes on from this text node (the first of the batch the yes was in: all the
   * text before it was read and said no), or from the page's start (`null`: the first pass's
   * maybe on a page it read whole), or it was done before the yes (`'read'`: only `changed` is
   * to be read).
   */
  from: Text | null | 'read';
  /** Subtrees and text nodes added or changed that the reading had not read (or not all of). */
  changed: Node[];
  /**
   * After the first pass's maybe on a page it read whole: the page's text as it read it, with
   * each piece's node (./prose-texts.ts), so that the reading that takes over can go only
   * where a key may be (./key-candidates.ts) instead of walking the whole page.
   */
  skimmed?: ProseTexts;
  /**
   * With `from: 'read'`: more of the first read, asked for once all before it is read (null
   * when none is left): the key check's nodes near where a key may be, stretch by stretch.
   */
  further?: () => Node[] | null;
}

export interface TextReader {
  /**
   * Reads the page as it is now, then watches its changes until a key or the signal; or, with
   * `at`, only what is left of a reading that stood there (the rest is known to hold no key).
   */
  start(at?: ReadPosition): void;
  /** Stops watching (what comes next has taken over). */
  stop(): void;
  /**
   * After a yes: where the reading stood, with the changes seen since (the reader keeps
   * recording them after a yes until this or `stop`); then stops. Null when not at a yes.
   */
  handOver(): ReadPosition | null;
}

/** The node `from` to walk a page's `root` on from, or null where that is not the page's any more. */
export function walkFrom(root: Node, from: ReadPosition['from']): Text | null {
  return typeof from === 'object' && from !== null && root.contains(from) ? from : null;
}

/** How long added text waits, so a burst of changes is read once (also the placement's recheck). */
export const CHANGE_BATCH_MS = 200;

/**
 * What both readers watch of the page: nodes added anywhere, text changed in place, and a
 * `role` changed (which can make a landmark the skim left out an element it reads:
 * ./chrome-landmarks.ts). The first pass hands its recorded changes to the key check, so both
 * must record the same.
 */
export const TEXT_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...LANDMARK_ATTRIBUTES],
  attributeOldValue: true,
};

/**
 * Each node in `records` whose text is new to the page, or new to what the readers read: an
 * added node, a changed text node, an element whose `role` changed so that a landmark's text
 * may be one no longer (read again whole).
 */
export function forEachChangedNode(
  records: readonly MutationRecord[],
  changed: (node: Node) => void,
): void {
  for (const record of records) {
    if (record.type === 'childList') for (const node of record.addedNodes) changed(node);
    else if (record.type === 'characterData') changed(record.target);
    else if (roleChangeMayUncover(record.target as Element, record.oldValue))
      changed(record.target);
  }
}

export function createTextReader(options: TextReaderOptions): TextReader {
  const { document, check, signal, onKey } = options;
  const now = options.now ?? (() => performance.now());
  const walkBatchUnits = options.walkBatchUnits ?? BATCH_UNITS;
  const view = document.defaultView;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** Subtrees and text nodes still to read, oldest first. */
  const pending: Node[] = [];
  /** The page's root, where the first read walks it. */
  let firstRoot: Node | null = null;
  /** The subtree or text node being read (its nodes are gathered now). */
  let entry: Node | null = null;
  /** After a yes: where the reading stood (no more is read; changes are still recorded). */
  let atYes: ReadPosition | null = null;
  /** The rest of the first read, given as it goes (`ReadPosition.further`). */
  let further: (() => Node[] | null) | null = null;

  const stop = () => {
    stopped = true;
    atYes = null;
    further = null;
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending.length = 0;
  };
  signal.addEventListener('abort', stop, { once: true });

  /** A yes: reading stops, changes are still recorded for `handOver`, until `stop`. */
  const found = (at: ReadPosition) => {
    atYes = at;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    walker = null;
    onKey();
  };

  /** The text nodes' data gathered in this slice, for the check to read together. */
  const batch: string[] = [];
  /** The text nodes of `batch`, to tell where a key is. */
  const batchNodes: Text[] = [];
  /** The subtrees and text nodes `batch`'s nodes come from, in order. */
  const batchEntries: Node[] = [];
  let batchUnits = 0;
  /** Hands the gathered text to the check; where it holds a key, reports it and true. */
  const flush = (): boolean => {
    if (batch.length === 0) return false;
    const hit = check(batch, batchNodes);
    if (hit) {
      // The first read goes on from the batch's first node; the changes in it are read again.
      const first = batchEntries[0] === firstRoot && firstRoot !== null;
      found({
        from: first ? (batchNodes[0] as Text) : 'read',
        changed: first ? batchEntries.slice(1) : [...batchEntries],
      });
    }
    batch.length = 0;
    batchNodes.length = 0;
    batchEntries.length = 0;
    batchUnits = 0;
    return hit;
  };

  /** Reads pending nodes until a key, the end, or the slice's time is up. */
  let walker: TreeWalker | null = null;
  /** Text nodes read between two looks at the clock, as measured. */
  let stride = FIRST_STRIDE;
  const readSlice = () => {
    timer = undefined;
    if (stopped || atYes !== null) return;
    let lookedAt = now();
    const deadline = lookedAt + SLICE_MS;
    let steps = 0;
    let nextLook = stride;
    for (;;) {
      if (walker === null) {
        const next = pending.shift();
        if (next === undefined) {
          if (further === null) break;
          // What was gathered is checked before more is asked for: a key there ends the reading.
          if (flush()) return;
          const more = further();
          if (more === null) {
            further = null;
            break;
          }
          pending.push(...more);
          continue;
        }
        if (!next.isConnected) continue;
        entry = next;
        if (next.nodeType === 3) {
          if (gather(next as Text) && flush()) return;
          continue;
        }
        walker = document.createTreeWalker(next, 4 /* NodeFilter.SHOW_TEXT */);
      }
      const text = walker.nextNode();
      if (text === null) {
        walker = null;
        continue;
      }
      if (gather(text as Text) && flush()) return;
      if (++steps === nextLook) {
        const time = now();
        const took = time - lookedAt;
        // A clock that did not move (Firefox's is coarse) lets the stride grow.
        stride =
          took <= 0
            ? Math.min(MAX_STRIDE, stride * 2)
            : Math.max(1, Math.min(MAX_STRIDE, Math.floor((stride * LOOK_MS) / took)));
        if (time > deadline) {
          if (flush()) return;
          timer = setTimeout(readSlice, 0);
          return;
        }
        lookedAt = time;
        nextLook = steps + stride;
      }
    }
    flush();
  };

  /** Adds a text node's data to the batch; true when the batch is full. */
  const gather = (text: Text): boolean => {
    const parent = text.parentNode as Element | null;
    if (parent !== null && NOT_PROSE.has(parent.localName)) return false;
    const data = text.data;
    batch.push(data);
    batchNodes.push(text);
    if (batchEntries[batchEntries.length - 1] !== entry) batchEntries.push(entry as Node);
    batchUnits += data.length;
    return batchUnits >= walkBatchUnits;
  };

  const schedule = (delay: number) => {
    if (timer === undefined && !stopped && atYes === null) timer = setTimeout(readSlice, delay);
  };

  const { onChange } = options;
  const changed = (node: Node) => {
    pending.push(node);
    onChange?.(node);
  };
  const record = (records: readonly MutationRecord[]) => forEachChangedNode(records, changed);

  const watch = () => {
    if (view === null || stopped) return;
    observer = new view.MutationObserver((records) => {
      record(records);
      schedule(CHANGE_BATCH_MS);
    });
    observer.observe(document, TEXT_CHANGES);
  };

  return {
    start(at) {
      if (stopped || signal.aborted) return;
      const root = document.body ?? document.documentElement;
      // Changes from now on are read after the page as it is: watch first, so none is lost.
      watch();
      if (at !== undefined) {
        const from = walkFrom(root, at.from);
        if (from !== null) {
          // On from the node where the reading before stood, to the end of the page.
          firstRoot = root;
          entry = root;
          walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
          walker.currentNode = from;
          gather(from);
        } else if (at.from !== 'read') pending.push(root);
        pending.push(...at.changed);
        further = at.from === 'read' ? (at.further ?? null) : null;
        readSlice();
        return;
      }
      firstRoot = root;
      pending.push(root);
      readSlice();
    },
    stop,
    handOver() {
      if (atYes === null || stopped) return null;
      // What the page changed since the last delivery of the observer's records.
      if (observer !== null) record(observer.takeRecords());
      const at: ReadPosition = { ...atYes, changed: [...atYes.changed, ...pending] };
      stop();
      return at;
    },
  };
}
