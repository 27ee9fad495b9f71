/**
 * Gives the engine its slice of the dataset as `virtual:backstory-matching-data`
 * (see utils/dataset/matching-data.ts): made at build time, so the roles, statements and polls
 * that only the popover shows are not in the engine's script. Next to it, `matcherTables`: the
 * matcher compiled here for that slice — its pattern metadata as JSON and its automaton as
 * base64 (utils/matching/matcher-tables.ts) — so no page compiles it.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { serializeMatcher } from '../utils/matching/matcher-tables';
import { datasetModulePlugin } from './lib/dataset-module';
import { DATASET_FILE } from './validate-dataset';

export const MATCHING_DATA_MODULE = 'virtual:backstory-matching-data';

export function matchingDataPlugin(datasetFile: string): Plugin {
  return datasetModulePlugin(
    {
      id: MATCHING_DATA_MODULE,
      render(slice) {
        const { automaton, patterns } = serializeMatcher(slice);
        const tables = { automaton: Buffer.from(automaton).toString('base64'), patterns };
        return [
          // JSON.parse of a string literal is parsed faster than the same object as code.
          `export const matchingData = JSON.parse(${JSON.stringify(JSON.stringify(slice))});`,
          // Parsed by the matcher when it loads (utils/matching/matcher-tables.ts), not here.
          `export const matcherTables = ${JSON.stringify(tables)};`,
        ].join('\n');
      },
    },
    datasetFile,
  );
}

export default defineWxtModule({
  name: 'matching-data',
  setup(wxt) {
    const file = resolve(wxt.config.root, DATASET_FILE);
    addViteConfig(wxt, () => ({ plugins: [matchingDataPlugin(file)] }));
  },
});
