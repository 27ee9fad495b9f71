/**
 * The matching engine: pure (no DOM, no browser APIs). Semantics are written down in
 * match.ts. Compile once per page, then call `find` for every block of text.
 */
import type { MatchingData } from '../dataset/schema';
import { compileDataset } from './compile';
import { type CompiledMatcher, createMatcher } from './match';

export type { MatcherStats } from './match';
export { type NormalizedText, normalizeForMatching } from './normalize';
export type { Matcher, Mention, MentionKind } from './types';
export type { CompiledMatcher };

/** Compiles the dataset's aliases, exclusions and figures into one matcher. */
export function compileMatcher(dataset: MatchingData): CompiledMatcher {
  return createMatcher(compileDataset(dataset));
}
