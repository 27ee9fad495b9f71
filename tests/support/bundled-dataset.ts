import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../utils/dataset/schema';

/**
 * The dataset the extension ships, read from the repository as it is: tests take what a card
 * or a rule must show from here, never from copies of its texts. The build validates it; tests
 * that check the validation read the file themselves.
 */
export const bundledDataset: Dataset = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../assets/dataset/backstory.json'), 'utf8'),
) as Dataset;
