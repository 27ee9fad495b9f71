/**
 * The first pass's reading of the page (see utils/gate/scan.ts): every text node once, in
 * document order, into the gate's scan; then, on a page where nothing was found, only the text
 * that is added or changed later. It stops at the first key. No layout, no style, no ranges:
 * property reads of text nodes only, in slices so that a huge page never holds the main thread.
 * The text nodes of a slice go to the scan together (`feedAll`), which reads them with native
 * string functions first: the loop here only gathers strings.
 *
 * It reads more than the engine does (hidden text, site chrome, form fields), never less: a key
 * it sees costs only the engine's load, a key it missed would cost a mention.
 */
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
  /** Called once, when the first key is seen (on the first read or in later changes). */
  onKey(): void;
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

  /** The text nodes' data gathered in this slice, for the scan to read together. */
  const batch: string[] = [];
  let batchUnits = 0;
  /** Hands the gathered text to the scan; true when it holds a key. */
  const flush = (): boolean => {
    if (batch.length === 0) return false;
    const hit = scan.feedAll(batch);
    batch.length = 0;
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
