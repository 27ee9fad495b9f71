/**
 * The matcher's run-time compiler as a script of its own (entrypoints/matcher-compiler.ts): the
 * engine loads it from the package only when the build's tables are refused — the matcher's
 * (utils/matching/load.ts) or the topic cues' (utils/page/topic-cue-tables.ts) — so `engine.js`
 * and the key check's script, which pages evaluate, carry neither the compiler nor the
 * automaton's planner.
 */
import type { planAutomaton } from '@/utils/matching/aho-corasick';
import type { DatasetCompiler } from '@/utils/matching/load';
import type { PackagedScript } from '@/utils/packaged-script';

/** What the script registers. */
export interface RunTimeCompiler {
  compileDataset: DatasetCompiler;
  planAutomaton: typeof planAutomaton;
}

export const MATCHER_COMPILER_SCRIPT: PackagedScript<RunTimeCompiler> = {
  path: '/matcher-compiler.js',
  key: Symbol.for('backstory.matcher-compiler'),
};
