/**
 * The matcher's run-time compiler and the automaton's planner, loaded by the engine only when
 * the build's tables are refused (utils/matcher-compiler-script.ts). Evaluating it registers
 * them.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MATCHER_COMPILER_SCRIPT } from '@/utils/matcher-compiler-script';
import { planAutomaton } from '@/utils/matching/aho-corasick';
import { compileDataset } from '@/utils/matching/compile-dataset';
import { registerExport } from '@/utils/packaged-script';

export default defineUnlistedScript(() => {
  registerExport(MATCHER_COMPILER_SCRIPT, { compileDataset, planAutomaton });
});
