/**
 * Gives the content script its slice of the dataset as `virtual:backstory-matching-data`
 * (see utils/dataset/matching-data.ts): made at build time, so the roles, statements and polls
 * that only the popover shows are not in the script every page loads. Next to it,
 * `matcherTables`: the matcher compiled here for that slice — its pattern metadata as JSON and
 * its automaton as base64 (utils/matching/matcher-tables.ts) — so no page compiles it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { toMatchingData } from '../utils/dataset/matching-data';
import type { MatchingData } from '../utils/dataset/schema';
import { serializeMatcher } from '../utils/matching/matcher-tables';
import { DATASET_FILE } from './validate-dataset';

export const MATCHING_DATA_MODULE = 'virtual:backstory-matching-data';
const RESOLVED_ID = `\0${MATCHING_DATA_MODULE}`;

export function matchingDataPlugin(datasetFile: string): Plugin {
  return {
    name: 'backstory:matching-data',
    resolveId: (id) => (id === MATCHING_DATA_MODULE ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(datasetFile);
      // validate-dataset.ts has checked the file before the build reaches this point.
      const slice = toMatchingData(JSON.parse(readFileSync(datasetFile, 'utf8')) as MatchingData);
      // JSON.parse of a string literal is parsed faster than the same object as code.
      const { automaton, patterns } = serializeMatcher(slice);
      const tables = { automaton: Buffer.from(automaton).toString('base64'), patterns };
      return [
        `export const matchingData = JSON.parse(${JSON.stringify(JSON.stringify(slice))});`,
        // Parsed by the matcher when it loads (utils/matching/matcher-tables.ts), not here.
        `export const matcherTables = ${JSON.stringify(tables)};`,
      ].join('\n');
    },
  };
}

export default defineWxtModule({
  name: 'matching-data',
  setup(wxt) {
    const file = resolve(wxt.config.root, DATASET_FILE);
    addViteConfig(wxt, () => ({ plugins: [matchingDataPlugin(file)] }));
  },
});
