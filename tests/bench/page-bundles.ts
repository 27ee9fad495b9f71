/** Bundling for `npm run bench`: modules made into classic scripts that a page can load. */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { datasetModulePlugin } from '../../modules/lib/dataset-module';
import { engineDataBytes } from '../../modules/matching-data';
import { DATASET_FILE } from '../../modules/validate-dataset';
import { repoRoot } from '../../tools/paths';
import { aliasForms } from '../../utils/dataset/alias-forms';
import type { Dataset } from '../../utils/dataset/schema';

const benchDir = resolve(repoRoot, '.tmp/bench');

/**
 * The engine's data file (modules/matching-data.ts) as base64 in the bundle: a page has no
 * package to read it from, as the engine does (utils/packaged-file.ts).
 */
const engineDataPlugin = () =>
  datasetModulePlugin(
    {
      id: 'virtual:backstory-bench-engine-data',
      render: (slice) =>
        `export const engineDataBase64 = ${JSON.stringify(Buffer.from(engineDataBytes(slice)).toString('base64'))};`,
    },
    resolve(repoRoot, DATASET_FILE),
  );

/** Bundles a module for the page as a classic script that sets `window[globalName]`. */
export async function bundleForPage(entry: string, globalName: string, datasetHash: string) {
  const fileName = `${globalName}.js`;
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'error',
    publicDir: false,
    // The engine's data: the dataset slice and the matcher's tables.
    plugins: [engineDataPlugin()],
    resolve: { alias: { '@': repoRoot } },
    define: {
      __BACKSTORY_DATASET_HASH__: JSON.stringify(datasetHash),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir: benchDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: resolve(repoRoot, entry),
        name: globalName,
        formats: ['iife'],
        fileName: () => fileName,
      },
    },
  });
  return join(benchDir, fileName);
}

/**
 * The names given to mark.js and the regex baseline: every alias × ending and every figure
 * form, as the matcher compiles them, spelled as the dataset writes them.
 */
export function namesFromDataset(data: Dataset): string[] {
  const names = new Set<string>();
  for (const entity of data.entities) {
    for (const alias of entity.aliases) {
      for (const form of aliasForms(alias)) names.add(form);
    }
  }
  for (const figure of data.figures) for (const form of figure.forms) names.add(form.text);
  return [...names];
}
