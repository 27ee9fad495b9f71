/**
 * The command line of `npm run bench` (page.bench.ts): its options, and which corpus pages it
 * measures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const COMMAND = 'npm run bench';
export const OMNIBUS = 'large/readability-omnibus.html';
/** Readability pages that mention the actors (see MANIFEST.tsv). */
const ACTOR_PAGES = ['nytimes-1', 'yahoo-1', 'breitbart', 'bbc-1', 'wapo-2'].map(
  (name) => `readability/${name}.html`,
);

export interface Options {
  runs: number;
  timeoutMs: number;
  repeatBudgetMs: number;
  pages: string[] | null;
  /** Load-cost runs (with and without Backstory, interleaved); 0 leaves the table out. */
  loadRuns: number;
  /** Profiled loads per page for Backstory's own JS. */
  profileRuns: number;
  /** Time after the `load` event that still counts as the page load. */
  settleMs: number;
}

export function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '20' },
      'repeat-budget': { type: 'string', default: '3' },
      pages: { type: 'string' },
      'load-runs': { type: 'string', default: '5' },
      'profile-runs': { type: 'string', default: '3' },
      'settle-ms': { type: 'string', default: '2500' },
    },
  });
  const positive = (text: string, name: string): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`--${name} must be a positive number`);
    return value;
  };
  const count = (text: string, name: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be 0 or more`);
    return value;
  };
  return {
    runs: Math.round(positive(values.runs, 'runs')),
    timeoutMs: positive(values.timeout, 'timeout') * 1000,
    repeatBudgetMs: positive(values['repeat-budget'], 'repeat-budget') * 1000,
    pages: values.pages ? values.pages.split(',').map((page) => page.trim()) : null,
    loadRuns: count(values['load-runs'], 'load-runs'),
    profileRuns: count(values['profile-runs'], 'profile-runs'),
    settleMs: positive(values['settle-ms'], 'settle-ms'),
  };
}

export function fail(message: string): never {
  console.error(`\n!!! ${message}\n!!! The page benchmark did not run.\n`);
  process.exit(1);
}

/** The omnibus page, the other large pages, then readability pages that mention the actors. */
export function choosePages(
  corpus: string,
  wanted: string[] | null,
): { pages: string[]; notes: string[] } {
  const listed = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((file) => file.length > 0);
  const large = listed.filter((file) => file.startsWith('large/') && file !== OMNIBUS);
  const chosen = wanted ?? [OMNIBUS, ...large, ...ACTOR_PAGES];
  const missing = chosen.filter((file) => !listed.includes(file));
  return {
    pages: chosen.filter((file) => listed.includes(file)),
    notes: missing.map((file) => `${file} is not in the corpus MANIFEST.tsv: skipped.`),
  };
}
