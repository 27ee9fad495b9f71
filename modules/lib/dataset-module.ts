/**
 * A virtual module made at build time from the bundled dataset (validated before the build
 * reaches it, by validate-dataset.ts): what a script needs of the dataset, written as code, so
 * that no page does the work. The build rereads the dataset when it changes. (In a folder of its
 * own because WXT loads every top-level file of modules/ as a WXT module.)
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toMatchingData } from '../../utils/dataset/matching-data';
import type { MatchingData } from '../../utils/dataset/schema';

export interface DatasetModule {
  /** The import specifier, e.g. `virtual:backstory-gate`. */
  id: `virtual:${string}`;
  /** The module's source, from the dataset's matching slice. */
  render(slice: MatchingData): string;
}

/** The matching slice (utils/dataset/matching-data.ts) of the dataset file, read afresh. */
export function readMatchingSlice(datasetFile: string): MatchingData {
  return toMatchingData(JSON.parse(readFileSync(datasetFile, 'utf8')) as MatchingData);
}

export function datasetModulePlugin(module: DatasetModule, datasetFile: string): Plugin {
  const resolvedId = `\0${module.id}`;
  return {
    name: `backstory:${module.id.slice('virtual:'.length)}`,
    resolveId: (id) => (id === module.id ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(datasetFile);
      return module.render(readMatchingSlice(datasetFile));
    },
  };
}
