/**
 * The matcher's run-time compiler, loaded by the engine only when the build's matcher tables
 * are refused (utils/matcher-compiler-script.ts). Evaluating it registers `compileDataset`.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MATCHER_COMPILER_SCRIPT } from '@/utils/matcher-compiler-script';
import { compileDataset } from '@/utils/matching/compile';
import { registerExport } from '@/utils/packaged-script';

export default defineUnlistedScript(() => {
  registerExport(MATCHER_COMPILER_SCRIPT, compileDataset);
});
