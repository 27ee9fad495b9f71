import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, datasetInfo } from '../../../utils/dataset/index';

const fileBytes = readFileSync(join(import.meta.dirname, '../../../assets/dataset/backstory.json'));

describe('the runtime dataset entry', () => {
  it('exposes the bundled JSON as it is', () => {
    expect(dataset).toEqual(JSON.parse(fileBytes.toString('utf8')));
  });

  it('reports the dataset version and the SHA-256 of the file computed at build time', () => {
    expect(datasetInfo.version).toBe(dataset.version);
    expect(datasetInfo.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(datasetInfo.hash).toBe(createHash('sha256').update(fileBytes).digest('hex'));
  });

  it('lists the names of its sources', () => {
    expect(datasetInfo.sources).toEqual(dataset.sources.map((source) => source.name));
    expect(datasetInfo.sources.some((name) => name.includes('Reuters'))).toBe(true);
  });
});
