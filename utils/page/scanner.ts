/**
 * Finds mentions on the page and keeps their highlights up to date, without writing to the
 * page and without long tasks: all work runs in slices of `sliceMs`, yielding in between.
 *
 * Order of work: the first screen (only when scrolled away from the top, see
 * viewport-first.ts), then the whole body in document order, then rescans of what the page
 * changes later (observer.ts), which may use a bounded share of main-thread time (work-queue.ts).
 */

import type { GateScan } from '../gate/scan';
import type { Matcher } from '../matching/types';
import { CATEGORIES, type Category } from '../vocabulary';
import { createHighlightPainter } from './highlight-painter';
import { createHighlightRegistry, type HighlightRegistryAdapter } from './highlight-registry';
import { createHitIndex, type HitIndex } from './hit-index';
import type { KeyCandidates } from './key-candidates';
import { createKeyWalk, createNodesWalk } from './key-regions';
import {
  changeRoots,
  createMutationTracker,
  type DirtySet,
  type MutationTimings,
} from './observer';
import { rangeFor, toLiveRange } from './ranges';
import type { RegionJudging, Relevance } from './relevance';
import { BLOCK_TAGS, containerOf } from './skip-rules';
import { type BlockSink, createBlockWalk, type WalkCounters } from './text-blocks';
import type { MentionSummary, PageMention, PageSettings, ScanStats, TextBlock } from './types';
import { isVeryTallPage, paintedStyle } from './very-tall-page';
import { findViewportUnits } from './viewport-first';
import { decideVisibility, EVERYWHERE, type MentionPlacement, type Visibility } from './visibility';
import { createWorkQueue, type JobKind, type WorkQueueTimings } from './work-queue';
import { createYieldToPage, type YieldToPage } from './yield-to-page';

export interface ScannerTimings extends MutationTimings, WorkQueueTimings {
  /** Least time between two onUpdate calls while scanning (the last one is never dropped). */
  updateIntervalMs: number;
  /**
   * Least time between two highlight registrations while work is queued. The first mentions
   * found are painted at once (the first screen) and the last registration waits for nothing;
   * in between, new mentions are painted in batches.
   */
  paintIntervalMs: number;
}

export const DEFAULT_SCANNER_TIMINGS: ScannerTimings = {
  sliceMs: 8,
  rescanShare: 0.03,
  rescanBurstMs: 100,
  updateIntervalMs: 250,
  paintIntervalMs: 1000,
  debounceMs: 200,
  maxWaitMs: 1000,
};

export interface ScannerOptions {
  document: Document;
  matcher: Matcher;
  settings: PageSettings;
  /** Aborting removes our highlights, stops all work and releases the observer. */
  signal: AbortSignal;
  /** Called (coalesced) when the set of mentions or the category filter changed. */
  onUpdate?: (summary: MentionSummary) => void;
  /** Defaults to CSS.highlights through an adapter; a no-op where the API is missing. */
  registry?: HighlightRegistryAdapter;
  /**
   * Chrome, scope and topicality of mentions (relevance.ts). Without it every mention is
   * treated as specific and outside chrome.
   */
  relevance?: Relevance;
  /**
   * The first pass's key scan (utils/gate/scan.ts). With it, and regional topicality, under
   * "Where: pages about the talks" only the blocks and topical regions around keys are read
   * (key-regions.ts); without it, or with "Where: every page", the whole page.
   */
  keyScan?: GateScan;
  /**
   * Where the page's keys can be (./key-candidates.ts), asked for once, when the first search
   * for keys begins: with them, that search reads only those nodes; without, every text node.
   */
  keyCandidates?: () => KeyCandidates | null;
  /** Watch the page for later changes (default true). */
  observe?: boolean;
  timings?: Partial<ScannerTimings>;
  yieldToPage?: YieldToPage;
  now?: () => number;
}

export interface Scanner {
  /** Starts the first scan (and the observer). Calling it again does nothing. */
  start(): void;
  /** Re-applies settings to the mentions already found: no text is scanned again. */
  applySettings(next: PageSettings): void;
  /** Every mention found (all categories), in document order. */
  mentions(): readonly PageMention[];
  /** Mentions that pass the category filter, counted by id and category. */
  summary(): MentionSummary;
  /** Lookups by position and keyboard order, over the mentions currently shown. */
  readonly index: HitIndex;
  /** Paints `mention` (or nothing) in `backstory-focus`. */
  setFocused(mention: PageMention | null): void;
  /**
   * The mention under keyboard focus: the one place that knows it. Null once it is no longer
   * shown (a setting hid it, the page removed it), so keyboard steps start afresh.
   */
  focused(): PageMention | null;
  /** A live Range for geometry (scrolling to a mention, placing the popover). */
  liveRange(mention: PageMention): Range | null;
  stats(): ScanStats;
  /** Resolves when no scan, rescan or pending mutation flush is left (or after abort). */
  whenIdle(): Promise<void>;
}

/** Hoisted: a regex literal in the sink would build a RegExp object for each of ~10^5 blocks. */
const NON_SPACE = /\S/;

/** At most this many first-screen containers get a head start. */
const MAX_VIEWPORT_UNITS = 40;

interface Walk {
  step(deadline: number): boolean;
}

/** Walks run one after the other as one walk; more can be added while it runs. */
function createSequence(now: () => number): Walk & { add(walk: Walk): void } {
  const walks: Walk[] = [];
  return {
    add: (walk) => walks.push(walk),
    step(deadline) {
      for (;;) {
        const walk = walks[0];
        if (walk === undefined) return true;
        if (!walk.step(deadline)) return false;
        walks.shift();
        if (walks.length !== 0 && now() >= deadline) return false;
      }
    },
  };
}

/** A step that does its work at once. */
function once(run: () => void): Walk {
  return {
    step() {
      run();
      return true;
    },
  };
}

function emptyByCategory(): Record<Category, number> {
  return { people: 0, institutions: 0, figures: 0 };
}

export function createScanner(options: ScannerOptions): Scanner {
  const { document, matcher, signal, onUpdate } = options;
  const timings: ScannerTimings = { ...DEFAULT_SCANNER_TIMINGS, ...options.timings };
  const now = options.now ?? (() => performance.now());
  const yieldToPage = options.yieldToPage ?? createYieldToPage(document.defaultView);
  const registry = options.registry ?? createHighlightRegistry(document);
  const painter = createHighlightPainter(registry);
  const index = createHitIndex();
  const scanRoot: Element = document.body ?? document.documentElement;
  let settings = options.settings;
  /** Set at start(): underlines are painted as backgrounds on such a page (very-tall-page.ts). */
  let veryTallPage = false;

  const counters: WalkCounters = { textNodes: 0, characters: 0, blocks: 0 };
  const stats = {
    initialScanWallMs: null as number | null,
    viewportUnits: 0,
    rescannedContainers: 0,
  };
  let startedAt = 0;

  const blocksByContainer = new Map<Element, TextBlock[]>();
  let nextBlockId = 1;
  let started = false;
  /** Between start() and begin(): the scan has not queued its work yet, but it is not idle. */
  let awaitingBegin = false;
  let mentionsChanged = false;
  /** Mentions found (or dropped) since the last repaint. */
  let paintPending = false;
  let lastPaintAt = Number.NEGATIVE_INFINITY;
  let updatePending = false;
  let lastUpdateAt = Number.NEGATIVE_INFINITY;
  let matcherFailed = false;
  let idleWaiters: (() => void)[] = [];
  let tracker: ReturnType<typeof createMutationTracker> | null = null;

  const dropBlock = (block: TextBlock): void => {
    index.removeBlock(block);
    mentionsChanged = true;
  };

  const dropContainer = (container: Element): void => {
    const blocks = blocksByContainer.get(container);
    if (blocks === undefined) return;
    blocksByContainer.delete(container);
    for (const block of blocks) dropBlock(block);
  };

  const blockWalk = (
    kind: JobKind,
    root: Element,
    includeRootInline: boolean,
    all: boolean,
    inlineRead?: ReadonlySet<Element>,
  ) =>
    createBlockWalk({
      root,
      includeRootInline,
      descendIntoBlocks: all,
      skipContainers: kind === 'initial' ? viewportUnits : undefined,
      inlineRead,
      sink,
      counters,
      now,
    });

  const enqueueWalk = (kind: JobKind, root: Element, includeRootInline: boolean, all: boolean) => {
    work.push({ kind, walk: blockWalk(kind, root, includeRootInline, all) });
  };

  const viewportUnits = new Set<Element>();

  /**
   * Whether reading is limited to the blocks and regions around keys (key-regions.ts): decided
   * at the start, and given up for good when the reader asks for every page.
   */
  let regional = false;
  /** Text nodes that hold a key, as far as known (removed ones are dropped when judging). */
  const keyNodes = new Set<Text>();
  /** Searches for keys queued and not yet through: keyNodes lacks what they will find. */
  let keySearchesPending = 0;
  /**
   * A search lost its place (the rest of its root is read in full instead): keyNodes lacks that
   * part's keys for good, as no search covers what the page left unchanged there.
   */
  let keysMissed = false;
  /** Elements read (or queued to be read) in full: nothing inside them needs another reading. */
  const wholeRoots = new WeakSet<Element>();

  const isReadWhole = (element: Element): boolean => {
    for (let up: Element | null = element; up !== null; up = up.parentElement) {
      if (wholeRoots.has(up)) return true;
    }
    return false;
  };

  /**
   * Walks of all of `element` (an inline one: with its container's inline text), less the
   * inline text of `inlineRead`'s containers, read just before in the same job.
   */
  const wholeWalks = (
    kind: JobKind,
    element: Element,
    inlineRead?: ReadonlySet<Element>,
  ): Walk[] => {
    if (isReadWhole(element)) return [];
    wholeRoots.add(element);
    if (element === scanRoot || BLOCK_TAGS.has(element.localName)) {
      return [blockWalk(kind, element, true, true, inlineRead)];
    }
    const container = containerOf(element, scanRoot);
    const walks = [blockWalk(kind, element, false, true, inlineRead)];
    if (container !== null && inlineRead?.has(container) !== true) {
      walks.unshift(blockWalk(kind, container, true, false));
    }
    return walks;
  };

  /**
   * One job that reads around keys (key-regions.ts): searches `roots` for keys (their own
   * inline text only, or all of them), reads the blocks of the keys found (every specific
   * mention and quote is in one), judges the regions around all keys known (which needs those
   * mentions: relevance.ts counts them), and reads the topical ones. One job, so that work
   * queued later (a rescan, the page's next change) waits for all of it.
   */
  const enqueueKeyReading = (
    kind: JobKind,
    roots: ReadonlyMap<Element, boolean>,
    near: readonly Node[] = [],
  ): void => {
    const scan = options.keyScan;
    if (scan === undefined) return;
    const steps = createSequence(now);
    keySearchesPending++;
    const found: Text[] = [];
    const onKey = (text: Text) => found.push(text);
    if (near.length > 0) {
      steps.add(createNodesWalk({ root: scanRoot, nodes: near, scan, onKey, now }));
    }
    for (const [root, inlineOnly] of roots) {
      const keyWalk = createKeyWalk({ root, inlineOnly, scan, onKey, now });
      steps.add({
        step(deadline) {
          const done = keyWalk.step(deadline);
          // The page pulled the ground from under the search: read that part in full instead.
          if (done && keyWalk.lostPlace()) {
            keysMissed = true;
            if (inlineOnly) steps.add(blockWalk(kind, root, true, false));
            else for (const walk of wholeWalks(kind, root)) steps.add(walk);
          }
          return done;
        },
      });
    }
    steps.add(
      once(() => {
        const queued = new Set<Element>();
        for (const text of found) {
          if (!text.isConnected) continue;
          keyNodes.add(text);
          const container = containerOf(text, scanRoot);
          if (container === null || queued.has(container) || isReadWhole(container)) continue;
          queued.add(container);
          steps.add(blockWalk(kind, container, true, false));
        }
        // The relevance may then leave unread the regions none of them makes topical.
        if (--keySearchesPending === 0 && !keysMissed) options.relevance?.keysComplete(keyNodes);
        // Judging reads the text of the regions around keys: in slices, like the rest.
        let judging: RegionJudging | null = null;
        steps.add({
          step(deadline) {
            const relevance = options.relevance;
            if (judging === null) {
              // Once the whole page is read (a page about the talks) there is nothing to judge.
              if (!regional || relevance === undefined || isReadWhole(scanRoot)) return true;
              for (const text of keyNodes) if (!text.isConnected) keyNodes.delete(text);
              judging = relevance.judgeRegions(keyNodes, index.allMentions(), isReadWhole, now);
            }
            if (!judging.step(deadline)) return false;
            for (const region of judging.regions()) {
              for (const walk of wholeWalks(kind, region, queued)) steps.add(walk);
            }
            return true;
          },
        });
      }),
    );
    work.push({ kind, walk: steps });
  };

  /**
   * Containers whose text was matched while the quote check was still to come (the engine loads
   * it on the first block that may hold a quotation: utils/matching/quote-check-source.ts). Their
   * mentions are shown meanwhile; once it is here, their text is matched again, as part of the
   * first reading, and a quotation found takes the place of the names inside it.
   */
  let awaitingQuoteCheck: Set<Element> | null = null;
  const matchAgainWithQuotes = (container: Element, quoteCheckHere: Promise<void>): void => {
    if (awaitingQuoteCheck !== null) {
      awaitingQuoteCheck.add(container);
      return;
    }
    const containers = new Set([container]);
    awaitingQuoteCheck = containers;
    void quoteCheckHere.then(() => {
      awaitingQuoteCheck = null;
      if (signal.aborted) return;
      for (const waiting of containers) {
        if (waiting.isConnected) enqueueWalk('initial', waiting, true, false);
      }
      if (work.size() !== 0) work.run();
      else settleIdle();
    });
  };

  const sink: BlockSink = {
    enterContainer(container) {
      if (blocksByContainer.size !== 0) dropContainer(container);
    },
    block(container, text, nodes, starts, count) {
      // Whitespace between elements makes many blocks; do not pay a matcher call for those.
      if (text.length < 2 || !NON_SPACE.test(text)) return;
      let found: ReturnType<Matcher['find']>;
      try {
        found = matcher.find(text);
      } catch (error) {
        if (!matcherFailed) console.error('Backstory: the matcher failed on a block', error);
        matcherFailed = true;
        return;
      }
      const quotesLater = matcher.deferredQuotes?.() ?? null;
      if (quotesLater !== null) matchAgainWithQuotes(container, quotesLater);
      if (found.length === 0) return;
      const block: TextBlock = {
        id: nextBlockId++,
        container,
        nodes: nodes.slice(0, count),
        starts: starts.slice(0, count),
        length: text.length,
      };
      const mentions: PageMention[] = found.map((mention) => ({
        ...mention,
        range: rangeFor(document, block, mention.start, mention.end),
        block,
        blockId: block.id,
        index: -1,
      }));
      const known = blocksByContainer.get(container);
      if (known === undefined) blocksByContainer.set(container, [block]);
      else known.push(block);
      index.addBlock(block, mentions);
      mentionsChanged = true;
    },
    lostPlace(element, includeRootInline) {
      enqueueWalk('rescan', element, includeRootInline, true);
    },
  };

  /** The one visibility rule (visibility.ts) over every mention known now. */
  const visibility = (): Visibility<PageMention> => {
    const all = index.allMentions();
    const placement =
      options.relevance?.placement(all) ?? (EVERYWHERE as MentionPlacement<PageMention>);
    return decideVisibility(all, settings, placement);
  };

  const summary = (): MentionSummary => {
    const result: MentionSummary = { total: 0, byId: {}, byCategory: emptyByCategory() };
    for (const mention of visibility().counted) {
      // The digest and badge list names and figures; a quotation is painted and carries its
      // own verdict on its card, but is not one more mention of its speaker.
      if (mention.kind === 'quote') continue;
      result.total++;
      result.byId[mention.id] = (result.byId[mention.id] ?? 0) + 1;
      result.byCategory[mention.category]++;
    }
    return result;
  };

  const repaint = (): void => {
    paintPending = false;
    lastPaintAt = now();
    const shown = visibility().painted;
    index.setShown((mention) => shown.has(mention));
    const style = paintedStyle(settings.style, veryTallPage);
    painter.paint(
      index.mentionsInOrder(),
      style === settings.style ? settings : { ...settings, style },
    );
  };

  /**
   * Registers what the scan found, at a bounded rate while work remains. Every registration
   * makes Chromium rebuild all highlight markers in the next frame, and with an underline
   * style (a text decoration, hence visual overflow) recompute visual overflow over the whole
   * page: on the omnibus page that frame costs 55–75 ms whether one range or 400 changed
   * and wherever they are (very-tall-page.ts: such pages get backgrounds, 17–25 ms per
   * frame there). Painting after every 8 ms slice gave that page 4–5 such frames per
   * scan (one per ~180 ms, as fast as Chromium could render them); now it gets the first
   * paint (the first screen, at once) and the last, and one per second in between on scans
   * that take longer. Omnibus page, A/B median of 8 runs: wall 349 → 286 ms.
   */
  const paintIfDue = (force: boolean): void => {
    if (!paintPending) return;
    if (!force && now() - lastPaintAt < timings.paintIntervalMs) return;
    repaint();
  };

  const notify = (force: boolean): void => {
    if (!updatePending || signal.aborted) return;
    const at = now();
    if (!force && at - lastUpdateAt < timings.updateIntervalMs) return;
    updatePending = false;
    lastUpdateAt = at;
    onUpdate?.(summary());
  };

  const isIdle = (): boolean =>
    !awaitingBegin &&
    awaitingQuoteCheck === null &&
    !work.running() &&
    work.size() === 0 &&
    !(tracker?.pending() ?? false);

  const settleIdle = (): void => {
    if (!signal.aborted && !isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const work = createWorkQueue({
    timings,
    signal,
    yieldToPage,
    now,
    hooks: {
      afterSlice(drained) {
        if (mentionsChanged) {
          mentionsChanged = false;
          updatePending = true;
          paintPending = true;
        }
        paintIfDue(drained);
        notify(drained);
      },
      // Do not leave found mentions unpainted while waiting for the rescan budget.
      beforeBudgetWait: () => paintIfDue(true),
      jobDone(job) {
        if (job.kind === 'initial') stats.initialScanWallMs = now() - startedAt;
      },
      settled() {
        if (!signal.aborted) paintIfDue(true);
        notify(true);
        settleIdle();
      },
    },
  });

  /** Adds rescans for a flush of page mutations, skipping work another walk already covers. */
  const onMutations = (dirty: DirtySet): void => {
    if (signal.aborted) return;
    // New or changed text may make a region topical (or not): judge it again, and repaint even
    // if no mention was added, so general mentions found earlier light up.
    if (options.relevance !== undefined) {
      options.relevance.pageChanged();
      if (index.allMentions().length !== 0) mentionsChanged = true;
    }
    if (dirty.removals || dirty.hiddenRoots.size !== 0) {
      for (const block of [...index.blocks()]) {
        const gone =
          !block.container.isConnected ||
          !(block.nodes[0]?.isConnected ?? false) ||
          [...dirty.hiddenRoots].some((root) => root.contains(block.container));
        if (!gone) continue;
        const siblings = blocksByContainer.get(block.container);
        const at = siblings?.indexOf(block) ?? -1;
        if (siblings !== undefined && at !== -1) siblings.splice(at, 1);
        if (siblings?.length === 0) blocksByContainer.delete(block.container);
        dropBlock(block);
      }
    }
    const coveredByWalk = (element: Element, self: boolean): boolean => {
      for (let node: Node | null = element; node !== null; node = node.parentNode) {
        const inline = dirty.subtrees.get(node as Element);
        if (inline !== undefined && (node !== element || (self && inline))) return true;
      }
      return false;
    };
    // Reading around keys: what changed may hold keys (look for them all) and, where it is not
    // inside a part read in full or a block read before, holds nothing to show but its keys.
    // Every change may also make a region topical (new cues, less text): judge them again.
    const searchForKeys = new Map<Element, boolean>();
    for (const [root, includeRootInline] of dirty.subtrees) {
      if (coveredByWalk(root, false)) continue;
      if (regional) {
        searchForKeys.set(root, false);
        if (!isReadWhole(root)) continue;
      }
      stats.rescannedContainers++;
      enqueueWalk('rescan', root, includeRootInline, true);
    }
    for (const container of dirty.containers) {
      if (coveredByWalk(container, true)) continue;
      if (regional) {
        searchForKeys.set(container, true);
        if (!isReadWhole(container) && !blocksByContainer.has(container)) continue;
      }
      stats.rescannedContainers++;
      enqueueWalk('rescan', container, true, false);
    }
    if (regional) enqueueKeyReading('rescan', searchForKeys);
    if (mentionsChanged && work.size() === 0) {
      mentionsChanged = false;
      updatePending = true;
      repaint();
      notify(true);
    }
    if (work.size() !== 0) work.run();
    else settleIdle();
  };

  signal.addEventListener(
    'abort',
    () => {
      work.clear();
      painter.clear();
      settleIdle();
    },
    { once: true },
  );

  /** What start() does once it has yielded: the first screen, then the whole page. */
  const begin = (): void => {
    awaitingBegin = false;
    // Taken whatever is read next: from here on the page's changes are this scanner's to see.
    const candidates = options.keyCandidates?.() ?? null;
    if (signal.aborted) return;
    regional =
      options.keyScan !== undefined &&
      options.relevance?.regional === true &&
      settings.where === 'talks';
    veryTallPage = isVeryTallPage(document);
    if (regional) {
      // The search for keys reads the page faster than the first screen's blocks would be;
      // where the key check tells where the keys can be, it reads only there.
      if (candidates === null) enqueueKeyReading('initial', new Map([[scanRoot, false]]));
      else enqueueKeyReading('initial', changeRoots(candidates.changed, scanRoot), candidates.near);
    } else {
      for (const unit of findViewportUnits(document, scanRoot, MAX_VIEWPORT_UNITS)) {
        viewportUnits.add(unit);
        enqueueWalk('viewport', unit, true, true);
      }
      stats.viewportUnits = viewportUnits.size;
      wholeRoots.add(scanRoot);
      enqueueWalk('initial', scanRoot, true, true);
    }
    if (options.observe ?? true) {
      tracker = createMutationTracker({
        observeRoot: document.documentElement,
        scanRoot,
        signal,
        timings,
        onFlush: onMutations,
        budget: work,
        now,
      });
    }
    work.run();
  };

  return {
    start() {
      if (started || signal.aborted) return;
      started = true;
      startedAt = now();
      awaitingBegin = true;
      // Begin in a task of its own: the caller has usually just compiled the matcher (10–25 ms),
      // and that plus the first-screen probe and the first slice in one task could pass 50 ms.
      void yieldToPage().then(begin);
    },
    applySettings(next) {
      const categoriesChanged =
        next.where !== settings.where ||
        CATEGORIES.some((category) => next.categories[category] !== settings.categories[category]);
      settings = next;
      if (signal.aborted) return;
      if (regional && next.where !== 'talks') {
        // General mentions are wanted on any text now: read the whole page.
        regional = false;
        for (const walk of wholeWalks('initial', scanRoot)) work.push({ kind: 'initial', walk });
        work.run();
      }
      repaint();
      if (categoriesChanged) {
        updatePending = true;
        notify(true);
      }
    },
    mentions: () => index.allMentions(),
    summary,
    index,
    setFocused(mention) {
      if (!signal.aborted) painter.setFocused(mention);
    },
    focused: () => painter.focused(),
    liveRange: (mention) => toLiveRange(document, mention.range),
    stats: () => ({
      ...stats,
      ...work.stats(),
      characters: counters.characters,
      textNodes: counters.textNodes,
      blocks: counters.blocks,
      mentions: index.allMentions().length,
      mutationFlushes: tracker?.flushes() ?? 0,
      rescanWaitMs: tracker === null ? 0 : work.budgetDelay(),
    }),
    whenIdle() {
      if (signal.aborted || (started && isIdle())) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
