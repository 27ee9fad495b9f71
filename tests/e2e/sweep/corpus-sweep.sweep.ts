/**
 * The full real-page sweep (`npm run test:sweep`): every page of corpus/readability/ in
 * Chromium and Firefox, served from 127.0.0.1 with every other host blocked and the page's own
 * scripts forbidden by CSP (see harness/corpus-pages.ts). On every page: zero mutations of page
 * nodes and zero errors from the extension. Writes a per-page table to test-results/sweep.md.
 *
 * A fast subset of the same checks runs in the normal e2e run (tests/e2e/real-pages.e2e.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDir } from '../../support/shared-dir';
import {
  type BrowserName,
  corpusDir,
  corpusHeaders,
  defaultMounts,
  gotoCorpusPage,
  highlightsAfterFirstScan,
  readabilityPages,
  repoRoot,
  useExtensionSession,
  watchPage,
} from '../harness';
import { type SweepRow, sweepTable } from './sweep-table';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const corpus = sharedDir ? corpusDir() : undefined;
const pages = corpus ? readabilityPages(corpus) : [];
const rows: SweepRow[] = [];
const startedAt = Date.now();

afterAll(() => {
  if (rows.length === 0) return;
  const minutes = (Date.now() - startedAt) / 60_000;
  const report = sweepTable(rows, minutes);
  const out = join(repoRoot, 'test-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sweep.md'), report.markdown);
  console.log(`[sweep] ${report.summary}\n[sweep] table: test-results/sweep.md`);
});

describe.skipIf(!corpus).each(browserNames)('corpus sweep in %s', (browserName) => {
  const session = useExtensionSession(browserName, defaultMounts(), { headersFor: corpusHeaders });

  it('has the 130 readability pages', () => {
    expect(pages.length).toBe(130);
  });

  it.each(pages.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const { browser, server } = session();
    const page = await browser.newPage();
    const watch = await watchPage(page, browser.extensionOrigin);
    try {
      const loadStart = Date.now();
      await gotoCorpusPage(page, server.url(`/corpus/${entry.file}`));
      const loadMs = Date.now() - loadStart;
      const probeStart = Date.now();
      const highlights = await highlightsAfterFirstScan(page, { timeout: 30_000 });
      const settleMs = Date.now() - probeStart;
      const mutations = await watch.mutations();
      const extensionErrors = watch.extensionErrors();
      rows.push({
        browser: browserName,
        entry,
        highlights,
        mutations,
        extensionErrors,
        loadMs,
        settleMs,
      });
      expect(mutations).toEqual([]);
      expect(extensionErrors).toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });
});
