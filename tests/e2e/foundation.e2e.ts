import { describe, expect, it } from 'vitest';
import { datasetFileHash } from '../../modules/validate-dataset';
import {
  type BrowserName,
  readBackstoryHighlights,
  useExtensionSession,
  waitForBackstoryHighlights,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

describe.each(browserNames)('in %s', (browserName) => {
  const session = useExtensionSession(browserName);

  it('installs the built extension', async () => {
    const popup = await session().browser.openPopup();
    const manifest = await popup.evaluate(() => {
      // The extension API as an extension page sees it (`chrome` exists in both browsers).
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } };
      };
      const { name, manifest_version } = chrome.runtime.getManifest();
      return { name, manifest_version };
    });
    await popup.close();
    expect(manifest).toEqual({ name: 'Backstory', manifest_version: 3 });
  });

  it('shows in its popup the SHA-256 of the dataset file it was built from', async () => {
    const popup = await session().browser.openPopup();
    const shown = await popup.waitFor(
      () => document.querySelector('.about code')?.getAttribute('title') ?? '',
      { message: 'the dataset hash in the popup' },
    );
    await popup.close();
    expect(shown).toBe(datasetFileHash());
  });

  it('opens the popup page, which renders the Backstory heading', async () => {
    const { browser } = session();
    const popup = await browser.openPopup();
    const heading = await popup.waitFor(
      () => {
        const heading = document.querySelector('#app h1, #app h2, #app [role="heading"]');
        return heading?.textContent?.includes('Backstory') ? heading.textContent.trim() : '';
      },
      { message: 'a heading saying "Backstory" in the popup' },
    );
    expect(await popup.url()).toBe(`${browser.extensionOrigin}/popup.html`);
    expect(heading).toContain('Backstory');
    await popup.close();
  });

  it('serves pages from 127.0.0.1 and blocks every other host', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    const pageUrl = server.url('/fixtures/blank.html');
    await page.goto(pageUrl);
    // The same server reached through another host name must not get through.
    const fetchOutcome = (url: string) =>
      page.evaluate(async (target: string) => {
        try {
          const response = await fetch(target, { mode: 'no-cors' });
          return `reached (${response.type})`;
        } catch {
          return 'blocked';
        }
      }, url);
    const sameHost = await fetchOutcome(pageUrl);
    const otherHost = await fetchOutcome(pageUrl.replace('127.0.0.1', 'localhost'));
    await page.close();
    expect({ sameHost, otherHost }).toEqual({ sameHost: 'reached (basic)', otherHost: 'blocked' });
  });

  it('runs the content script on a 127.0.0.1 page: backstory-* highlights appear', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/mentions.html'));
    try {
      const highlights = await waitForBackstoryHighlights(page, { timeout: 10_000 });
      const texts = highlights.flatMap((highlight) => highlight.ranges.map((range) => range.text));
      expect(texts.join(' | ')).toMatch(/Lavrov/);
    } finally {
      const seen = await readBackstoryHighlights(page).catch(() => []);
      if (seen.length === 0)
        console.log(`[e2e] ${browserName}: no backstory-* highlights on the page`);
      await page.close();
    }
  });
});
