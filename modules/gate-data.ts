/**
 * Gives the content script's first pass its keys as `virtual:backstory-gate` (utils/gate/keys.ts):
 * made at build time from the dataset, so the script every page loads carries a few dozen
 * words instead of the dataset and its patterns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { toMatchingData } from '../utils/dataset/matching-data';
import type { MatchingData } from '../utils/dataset/schema';
import { gateKeys } from '../utils/gate/keys';
import { DATASET_FILE } from './validate-dataset';

export const GATE_MODULE = 'virtual:backstory-gate';
const RESOLVED_ID = `\0${GATE_MODULE}`;

export function gateDataPlugin(datasetFile: string): Plugin {
  return {
    name: 'backstory:gate-data',
    resolveId: (id) => (id === GATE_MODULE ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(datasetFile);
      // validate-dataset.ts has checked the file before the build reaches this point.
      const data = toMatchingData(JSON.parse(readFileSync(datasetFile, 'utf8')) as MatchingData);
      return `export const gateKeys = ${JSON.stringify(gateKeys(data))};`;
    },
  };
}

export default defineWxtModule({
  name: 'gate-data',
  setup(wxt) {
    const file = resolve(wxt.config.root, DATASET_FILE);
    addViteConfig(wxt, () => ({ plugins: [gateDataPlugin(file)] }));
  },
});
