/**
 * The extension going away under an open page, in Chromium (reloaded, as on an update) and
 * Firefox (uninstalled over WebDriver BiDi): its highlights and popover must go without an
 * error reaching the page. Each browser gets a session of its own, which these tests end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendParagraph,
  type BrowserName,
  builtExtensionDir,
  centreOf,
  paintedMentions,
  type TestBrowser,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  watchPage,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

describe.each(browserNames)(
  'when the extension goes away under an open page in %s',
  (browserName) => {
    const session = useExtensionSession(browserName);

    if (browserName === 'chromium') {
      it('Chromium, extension reloaded (as on update): the old highlights go at the next page change', async () => {
        const { browser, server } = session();
        const { page, watch } = await pageWithMention(
          browser,
          server.url('/fixtures/mentions.html'),
        );
        try {
          // Painted: the highlights' stylesheet came with the first highlight
          // (utils/highlight-styles.ts).
          expect(await paintedHighlight(page)).toBe(true);
          const worker = await browser.puppeteer.waitForTarget(
            (target) =>
              target.type() === 'service_worker' &&
              target.url().startsWith(browser.extensionOrigin),
          );
          await (await worker.worker())?.evaluate('chrome.runtime.reload()').catch(() => {});
          // The orphaned script notices at its next piece of work: here a rescan of new page
          // content, whose report checks ctx.isValid, finds the context gone and aborts.
          await appendParagraph(page, 'Sergey Lavrov spoke again.');
          await page.waitFor(
            () => ![...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')),
            { message: 'the invalidated content script to remove its highlights' },
          );
          expect(
            await page.evaluate(() => Boolean(document.querySelector('backstory-popover'))),
          ).toBe(false);
          // Releasing listeners through browser.* throws once the context is gone; the content
          // script guards those calls so nothing reaches the page.
          expect(watch.extensionErrors().map((error) => error.text)).toEqual([]);
        } finally {
          watch.stop();
          await page.close();
        }
      });
    } else {
      it('Firefox, extension uninstalled (WebDriver BiDi): no error, the content script stops', async () => {
        const { browser, server } = session();
        const { page, watch } = await pageWithMention(
          browser,
          server.url('/fixtures/mentions.html'),
        );
        try {
          // The paint check can fail: before the uninstall it sees the highlight.
          expect(await paintedHighlight(page)).toBe(true);
          const manifest = JSON.parse(
            readFileSync(join(builtExtensionDir('firefox'), 'manifest.json'), 'utf8'),
          ) as { browser_specific_settings: { gecko: { id: string } } };
          await browser.puppeteer.uninstallExtension(manifest.browser_specific_settings.gecko.id);
          // Firefox cuts the content script off at once: it runs no more code, so nothing
          // removes the Highlight objects it registered; Firefox does remove the content-script
          // CSS, so they no longer paint anything.
          const before = await countRanges(page);
          const painted = await paintedHighlight(page);
          console.log(
            `firefox after uninstall: ${before} ranges still registered in CSS.highlights; highlight paint visible: ${painted}`,
          );
          expect(painted).toBe(false);
          expect(watch.extensionErrors().map((error) => error.text)).toEqual([]);
        } finally {
          watch.stop();
          await page.close();
        }
      });
    }
  },
);

function countRanges(page: TestPage): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('backstory-'))
      .reduce((sum, [, h]) => sum + h.size, 0),
  );
}

async function pageWithMention(browser: TestBrowser, url: string) {
  const page = await browser.newPage();
  const watch = await watchPage(page, browser.extensionOrigin);
  await page.goto(url);
  const highlights = await waitForBackstoryHighlights(page);
  const range = highlights.flatMap((h) => h.ranges).find((r) => r.rect);
  const point = range && centreOf(range);
  if (!point) throw new Error('No highlighted range with a box');
  return { page, watch, point };
}

/** Whether the first highlighted mention is painted (harness/paint.ts). */
async function paintedHighlight(page: TestPage): Promise<boolean> {
  return (await paintedMentions(page))[0]?.painted ?? false;
}
