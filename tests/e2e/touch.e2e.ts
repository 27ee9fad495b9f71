// Issue 14, touch: there is no hover on a phone (the Firefox build declares Android). With a
// touchscreen in Chromium and Firefox, a tap on a highlight opens its card, a tap outside closes
// it, and the page's own taps are what they are without Backstory: the same events reach the
// page's handlers, none cancelled, and a plain link is followed. "Without Backstory" is measured,
// not assumed: the same taps on the same page in the same browser with an empty extension.
import { describe, expect, it } from 'vitest';
import { TOUCH_SLOP_PX } from '../../utils/page/hit-test';
import {
  type BrowserName,
  POPOVER_HOST_SELECTOR,
  readPopover,
  scrollToMention,
  type TestBrowser,
  type TestPage,
  useBaselineBrowser,
  useExtensionSession,
  waitForBackstoryHighlights,
  waitForPopover,
  waitForPopoverClosed,
} from './harness';
import { recordPageTapEvents, type Tap, takePageTapEvents, touchscreenFor } from './harness/touch';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const pagePath = '/fixtures/touch.html';

/** The centre of an element of the page, in viewport coordinates. */
async function centreOfElement(page: TestPage, selector: string) {
  const point = await page.evaluate((wanted: string) => {
    const element = document.querySelector(wanted);
    if (!element) return null;
    const rect = element.getClientRects()[0];
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  }, selector);
  if (!point) throw new Error(`No ${selector} on the page`);
  return point;
}

interface TouchPage {
  page: TestPage;
  tap: Tap;
}

async function openTouchPage(browser: TestBrowser, url: string): Promise<TouchPage> {
  const page = await browser.newPage();
  const tap = await touchscreenFor(page, browser.name);
  await page.goto(url);
  await recordPageTapEvents(page);
  return { page, tap };
}

/** Taps an element of the page's own (not a highlight) and returns what reached the page. */
async function tapElement({ page, tap }: TouchPage, selector: string) {
  const point = await centreOfElement(page, selector);
  await takePageTapEvents(page);
  await tap(point.x, point.y);
  // The tap's last event is its click; wait for it rather than for a time.
  await page.waitFor(
    () =>
      (window as unknown as { tapEvents: string[] }).tapEvents.some((e) => e.startsWith('click')),
    { message: `the tap on ${selector} to end in a click` },
  );
  return takePageTapEvents(page);
}

describe.each(browserNames)('touch in %s', (browserName) => {
  const session = useExtensionSession(browserName);
  const baseline = useBaselineBrowser(browserName);

  it('a tap on a highlight opens its card, a tap outside closes it; a tap just off the name and on the close button too', async () => {
    const { browser, server } = session();
    const touch = await openTouchPage(browser, server.url(pagePath));
    const { page, tap } = touch;
    try {
      await waitForBackstoryHighlights(page);
      const mention = await scrollToMention(page, /Lavrov/);
      await takePageTapEvents(page);
      await tap(mention.point.x, mention.point.y);
      const card = await waitForPopover(page, (shown) => shown.label === 'Sergey Lavrov', {
        message: 'the card of Sergey Lavrov after a tap',
      });
      // A tap has nothing to hover and nothing to leave: the card stays until dismissed.
      expect(card.pinned).toBe(true);
      // The browser did tap with a finger: the events the page saw say so.
      const events = await takePageTapEvents(page);
      expect(events, 'the tap reached the page as a touch').toContain('pointerdown:touch');
      expect(events.filter((event) => event.endsWith(':prevented'))).toEqual([]);

      await tapElement(touch, '#plain');
      await waitForPopoverClosed(page);

      // A finger is not a mouse pointer: a tap a few pixels below the name's line still opens it.
      const below = await page.evaluate((slop: number) => {
        const text = document.getElementById('mention')?.firstChild;
        const at = text?.textContent?.indexOf('Lavrov') ?? -1;
        if (!text || at < 0) return null;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Lavrov'.length);
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.x + rect.width / 2, y: rect.bottom + slop / 2 } : null;
      }, TOUCH_SLOP_PX);
      if (!below) throw new Error('No line box for "Lavrov" on the page');
      await tap(below.x, below.y);
      await waitForPopover(page, (shown) => shown.label === 'Sergey Lavrov' && shown.pinned, {
        message: 'the card of Sergey Lavrov after a tap just below the name',
      });

      // Its close button answers a tap.
      const close = await page.evaluate((hostSelector: string) => {
        const button = document
          .querySelector(hostSelector)
          ?.shadowRoot?.querySelector('button.close')
          ?.getBoundingClientRect();
        return button ? { x: button.x + button.width / 2, y: button.y + button.height / 2 } : null;
      }, POPOVER_HOST_SELECTOR);
      if (!close) throw new Error('The card has no close button');
      await tap(close.x, close.y);
      await waitForPopoverClosed(page);
    } finally {
      await page.close();
    }
  });

  it('the page’s own taps are as without Backstory: the same events, none cancelled, a plain link followed, no card', async () => {
    const { browser, server } = session();
    const url = server.url(pagePath);
    const withUs = await openTouchPage(browser, url);
    const without = await openTouchPage(await baseline(), url);
    try {
      await waitForBackstoryHighlights(withUs.page);
      for (const selector of ['#zone', '#plain', '#link']) {
        const seen = await tapElement(withUs, selector);
        const expected = await tapElement(without, selector);
        console.log(`[touch] ${browserName} tap on ${selector}: ${seen.join(' ')}`);
        expect(seen, `the events of a tap on ${selector}`).toEqual(expected);
        expect(seen.some((event) => event.endsWith(':prevented'))).toBe(false);
        expect(await readPopover(withUs.page), `a card after a tap on ${selector}`).toBeNull();
      }
      // The link was followed, as it is without Backstory.
      await withUs.page.waitFor(() => location.hash === '#followed', {
        message: 'the tapped link to be followed',
      });
      expect(await without.page.evaluate(() => location.hash)).toBe('#followed');
      // The page's own handlers on the box got the tap as they do without Backstory.
      const zoneEvents = (page: TestPage) =>
        page.evaluate(() => (window as unknown as { pageEvents: string[] }).pageEvents);
      expect(await zoneEvents(withUs.page)).toEqual(await zoneEvents(without.page));
      expect(await zoneEvents(withUs.page)).toContain('pointerdown:touch');
    } finally {
      await withUs.page.close();
      await without.page.close();
    }
  });
});
