/**
 * The reading of the script every page loads (entrypoints/first-pass/): the page's text with
 * the probe alone (utils/gate/probe-scan.ts), read the fast way (`proseTexts`: whole subtrees
 * with the browser's own `textContent`), then only the text the page adds or changes later. It
 * stops at the probe's first maybe and keeps recording the page's changes until the key check
 * (./gate-reader.ts, in the script loaded then) takes over where it stood (`handOver`).
 *
 * A maybe is checked once more before it counts, where site chrome's landmarks (the page's
 * menus, header and footer: ./chrome-landmarks.ts) may hold a key of their own: the same text
 * is read again without them, since no key there can lead to anything shown and on many pages
 * they alone name the talks. Only after a maybe: a page that names nothing never pays for
 * finding them.
 *
 * Most pages name none of the keys, so this is all that runs there: no wrapper for each text
 * node in the extension's world, and no code for walking a page node by node, which only the
 * key check carries (./text-reader.ts). A subtree of more than MAX_SKIMMED_ELEMENTS elements is
 * read child by child rather than whole, and long text in batches, so that no task is long.
 */
import type { ProbeScan } from '../gate/probe-scan';
import { createLandmarkIndex, isChromeLandmark, landmarksIn } from './chrome-landmarks';
import type { ProbedPosition } from './gate-reader';
import { NOT_PROSE, type ProseTexts, proseTexts, proseTextsWithoutLandmarks } from './prose-texts';
import { CHANGE_BATCH_MS, forEachChangedNode, TEXT_CHANGES } from './text-reader';

/** Time one slice may take before the reader yields to the page. */
const SLICE_MS = 4;
/** Code units the probe reads at once (bounds one native pass). */
const BATCH_UNITS = 1 << 18;
/**
 * Subtrees with more elements than this are read child by child: reading a subtree's text
 * natively is one uninterrupted task, and this bounds it (a few milliseconds).
 */
export const MAX_SKIMMED_ELEMENTS = 6000;

export interface ProbeReaderOptions {
  document: Document;
  probe: ProbeScan;
  /** Called once, at the probe's first maybe (on the first read or in later changes). */
  onMaybe(): void;
  now?: () => number;
}

export interface ProbeReader {
  /** Reads the page as it is now, then watches its changes until a maybe or `stop`. */
  start(): void;
  /**
   * Stops for good. A plain call rather than an abort signal: on a page that names nothing
   * the first pass touches no interface it does not need, and each one's first use in the
   * extension's world costs its set-up there (AbortController's ~0.3 ms, docs/cost.md).
   */
  stop(): void;
  /**
   * After the maybe: where the reading stood and what changed since, for the key check; then
   * stops. Null before a maybe or after a stop.
   */
  handOver(): ProbedPosition | null;
}

/** A place in a list of texts: the text's index, and a code unit's offset in it. */
interface Cut {
  text: number;
  offset: number;
}

export function createProbeReader(options: ProbeReaderOptions): ProbeReader {
  const { document, probe } = options;
  const now = options.now ?? (() => performance.now());
  const root = document.body ?? document.documentElement;
  /** Subtrees and text nodes still to read, in document order while the first read goes on. */
  const queue: Node[] = [];
  /** Where the next of `queue` is (taken from the front without moving the rest). */
  let head = 0;
  /**
   * The children of a subtree too large to read in one go, next first (at the end): they are
   * read before the rest of the queue.
   */
  const inside: Node[] = [];
  /** What the page added or changed, not yet queued (while the first read goes on, or after a maybe). */
  const changes: Node[] = [];
  /** Until the page as it was at the start is read: its text before the queue's held no key. */
  let firstRead = true;
  /** Whether the first read went child by child (a page of more than MAX_SKIMMED_ELEMENTS). */
  let partitioned = false;
  /** The text being probed, the queue's entries it comes from, and where the probe stands in it. */
  let pieces: ProseTexts | null = null;
  /** Whether `pieces` were read again without the landmarks (after a maybe in them). */
  let landmarksOut = false;
  let entries: Node[] = [];
  let cut: Cut = { text: 0, offset: 0 };
  let atMaybe: ProbedPosition | null = null;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    // The skim's pieces (the page's text) go with it.
    atMaybe = null;
    pieces = null;
    entries = [];
    clearQueue();
    changes.length = 0;
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const clearQueue = () => {
    queue.length = 0;
    head = 0;
    inside.length = 0;
  };
  const next = (): Node | undefined => {
    const node = inside.pop();
    if (node !== undefined) return node;
    if (head < queue.length) return queue[head++];
    clearQueue();
    return undefined;
  };
  /** What is still to read, in order. */
  const rest = (): Node[] => [...[...inside].reverse(), ...queue.slice(head)];
  /** The changes recorded so far go to the queue, to be read next. */
  const queueChanges = () => {
    for (const node of changes) queue.push(node);
    changes.length = 0;
  };

  /**
   * Takes entries off the queue into `pieces`, up to about BATCH_UNITS code units; a subtree
   * too large to read in one go is replaced by its children. False when nothing is left.
   */
  const gather = (): boolean => {
    const texts: string[] = [];
    const nodes: Node[] = [];
    let units = 0;
    /** Elements under the entries read: their reading is one task, bounded so. */
    let elements = 0;
    entries = [];
    while (units < BATCH_UNITS && elements <= MAX_SKIMMED_ELEMENTS) {
      const node = next();
      if (node === undefined) break;
      if (!node.isConnected) continue;
      if (node.nodeType === 3) {
        const parent = node.parentNode as Element | null;
        if (parent !== null && NOT_PROSE.has(parent.localName)) continue;
        texts.push((node as Text).data);
        nodes.push(node);
        units += (node as Text).data.length;
      } else if (node.nodeType === 1) {
        const element = node as Element;
        const under = element.getElementsByTagName('*').length;
        if (under > MAX_SKIMMED_ELEMENTS) {
          if (firstRead) partitioned = true;
          for (let child = element.lastChild; child !== null; child = child.previousSibling)
            inside.push(child);
          continue;
        }
        elements += under + 1;
        const read = proseTexts(element);
        for (const text of read.texts) {
          units += text.length;
          texts.push(text);
        }
        for (const piece of read.nodes) nodes.push(piece);
      } else continue;
      entries.push(node);
    }
    if (entries.length === 0) return false;
    pieces = { texts, nodes };
    cut = { text: 0, offset: 0 };
    landmarksOut = false;
    probe.mark();
    return true;
  };

  /**
   * After a maybe in `pieces`: whether a landmark in or around its entries holds a maybe of its
   * own. Only those could have made it; where none does, the maybe is in the rest of the text
   * (or across a landmark's edge: kept, as a maybe may be too many, never too few), and stands.
   * One query per element entry, each bounded like its reading (gather: at most
   * MAX_SKIMMED_ELEMENTS in all): one query over the whole page took ~30 ms on a page of
   * 96,000 elements, in one task, and again at each batch's maybe.
   *
   * A landmark inside one already read is not read again: its text is part of that one's, which
   * held no maybe (at the first that holds one, the answer is yes). Nested landmarks — a menu in
   * the page's navigation, a navigation in its header — are common: on `wapo-2` and `yahoo-2`
   * this reads 41% and 45% fewer units (docs/cost.md).
   */
  const landmarksMayHoldKey = (): boolean => {
    /** The landmarks read, none of which may hold a key. */
    const asked = new Set<Element>();
    const insideAsked = (landmark: Element): boolean => {
      for (let up: Element | null = landmark; up !== null; up = up.parentElement)
        if (asked.has(up)) return true;
      return false;
    };
    const holdsKey = (landmark: Element): boolean => {
      if (insideAsked(landmark)) return false;
      asked.add(landmark);
      return probe.mayHoldKeyAlone(landmark.textContent ?? '');
    };
    /** Elements climbed from an entry already: what is above them was looked at. */
    const climbed = new Set<Element>();
    for (const node of entries) {
      // Of the landmarks around it, only the outermost: the others are read with it.
      let outermost: Element | null = null;
      for (let up = node.parentElement; up !== null && !climbed.has(up); up = up.parentElement) {
        climbed.add(up);
        if (isChromeLandmark(up)) outermost = up;
      }
      if (outermost !== null && holdsKey(outermost)) return true;
      if (node.nodeType !== 1) continue;
      for (const landmark of landmarksIn(node as Element)) if (holdsKey(landmark)) return true;
    }
    return false;
  };

  /**
   * The same entries read again with site chrome's landmarks left out (an entry inside one,
   * too), for the probe to read again from where it stood before them.
   */
  const readWithoutLandmarks = () => {
    const inLandmark = createLandmarkIndex();
    const texts: string[] = [];
    const nodes: Node[] = [];
    for (const node of entries) {
      if (!node.isConnected || inLandmark(node)) continue;
      if (node.nodeType === 3) {
        texts.push((node as Text).data);
        nodes.push(node);
        continue;
      }
      const read = proseTextsWithoutLandmarks(node as Element);
      for (const text of read.texts) texts.push(text);
      for (const piece of read.nodes) nodes.push(piece);
    }
    pieces = { texts, nodes };
    cut = { text: 0, offset: 0 };
    landmarksOut = true;
    probe.rewind();
  };

  /** Probes the queue until a maybe, the end, or the slice's time is up. */
  const readSlice = () => {
    timer = undefined;
    if (stopped || atMaybe !== null) return;
    if (!firstRead) queueChanges();
    const deadline = now() + SLICE_MS;
    for (;;) {
      if (pieces === null) {
        if (!gather()) {
          if (!firstRead) return;
          // The page as it was is read: the changes seen meanwhile are next (none, on most pages).
          firstRead = false;
          if (changes.length === 0) return;
          queueChanges();
          continue;
        }
      }
      const { texts } = pieces as ProseTexts;
      let readAgain = false;
      while (cut.text < texts.length) {
        const { batch, next } = cutBatch(texts, cut);
        if (probe.probeAll(batch)) {
          if (landmarksOut || !landmarksMayHoldKey()) return maybe(batch);
          readWithoutLandmarks();
          readAgain = true;
          break;
        }
        cut = next;
        if (cut.text < texts.length && now() > deadline) return later();
      }
      if (readAgain) {
        // The re-read is a skim of the same entries again: the probe reads it in a task of its
        // own once the slice's time is up, as it would any batch.
        if (now() > deadline) return later();
        continue;
      }
      pieces = null;
      if (inside.length + queue.length > head && now() > deadline) return later();
    }
  };
  const later = () => {
    timer = setTimeout(readSlice, 0);
  };

  /** The probe's maybe in `batch` (the texts of `pieces` from `cut`): where the key check goes on. */
  const maybe = (batch: readonly string[]) => {
    const read = pieces as ProseTexts;
    if (!firstRead) {
      // In later changes: those read with it, and those still to read.
      atMaybe = { from: 'read', changed: [...entries, ...rest()], before: '' };
    } else if (!partitioned) {
      // No text node to go on from: the key check goes where the pieces say a key may be.
      atMaybe = { from: null, changed: [], skimmed: read, before: '' };
    } else {
      // A large page: the key check reads on from the few thousand units the maybe is in (all
      // before it said no) to the page's end.
      const at = probe.narrow(batch);
      const node = read.nodes[cut.text + Math.max(0, at)] as Node;
      atMaybe = { from: firstTextFrom(document, root, node), changed: [], before: probe.before() };
    }
    pieces = null;
    entries = [];
    clearQueue();
    options.onMaybe();
  };

  const keepChange = (node: Node) => {
    changes.push(node);
  };
  const record = (records: readonly MutationRecord[]) => forEachChangedNode(records, keepChange);

  return {
    start() {
      if (stopped || root === null) return;
      const view = document.defaultView;
      // Changes from now on are read after the page as it is: watch first, so none is lost.
      if (view !== null) {
        observer = new view.MutationObserver((records) => {
          record(records);
          // A burst of changes is read once; while the first read goes on, it reads them at its end.
          if (timer === undefined && !firstRead && atMaybe === null && !stopped)
            timer = setTimeout(readSlice, CHANGE_BATCH_MS);
        });
        observer.observe(document, TEXT_CHANGES);
      }
      queue.push(root);
      readSlice();
    },
    stop,
    handOver() {
      if (atMaybe === null || stopped) return null;
      // What the page changed since the last delivery of the observer's records.
      if (observer !== null) record(observer.takeRecords());
      const at: ProbedPosition = { ...atMaybe, changed: [...atMaybe.changed, ...changes] };
      stop();
      return at;
    },
  };
}

/**
 * The first text node at or after `node` in `root` (a text node itself, or the first inside or
 * after an element), for the key check to walk on from; null (the page's start) if none.
 */
function firstTextFrom(document: Document, root: Node, node: Node): Text | null {
  if (node.nodeType === 3) return node as Text;
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = node;
  return walker.nextNode() as Text | null;
}

/** The texts from `at` on, up to BATCH_UNITS code units (a longer text is cut), and where they end. */
function cutBatch(texts: readonly string[], at: Cut): { batch: string[]; next: Cut } {
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
