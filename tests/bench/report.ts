/**
 * Turns the benchmark's measurements into bench-report.md: an environment header, how to
 * reproduce, one row per page, and the page-independent figures with their targets.
 * Nothing here measures; a figure that was not measured says why instead of showing a number.
 */

/** What one method gave on one page, over its runs. */
export type Outcome =
  | { kind: 'measured'; samplesMs: number[]; mentions: number }
  | { kind: 'timed-out'; budgetS: number; completedSamplesMs: number[] }
  | { kind: 'not-measured'; why: string };

export interface BackstoryOutcome {
  scan: Outcome;
  compileSamplesMs: number[];
  /** Time spent inside the scanner's slices (its stats.totalMs): the scan without its yields. */
  workSamplesMs: number[];
  /**
   * Longest main-thread task seen by PerformanceObserver('longtask') during any scan run;
   * null when none (every task < 50 ms); a reason when the browser reports no long tasks.
   */
  longestTaskMs: number | null | string;
  /** Longest synchronous slice the scanner itself reports (its stats), over all runs. */
  longestChunkMs: number | null;
}

export interface PageResult {
  file: string;
  chars: number;
  textNodes: number;
  floor: Outcome;
  backstory: BackstoryOutcome;
  markJs: Outcome;
  regex: Outcome;
}

/** A figure that is a number when measured, or a reason when not. */
export type Figure<T> = { value: T } | { notMeasured: string };

export interface HoverCost {
  /** Median cost of one lookup, in microseconds. */
  medianUs: number;
  p95Us: number;
  points: number;
  callsPerPoint: number;
  page: string;
}

export interface MemoryCost {
  page: string;
  beforeBytes: number;
  afterBytes: number;
  runs: number;
}

export interface Environment {
  date: string;
  chromium: string;
  machine: string;
  /** 1-minute load average when the benchmark started and ended: other work skews timings. */
  loadAverage: { start: number; end: number };
  node: string;
  datasetVersion: string;
  names: { count: number; source: string };
  runs: number;
  /** One baseline run is stopped after this long. */
  budgetS: number;
  /** A baseline is run again on a page only while its runs there stay within this. */
  repeatBudgetS: number;
  command: string;
}

export interface Report {
  environment: Environment;
  pages: PageResult[];
  contentScriptGzipBytes: Figure<number>;
  /** The engine's script: loaded only where the first pass finds something. */
  engineScriptGzipBytes: Figure<number>;
  /** The popover's script: loaded on the first hover only, so not part of the target. */
  popoverScriptGzipBytes: Figure<number>;
  hover: Figure<HoverCost>;
  memory: Figure<MemoryCost>;
  notes: string[];
}

export const targets = {
  floorRatioOnOmnibus: 2,
  longestTaskMs: 50,
  contentScriptGzipKb: 30,
} as const;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratio(value: number, floor: number | null): string {
  if (floor === null || floor <= 0) return '';
  const times = value / floor;
  return ` (×${times >= 100 ? times.toFixed(0) : times.toFixed(1)})`;
}

function thousands(value: number): string {
  return value.toLocaleString('en-US');
}

export function floorMs(result: PageResult): number | null {
  return result.floor.kind === 'measured' ? median(result.floor.samplesMs) : null;
}

function runsNote(samples: readonly number[], wanted: number): string {
  return samples.length < wanted ? `, ${samples.length} run${samples.length === 1 ? '' : 's'}` : '';
}

function timeCell(outcome: Outcome, floor: number | null, wanted: number): string {
  switch (outcome.kind) {
    case 'measured': {
      const value = median(outcome.samplesMs);
      return `${ms(value)}${ratio(value, floor)}${runsNote(outcome.samplesMs, wanted)}`;
    }
    case 'timed-out':
      return `> ${outcome.budgetS} s (timed out)`;
    case 'not-measured':
      return `not measured: ${outcome.why}`;
  }
}

function mentionsCell(outcome: Outcome): string {
  return outcome.kind === 'measured' ? thousands(outcome.mentions) : '–';
}

function optionalMs(value: number | null, why: string): string {
  return value === null ? why : ms(value);
}

const tableHead = [
  '| Page | chars | text nodes | floor ms | compile ms | Backstory ms (×floor) | of which in slices ms | mark.js ms (×floor) | regex ms (×floor) | mentions: Backstory / mark.js / regex | longest task ms | longest chunk ms |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
];

export function renderTable(report: Report): string {
  const wanted = report.environment.runs;
  const rows = report.pages.map((page) => {
    const floor = floorMs(page);
    const { backstory } = page;
    const scanMeasured = backstory.scan.kind === 'measured';
    const cells = [
      page.file,
      thousands(page.chars),
      thousands(page.textNodes),
      timeCell(page.floor, null, wanted),
      backstory.compileSamplesMs.length > 0 ? ms(median(backstory.compileSamplesMs)) : '–',
      timeCell(backstory.scan, floor, wanted),
      backstory.workSamplesMs.length > 0 ? ms(median(backstory.workSamplesMs)) : '–',
      timeCell(page.markJs, floor, wanted),
      timeCell(page.regex, floor, wanted),
      [backstory.scan, page.markJs, page.regex].map(mentionsCell).join(' / '),
      !scanMeasured
        ? '–'
        : typeof backstory.longestTaskMs === 'string'
          ? `not measured: ${backstory.longestTaskMs}`
          : optionalMs(backstory.longestTaskMs, '< 50'),
      scanMeasured ? optionalMs(backstory.longestChunkMs, 'not reported') : '–',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [...tableHead, ...rows].join('\n');
}

function verdict(pass: boolean): string {
  return pass ? 'met' : '**not met**';
}

function targetLines(report: Report): string[] {
  const lines: string[] = [];
  const omnibus = report.pages.find((page) => page.file.endsWith('readability-omnibus.html'));
  const floor = omnibus ? floorMs(omnibus) : null;
  if (omnibus && floor !== null && omnibus.backstory.scan.kind === 'measured') {
    const times = median(omnibus.backstory.scan.samplesMs) / floor;
    lines.push(
      `- Backstory ≤ ${targets.floorRatioOnOmnibus}× the floor on the omnibus page: ×${times.toFixed(2)} — ${verdict(times <= targets.floorRatioOnOmnibus)}.`,
    );
  } else {
    lines.push(
      `- Backstory ≤ ${targets.floorRatioOnOmnibus}× the floor on the omnibus page: not measured.`,
    );
  }
  const scanned = report.pages.filter((page) => page.backstory.scan.kind === 'measured');
  const unreported = scanned.find((page) => typeof page.backstory.longestTaskMs === 'string');
  if (unreported !== undefined) {
    lines.push(
      `- No main-thread task over ${targets.longestTaskMs} ms: not measured: ${unreported.backstory.longestTaskMs}.`,
    );
  } else if (scanned.length > 0) {
    const longest = Math.max(
      0,
      ...scanned.map((page) => {
        const task = page.backstory.longestTaskMs;
        return typeof task === 'number' ? task : 0;
      }),
    );
    lines.push(
      `- No main-thread task over ${targets.longestTaskMs} ms during a scan: longest ${longest === 0 ? 'none reported (every task < 50 ms)' : `${ms(longest)} ms`} — ${verdict(longest <= targets.longestTaskMs)}.`,
    );
  } else {
    lines.push(`- No main-thread task over ${targets.longestTaskMs} ms: not measured.`);
  }
  const size = report.contentScriptGzipBytes;
  if ('value' in size) {
    const kb = size.value / 1024;
    const kbOf = (figure: Figure<number>) =>
      'value' in figure ? `${(figure.value / 1024).toFixed(1)} KB` : 'not measured';
    const popoverNote = ` The engine's script, loaded only where the first pass finds something: ${kbOf(report.engineScriptGzipBytes)} gzipped; the popover's, on the first card only: ${kbOf(report.popoverScriptGzipBytes)} gzipped.`;
    lines.push(
      `- Content script ≤ ${targets.contentScriptGzipKb} KB gzipped: ${kb.toFixed(1)} KB — ${verdict(kb <= targets.contentScriptGzipKb)}.${popoverNote}`,
    );
  } else {
    lines.push(
      `- Content script ≤ ${targets.contentScriptGzipKb} KB gzipped: not measured: ${size.notMeasured}.`,
    );
  }
  return lines;
}

function hoverLine(hover: Figure<HoverCost>): string {
  if ('notMeasured' in hover) return `- Hover hit-test: not measured: ${hover.notMeasured}.`;
  const h = hover.value;
  return `- Hover hit-test (caretPositionFromPoint + index lookup + rect check) on ${h.page}: median ${h.medianUs.toFixed(1)} µs per call, p95 ${h.p95Us.toFixed(1)} µs (${h.points} points over mentions × ${h.callsPerPoint} calls each).`;
}

function memoryLine(memory: Figure<MemoryCost>): string {
  if ('notMeasured' in memory)
    return `- Memory added by the scan: not measured: ${memory.notMeasured}.`;
  const m = memory.value;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return `- Memory added by compile + scan on ${m.page} (JS heap used after a forced GC, before → after, median of ${m.runs}): ${mb(m.beforeBytes)} MB → ${mb(m.afterBytes)} MB, **+${mb(m.afterBytes - m.beforeBytes)} MB**.`;
}

export function renderReport(report: Report): string {
  const env = report.environment;
  return [
    '# Page benchmark',
    '',
    `To reproduce: \`${env.command}\` from the repository root (needs Debian's Chromium at /usr/lib/chromium/chromium and the corpus of real pages in \`../shared/corpus\`, or wherever BACKSTORY_SHARED points). It builds the extension, bundles Backstory's matcher and scanner for the page, serves each page from 127.0.0.1 with every other host blocked, and loads every page afresh for every method and run. Options after \`--\` (the values used are listed below): \`--runs N\`, \`--timeout S\`, \`--repeat-budget S\`, \`--pages large/cnn_002.html,…\`.`,
    '',
    `- Date: ${env.date}`,
    `- Chromium: ${env.chromium} (headless)`,
    `- Machine: ${env.machine}; load average (1 min) ${env.loadAverage.start.toFixed(1)} at the start, ${env.loadAverage.end.toFixed(1)} at the end${env.loadAverage.start > 1 || env.loadAverage.end > 1 ? ' — other processes were competing for the CPU, so timings are noisier and longer than on an idle machine' : ''}`,
    `- Node: ${env.node}`,
    `- Dataset: ${env.datasetVersion}`,
    `- Names given to mark.js and the regex baseline: ${env.names.count} (${env.names.source})`,
    `- Median of ${env.runs} runs per method and page, each on a fresh page load. A baseline run is stopped after ${env.budgetS} s; mark.js and the regex baseline are repeated on a page only while their runs there stay within ${env.repeatBudgetS} s in total (fewer runs are shown in the cell)`,
    '',
    '## Scan time per page',
    '',
    renderTable(report),
    '',
    'Floor: a bare TreeWalker read of every text node’s data. Backstory: scanner `start()` until `whenIdle()`, highlights registered in `CSS.highlights`, wall time; “of which in slices” is the time spent inside the scanner’s work slices (its `stats().totalMs`), the rest is yielding to the page between slices; loading the matcher (the build’s serialized tables and the candidates from the dataset slice, as in the content script) is timed apart (compile ms). mark.js: `mark(names, { separateWordSearch: false, accuracy: exactly with punctuation limiters, diacritics: false, caseSensitive: true })`. Regex: one RegExp per name over every text node, each match wrapped in `<mark>` with `splitText`. Longest task: PerformanceObserver `longtask` entries (tasks ≥ 50 ms) from compiling until the first frame after the scan, over all runs (“< 50”: none); longest chunk: the longest synchronous slice the scanner reports in its stats, over all runs. Mentions differ between methods by design: Backstory applies case rules, exclusions and figure context; the baselines only find the names.',
    '',
    '## Page-independent figures',
    '',
    hoverLine(report.hover),
    memoryLine(report.memory),
    '',
    '## Targets',
    '',
    ...targetLines(report),
    ...(report.notes.length > 0 ? ['', '## Notes', '', ...report.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}
