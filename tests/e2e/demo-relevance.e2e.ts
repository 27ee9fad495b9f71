/**
 * The demo page is about the talks: every actor and figure its article names lights up, while
 * its site chrome (masthead menu, footer editions, newsletter prompt) and the unrelated story in
 * its sidebar stay quiet (issue 12), in both browsers.
 */
import { describe, expect, it } from 'vitest';
import { withLiveHighlights } from '../../tools/live-ranges';
import { compileMatcher } from '../../utils/matching';
import { bundledDataset as dataset } from '../support/bundled-dataset';
import {
  type BrowserName,
  defaultMounts,
  highlightsAfterFirstScan,
  placedHighlights,
  useExtensionSession,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const matcher = compileMatcher(dataset);

describe.each(browserNames)('the demo page in %s', (browserName) => {
  const session = useExtensionSession(browserName, defaultMounts());

  it('lights up everything its article names, and nothing in chrome or the unrelated story', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/demo/'));
      await highlightsAfterFirstScan(page);
      const highlights = await placedHighlights(page);

      // What the article names, by the real matcher over the article's own text.
      const articleText = await page.evaluate(
        () => document.querySelector('main article')?.textContent ?? '',
      );
      const found = matcher.find(articleText);
      const named = new Set(found.filter((m) => m.kind === 'entity').map((m) => m.id));
      expect(named.size).toBeGreaterThanOrEqual(12);
      // A highlighted name is read back by the matcher; a figure ("78%") needs its sentence, so
      // figures are counted by their highlight names instead.
      const shown = new Set(highlights.flatMap((h) => matcher.find(h.text).map((m) => m.id)));
      expect([...named].filter((id) => !shown.has(id))).toEqual([]);
      const figures = highlights.filter((h) => h.name.startsWith('backstory-figures-'));
      expect(figures.length).toBeGreaterThanOrEqual(
        found.filter((m) => m.kind === 'figure').length,
      );

      expect(highlights.filter((h) => h.inChrome)).toEqual([]);
      // The unrelated story and the footer (US, Europe, Kremlin, Reuters) hold no highlight.
      const quiet = await withLiveHighlights(page, (all) =>
        all
          .flatMap((h) => h.ranges)
          .filter((r) => r.startContainer.parentElement?.closest('.elsewhere, footer, nav'))
          .map((r) => r.toString()),
      );
      expect(quiet).toEqual([]);
      const quietText = await page.evaluate(() =>
        [...document.querySelectorAll('.elsewhere, footer, nav')]
          .map((e) => e.textContent)
          .join(' '),
      );
      // The check above is not empty-handed: those parts do name the dataset's entities.
      expect(matcher.find(quietText).length).toBeGreaterThanOrEqual(4);
    } finally {
      await page.close();
    }
  });
});
