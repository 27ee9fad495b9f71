/**
 * The highlights' stylesheet is written on selectors that reach the page's mentions
 * (utils/page/highlight-scope.ts: element types and ids), not on the root: every
 * mention must still be painted, whatever kind of element holds its text, and an element of a
 * kind that holds none must not be reached by the rules (it would have been restyled for
 * nothing). Where a `div` with an id holds a mention in `div`s, a `div` elsewhere is not reached
 * either: the rules are on that id (Chromium) or on the `div`s under it (Firefox), not on every
 * `div`.
 */
import { describe, expect, it } from 'vitest';
import {
  type BrowserName,
  paintedMentions,
  pollUntil,
  useExtensionSession,
  waitForBackstoryHighlights,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

/** The mentions of the fixture, each in an element of another kind. */
const MENTIONS = [
  'Putin',
  'Sergey Lavrov',
  'Marco Rubio',
  'Kremlin',
  'Yuri Ushakov',
  'Keith Kellogg',
  'NATO',
  'Donald Trump',
  'Lavrov',
  'Rubio',
];

describe.each(browserNames)('the highlights’ styles in %s', (browserName) => {
  const session = useExtensionSession(browserName);

  it('paint every mention, whatever holds it, and reach no element of a kind that holds none', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/fixtures/highlight-holders.html'));
      await waitForBackstoryHighlights(page);
      const painted = await pollUntil(
        async () => {
          const mentions = await paintedMentions(page);
          return mentions.length >= MENTIONS.length && mentions.every((m) => m.painted)
            ? mentions
            : undefined;
        },
        { message: 'every mention to be highlighted and painted' },
      ).catch(async (error: unknown) => {
        // Say which were not, rather than only that some were not.
        console.log(`${browserName}: ${JSON.stringify(await paintedMentions(page))}`);
        throw error;
      });
      expect(painted?.map((m) => m.text)).toEqual(MENTIONS);
      // The aside's `small` is on no mention's path: where the rules reached the root or the
      // body, its highlight style would be ours (Chromium inherits it), as it was before.
      const seen = await page.evaluate(() => {
        const small = document.getElementById('unnamed');
        const div = document.getElementById('unnamed-div');
        const mention = document.querySelector('story-note');
        if (small === null || div === null || mention === null) return null;
        const background = (element: Element, name: string) =>
          getComputedStyle(element, `::highlight(${name})`).backgroundColor;
        return {
          unnamed: background(small, 'backstory-focus'),
          unnamedDiv: background(div, 'backstory-focus'),
          mention: background(mention, 'backstory-focus'),
          none: background(small, 'no-such-highlight'),
        };
      });
      expect(seen?.mention).not.toBe(seen?.none);
      expect(seen?.unnamed).toBe(seen?.none);
      expect(seen?.unnamedDiv).toBe(seen?.none);
    } finally {
      await page.close();
    }
  });
});
