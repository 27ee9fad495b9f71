/**
 * Build-time guard for the bundled dataset.
 *
 * - Before every build (and dev start) the dataset file is validated; an invalid
 *   file stops the build with one line per problem and its JSON path, so a broken
 *   dataset never reaches a page as a blank popover. That includes names that collide
 *   in the compiled matcher (utils/matching/conflicts.ts).
 * - The SHA-256 of the file's bytes is handed to the bundle as
 *   `__BACKSTORY_DATASET_HASH__`, so the UI can show exactly which data it carries.
 *
 * Validation stays here, in Node: the content script only imports the JSON and
 * does not carry the schema code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { formatDatasetErrors, validateDataset } from '../utils/dataset/validate';
import {
  DEAD_EXCLUSION_MESSAGE,
  describeConflict,
  findDeadExclusions,
  findPatternConflicts,
} from '../utils/matching/conflicts';

/** Where the bundled dataset lives, relative to the project root. */
export const DATASET_FILE = 'assets/dataset/backstory.json';

// From the string, not `new URL(...)`: under happy-dom the global URL is the DOM's.
const bundledDatasetPath = resolve(dirname(fileURLToPath(import.meta.url)), '..', DATASET_FILE);

/** Hex SHA-256 of the file's exact bytes (default: the bundled dataset). */
export function datasetFileHash(file: string = bundledDatasetPath): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Reads and validates a dataset file; throws a readable error naming each bad field. */
export function assertValidDatasetFile(file: string): void {
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Invalid dataset ${file}: not valid JSON (${reason})`);
  }
  const result = validateDataset(json);
  if (!result.ok) throw new Error(formatDatasetErrors(result.errors, `dataset ${file}`));
  const names = [
    ...findDeadExclusions(result.dataset).map(({ path }) => ({
      path,
      message: DEAD_EXCLUSION_MESSAGE,
    })),
    ...findPatternConflicts(result.dataset).map((conflict) => ({
      path: conflict.shadowed.path,
      message: describeConflict(conflict),
    })),
  ];
  if (names.length > 0) throw new Error(formatDatasetErrors(names, `dataset ${file}`));
}

export default defineWxtModule({
  name: 'validate-dataset',
  setup(wxt) {
    const file = resolve(wxt.config.root, DATASET_FILE);
    wxt.hooks.hook('build:before', () => assertValidDatasetFile(file));
    addViteConfig(wxt, () => ({
      define: { __BACKSTORY_DATASET_HASH__: JSON.stringify(datasetFileHash(file)) },
    }));
  },
});
