/**
 * Gives the content script's first pass its keys as `virtual:backstory-gate` (utils/gate/keys.ts),
 * and as `gateTables` their automaton's plan (utils/matching/automaton-tables.ts) and their
 * probe's regular expression (utils/gate/probe.ts): made at build time from the dataset, so the
 * script every page loads carries a few dozen words and a few kilobytes instead of the dataset
 * and its patterns, plans no trie and tests no code unit against the fold.
 */
import { resolve } from 'node:path';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { writeGateTables } from '../utils/gate/gate-tables-writer';
import { gateKeys } from '../utils/gate/keys';
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
          const tables = writeGateTables(keys);
          return [
            `export const gateKeys = ${JSON.stringify(keys)};`,
            `export const gateTables = ${JSON.stringify(tables)};`,
            // Alone too, so that the script every page loads carries the probe without the automaton.
            `export const gateProbe = ${JSON.stringify(tables.probe)};`,
          ].join('\n');
        },
      },
      file,
    );
    addViteConfig(wxt, () => ({ plugins: [plugin] }));
  },
});
