/**
 * Pages that break extensions (issue 8), each in Chromium and Firefox: a strict CSP, CSS that
 * unsets everything, a DOM that changes every 100 ms, a million characters, single-page
 * navigation, open shadow roots, and the extension going away under an open page.
 *
 * Fixtures are in tests/e2e/fixtures/hostile/; the million-character page is generated into a
 * temporary folder. Timed in-page observation windows are measurements (the churn lasts 5 s
 * by design); the test process itself only ever waits for conditions.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  builtExtensionDir,
  centreOf,
  defaultMounts,
  launchWithExtension,
  pollUntil,
  readBackstoryHighlights,
  type TestBrowser,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  watchPage,
  withLiveHighlights,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const strictCspPath = '/fixtures/hostile/strict-csp.html';
const churnMs = 5_000;

const generatedDir = mkdtempSync(join(tmpdir(), 'backstory-hostile-'));
const millionPage = writeMillionCharacterPage(generatedDir);
afterAll(() => rmSync(generatedDir, { recursive: true, force: true }));

/** The figures measured here, printed once at the end. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) console.log(`[hostile] measured:\n  ${figures.join('\n  ')}`);
});

describe.each(browserNames)('hostile pages in %s', (browserName) => {
  const session = useExtensionSession(
    browserName,
    { ...defaultMounts(), '/generated': generatedDir },
    {
      headersFor: (pathname) =>
        pathname === strictCspPath
          ? { 'content-security-policy': "default-src 'none'" }
          : undefined,
    },
  );

  const baseline = useBaselineBrowser(browserName);

  /** The popover's computed style on a plain page: what a hostile page must not change. */
  let reference: PopoverLook | undefined;
  const referenceLook = async () => {
    if (reference) return reference;
    const { browser, server } = session();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/fixtures/mentions.html'));
      reference = await hoverAndLook(page, 'Lavrov');
      return reference;
    } finally {
      await page.close();
    }
  };

  it("highlights and shows a styled popover under `default-src 'none'` (a real header)", async () => {
    const { browser, server } = session();
    const expected = await referenceLook();
    const page = await browser.newPage();
    const watch = await watchPage(page, browser.extensionOrigin);
    try {
      await page.goto(server.url(strictCspPath));
      // The header is really there: the page may not even run an inline script of its own.
      const response = await fetch(server.url(strictCspPath));
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");

      const look = await hoverAndLook(page, 'Rubio');
      console.log(`[hostile] ${browserName} strict CSP popover: ${JSON.stringify(look)}`);
      expect(look.styleRules).not.toBe(0);
      expect(pick(look)).toEqual(pick(expected));
      // The popover host is the only node added; nothing else on the page changed.
      expect(await watch.mutations()).toEqual([]);
      expect(watch.extensionErrors()).toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });

  it('keeps its highlights and popover styles against `* { all: unset !important }` and max z-index overlays', async () => {
    const { browser, server } = session();
    const expected = await referenceLook();
    const page = await browser.newPage();
    const watch = await watchPage(page, browser.extensionOrigin);
    try {
      await page.goto(server.url('/fixtures/hostile/aggressive-css.html'));
      const look = await hoverAndLook(page, 'Lavrov');
      console.log(`[hostile] ${browserName} aggressive CSS popover: ${JSON.stringify(look)}`);
      expect(pick(look)).toEqual(pick(expected));
      expect(look.hostDisplay).toBe('block');
      // Above the page's own max-z-index layers, the pointer-catching one included.
      expect(look.inTopLayer).toBe(true);
      expect(look.onTop).toBe(true);
      expect(await watch.mutations()).toEqual([]);
      expect(watch.extensionErrors()).toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });

  it('stays bounded while the page changes its DOM every 100 ms, and catches up after', async () => {
    const { browser, server } = session();
    const url = server.url('/fixtures/hostile/dom-churn.html');
    const run = await measureChurn(browser, url);
    // The same page in the same browser with an empty extension instead of Backstory.
    const without = await measureChurn(await baseline(), url, false);
    let note = `${browserName} churn ${churnMs / 1000} s: ${run.ticks} page updates; longest frame gap ${run.longestGapMs} ms (without Backstory ${without.longestGapMs} ms)`;
    if (run.metrics && without.metrics) {
      // Chromium: main-thread time (CDP Performance.getMetrics) over the churn window.
      const extraTask = run.metrics.taskMs - without.metrics.taskMs;
      const extraScript = run.metrics.scriptMs - without.metrics.scriptMs;
      const perSecond = extraTask / (churnMs / 1000);
      note += `; main thread ${run.metrics.taskMs} ms (script ${run.metrics.scriptMs} ms) vs ${without.metrics.taskMs} ms (script ${without.metrics.scriptMs} ms) without: +${extraTask} ms task, +${extraScript} ms script = ${Math.round(perSecond)} ms per second of churn`;
      // The rescan budget is 100 ms per second; callbacks that only collect nodes add little.
      expect(perSecond).toBeLessThan(150);
    }
    figures.push(note);
    // The page's own 100 ms timer kept running (50 in 5 s when idle). Frame gaps are wall-clock
    // figures that swing with the machine's load: they are reported above, not asserted; the
    // benchmark (npm run bench) is where scan timing is measured.
    expect(run.ticks).toBeGreaterThanOrEqual(25);
    // After the churn, the ticker's last text is what is highlighted, and only that.
    expect(run.tickerHighlights).toEqual(['Keith Kellogg']);
  });

  it('highlights the end of a page of a million characters and keeps the page responsive', async () => {
    const { browser, server } = session();
    const url = server.url(`/generated/${millionPage.file}`);
    const page = await browser.newPage();
    try {
      const result = await measureMillion(page, url, null);
      const texts = (await readBackstoryHighlights(page)).flatMap((h) =>
        h.ranges.map((r) => r.text),
      );
      // The same page in the same browser without Backstory, watched as long.
      const without = await baseline().then(async (other) => {
        const plain = await other.newPage();
        try {
          return await measureMillion(plain, url, Math.max(result.sinceReadyMs, 500));
        } finally {
          await plain.close();
        }
      });
      figures.push(
        `${browserName} ${millionPage.characters.toLocaleString('en')} characters — with Backstory: ${describeMillion(result)}; without: ${describeMillion(without)}`,
      );
      expect(texts).toEqual(['Sergey Lavrov', 'Marco Rubio']);
      expect(result.sinceReadyMs).toBeLessThan(5_000);
      // The longest frame gap, with and without Backstory, is reported above but not asserted:
      // it holds the browser's own first layout of a million characters and swings with the
      // machine's load. Scan slices and long tasks are measured by `npm run bench`.
    } finally {
      await page.close();
    }
  });

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

  // Last in this block: it takes the extension away from the session's browser.
  describe('when the extension goes away under an open page', () => {
    if (browserName === 'chromium') {
      it('Chromium, extension reloaded (as on update): the old highlights go at the next page change', async () => {
        const { browser, server } = session();
        const { page, watch } = await pageWithMention(
          browser,
          server.url('/fixtures/mentions.html'),
        );
        try {
          const worker = await browser.puppeteer.waitForTarget(
            (target) =>
              target.type() === 'service_worker' &&
              target.url().startsWith(browser.extensionOrigin),
          );
          await (await worker.worker())?.evaluate('chrome.runtime.reload()').catch(() => {});
          // The orphaned script notices at its next piece of work: here a rescan of new page
          // content, whose report checks ctx.isValid, finds the context gone and aborts.
          await page.evaluate(() => {
            const paragraph = document.createElement('p');
            paragraph.textContent = 'Sergey Lavrov spoke again.';
            document.body.append(paragraph);
          });
          await page.waitFor(
            () => ![...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')),
            { message: 'the invalidated content script to remove its highlights' },
          );
          expect(
            await page.evaluate(() => Boolean(document.querySelector('backstory-popover'))),
          ).toBe(false);
          // Releasing listeners through browser.* throws once the context is gone; the content
          // script guards those calls so nothing reaches the page.
          expect(watch.extensionErrors().map((error) => error.text)).toEqual([]);
        } finally {
          watch.stop();
          await page.close();
        }
      });
    } else {
      it('Firefox, extension uninstalled (WebDriver BiDi): no error, the content script stops', async () => {
        const { browser, server } = session();
        const { page, watch } = await pageWithMention(
          browser,
          server.url('/fixtures/mentions.html'),
        );
        try {
          // The paint check can fail: before the uninstall it sees the highlight.
          expect(await paintedHighlight(page)).toBe(true);
          const manifest = JSON.parse(
            readFileSync(join(builtExtensionDir('firefox'), 'manifest.json'), 'utf8'),
          ) as { browser_specific_settings: { gecko: { id: string } } };
          await browser.puppeteer.uninstallExtension(manifest.browser_specific_settings.gecko.id);
          // Firefox cuts the content script off at once: it runs no more code, so nothing
          // removes the Highlight objects it registered; Firefox does remove the content-script
          // CSS, so they no longer paint anything.
          const before = await countRanges(page);
          const painted = await paintedHighlight(page);
          figures.push(
            `firefox after uninstall: ${before} ranges still registered in CSS.highlights; highlight paint visible: ${painted}`,
          );
          expect(painted).toBe(false);
          expect(watch.extensionErrors().map((error) => error.text)).toEqual([]);
        } finally {
          watch.stop();
          await page.close();
        }
      });
    }
  });
});

// ---------------------------------------------------------------- popover look

interface PopoverLook {
  fontFamily: string;
  backgroundColor: string;
  position: string;
  borderRadius: string;
  hostDisplay: string;
  inTopLayer: boolean;
  onTop: boolean;
  /** CSS rules that reached the shadow root (0 if a CSP blocked its <style>; -1: unreadable). */
  styleRules: number;
  width: number;
}

/** What must look the same on every page. */
function pick(look: PopoverLook) {
  return {
    fontFamily: look.fontFamily,
    backgroundColor: look.backgroundColor,
    position: look.position,
    borderRadius: look.borderRadius,
  };
}

async function hoverAndLook(page: TestPage, name: string): Promise<PopoverLook> {
  const highlights = await waitForBackstoryHighlights(page);
  const range = highlights.flatMap((h) => h.ranges).find((r) => r.text.includes(name));
  const point = range && centreOf(range);
  if (!point) throw new Error(`No highlighted range with "${name}" to hover`);
  await page.hover(point.x, point.y);
  await page.hover(point.x + 1, point.y);
  const look = await page.waitFor(
    () => {
      const host = document.querySelector('backstory-popover');
      const shadow = host?.shadowRoot;
      const dialog = shadow?.querySelector<HTMLElement>('[role="dialog"]');
      if (!host || !shadow || !dialog) return null;
      if (dialog.getAnimations().some((a) => a.playState !== 'finished')) return null;
      const style = getComputedStyle(dialog);
      const box = dialog.getBoundingClientRect();
      if (box.width === 0 || style.visibility !== 'visible') return null;
      const inset = 6;
      const samples = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
        [box.left + inset, box.top + inset],
      ] as const;
      const visible = samples.filter(([x, y]) => y < innerHeight && x < innerWidth);
      return {
        fontFamily: style.fontFamily,
        backgroundColor: style.backgroundColor,
        position: style.position,
        borderRadius: style.borderRadius,
        hostDisplay: getComputedStyle(host).display,
        inTopLayer: dialog.matches(':popover-open'),
        onTop:
          visible.length > 0 && visible.every(([x, y]) => document.elementFromPoint(x, y) === host),
        styleRules: [...shadow.querySelectorAll('style')].reduce((sum, element) => {
          // Firefox does not let the page read a sheet the content script created: -1.
          try {
            return sum + (element.sheet?.cssRules.length ?? 0);
          } catch {
            return -1;
          }
        }, 0),
        width: Math.round(box.width),
      };
    },
    { message: `the popover for "${name}" to show` },
  );
  if (!look) throw new Error('unreachable: waitFor returns a truthy value');
  return look;
}

// ---------------------------------------------------------------- highlights

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

function countRanges(page: TestPage): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('backstory-'))
      .reduce((sum, [, h]) => sum + h.size, 0),
  );
}

async function pageWithMention(browser: TestBrowser, url: string) {
  const page = await browser.newPage();
  const watch = await watchPage(page, browser.extensionOrigin);
  await page.goto(url);
  const highlights = await waitForBackstoryHighlights(page);
  const range = highlights.flatMap((h) => h.ranges).find((r) => r.rect);
  const point = range && centreOf(range);
  if (!point) throw new Error('No highlighted range with a box');
  return { page, watch, point };
}

/**
 * Whether a highlight is still painted: the first `backstory-*` range's box is screenshotted,
 * and its pixels are compared in the page with the same text laid out without highlights.
 * Paint is the only thing that tells: the registry cannot say whether a rule styles a name.
 */
async function paintedHighlight(page: TestPage): Promise<boolean> {
  const box = await withLiveHighlights(page, (highlights) => {
    const range = highlights[0]?.ranges[0];
    if (!range) return null;
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height + 3 } : null;
  });
  if (!box) return false;
  const shot = await page.puppeteer.screenshot({ clip: box, encoding: 'base64' });
  // Unpainted text on white leaves only grey pixels; our highlights add blue, purple or orange.
  return page.evaluate(async (png: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return true;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) return true;
    }
    return false;
  }, shot);
}

// ---------------------------------------------------------------- churn

interface ChurnRun {
  ticks: number;
  longestGapMs: number;
  /** Chromium only: main-thread task and script time during the churn (CDP Performance). */
  metrics: { taskMs: number; scriptMs: number } | null;
  tickerHighlights: string[];
}

async function measureChurn(
  browser: TestBrowser,
  url: string,
  withBackstory = true,
): Promise<ChurnRun> {
  const page = await browser.newPage();
  let cdp: CDPSession | null = null;
  try {
    await page.goto(url);
    if (browser.name === 'chromium') {
      cdp = await page.puppeteer.createCDPSession();
      await cdp.send('Performance.enable');
    }
    const before = cdp ? await mainThreadMs(cdp) : null;
    await page.evaluate((durationMs: number) => {
      const state = window as unknown as { longestGap: number; startChurn(ms: number): void };
      state.longestGap = 0;
      let last = performance.now();
      const frame = (at: number) => {
        state.longestGap = Math.max(state.longestGap, at - last);
        last = at;
        if (!(window as unknown as { churn: { done: boolean } }).churn.done)
          requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      state.startChurn(durationMs);
    }, churnMs);
    await page.waitFor(() => (window as unknown as { churn: { done: boolean } }).churn.done, {
      timeout: churnMs + 10_000,
      message: 'the page to finish its churn',
    });
    const after = cdp ? await mainThreadMs(cdp) : null;
    const { ticks, longestGap } = await page.evaluate(() => ({
      ticks: (window as unknown as { churn: { ticks: number } }).churn.ticks,
      longestGap: Math.round((window as unknown as { longestGap: number }).longestGap),
    }));
    // Only with Backstory: the ticker's final text gets highlighted once the page is quiet
    // (at the next flush, within about a second).
    let tickerHighlights: string[] = [];
    if (withBackstory) {
      // The ticker's highlighted texts, joined; '' until they are `expected` (null: any).
      const tickerTexts = (expected: string | null) =>
        withLiveHighlights(
          page,
          (highlights, wanted: string | null) => {
            const joined = highlights
              .filter(({ name }) => name !== 'backstory-focus')
              .flatMap(({ ranges }) => ranges)
              .filter((range) => (range.startContainer.parentElement?.id ?? '') === 'ticker')
              .map((range) => range.toString())
              .join('|');
            return wanted === null || joined === wanted ? joined : '';
          },
          expected,
        );
      await pollUntil(() => tickerTexts('Keith Kellogg'), {
        timeout: 20_000,
        message: 'the final ticker text to be highlighted',
      }).catch(() => {});
      tickerHighlights = (await tickerTexts(null)).split('|').filter(Boolean);
    }
    return {
      ticks,
      longestGapMs: longestGap,
      metrics:
        before && after
          ? {
              taskMs: Math.round(after.taskMs - before.taskMs),
              scriptMs: Math.round(after.scriptMs - before.scriptMs),
            }
          : null,
      tickerHighlights,
    };
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close();
  }
}

async function mainThreadMs(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration') };
}

/**
 * The same browser with the same flags and an empty extension instead of Backstory, started on
 * first use and closed after the describe block: what the page costs without us.
 */
function useBaselineBrowser(browserName: BrowserName): () => Promise<TestBrowser> {
  let started: Promise<TestBrowser> | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'backstory-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty baseline',
      version: '1.0.0',
      browser_specific_settings: { gecko: { id: 'baseline@backstory.example' } },
    }),
  );
  afterAll(async () => {
    await (await started?.catch(() => undefined))?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    started ??= launchWithExtension(browserName, { extensionDir: dir, logLabel: 'baseline' });
    return started;
  };
}

// ---------------------------------------------------------------- a million characters

interface MillionResult {
  highlighted: boolean;
  /** From DOMContentLoaded to the end being highlighted (or to the end of the watch). */
  sinceReadyMs: number;
  longestGapMs: number;
  /** Chromium: durations of long tasks since DOMContentLoaded; null where not observable. */
  longTasks: number[] | null;
}

/** Loads the million-character page and waits for its in-page measurement. */
async function measureMillion(page: TestPage, url: string, stopAfterMs: number | null) {
  await page.goto(url);
  if (stopAfterMs !== null) {
    await page.evaluate((ms: number) => {
      (window as unknown as { millionWatch: { stopAfterMs: number } }).millionWatch.stopAfterMs =
        ms;
    }, stopAfterMs);
  }
  const result = await page.waitFor(
    () => (window as unknown as { millionResult?: MillionResult }).millionResult,
    { timeout: 30_000, message: 'the end of the million-character page to be highlighted' },
  );
  if (!result) throw new Error('unreachable: waitFor returns a truthy value');
  return result;
}

function describeMillion(result: MillionResult): string {
  const tasks =
    result.longTasks === null
      ? ''
      : `, long tasks ${result.longTasks.length ? result.longTasks.join(', ') : 'none'} ms`;
  return `${result.highlighted ? 'end highlighted' : 'watched'} ${result.sinceReadyMs} ms after DOMContentLoaded, longest frame gap ${result.longestGapMs} ms${tasks}`;
}

/**
 * Writes a page of about 1,000,000 characters of text that names nobody, in 5,000 paragraphs
 * with a bold word each, and names two people in its last paragraph. An inline script records,
 * from DOMContentLoaded (the content script cannot start earlier) until that paragraph is
 * highlighted, the longest gap between animation frames and (Chromium) the long tasks. That
 * window also holds the browser's own first layout of the page, so the same page is measured
 * without Backstory too.
 */
function writeMillionCharacterPage(dir: string): { file: string; characters: number } {
  const words =
    'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(
      ' ',
    );
  const paragraphs: string[] = [];
  let characters = 0;
  for (let i = 0; characters < 1_000_000; i++) {
    const sentence: string[] = [];
    for (let w = 0; w < 30; w++) sentence.push(words[(i * 7 + w * 3) % words.length] ?? 'lorem');
    const text = `${sentence.slice(0, 10).join(' ')} <b>${sentence[10]}</b> ${sentence.slice(11).join(' ')}.`;
    characters += text.length - 7;
    paragraphs.push(`<p>${text}</p>`);
  }
  const monitor = `
    const endId = 'end';
    const longTasks = [];
    let readyAt = -1;
    const observesLongTasks = typeof PerformanceObserver !== 'undefined'
      && PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (observesLongTasks) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (readyAt >= 0 && entry.startTime >= readyAt) longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    }
    // Without Backstory nothing gets highlighted: the test sets how long to watch instead.
    window.millionWatch = { stopAfterMs: null };
    const endHighlighted = () => [...CSS.highlights.entries()].some(([name, h]) =>
      name.startsWith('backstory-') && [...h].some((r) => r.startContainer.parentElement?.id === endId));
    addEventListener('DOMContentLoaded', () => {
      readyAt = performance.now();
      let last = readyAt;
      let longest = 0;
      const frame = (at) => {
        longest = Math.max(longest, at - last);
        last = at;
        const highlighted = endHighlighted();
        const stop = window.millionWatch.stopAfterMs;
        if (highlighted || (stop !== null && at - readyAt >= stop)) {
          window.millionResult = {
            highlighted,
            sinceReadyMs: Math.round(at - readyAt),
            longestGapMs: Math.round(longest),
            longTasks: observesLongTasks ? longTasks : null,
          };
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A million characters</title><script>${monitor}</script></head><body><article>${paragraphs.join('\n')}<p id="end">Sergey Lavrov met Marco Rubio.</p></article></body></html>`;
  const file = 'million.html';
  writeFileSync(join(dir, file), html);
  return { file, characters };
}
