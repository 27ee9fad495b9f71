/**
 * The first pass's reading of the page (see utils/gate/scan.ts): every text node once, in
 * document order, into the gate's scan; then, on a page where nothing was found, only the text
 * that is added or changed later. It stops at the first key that may lead to something shown
 * (`mayShow`: a key in a section menu or a footer is passed over). No layout, no style, no ranges:
 * property reads of text nodes only, in slices so that a huge page never holds the main thread.
 * The text nodes of a slice go to the scan together (`feedAll`), which reads them with native
 * string functions first: the loop here only gathers strings.
 *
 * Before that walk, a page of up to MAX_SKIMMED_ELEMENTS elements is skimmed (`proseTexts`): the
 * same text, read with the browser's own `textContent` wherever a subtree holds no code or
 * styling, and tested by the probe alone (`probeAll`). Where the probe says no, the page as it
 * is holds no key and is not walked at all: no wrapper for each text node and its parent in the
 * extension's world, which was most of the first pass's time on a page that names nothing.
 * Where it says yes, the walk reads the page node by node as it always did.
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
/**
 * Pages with more elements than this are walked in slices from the start: reading a page's text
 * natively is one uninterrupted task, and this bounds it (a few milliseconds; the skim's probe
 * itself runs in slices of BATCH_UNITS).
 */
export const MAX_SKIMMED_ELEMENTS = 6000;
/** The elements of NOT_PROSE, as a selector. */
const NOT_PROSE_SELECTOR = 'script,style,noscript,template';

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

  /**
   * Tests the page's text (`texts`, from `proseTexts`) from `from` on with the probe alone, in
   * batches of BATCH_UNITS and slices of SLICE_MS. Where it may hold a key, the page is walked
   * from its start, node by node; where not, only what changes from now on is read.
   */
  const skim = (root: Element, texts: readonly string[], from: Cut) => {
    timer = undefined;
    if (stopped) return;
    const deadline = now() + SLICE_MS;
    let at = from;
    while (at.text < texts.length) {
      const { batch, next } = skimBatch(texts, at);
      if (scan.probeAll(batch)) {
        // The walk reads the page from its start: what the skim took as read is forgotten.
        scan.reset();
        pending.unshift(root);
        readSlice();
        return;
      }
      at = next;
      if (at.text < texts.length && now() > deadline) {
        timer = setTimeout(() => skim(root, texts, next), 0);
        return;
      }
    }
    // Changes seen while the skim yielded to the page (none, on most pages).
    if (pending.length > 0) readSlice();
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
      const root = document.body ?? document.documentElement;
      // Changes from now on are read after the page as it is: watch first, so none is lost.
      watch();
      if (root.getElementsByTagName('*').length > MAX_SKIMMED_ELEMENTS) {
        pending.push(root);
        readSlice();
      } else {
        skim(root, proseTexts(root), { text: 0, offset: 0 });
      }
    },
    stop,
  };
}

/** A place in a list of texts: the text's index, and a code unit's offset in it. */
interface Cut {
  text: number;
  offset: number;
}

/** The texts from `at` on, up to BATCH_UNITS code units (a longer text is cut), and where they end. */
function skimBatch(texts: readonly string[], at: Cut): { batch: string[]; next: Cut } {
  const batch: string[] = [];
  let units = 0;
  let { text, offset } = at;
  while (text < texts.length && units < BATCH_UNITS) {
    const whole = texts[text] as string;
    const end = Math.min(whole.length, offset + BATCH_UNITS - units);
    batch.push(offset === 0 && end === whole.length ? whole : whole.slice(offset, end));
    units += end - offset;
    if (end < whole.length) offset = end;
    else {
      text++;
      offset = 0;
    }
  }
  return { batch, next: { text, offset } };
}

/**
 * The text the walk would gather under `root`, in the same order and joined the same way, in
 * fewer pieces: a subtree without any NOT_PROSE element is read whole with `textContent` (all
 * its Text nodes' data in document order: no comments, no processing instructions, and no
 * CDATA sections, which HTML documents cannot hold); only the elements on the way to a
 * NOT_PROSE element are gone through child by child, where the text directly inside a
 * NOT_PROSE element is left out, as the walk leaves it out. One task: the caller bounds the
 * page's size.
 */
export function proseTexts(root: Element): string[] {
  const code = root.querySelectorAll(NOT_PROSE_SELECTOR);
  if (code.length === 0) return [root.textContent ?? ''];
  /** Elements with a NOT_PROSE element in or under them. */
  const mixed = new Set<Node>([root]);
  for (const element of code) {
    for (let node: Node | null = element; node !== null && !mixed.has(node); ) {
      mixed.add(node);
      node = node.parentNode;
    }
  }
  const texts: string[] = [];
  const readElement = (element: Element) => {
    if (mixed.has(element)) read(element);
    else texts.push(element.textContent ?? '');
  };
  const read = (parent: Element) => {
    if (NOT_PROSE.has(parent.localName)) {
      // Its own text is code; an element a page's script put inside it is read, as the walk
      // reads it. Its child nodes, not its first child: a template's content is not among them.
      for (const child of parent.childNodes)
        if (child.nodeType === 1) readElement(child as Element);
      return;
    }
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) texts.push((child as Text).data);
      else if (child.nodeType === 1) readElement(child as Element);
    }
  };
  read(root);
  return texts;
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
