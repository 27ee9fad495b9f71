/**
 * Gives the content script's first pass its keys as `virtual:backstory-gate` (utils/gate/keys.ts),
 * and their automaton's plan as `gateTables` (utils/matching/automaton-tables.ts): made at build
 * time from the dataset, so the script every page loads carries a few dozen words and a few
 * kilobytes instead of the dataset and its patterns, and plans no trie.
 */
import { resolve } from 'node:path';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { gateKeys } from '../utils/gate/keys';
import { serializeAutomaton } from '../utils/matching/automaton-tables';
import { datasetModulePlugin } from './lib/dataset-module';
import { DATASET_FILE } from './validate-dataset';

export default defineWxtModule({
  name: 'gate-data',
  setup(wxt) {
    const file = resolve(wxt.config.root, DATASET_FILE);
    const plugin = datasetModulePlugin(
      {
        id: 'virtual:backstory-gate',
        render(slice) {
          const keys = gateKeys(slice);
          const tables = Buffer.from(serializeAutomaton(keys)).toString('base64');
          return [
            `export const gateKeys = ${JSON.stringify(keys)};`,
            `export const gateTables = ${JSON.stringify(tables)};`,
          ].join('\n');
        },
      },
      file,
    );
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
