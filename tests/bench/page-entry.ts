/**
 * Backstory's own code as the page benchmark runs it: bundled into an IIFE (global
 * `__backstoryBench`) and added to a freshly loaded page. It loads the matcher (from the build's
 * tables, as the content script does), scans the
 * page with the real scanner into the real `CSS.highlights` registry, and keeps the scanner
 * alive afterwards so heap size and hover hit-testing can be measured on what it built.
 */
import { engineDataBase64 } from 'virtual:backstory-bench-engine-data';
import { unpackEngineData } from '../../utils/engine-data-file';
import { decodeBase64 } from '../../utils/matching/automaton-tables';
import { createMatcher } from '../../utils/matching/match';
import { loadMatcherTables } from '../../utils/matching/matcher-tables';
import { quoteCheckAtHand } from '../../utils/matching/quote-check-source';
import { createPointerHitTester } from '../../utils/page/hit-test';
import { createScanner, type Scanner } from '../../utils/page/scanner';
import type { PageSettings, ScanStats } from '../../utils/page/types';
import { findQuotations } from '../../utils/quotes/find';

export interface LongTask {
  startTime: number;
  duration: number;
}

export interface BackstoryRun {
  compileMs: number;
  /** start() until whenIdle() resolved. */
  scanMs: number;
  mentions: number;
  /** Ranges registered under `backstory-*` names once the scan is done. */
  highlightedRanges: number;
  stats: ScanStats;
  /** Tasks of 50 ms or more from compiling to the first frame after the scan. */
  longTasks: LongTask[];
}

const settings: PageSettings = {
  categories: { people: true, institutions: true, figures: true },
  style: 'underline',
  firstMentionOnly: false,
  where: 'talks',
};

let scanner: Scanner | null = null;

/** Resolves after the next frame, by which time long-task entries of the scan are queued. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function countHighlightedRanges(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('backstory-')) count += highlight.size;
  }
  return count;
}

const longTasks: LongTask[] = [];
let longTaskObserver: PerformanceObserver | null = null;

/**
 * Adopts `highlightsCss` (utils/page/highlights.css; never a <style> element, as in the
 * extension) and starts recording long tasks. Call it in a task of its own before `run()`:
 * Chromium does not report the task during which the observer was created.
 */
export async function observeLongTasks(highlightsCss: string): Promise<void> {
  // In the extension the highlight styles come in as content-script CSS when the engine loads
  // (utils/highlight-styles.ts), before it scans. Adopted here, they cost the page a full
  // restyle: let it happen now, before the measured window, and not inside the scan.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightsCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  await nextFrame();
  await nextFrame();

  longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }
  });
  longTaskObserver.observe({ type: 'longtask' });
}

/**
 * Whether this browser reports long tasks at all: blocks the main thread for 60 ms in a task
 * of its own and looks for it, so "no long task" in the report cannot come from a silent
 * observer.
 */
export function longTasksAreReported(): Promise<boolean> {
  return new Promise((resolve) => {
    const seen: number[] = [];
    const probe = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    });
    probe.observe({ type: 'longtask' });
    setTimeout(() => {
      const started = performance.now();
      while (performance.now() - started < 60) {
        // Busy on purpose.
      }
      setTimeout(() => {
        setTimeout(() => {
          seen.push(...probe.takeRecords().map((entry) => entry.duration));
          probe.disconnect();
          resolve(seen.some((duration) => duration >= 60));
        }, 0);
      }, 0);
    }, 0);
  });
}

/** Compiles, scans and waits for the frame that paints the highlights. */
export async function run(): Promise<BackstoryRun> {
  const observer = longTaskObserver;
  if (observer === null) throw new Error('observeLongTasks() first, in a task of its own');
  // Leave the task the driver's evaluate runs in: Chromium does not report such tasks as long
  // tasks. Compile, start() and the first slice then share an ordinary task, as they do in the
  // content script.
  await new Promise((resolve) => setTimeout(resolve, 0));

  const compileStarted = performance.now();
  // As the engine does: the index of the build's slice of the dataset and its serialized
  // tables, unpacked from the build's data file, here carried as base64 (their reading counts
  // as part of the compile). Tables refused would be a broken build: no fallback here.
  const { slice, tables } = unpackEngineData(decodeBase64(engineDataBase64));
  const matcher = createMatcher(
    loadMatcherTables(slice.index, tables),
    quoteCheckAtHand(findQuotations),
  );
  const compileMs = performance.now() - compileStarted;

  const scanStarted = performance.now();
  scanner = createScanner({ document, matcher, settings, signal: new AbortController().signal });
  scanner.start();
  await scanner.whenIdle();
  const scanEnded = performance.now();

  // The frame that paints the highlights belongs to the scan's cost too.
  await nextFrame();
  const windowEnd = performance.now();
  for (const entry of observer.takeRecords()) {
    longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }
  observer.disconnect();

  return {
    compileMs,
    scanMs: scanEnded - scanStarted,
    mentions: scanner.mentions().length,
    highlightedRanges: countHighlightedRanges(),
    stats: scanner.stats(),
    longTasks: longTasks.filter(
      (task) => task.startTime + task.duration > compileStarted && task.startTime < windowEnd,
    ),
  };
}

export interface HoverSamples {
  /** Mean cost of one lookup at each point, in milliseconds. */
  perCallMs: number[];
  /** Mentions skipped because the hit test at their centre found another (or no) mention. */
  misses: number;
}

/**
 * Times the content script's own pointer hit test (`hitAt`: caretPositionFromPoint, hit-index
 * lookup, client-rect check) at the centre of up to `points` mentions spread over the page.
 * Each mention is scrolled into view and hit once untimed (that call pays for layout after
 * the scroll, as the frame before a real pointer move would have); then `callsPerPoint` calls
 * are timed together, because one call is below the clock's resolution.
 */
export function measureHover(points: number, callsPerPoint: number): HoverSamples {
  if (scanner === null) throw new Error('run() first');
  const found = scanner;
  const tester = createPointerHitTester({
    document,
    index: found.index,
    signal: new AbortController().signal,
    onHit: () => {},
  });
  const all = found.index.mentionsInOrder();
  const step = Math.max(1, Math.floor(all.length / points));
  const perCallMs: number[] = [];
  let misses = 0;
  for (let i = 0; i < all.length && perCallMs.length < points; i += step) {
    const mention = all[i];
    const range = mention === undefined ? null : found.liveRange(mention);
    if (range === null) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (rect === undefined || rect.width === 0 || rect.height === 0) continue;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    // Another element may cover the mention (a sticky header, an overlay): not a hover target.
    if (tester.hitAt(x, y)?.mention !== mention) {
      misses += 1;
      continue;
    }
    const started = performance.now();
    for (let call = 0; call < callsPerPoint; call += 1) tester.hitAt(x, y);
    perCallMs.push((performance.now() - started) / callsPerPoint);
  }
  return { perCallMs, misses };
}
