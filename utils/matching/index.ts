/**
 * The matching engine: pure (no DOM, no browser APIs). Semantics are written down in
 * match.ts. Compile once per page, then call `find` for every block of text.
 */
import type { MatchingData } from '../dataset/schema';
import { findQuotations } from '../quotes/find';
import type { CompiledDataset } from './compile';
import { compileDataset } from './compile-dataset';
import { type CompiledMatcher, createMatcher } from './match';
import { loadMatcherTables, type MatcherTables, refusalWarning } from './matcher-tables';
import { quoteCheckAtHand } from './quote-check-source';

export type { MatcherStats } from './match';
export type { MatcherTables } from './matcher-tables';
export { type NormalizedText, normalizeForMatching } from './normalize';
export type { Matcher, Mention, MentionKind } from './types';
export type { CompiledMatcher };

/**
 * The matcher for the dataset's aliases, exclusions and figures, in one synchronous call. With
 * `tables` (what the build compiled for this dataset: modules/matching-data.ts) nothing is
 * compiled here; tables that do not fit are refused with a warning that says why, and the
 * dataset is compiled here instead. For tests and tools: the engine loads its matcher with
 * `loadMatcher` (load.ts), over several tasks and without the compiler in its script.
 */
export function compileMatcher(
  dataset: MatchingData,
  tables?: MatcherTables,
  warn: (message: string) => void = (message) => console.warn(message),
): CompiledMatcher {
  let compiled: CompiledDataset | undefined;
  if (tables !== undefined) {
    try {
      compiled = loadMatcherTables(dataset, tables);
    } catch (error) {
      warn(refusalWarning(error));
    }
  }
  return createMatcher(compiled ?? compileDataset(dataset), quoteCheckAtHand(findQuotations));
}
