/**
 * Pages that change under the extension or hide text from it, in Chromium and Firefox:
 * single-page navigation with history.pushState, and open shadow roots
 * (tests/e2e/fixtures/hostile/).
 */
import { describe, expect, it } from 'vitest';
import {
  type BrowserName,
  pollUntil,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  watchPage,
  withLiveHighlights,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

describe.each(browserNames)('hostile navigation and shadow DOM in %s', (browserName) => {
  const session = useExtensionSession(browserName);

  it('follows history.pushState navigation: new content highlighted, removed content gone', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/fixtures/hostile/push-state.html'));
      expect(await highlightedTexts(page)).toEqual(['Sergey Lavrov']);

      await page.evaluate(() =>
        (window as unknown as { showStory(key: string): void }).showStory('b'),
      );
      expect(await page.url()).toMatch(/\?story=b$/);
      await waitForTexts(page, ['Marco Rubio']);

      // Back: the page restores the first story on popstate.
      await page.evaluate(() => history.back());
      await waitForTexts(page, ['Sergey Lavrov']);
      expect(await page.url()).not.toMatch(/story=b/);
    } finally {
      await page.close();
    }
  });

  it('leaves open shadow roots unscanned (documented decision) and still works around them', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    const watch = await watchPage(page, browser.extensionOrigin);
    try {
      await page.goto(server.url('/fixtures/hostile/shadow-dom.html'));
      const shadowText = await page.evaluate(
        () => document.querySelector('news-card')?.shadowRoot?.textContent?.trim() ?? null,
      );
      // The fixture really has an open shadow root naming Vladimir Putin.
      expect(shadowText).toContain('Vladimir Putin');
      // The light DOM, slotted content included, is highlighted; the shadow tree is not.
      await waitForTexts(page, ['Donald Trump', 'Marco Rubio']);
      const inShadow = await page.evaluate(
        () =>
          [...CSS.highlights.entries()]
            .filter(([name]) => name.startsWith('backstory-'))
            .flatMap(([, h]) => [...h])
            .filter((range) => range.startContainer.getRootNode() instanceof ShadowRoot).length,
      );
      expect(inShadow).toBe(0);
      expect(await watch.mutations()).toEqual([]);
      expect(watch.extensionErrors()).toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });
});

async function highlightedTexts(page: TestPage): Promise<string[]> {
  const highlights = await waitForBackstoryHighlights(page);
  return highlights
    .filter((h) => h.name !== 'backstory-focus')
    .flatMap((h) => h.ranges.map((r) => r.text))
    .sort();
}

/** Waits until the highlighted texts are exactly `expected` (in any order). */
async function waitForTexts(page: TestPage, expected: string[]): Promise<void> {
  const want = [...expected].sort().join('|');
  await pollUntil(
    () =>
      withLiveHighlights(
        page,
        (highlights, wanted: string) =>
          highlights
            .filter(({ name }) => name !== 'backstory-focus')
            .flatMap(({ ranges }) => ranges.map((range) => range.toString()))
            .sort()
            .join('|') === wanted,
        want,
      ),
    { message: `highlights to be exactly ${want}` },
  );
}
