/**
 * The first pass's reading of the page (see utils/gate/scan.ts): every text node once, in
 * document order, into the gate's scan; then, on a page where nothing was found, only the text
 * that is added or changed later. It stops at the first key that may lead to something shown
 * (`mayShow`: a key in a section menu or a footer is passed over). No layout, no style, no ranges:
 * property reads of text nodes only, in slices so that a huge page never holds the main thread.
 * The text nodes of a slice go to the scan together (`feedAll`), which reads them with native
 * string functions first: the loop here only gathers strings.
 *
 * It reads more than the engine does (hidden text, site chrome, form fields), never less: a key
 * it sees costs only the engine's load, a key it missed would cost a mention.
 */
import { WORD_KEY_ENDS } from '../gate/exact-scan';
import type { GateScan } from '../gate/scan';

/** Elements whose text is code or styling, never prose (the engine skips them too). */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template']);

/** Time one slice may take before the reader yields to the page. */
const SLICE_MS = 4;
/** How long added text waits, so a burst of changes is read once. */
const CHANGE_BATCH_MS = 200;
/** Code units gathered before the scan reads them, even within a slice (bounds one native pass). */
const BATCH_UNITS = 1 << 18;

export interface GateReaderOptions {
  document: Document;
  scan: GateScan;
  signal: AbortSignal;
  /**
   * Called once, when the first key is seen (on the first read or in later changes) that
   * `mayShow` lets through.
   */
  onKey(): void;
  /**
   * Whether a key ending in this text node could lead to something shown
   * (utils/page/key-placement.ts). A key where it cannot is passed over: the reading goes on,
   * and such nodes are checked again when an attribute in `placementAttributes` changes.
   * Without it every key counts.
   */
  mayShow?: (text: Text) => boolean;
  /** The attributes `mayShow`'s answer depends on. */
  placementAttributes?: readonly string[];
  now?: () => number;
}

export interface GateReader {
  /** Reads the page as it is now, then watches its changes until a key or the signal. */
  start(): void;
  /** Stops watching (the engine has taken over). */
  stop(): void;
}

export function createGateReader(options: GateReaderOptions): GateReader {
  const { document, scan, signal, onKey } = options;
  const now = options.now ?? (() => performance.now());
  const view = document.defaultView;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** Subtrees and text nodes still to read, oldest first. */
  const pending: Node[] = [];

  const stop = () => {
    stopped = true;
    passedOver.stop();
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending.length = 0;
  };
  signal.addEventListener('abort', stop, { once: true });

  const found = () => {
    stop();
    onKey();
  };
  const passedOver = createPassedOver(options, found);

  /** The text nodes' data gathered in this slice, for the scan to read together. */
  const batch: string[] = [];
  /** The text nodes of `batch`, to tell where a key is. */
  const batchNodes: Text[] = [];
  let batchUnits = 0;
  /** Hands the gathered text to the scan; true when it holds a key. */
  const flush = (): boolean => {
    if (batch.length === 0) return false;
    const hit = scan.feedAll(batch) && passedOver.anyMayShow(scan, batch, batchNodes);
    batch.length = 0;
    batchNodes.length = 0;
    batchUnits = 0;
    return hit;
  };

  /** Reads pending nodes until a key, the end, or the slice's time is up. */
  let walker: TreeWalker | null = null;
  const readSlice = () => {
    timer = undefined;
    if (stopped) return;
    const deadline = now() + SLICE_MS;
    let steps = 0;
    for (;;) {
      if (walker === null) {
        const next = pending.shift();
        if (next === undefined) break;
        if (!next.isConnected) continue;
        if (next.nodeType === 3) {
          if (gather(next as Text) && flush()) return found();
          continue;
        }
        walker = document.createTreeWalker(next, 4 /* NodeFilter.SHOW_TEXT */);
      }
      const text = walker.nextNode();
      if (text === null) {
        walker = null;
        continue;
      }
      if (gather(text as Text) && flush()) return found();
      // Reading the clock costs more than a short text node: look every 64 nodes.
      if ((++steps & 63) === 0 && now() > deadline) {
        if (flush()) return found();
        timer = setTimeout(readSlice, 0);
        return;
      }
    }
    if (flush()) found();
  };

  /** Adds a text node's data to the batch; true when the batch is full. */
  const gather = (text: Text): boolean => {
    const parent = text.parentNode as Element | null;
    if (parent !== null && NOT_PROSE.has(parent.localName)) return false;
    const data = text.data;
    batch.push(data);
    batchNodes.push(text);
    batchUnits += data.length;
    return batchUnits >= BATCH_UNITS;
  };

  const schedule = (delay: number) => {
    if (timer === undefined && !stopped) timer = setTimeout(readSlice, delay);
  };

  const watch = () => {
    if (view === null || stopped) return;
    observer = new view.MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') pending.push(record.target);
        else for (const node of record.addedNodes) pending.push(node);
      }
      schedule(CHANGE_BATCH_MS);
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  };

  return {
    start() {
      if (stopped || signal.aborted) return;
      pending.push(document.body ?? document.documentElement);
      // Changes from now on are read after the page as it is: watch first, so none is lost.
      watch();
      readSlice();
    },
    stop,
  };
}

/** Keys passed over (see GateReaderOptions.mayShow), watched for a change of place. */
interface PassedOver {
  /** Of a batch the scan said yes to: whether a key in it may show; else its nodes are kept. */
  anyMayShow(scan: GateScan, texts: readonly string[], nodes: readonly Text[]): boolean;
  stop(): void;
}

/** More key nodes than this passed over: the reader stops telling and takes the next key. */
const MAX_PASSED_OVER = 256;

function createPassedOver(options: GateReaderOptions, found: () => void): PassedOver {
  const { mayShow, document } = options;
  const attributeFilter = options.placementAttributes;
  const view = document.defaultView;
  const kept: Text[] = [];
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  /** Attributes changed: does a key passed over stand where it may show now? */
  const recheck = () => {
    timer = undefined;
    if (stopped) return;
    for (const text of kept) {
      if (text.isConnected && mayShow?.(text) === true) {
        stop();
        found();
        return;
      }
    }
  };
  const watch = () => {
    if (observer !== null || view === null || attributeFilter === undefined) return;
    observer = new view.MutationObserver(() => {
      if (timer === undefined && !stopped) timer = setTimeout(recheck, CHANGE_BATCH_MS);
    });
    observer.observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: [...attributeFilter],
    });
  };
  const stop = () => {
    stopped = true;
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    kept.length = 0;
  };

  return {
    stop,
    anyMayShow(scan, texts, nodes) {
      if (mayShow === undefined || stopped) return true;
      const ends = scan.locate(texts);
      let placed = false;
      for (let i = 0; i < ends.length; i++) {
        if (ends[i] === 0) continue;
        placed = true;
        // A key inside a longer word ("putin" in "computing") is no name the engine matches.
        if (((ends[i] as number) & WORD_KEY_ENDS) === 0) continue;
        const text = nodes[i] as Text;
        if (mayShow(text)) return true;
        kept.push(text);
      }
      // A yes the automaton cannot place, or too many to keep watching: take it.
      if (!placed || kept.length > MAX_PASSED_OVER) return true;
      watch();
      return false;
    },
  };
}
