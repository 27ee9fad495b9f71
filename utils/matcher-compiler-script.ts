/**
 * The matcher's run-time compiler as a script of its own (entrypoints/matcher-compiler.ts): the
 * engine loads it from the package only when the build's matcher tables are refused
 * (utils/matching/load.ts), so `engine.js`, which every page with a key evaluates, does not
 * carry it.
 */
import type { DatasetCompiler } from '@/utils/matching/load';
import type { PackagedScript } from '@/utils/packaged-script';

export const MATCHER_COMPILER_SCRIPT: PackagedScript<DatasetCompiler> = {
  path: '/matcher-compiler.js',
  key: Symbol.for('backstory.matcher-compiler'),
};
