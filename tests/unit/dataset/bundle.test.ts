import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, datasetInfo } from '../../../utils/dataset/index';

const fileBytes = readFileSync(join(import.meta.dirname, '../../../assets/dataset/backstory.json'));

describe('the runtime dataset entry', () => {
  it('exposes the bundled JSON as it is', () => {
    expect(dataset).toEqual(JSON.parse(fileBytes.toString('utf8')));
  });

  // The hash is the build's constant, which this test run defines itself (vitest.config.ts), so
  // comparing it here would compare a value with itself: the built popup's is checked end to end
  // (tests/e2e/foundation.e2e.ts), the build module's in build-guard.test.ts.
  it('reports the dataset version', () => {
    expect(datasetInfo.version).toBe(dataset.version);
    expect(datasetInfo.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists the names of its sources', () => {
    expect(datasetInfo.sources).toEqual(dataset.sources.map((source) => source.name));
    expect(datasetInfo.sources.some((name) => name.en.includes('Reuters'))).toBe(true);
  });
});
