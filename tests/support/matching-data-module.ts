/**
 * The engine's data file as the build writes it (modules/matching-data.ts), read back through
 * the engine's own reader (utils/engine-data-file.ts).
 */
import { resolve } from 'node:path';
import { readMatchingSlice } from '../../modules/lib/dataset-module';
import { engineDataBytes } from '../../modules/matching-data';
import { DATASET_FILE } from '../../modules/validate-dataset';
import type { SliceIndex } from '../../utils/dataset/matching-data';
import type { MatchingData } from '../../utils/dataset/schema';
import { unpackEngineData } from '../../utils/engine-data-file';
import type { MatcherTables } from '../../utils/matching/matcher-tables';
import type { TopicCueTables } from '../../utils/page/topic-cue-tables';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface BuiltMatchingData {
  matchingData: MatchingData;
  sliceIndex: SliceIndex;
  matcherTables: MatcherTables;
  cueTables: TopicCueTables;
}

export function builtMatchingData(): BuiltMatchingData {
  const bytes = engineDataBytes(readMatchingSlice(resolve(repoRoot, DATASET_FILE)));
  const { slice, tables: matcherTables, cues: cueTables } = unpackEngineData(bytes);
  return { matchingData: slice.whole(), sliceIndex: slice.index, matcherTables, cueTables };
}
