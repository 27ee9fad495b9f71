// `npm run demo -- [--firefox] [--lang en|uk|ru] [--headless] [--no-build] [--out demo.png]
//   [--clip-card] [--extension-dir DIR]`
// Finds a browser installed on this machine (Chrome, Chromium or Edge, else Firefox; only Firefox
// with --firefox: see tools/browser-executables.ts), builds the extension for it, serves demo/
// on 127.0.0.1 and opens it with Backstory loaded. With a display: a window to try it in, until
// Ctrl+C. Without one (or with --headless): hovers the first mention, saves a screenshot and
// prints what was found, so the command is useful on a server too.
// --lang starts the browser in that language (popup and tooltip) and opens the demo article
// written in it, so the cards, which follow the page by default, speak it too. --clip-card
// crops the screenshot to the card and the mention it is for.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type BrowserInstall,
  findBrowser,
  MissingBrowserError,
} from '../tools/browser-executables';
import {
  centreOf,
  type HighlightSnapshot,
  readBackstoryHighlights,
  waitForBackstoryHighlights,
} from '../tools/highlights';
import { type BrowserLocale, launchWithExtension, type TestBrowser } from '../tools/launch';
import { withLiveHighlights } from '../tools/live-ranges';
import { demoDir, repoRoot } from '../tools/paths';
import { startStaticServer } from '../tools/static-server';
import type { TestPage } from '../tools/test-page';

const { values: flags } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo.png' },
    lang: { type: 'string' },
    'clip-card': { type: 'boolean', default: false },
    // An unpacked extension to load instead of building one.
    'extension-dir': { type: 'string' },
  },
});

/** The demo article in each language: demo/index.html, demo/uk.html, demo/ru.html. */
const demoPages: Record<BrowserLocale, string> = { en: '/', uk: '/uk.html', ru: '/ru.html' };
const locale = demoLocale(flags.lang);

const install = installedBrowser(flags.firefox);
const browserName = install.name;
// macOS and Windows always have a screen; on Linux a server has neither X11 nor Wayland.
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headed = hasDisplay && !flags.headless;
const screenshotPath = resolve(process.cwd(), flags.out) as `${string}.png`;

if (!flags['no-build'] && !flags['extension-dir']) {
  const script = browserName === 'firefox' ? 'build:firefox' : 'build';
  const build = spawnSync('npm', ['run', script], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startStaticServer({ '/': demoDir });
const pageUrl = server.url(demoPages[locale ?? 'en']);
let browser: TestBrowser | undefined;
let exitCode = 0;
try {
  browser = await launchWithExtension(browserName, {
    headless: !headed,
    // A cropped card gets room below its mention to open to its full height.
    viewport: headed ? null : { width: 1280, height: flags['clip-card'] ? 1300 : 900 },
    logLabel: 'demo',
    extensionDir: flags['extension-dir'],
    install,
    locale,
  });
  const page = await browser.newPage();
  await page.goto(pageUrl);
  if (headed) await stayOpenUntilInterrupted(browser, pageUrl);
  else exitCode = await hoverFirstMentionAndReport(page);
} catch (error) {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser?.close();
  await server.close();
}
process.exit(exitCode);

/** The language asked for with --lang, or undefined: the browser starts in the system's. */
function demoLocale(lang: string | undefined): BrowserLocale | undefined {
  if (lang === undefined) return undefined;
  if (Object.hasOwn(demoPages, lang)) return lang as BrowserLocale;
  console.error(`[demo] --lang takes one of ${Object.keys(demoPages).join(', ')}, not "${lang}"`);
  process.exit(2);
}

/** The reader's browser: the Chromium family first, then Firefox; or says how to get one. */
function installedBrowser(firefoxOnly: boolean): BrowserInstall {
  const problems: string[] = [];
  for (const name of firefoxOnly ? (['firefox'] as const) : (['chromium', 'firefox'] as const)) {
    try {
      return findBrowser(name);
    } catch (error) {
      if (!(error instanceof MissingBrowserError)) throw error;
      problems.push(error.message);
    }
  }
  for (const problem of problems) console.error(`[demo] ${problem}`);
  process.exit(1);
}

async function stayOpenUntilInterrupted(openBrowser: TestBrowser, url: string): Promise<void> {
  console.log(`[demo] Backstory is loaded on ${url} — close the window or press Ctrl+C to quit.`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    openBrowser.puppeteer.once('disconnected', () => done());
  });
}

async function hoverFirstMentionAndReport(page: TestPage): Promise<number> {
  let highlights: HighlightSnapshot[];
  try {
    highlights = await waitForBackstoryHighlights(page, { timeout: 15_000 });
  } catch {
    await page.screenshot(screenshotPath);
    console.error(
      `[demo] No backstory-* highlights appeared on ${pageUrl} within 15 s: the content script ` +
        `registered nothing in CSS.highlights. Screenshot of the bare page: ${screenshotPath}`,
    );
    return 1;
  }
  highlights = await settledHighlights(page, highlights);
  printHighlights(highlights);

  const first = await scrollFirstMentionIntoView(page);
  const point = first && centreOf(first);
  if (!first || !point) {
    console.error('[demo] The highlights have no range with a visible box to hover.');
    await page.screenshot(screenshotPath);
    return 1;
  }
  console.log(
    `[demo] hovering the first person named in the article, "${first.text}", at (${point.x}, ${point.y})`,
  );
  await page.hover(point.x, point.y);
  const popoverText = await page
    .waitFor(
      () => {
        const dialog = document
          .querySelector('backstory-popover')
          ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
        // Wait for the entrance animation to finish, so the screenshot shows the settled card.
        if (!dialog || dialog.getAnimations().some((a) => a.playState !== 'finished')) return '';
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text keeps the card's word breaks.
        return dialog.innerText.replace(/\s+/g, ' ').trim() || 'the popover (empty)';
      },
      { timeout: 5_000, message: 'the backstory-popover host' },
    )
    .catch(() => undefined);
  if (popoverText && flags['clip-card']) await screenshotCard(page, first.rect);
  else await page.screenshot(screenshotPath);
  console.log(`[demo] screenshot: ${screenshotPath}`);
  if (!popoverText) {
    console.error('[demo] No <backstory-popover> appeared within 5 s of hovering the mention.');
    return 1;
  }
  console.log(`[demo] popover: ${popoverText.slice(0, 400)}`);
  return 0;
}

type Rect = { x: number; y: number; width: number; height: number };

/**
 * Saves the part of the viewport that holds the open card and the mention it is for, as wide as
 * the article's column so the card is seen over the text it explains.
 */
async function screenshotCard(page: TestPage, mention: Rect | null): Promise<void> {
  // No named helper inside the page function: the bundler may wrap it in one the page lacks.
  const shown = await page.evaluate(() =>
    [
      document.querySelector('backstory-popover')?.shadowRoot?.querySelector('[role="dialog"]'),
      document.querySelector('article'),
    ].map((element) => {
      const rect = element?.getBoundingClientRect();
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    }),
  );
  const [card = null, column = null] = shown;
  const rects = [card, mention].filter((rect): rect is Rect => rect !== null);
  const margin = 24;
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const horizontal = column ? [...rects, column] : rects;
  const left = Math.max(0, Math.min(...horizontal.map((rect) => rect.x)) - margin);
  const right = Math.min(
    viewport.width,
    Math.max(...horizontal.map((rect) => rect.x + rect.width)) + margin,
  );
  const top = Math.max(0, Math.min(...rects.map((rect) => rect.y)) - 3 * margin);
  const bottom = Math.min(
    viewport.height,
    Math.max(...rects.map((rect) => rect.y + rect.height)) + margin,
  );
  await page.puppeteer.screenshot({
    path: screenshotPath,
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });
}

/** Scanning may go on after the first highlight: re-read until two readings agree. */
async function settledHighlights(
  page: TestPage,
  initial: HighlightSnapshot[],
): Promise<HighlightSnapshot[]> {
  const count = (snapshot: HighlightSnapshot[]) =>
    snapshot.reduce((sum, highlight) => sum + highlight.ranges.length, 0);
  let previous = initial;
  for (let reading = 0; reading < 20; reading++) {
    await new Promise((done) => setTimeout(done, 150));
    const current = await readBackstoryHighlights(page);
    if (count(current) === count(previous)) return current;
    previous = current;
  }
  return previous;
}

function printHighlights(highlights: HighlightSnapshot[]): void {
  for (const { name, ranges } of highlights) {
    // Page text keeps the HTML source's line breaks; print each mention on one line.
    const texts = [...new Set(ranges.map((range) => range.text.replace(/\s+/g, ' ')))];
    console.log(`[demo] ${name}: ${ranges.length} range(s) — ${texts.join(', ')}`);
  }
}

/** The first highlighted range in document order, scrolled to the middle of the viewport. */
function scrollFirstMentionIntoView(page: TestPage) {
  return withLiveHighlights(page, (highlights) => {
    // A person named in the article body makes the most telling first hover.
    const ranges = highlights
      .filter(({ name }) => name.startsWith('backstory-people-'))
      .flatMap((highlight) => highlight.ranges)
      .filter(
        (range) =>
          !range.collapsed && range.startContainer.parentElement?.closest('article') !== null,
      )
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges[0];
    if (!first) return undefined;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0];
    return {
      text: first.toString(),
      rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
    };
  });
}
