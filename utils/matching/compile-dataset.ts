/**
 * The whole compile at run time: the patterns collected and their automaton planned. Only where
 * the build's tables are refused (the engine loads it in entrypoints/matcher-compiler.ts) and in
 * tests and tools. A module of its own so that the planner it calls stays out of the engine's
 * script, which reads other parts of compile.ts.
 */
import type { MatchingData } from '../dataset/schema';
import { planAutomaton } from './aho-corasick';
import { type CompiledDataset, collectPatterns, patternTexts } from './compile';

/** Compiles every alias × ending, exclusion × ending, figure form, context stem and quote anchor. */
export function compileDataset(dataset: MatchingData): CompiledDataset {
  const collected = collectPatterns(dataset);
  return { ...collected, plan: planAutomaton(patternTexts(collected)) };
}
