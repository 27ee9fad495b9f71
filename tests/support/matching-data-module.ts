/**
 * The `virtual:backstory-matching-data` module as the build writes it, evaluated: its exports
 * read through the real source-literal reader (utils/matching/source-literal.ts), from the
 * function the build writes.
 */
import { resolve } from 'node:path';
import { matchingDataPlugin } from '../../modules/matching-data';
import { DATASET_FILE } from '../../modules/validate-dataset';
import type { MatchingData } from '../../utils/dataset/schema';
import type { MatcherTables } from '../../utils/matching/matcher-tables';
import { sourceParts } from '../../utils/matching/source-literal';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface BuiltMatchingData {
  code: string;
  /** Dataset files the build watches for this module. */
  watched: string[];
  matchingData: MatchingData;
  matcherTables: MatcherTables;
}

export async function builtMatchingData(): Promise<BuiltMatchingData> {
  const plugin = matchingDataPlugin(resolve(repoRoot, DATASET_FILE));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string;
  const watched: string[] = [];
  const id = resolveId('virtual:backstory-matching-data');
  if (id === undefined) throw new Error('virtual:backstory-matching-data is not resolved');
  const code = load.call({ addWatchFile: (file) => watched.push(file) }, id);
  // Its one import is the reader; its export becomes the function's result.
  const body = code
    .replace(/^import \{ sourceParts \} from .*;$/m, '')
    .replace(/^export (async function|function) /gm, '$1 ');
  const evaluate = new Function('sourceParts', `${body}\nreturn readEngineData();`) as (
    parts: typeof sourceParts,
  ) => Promise<{ data: MatchingData; tables: MatcherTables }>;
  const { data: matchingData, tables: matcherTables } = await evaluate(sourceParts);
  return { code, watched, matchingData, matcherTables };
}
