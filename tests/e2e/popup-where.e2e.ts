// Issue 12 end to end: the popup's "Where" setting reaches an open page live. On a page about
// something else that names general actors (Trump, the US, Europe), "Pages about the talks"
// (the default) shows nothing; "Every page" lights them up without a reload; back to "Pages
// about the talks" and they go again. Settings are changed through the popup's own controls.
import { describe, expect, it } from 'vitest';
import {
  armHighlightWatch,
  type BrowserName,
  categorySizes,
  changeTime,
  clearStoredSettings,
  clickInBackground,
  highlightsAfterFirstScan,
  highlightWatchTime,
  isChecked,
  markNextChange,
  openPopupFor,
  PROBE_ATTRIBUTE,
  placedHighlights,
  popupControl,
  readStoredSettings,
  useExtensionSession,
} from './harness';

/** "Open tabs follow changes within half a second, without a reload." */
const PROPAGATION_LIMIT_MS = 500;

const browserNames: BrowserName[] = ['chromium', 'firefox'];

describe.each(browserNames)('the popup’s "Where" setting in %s', (browserName) => {
  const session = useExtensionSession(browserName);

  it('every page lights up the general actors of an off-topic page live; talks puts them out', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    const popup = await (async () => {
      await page.goto(server.url('/fixtures/off-topic-general.html'));
      // The default shows nothing here: the page is not about the talks.
      expect(await highlightsAfterFirstScan(page)).toEqual([]);
      // The first-scan probe names a specific actor; take it away so "nothing lit" means nothing.
      await page.evaluate((attribute: string) => {
        for (const probe of document.querySelectorAll(`[${attribute}]`)) probe.remove();
      }, PROBE_ATTRIBUTE);
      await page.waitFor(() => [...CSS.highlights.values()].every((h) => h.size === 0), {
        message: 'the probe’s highlight to go with it',
      });
      return openPopupFor(browser, page);
    })();
    try {
      const talks = await popupControl(popup, 'Pages about the talks');
      const everywhere = await popupControl(popup, 'Every page');
      expect(await isChecked(talks)).toBe(true);
      // "Where" sits below the first screen of the popup: bring it into view to click it.
      await everywhere.scrollIntoView();
      // Load the page's own state first: a reload would hide a setting that is not live.
      const loadedAt = await page.evaluate(() => performance.timeOrigin);

      await armHighlightWatch(page, { filled: ['backstory-people-', 'backstory-institutions-'] });
      await markNextChange(popup);
      await clickInBackground(popup, everywhere);
      const onMs = (await highlightWatchTime(page)) - (await changeTime(popup));
      expect(await readStoredSettings(popup)).toMatchObject({ where: 'everywhere' });
      // The page's general actors, and only they.
      const shown = (await placedHighlights(page)).map((h) => h.text);
      expect(shown).toEqual(["Trump's", 'Europe', 'US']);

      await armHighlightWatch(page, { empty: ['backstory-'] });
      await markNextChange(popup);
      await clickInBackground(popup, talks);
      const offMs = (await highlightWatchTime(page)) - (await changeTime(popup));
      expect(await readStoredSettings(popup)).toMatchObject({ where: 'talks' });
      expect(await categorySizes(page)).toEqual({ people: 0, institutions: 0, figures: 0 });
      expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);

      console.log(
        `[e2e] ${browserName}: Where → every page: lit in ${onMs} ms; → talks: out in ${offMs} ms`,
      );
      expect(onMs).toBeGreaterThanOrEqual(0);
      expect(onMs).toBeLessThan(PROPAGATION_LIMIT_MS);
      expect(offMs).toBeGreaterThanOrEqual(0);
      expect(offMs).toBeLessThan(PROPAGATION_LIMIT_MS);
    } finally {
      await clearStoredSettings(popup);
      await popup.close();
      await page.close();
    }
  });
});
