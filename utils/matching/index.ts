/**
 * The matching engine: pure (no DOM, no browser APIs). Semantics are written down in
 * match.ts. Compile once per page, then call `find` for every block of text.
 */
import type { MatchingData } from '../dataset/schema';
import { type Automaton, buildAutomaton, expandAutomaton } from './aho-corasick';
import { decodeBase64, readAutomatonPlan } from './automaton-tables';
import { collectPatterns, patternTexts } from './compile';
import { type CompiledMatcher, createMatcher } from './match';

export type { MatcherStats } from './match';
export { type NormalizedText, normalizeForMatching } from './normalize';
export type { Matcher, Mention, MentionKind } from './types';
export type { CompiledMatcher };

/**
 * Compiles the dataset's aliases, exclusions and figures into one matcher. With `tables` (the
 * build's serialized automaton, base64 or bytes) the automaton is loaded instead of built; tables
 * that do not fit this dataset are refused with a warning that says why, and the automaton is
 * built here instead.
 */
export function compileMatcher(
  dataset: MatchingData,
  tables?: string | Uint8Array,
  warn: (message: string) => void = (message) => console.warn(message),
): CompiledMatcher {
  const collected = collectPatterns(dataset);
  const texts = patternTexts(collected);
  let automaton: Automaton | undefined;
  if (tables !== undefined) {
    try {
      const bytes = typeof tables === 'string' ? decodeBase64(tables) : tables;
      automaton = expandAutomaton(readAutomatonPlan(bytes, texts));
    } catch (error) {
      warn(`${error instanceof Error ? error.message : String(error)}; compiling at run time`);
    }
  }
  automaton ??= buildAutomaton(texts);
  return createMatcher({ ...collected, automaton });
}
