import type { KeyInput, Page } from 'puppeteer-core';

export interface WaitOptions {
  /** Milliseconds before giving up; 10 s by default. */
  timeout?: number;
  /** Said in the error when the condition never holds, e.g. 'highlights to appear'. */
  message?: string;
}

/** A tab in a browser with the extension loaded. Every `fn` runs in the page's main world. */
export interface TestPage {
  /** The driver's page, for anything this interface does not cover. */
  readonly puppeteer: Page;
  goto(url: string): Promise<void>;
  /** The document's address as the page itself sees it (the driver's record lags in Firefox). */
  url(): Promise<string>;
  evaluate<Args extends unknown[], Result>(
    fn: (...args: Args) => Result,
    ...args: Args
  ): Promise<Awaited<Result>>;
  /** Polls `fn` in the main world until it returns a truthy value, and returns that value. */
  waitFor<Args extends unknown[], Result>(
    fn: (...args: Args) => Result,
    options?: WaitOptions,
    ...args: Args
  ): Promise<Awaited<Result>>;
  /** Moves the mouse to viewport coordinates (CSS pixels). */
  hover(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: KeyInput): Promise<void>;
  /** Saves the viewport as PNG. */
  screenshot(path: `${string}.png`): Promise<void>;
  close(): Promise<void>;
}

const pollInterval = 50;

/**
 * Calls `check` every 50 ms until it returns a truthy value, and returns that value. A call that
 * throws is tried again (a navigation in progress destroys the context being polled).
 */
export async function pollUntil<Result>(
  check: () => Promise<Result>,
  options: WaitOptions = {},
): Promise<Result> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const what = options.message ?? 'a condition';
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollInterval));
  }
}

export function wrapPage(page: Page): TestPage {
  const evaluate = <Args extends unknown[], Result>(
    fn: (...args: Args) => Result,
    ...args: Args
  ): Promise<Awaited<Result>> =>
    // Puppeteer's own typing of evaluate does not accept a generic argument list.
    page.evaluate(fn as (...args: unknown[]) => Result, ...args) as Promise<Awaited<Result>>;

  return {
    puppeteer: page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: () => evaluate(() => location.href),
    evaluate,
    waitFor: (fn, options = {}, ...args) =>
      pollUntil(() => evaluate(fn, ...args), {
        ...options,
        message: options.message ?? fn.toString().slice(0, 120),
      }),
    async hover(x, y) {
      await page.mouse.move(x, y);
    },
    async click(x, y) {
      await page.mouse.click(x, y);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      await page.close();
    },
  };
}

/**
 * Opens a saved page. Firefox's driver sometimes fails the navigation of a page whose own
 * iframes were refused (by the CSP, or by the blocked network) with "Address rejected", although
 * the page itself loads; then the page is waited for instead.
 */
export async function gotoSavedPage(page: TestPage, url: string): Promise<void> {
  try {
    await page.goto(url);
  } catch (error) {
    if (!(error instanceof Error && /Address rejected/.test(error.message))) throw error;
    await page.waitFor(
      (expected: string) => location.href === expected && document.readyState === 'complete',
      { message: `${url} to load after the driver reported "Address rejected"` },
      url,
    );
  }
}
