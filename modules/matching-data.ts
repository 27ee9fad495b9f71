/**
 * Gives the engine its slice of the dataset as `virtual:backstory-matching-data`
 * (see utils/dataset/matching-data.ts): made at build time, so the roles, statements and polls
 * that only the popover shows are not in the engine's script. Next to it, `readBuiltTables`: the
 * matcher compiled here for that slice — its pattern metadata as JSON and its automaton's bytes
 * (utils/matching/matcher-tables.ts) — so no page compiles it. All three are read from the
 * script's source text (utils/matching/source-literal.ts), compressed, not kept as literals.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { serializeMatcher } from '../utils/matching/matcher-tables';
import { datasetModulePlugin } from './lib/dataset-module';
import { sourceLiteralCode } from './lib/source-literal-code';
import { DATASET_FILE } from './validate-dataset';

export const MATCHING_DATA_MODULE = 'virtual:backstory-matching-data';

/** Where the engine's bundle finds the reader of the literals below. */
const SOURCE_LITERAL = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../utils/matching/source-literal.ts',
);

export function matchingDataPlugin(datasetFile: string): Plugin {
  return datasetModulePlugin(
    {
      id: MATCHING_DATA_MODULE,
      render(slice) {
        const { automaton, patterns } = serializeMatcher(slice);
        // Each read once from the script's source text, so no copy stays in its constant pool
        // (utils/matching/source-literal.ts): the tables are inflated and decoded when the
        // matcher loads (utils/matching/matcher-tables.ts), each time they are asked for, and
        // not kept.
        return [
          `import { sourceBytes, sourceText } from ${JSON.stringify(SOURCE_LITERAL)};`,
          sourceLiteralCode('sliceSource', JSON.stringify(slice)),
          sourceLiteralCode('automatonSource', automaton),
          sourceLiteralCode('patternsSource', patterns),
          // A fresh copy on each call: the engine keeps what it needs of it, not the whole slice.
          'export async function readMatchingData() { return JSON.parse(await sourceText(sliceSource)); }',
          'export async function readBuiltTables() {',
          '  return { automaton: await sourceBytes(automatonSource), patterns: await sourceText(patternsSource) };',
          '}',
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
