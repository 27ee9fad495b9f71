import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../relevance/dev-set';
import { sharedDir } from '../../support/shared-dir';

describe('the labelled development set', () => {
  const pages = readDevSet();

  it('labels each page once, with a reason', () => {
    const files = pages.map((page) => page.file);
    expect(new Set(files).size).toBe(files.length);
    for (const page of pages) expect(page.reason.length).toBeGreaterThan(10);
    expect(pages.some((page) => page.label === 'on-topic')).toBe(true);
  });

  it.skipIf(!sharedDir)('covers every page of the corpus MANIFEST', () => {
    const manifest = readFileSync(join(sharedDir ?? '', 'corpus/MANIFEST.tsv'), 'utf8');
    const listed = manifest
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0]);
    expect(pages.map((page) => page.file).sort()).toEqual(listed.sort());
  });
});
