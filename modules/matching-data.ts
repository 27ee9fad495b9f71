/**
 * Gives the engine its slice of the dataset as `virtual:backstory-matching-data`
 * (see utils/dataset/matching-data.ts): made at build time, so the roles, statements and polls
 * that only the popover shows are not in the engine's script. With it, the matcher compiled here
 * for that slice — its pattern metadata as JSON lines and its automaton's bytes
 * (utils/matching/matcher-tables.ts) — so no page compiles it. `readEngineData()` gives both,
 * read from the script's source text (utils/matching/source-literal.ts), compressed, not kept
 * as literals.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { serializeMatcher } from '../utils/matching/matcher-tables';
import { datasetModulePlugin } from './lib/dataset-module';
import { packParts, sourceLiteralCode } from './lib/source-literal-code';
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
        // Read from the script's source text, so no copy stays in its constant pool
        // (utils/matching/source-literal.ts): all three in one literal, inflated once when the
        // matcher loads, and decoded there (utils/matching/matcher-tables.ts), not kept.
        return [
          `import { sourceParts } from ${JSON.stringify(SOURCE_LITERAL)};`,
          sourceLiteralCode(
            'engineDataSource',
            packParts([JSON.stringify(slice), automaton, patterns]),
          ),
          // A fresh copy on each call: the engine keeps what it needs of it, not the whole slice.
          'export async function readEngineData() {',
          '  const [slice, automaton, patterns] = await sourceParts(engineDataSource);',
          '  const data = JSON.parse(new TextDecoder().decode(slice));',
          '  return { data, tables: { automaton, patterns } };',
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
