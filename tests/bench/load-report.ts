/**
 * The load-cost table (load-cost.ts): per page, the renderer's main-thread time for the whole
 * load without and with Backstory, what Backstory adds, what the text-once reference adds (the
 * floor for any content script that reads the page), Backstory's own JavaScript and the memory
 * it adds, and where each figure stands against the goals of issue #13. Nothing here measures.
 */
import type { LoadCostResult, LoadCostSamples } from './load-cost';
import { median } from './report';

export const loadTargets = {
  /** Added main-thread time, median over the pages. */
  medianAddedPercent: 5,
  /** Added main-thread time on any one page. */
  maxAddedPercent: 10,
  /** The content script's own JavaScript on a page that names nothing. */
  scriptMsOnQuietPage: 3,
  quietPage: 'readability/001.html',
  /** Memory added per tab on an article page: JavaScript heap, array buffers, script sources. */
  memoryAddedBytes: 1024 * 1024,
} as const;

interface Row {
  file: string;
  withoutMs: number;
  withMs: number;
  addedMs: number;
  addedPercent: number;
  referenceAddedMs: number;
  referenceAddedPercent: number;
  scriptMs: number;
  referenceScriptMs: number;
  heapAddedBytes: number;
  /** The heap and the backing stores outside it (array buffers, script sources). */
  memoryAddedBytes: number;
  /** The same for the text-once reference: what any content script's isolated world adds. */
  referenceMemoryAddedBytes: number;
  runs: number;
}

function rowOf(samples: LoadCostSamples): Row | null {
  if (samples.withMs.length === 0 || samples.withoutMs.length === 0) return null;
  const withoutMs = median(samples.withoutMs);
  const withMs = median(samples.withMs);
  const referenceMs = median(samples.referenceMs);
  const withoutMemory = median(sums(samples.withoutHeapBytes, samples.withoutBackingBytes));
  return {
    file: samples.file,
    withoutMs,
    withMs,
    addedMs: withMs - withoutMs,
    addedPercent: ((withMs - withoutMs) / withoutMs) * 100,
    referenceAddedMs: referenceMs - withoutMs,
    referenceAddedPercent: ((referenceMs - withoutMs) / withoutMs) * 100,
    scriptMs: median(samples.scriptMs),
    referenceScriptMs: median(samples.referenceScriptMs),
    heapAddedBytes: median(samples.withHeapBytes) - median(samples.withoutHeapBytes),
    memoryAddedBytes: median(sums(samples.withHeapBytes, samples.withBackingBytes)) - withoutMemory,
    referenceMemoryAddedBytes: median(samples.referenceMemoryBytes) - withoutMemory,
    runs: Math.min(samples.withMs.length, samples.withoutMs.length),
  };
}

/** Each load's heap plus its backing stores. */
const sums = (heap: readonly number[], backing: readonly number[]) =>
  heap.map((bytes, load) => bytes + (backing[load] ?? Number.NaN));

const fixed = (value: number, digits: number) =>
  Number.isNaN(value) ? '–' : value.toFixed(digits);
const signed = (value: number, digits: number) => `${value >= 0 ? '+' : ''}${fixed(value, digits)}`;
const verdict = (pass: boolean) => (pass ? 'met' : '**not met**');

export function renderLoadTable(result: LoadCostResult): string {
  const lines = [
    '| Page | Main thread without (ms) | With Backstory (ms) | Added | Text-once reference added | Backstory JS (ms, profile) | Text-once reference JS (ms, profile) | JS heap added (KB) | With array buffers and sources (KB) | Text-once reference, same (KB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const samples of result.pages) {
    const row = rowOf(samples);
    if (row === null) {
      lines.push(
        `| ${samples.file} | not measured: ${samples.error ?? 'no run completed'} | | | | | | | |`,
      );
      continue;
    }
    lines.push(
      `| ${row.file} | ${fixed(row.withoutMs, 0)} | ${fixed(row.withMs, 0)} | ${signed(row.addedMs, 0)} ms (${signed(row.addedPercent, 1)}%) | ${signed(row.referenceAddedMs, 0)} ms (${signed(row.referenceAddedPercent, 1)}%) | ${fixed(row.scriptMs, 1)} | ${fixed(row.referenceScriptMs, 1)} | ${signed(row.heapAddedBytes / 1024, 0)} | ${signed(row.memoryAddedBytes / 1024, 0)} | ${signed(row.referenceMemoryAddedBytes / 1024, 0)} |`,
    );
  }
  return lines.join('\n');
}

export function loadTargetLines(result: LoadCostResult): string[] {
  const rows = result.pages.map(rowOf).filter((row): row is Row => row !== null);
  if (rows.length === 0) return ['- Load cost: not measured.'];
  const percents = rows.map((row) => row.addedPercent);
  const medianPercent = median(percents);
  const worst = rows.reduce((a, b) => (b.addedPercent > a.addedPercent ? b : a));
  const quiet = rows.find((row) => row.file === loadTargets.quietPage);
  const articles = rows.filter((row) => row.file !== loadTargets.quietPage);
  const heaviest =
    articles.length > 0 ? Math.max(...articles.map((row) => row.memoryAddedBytes)) : Number.NaN;
  return [
    `- Main-thread time added, median over the pages ≤ ${loadTargets.medianAddedPercent}%: ${signed(medianPercent, 1)}% — ${verdict(medianPercent <= loadTargets.medianAddedPercent)}.`,
    `- Main-thread time added on any page ≤ ${loadTargets.maxAddedPercent}%: most on ${worst.file}, ${signed(worst.addedPercent, 1)}% — ${verdict(worst.addedPercent <= loadTargets.maxAddedPercent)}.`,
    quiet === undefined
      ? `- Backstory's own JS on ${loadTargets.quietPage} ≤ ${loadTargets.scriptMsOnQuietPage} ms: not measured.`
      : `- Backstory's own JS on ${loadTargets.quietPage} ≤ ${loadTargets.scriptMsOnQuietPage} ms: ${fixed(quiet.scriptMs, 1)} ms — ${verdict(quiet.scriptMs <= loadTargets.scriptMsOnQuietPage)} (the text-once reference's script: ${fixed(quiet.referenceScriptMs, 1)} ms).`,
    `- Memory added per tab on an article page (JS heap, array buffers, script sources) ≤ 1 MB: at most ${fixed(heaviest / 1024, 0)} KB — ${verdict(heaviest <= loadTargets.memoryAddedBytes)}.`,
  ];
}

export function loadMethodNote(
  result: LoadCostResult,
  runs: number,
  profileRuns: number,
  settleMs: number,
): string {
  return `Load cost (Chromium ${result.chromium}, the built extension installed vs the same browser without it): main-thread time is the renderer's CDP \`Performance.getMetrics\` TaskDuration from before navigation to ${settleMs / 1000} s after the \`load\` event, read twice and not polled in between, each load on a fresh tab after one warm-up load per page; median of ${runs} runs, with, without and with the text-once reference interleaved (the order turns). Text-once reference added: the same main-thread time with, instead of Backstory, an extension whose content script reads every text node's data once with a TreeWalker at document_idle and stops, minus without (medians): what any content script that reads the page adds, the floor under Backstory's figure. Backstory JS: self time of every script of the extension (the content script and the engine and popover scripts it loads) in a CPU profile (100 µs sampling) of the same window, median of ${profileRuns} separate loads; text-once reference JS: the same for the reference's script, its loads in turn with Backstory's. JS heap added: JSHeapUsedSize after a forced GC at the end of the load, with minus without (medians); with array buffers and sources: the same plus CDP \`Runtime.getHeapUsage\` backingStorageSize (array buffers and external strings such as the scripts' sources, which JSHeapUsedSize leaves out), with minus without (medians of each load's sum); the text-once reference's the same way, the floor of any content script's isolated world. The isolate holds the page's and the content script's worlds, so page-side noise shows here too.`;
}
