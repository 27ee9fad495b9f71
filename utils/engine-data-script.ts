/**
 * The engine's build-time data as a script of its own (entrypoints/engine-data.ts): the dataset
 * slice and the matcher's tables, packed in one compressed literal that is read from the
 * script's source text (utils/matching/source-literal.ts) by a function that never runs.
 *
 * Not in `engine.js`, because that script asks Chromium to compile every one of its functions
 * as it loads (modules/compile-hints.ts): the literal's function would be compiled too, and
 * its ~28 KB of text kept a second time, in that function's constants, for the page's life.
 * Here nothing asks for that, so it never reaches a constant pool.
 */
import type { readEngineData } from 'virtual:backstory-matching-data';
import type { PackagedScript } from '@/utils/packaged-script';

export type ReadEngineData = typeof readEngineData;

export const ENGINE_DATA_SCRIPT: PackagedScript<ReadEngineData> = {
  path: '/engine-data.js',
  key: Symbol.for('backstory.engine-data'),
};
