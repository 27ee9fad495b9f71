/**
 * The matcher as a page loads it: from the build's tables (matcher-tables.ts), one step per
 * task, so that the engine's start never holds the page's main thread for long. The run-time
 * compiler (compile.ts), needed only when the tables are refused, is not part of this path: the
 * caller hands in how to load it (the engine loads it as a script of its own), so the script
 * every engine page evaluates does not carry it.
 *
 * Pure like the rest of the matcher: how to give the page its turn and how to load the compiler
 * come from the caller.
 */
import type { IndexedSlice } from '../dataset/matching-data';
import type { MatchingData } from '../dataset/schema';
import type { CompiledDataset } from './compile';
import { type CompiledMatcher, createMatcher } from './match';
import {
  decodeMatcherTables,
  type MatcherTables,
  readMatcherTables,
  refusalWarning,
} from './matcher-tables';
import type { QuoteCheckSource } from './quote-check-source';

/** The run-time compiler: compile-dataset.ts's `compileDataset`. */
export type DatasetCompiler = (dataset: MatchingData) => CompiledDataset;

export interface LoadMatcherOptions {
  /** Ends the current task and resumes in a later one (utils/page/yield-to-page.ts). */
  yieldToPage: () => Promise<void>;
  /** Loads the run-time compiler; called only when the tables are refused. */
  loadCompiler: () => Promise<DatasetCompiler>;
  /** The quote check, which the engine loads only for a page that needs it. */
  quoteCheck: QuoteCheckSource;
  warn?: (message: string) => void;
}

/**
 * The matcher for `slice`, from `tables` when they fit (which read only the slice's index);
 * else, with a warning that says why, compiled at run time from the whole slice by the compiler
 * `loadCompiler` gives. Reading the tables (parse and checks, the automaton's plan), rebuilding
 * their patterns and building the matcher on them each run in a task of their own, after a
 * yield, so the caller's task (for the engine: evaluating its script) ends first and no step
 * adds to another's task.
 */
export async function loadMatcher(
  slice: IndexedSlice,
  tables: MatcherTables,
  options: LoadMatcherOptions,
): Promise<CompiledMatcher> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  await options.yieldToPage();
  let compiled: CompiledDataset;
  try {
    const read = readMatcherTables(tables);
    await options.yieldToPage();
    compiled = decodeMatcherTables(slice.index, read);
  } catch (error) {
    warn(refusalWarning(error));
    const compile = await options.loadCompiler();
    await options.yieldToPage();
    compiled = compile(slice.whole());
  }
  await options.yieldToPage();
  return createMatcher(compiled, options.quoteCheck);
}
