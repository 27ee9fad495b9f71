/**
 * The bundled dataset, as the extension uses it at run time.
 *
 * The JSON is validated when the extension is built (modules/validate-dataset.ts
 * stops the build on any problem) and by the unit tests, so it is typed here
 * without parsing it again: that keeps valibot's schema code out of the content
 * script.
 */
import bundled from '../../assets/dataset/backstory.json';
import type { Dataset, Localized } from './schema';

export const dataset: Dataset = bundled as Dataset;

export interface DatasetInfo {
  /** The dataset's own semver, e.g. "1.0.0". */
  version: string;
  /** Hex SHA-256 of the JSON file, computed at build time (show the first 12 characters). */
  hash: string;
  /** Names of the sources the data comes from, for the UI's "sources" line, in each language. */
  sources: Localized[];
}

// `typeof` keeps scripts that run the sources directly (tsx) working: there the
// build-time constant is not defined and the hash is reported as unknown.
const buildHash =
  typeof __BACKSTORY_DATASET_HASH__ === 'string' ? __BACKSTORY_DATASET_HASH__ : 'unknown';

export const datasetInfo: DatasetInfo = {
  version: dataset.version,
  hash: buildHash,
  sources: dataset.sources.map((source) => source.name),
};
