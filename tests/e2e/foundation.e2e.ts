import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  fixturesDir,
  launchWithExtension,
  readBackstoryHighlights,
  type StaticServer,
  startStaticServer,
  type TestBrowser,
  waitForBackstoryHighlights,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

describe.each(browserNames)('in %s', (browserName) => {
  let server: StaticServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ '/fixtures': fixturesDir });
    browser = await launchWithExtension(browserName);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the built extension', async () => {
    const popup = await browser.openPopup();
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

  it('opens the popup page, which renders the Backstory heading', async () => {
    const popup = await browser.openPopup();
    const heading = await popup.waitFor(
      () => {
        const app = document.getElementById('app');
        const text = app?.textContent?.trim() ?? '';
        return text.includes('Backstory') ? text : '';
      },
      { message: 'the popup to render "Backstory"' },
    );
    expect(await popup.url()).toBe(`${browser.extensionOrigin}/popup.html`);
    expect(heading).toContain('Backstory');
    await popup.close();
  });

  it('serves pages from 127.0.0.1 and blocks every other host', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/blank.html'));
    // Same server, reached through another host name: must not get through.
    const otherHost = server.url('/fixtures/blank.html').replace('127.0.0.1', 'localhost');
    const outcome = await page.evaluate(async (url: string) => {
      try {
        const response = await fetch(url, { mode: 'no-cors' });
        return `reached (${response.type})`;
      } catch {
        return 'blocked';
      }
    }, otherHost);
    const sameHost = await page.evaluate(
      async (url: string) => (await fetch(url)).status,
      server.url('/fixtures/blank.html'),
    );
    await page.close();
    expect(sameHost).toBe(200);
    expect(outcome).toBe('blocked');
  });

  it('runs the content script on a 127.0.0.1 page: backstory-* highlights appear', async () => {
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
