/**
 * Precision of the quote check on real publisher pages (../shared/corpus): a verdict may
 * appear only where a page really quotes one of the dataset's verbatim quotes. Every block of
 * every page's visible text goes through the bundled dataset's matcher, as on a page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matching';
import { readCorpusPages } from '../../bench/corpus-text';
import { bundledDataset as dataset } from '../../support/bundled-dataset';
import { sharedDir } from '../../support/shared-dir';

/**
 * Pages that really quote the dataset, as "page: statement id: verdict". Checked by reading
 * each page: none of the corpus pages quotes the source's two Lavrov quotes.
 */
const REAL_QUOTATIONS: string[] = [];

describe.skipIf(!sharedDir)('the quote check on the corpus pages', () => {
  const pages = sharedDir ? readCorpusPages(join(sharedDir, 'corpus')) : [];

  it('reads the whole corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it('gives a verdict only where a page really quotes the dataset', () => {
    const matcher = compileMatcher(dataset);
    const verdicts: string[] = [];
    for (const page of pages) {
      for (const block of page.text.split('\n\n')) {
        for (const mention of matcher.find(block)) {
          if (mention.kind !== 'quote') continue;
          verdicts.push(`${page.name}: ${mention.id}: ${mention.quote?.verdict}`);
        }
      }
    }
    expect(verdicts).toEqual(REAL_QUOTATIONS);
  });

  it('still finds a quotation set into a real page (the check above can fail)', () => {
    const matcher = compileMatcher(dataset);
    const quote = dataset.statements.find((statement) => statement.mode === 'verbatim');
    if (!quote) throw new Error('the dataset has no verbatim quote');
    for (const page of pages.slice(0, 10)) {
      const block = page.text.split('\n\n').find((text) => text.length > 200) ?? page.text;
      const found = matcher
        .find(`${block} He said: “${quote.text}” ${block}`)
        .filter((mention) => mention.kind === 'quote');
      expect(
        found.map((mention) => mention.quote?.verdict),
        page.name,
      ).toEqual(['matches']);
    }
  });
});
