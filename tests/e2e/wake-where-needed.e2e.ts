// Issue 13 end to end: the first pass loads the engine only where a key could lead to something
// shown. On a page whose only key is a section menu's link (site chrome, which the engine never
// highlights) no engine is loaded and the popup says "nothing found"; when the page later adds a
// paragraph naming Putin to its story, the first pass, still reading the page's changes, loads
// the engine, which highlights it and answers the popup.
import { describe, expect, it } from 'vitest';
import {
  activeTabId,
  type BrowserName,
  clearStoredSettings,
  openPopupFor,
  placedHighlights,
  pollUntil,
  readDigest,
  sendToTab,
  type TestPage,
  useExtensionSession,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

const NOTHING_HERE = 'Nothing from the story on this page.';

/** The page's answer to the popup's question, or the reason nobody answered. */
function askPage(popup: TestPage, tabId: number): Promise<unknown> {
  return sendToTab(popup, tabId, { type: 'get-page-state' }).catch(
    (error: unknown) => `no answer: ${error instanceof Error ? error.message : String(error)}`,
  );
}

describe.each(browserNames)(
  'the first pass wakes the engine only where needed, in %s',
  (browserName) => {
    const session = useExtensionSession(browserName);

    it('a key only in the menu loads no engine; the same name added to the story does', async () => {
      const { browser, server } = session();
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/key-in-menu.html'));
      const popup = await openPopupFor(browser, page);
      try {
        const tabId = await activeTabId(popup);
        // The menu's "Putin" is a key, but in site chrome: nobody in the page answers.
        expect(await askPage(popup, tabId)).toMatch(/^no answer: /);
        expect((await readDigest(popup)).message).toBe(NOTHING_HERE);
        expect(await placedHighlights(page)).toEqual([]);

        await page.evaluate(() => {
          const paragraph = document.createElement('p');
          paragraph.textContent = 'Putin was named in a letter the committee read out.';
          document.getElementById('story')?.append(paragraph);
        });
        await pollUntil(async () => (await placedHighlights(page)).length > 0, {
          message: 'the added paragraph to be highlighted',
        });
        // The story's mention only: the menu's link stays unlit.
        const shown = await placedHighlights(page);
        expect(shown.map((h) => h.text)).toEqual(['Putin']);
        expect(await askPage(popup, tabId)).toMatchObject({ active: true, total: 1 });
      } finally {
        await clearStoredSettings(popup);
        await popup.close();
        await page.close();
      }
    });
  },
);
