// Issue 12 end to end: the popup's "Where" setting reaches an open page live. On a page about
// something else that names general actors (Trump, the US, Europe), "Pages about the talks"
// (the default) shows nothing; "Every page" lights them up without a reload; back to "Pages
// about the talks" and they go again. Settings are changed through the popup's own controls.
//
// On a page without a key the first pass loads no engine and answers nobody: the popup says
// "nothing found" with the site's on/off state from the settings. "Every page" then loads the
// engine in the popup's tab at once (the popup runs the every-page script there) and on every
// later load (the background registers that script); a site switched off stays off.
import { describe, expect, it } from 'vitest';
import {
  activeTabId,
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
  pollUntil,
  popupControl,
  readDigest,
  readStoredSettings,
  sendToTab,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
} from './harness';

/** "Open tabs follow changes within half a second, without a reload." */
const PROPAGATION_LIMIT_MS = 500;

const browserNames: BrowserName[] = ['chromium', 'firefox'];

const NOTHING_HERE = 'Nothing from the story on this page.';
const OFF_HERE = 'Backstory is off on this page.';

/** The page's answer to the popup's question, or the reason nobody answered. */
function askPage(popup: TestPage, tabId: number): Promise<unknown> {
  return sendToTab(popup, tabId, { type: 'get-page-state' }).catch(
    (error: unknown) => `no answer: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** Whether the background has the every-page script registered (read by the popup page). */
function everyPageRegistered(popup: TestPage): Promise<boolean> {
  return popup.evaluate(async () => {
    type Scripting = {
      getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    };
    const api = ((globalThis as { browser?: { scripting: Scripting } }).browser ??
      (globalThis as { chrome?: { scripting: Scripting } }).chrome) as { scripting: Scripting };
    const found = await api.scripting.getRegisteredContentScripts({
      ids: ['backstory-every-page'],
    });
    return found.length > 0;
  });
}

/** The texts Backstory highlights on the page, in document order. */
async function shownTexts(page: TestPage): Promise<string[]> {
  return (await placedHighlights(page)).map((h) => h.text);
}

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

  it('a page without a key gets no engine; every page loads it in this tab now and on each load; a site switched off stays off', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    const url = server.url('/fixtures/off-topic-general.html');
    // General actors only (Trump, Europe, the US): none of them is a key of the first pass.
    await page.goto(url);
    const popup = await openPopupFor(browser, page);
    try {
      const tabId = await activeTabId(popup);
      // Nobody in the page answers: the first pass found no key, so it loaded no engine and
      // set up no listener. The popup has had its answer by now (openPopupFor waits for it).
      expect(await askPage(popup, tabId)).toMatch(/^no answer: .*Receiving end does not exist/);
      expect((await readDigest(popup)).message).toBe(NOTHING_HERE);
      expect(await everyPageRegistered(popup)).toBe(false);

      // The site's switch works from the settings alone.
      const site = await popupControl(popup, 'On 127.0.0.1');
      expect(await isChecked(site)).toBe(true);
      await clickInBackground(popup, site);
      await popup.waitFor(
        (text: string) => document.querySelector('.digest .empty')?.textContent === text,
        { message: 'the digest to say Backstory is off here' },
        OFF_HERE,
      );
      expect(await isChecked(site)).toBe(false);
      expect(await readStoredSettings(popup)).toMatchObject({ disabledSites: ['127.0.0.1'] });
      await clickInBackground(popup, site);
      await popup.waitFor(
        (text: string) => document.querySelector('.digest .empty')?.textContent === text,
        { message: 'the digest to say nothing is found here again' },
        NOTHING_HERE,
      );

      // Every page: this tab follows without a reload.
      const loadedAt = await page.evaluate(() => performance.timeOrigin);
      const everywhere = await popupControl(popup, 'Every page');
      await everywhere.scrollIntoView();
      await clickInBackground(popup, everywhere);
      await waitForBackstoryHighlights(page);
      await pollUntil(async () => (await shownTexts(page)).length === 3, {
        message: 'the three general actors to be highlighted',
      });
      expect(await shownTexts(page)).toEqual(["Trump's", 'Europe', 'US']);
      expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
      expect(await askPage(popup, tabId)).toMatchObject({ active: true, total: 3 });
      await pollUntil(() => everyPageRegistered(popup), {
        message: 'the background to register the every-page script',
      });

      // The next load: the registered script loads the engine, the first pass finding no key.
      await page.goto(url);
      await waitForBackstoryHighlights(page);
      await pollUntil(async () => (await shownTexts(page)).length === 3, {
        message: 'the general actors after a reload',
      });
      expect(await shownTexts(page)).toEqual(["Trump's", 'Europe', 'US']);

      // A site switched off stays off, on this load and the next.
      await armHighlightWatch(page, { empty: ['backstory-'] });
      await markNextChange(popup);
      await clickInBackground(popup, site);
      await highlightWatchTime(page);
      await page.goto(url);
      // The every-page script finds the site off and loads no engine until it is on again; the
      // popup works the state out from its settings, as on any page without an engine.
      const offPopup = await openPopupFor(browser, page);
      try {
        expect((await readDigest(offPopup)).message).toBe(OFF_HERE);
        expect(await askPage(offPopup, tabId)).toMatch(/^no answer: /);
      } finally {
        await offPopup.close();
      }
      expect(await categorySizes(page)).toEqual({ people: 0, institutions: 0, figures: 0 });
      await clickInBackground(popup, site);
      await pollUntil(async () => (await shownTexts(page)).length === 3, {
        message: 'the general actors once the site is on again',
      });

      // Back to pages about the talks: the script is unregistered and the next load of this
      // page has no engine again.
      const talks = await popupControl(popup, 'Pages about the talks');
      await talks.scrollIntoView();
      await clickInBackground(popup, talks);
      await pollUntil(async () => !(await everyPageRegistered(popup)), {
        message: 'the background to unregister the every-page script',
      });
      await page.goto(url);
      const reopened = await openPopupFor(browser, page);
      try {
        expect((await readDigest(reopened)).message).toBe(NOTHING_HERE);
        expect(await askPage(reopened, tabId)).toMatch(/^no answer: /);
        expect(await shownTexts(page)).toEqual([]);
      } finally {
        await reopened.close();
      }
    } finally {
      await clearStoredSettings(popup);
      await popup.close();
      await page.close();
    }
  });
});
