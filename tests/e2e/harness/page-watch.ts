import { withLiveHighlights } from '../../../tools/live-ranges';
import type { TestPage, WaitOptions } from '../../../tools/test-page';

/**
 * Watches a tab for what the extension must never do to a page: change its DOM or throw.
 *
 * - A main-world MutationObserver is installed before any page script (as a preload script:
 *   CDP in Chromium, WebDriver BiDi in Firefox) and starts recording once the parser is done
 *   (`readyState` leaves 'loading'), so the parser's own insertions are not counted. The
 *   content script runs at document_idle, after that point, so everything it could do is seen.
 * - Records are kept unless they are the one change the extension may make (adding or removing
 *   its `backstory-popover` host, or anything inside that host) or touch the test's probe.
 * - Errors: uncaught exceptions and console errors of the tab. Both browsers report content-
 *   script errors there (checked with a deliberately broken copy of the build).
 */

/** One recorded mutation of a page node, described for a failure message. */
export interface PageMutation {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

export interface PageError {
  kind: 'pageerror' | 'console';
  text: string;
  /** Script URL or stack, where the browser gave one. */
  where: string;
}

export interface PageWatch {
  /** Mutations recorded so far (probe and popover host excluded). */
  mutations(): Promise<PageMutation[]>;
  /** How many records the observer saw in total, including excluded ones (proves it runs). */
  observedRecords(): Promise<number>;
  /** Every error and console error of the tab since the watch began. */
  errors(): PageError[];
  /** Errors that name the extension (its origin in a URL or stack, or "backstory"). */
  extensionErrors(): PageError[];
  stop(): void;
}

export const PROBE_ATTRIBUTE = 'data-backstory-test-probe';

// A string, not a function: the bundler's helpers (e.g. `__name`) do not exist in the page.
const observerSource = `(() => {
  const log = [];
  let seen = 0;
  window.__backstoryTestMutations = log;
  window.__backstoryTestSeen = () => seen;
  const describe = (node) => {
    if (!node) return 'null';
    if (node.nodeType === 3) return '#text "' + String(node.data).slice(0, 40) + '"';
    if (node.nodeType !== 1) return node.nodeName;
    const id = node.id ? '#' + node.id : '';
    return node.localName + id;
  };
  const isOwnHost = (node) => node && node.nodeType === 1 && node.localName === 'backstory-popover';
  const insideExcluded = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    return Boolean(element && element.closest && element.closest('backstory-popover, [${PROBE_ATTRIBUTE}]'));
  };
  const excluded = (node) => isOwnHost(node) || insideExcluded(node);
  const start = () => {
    new MutationObserver((records) => {
      for (const r of records) {
        seen++;
        if (insideExcluded(r.target)) continue;
        const moved = [...r.addedNodes, ...r.removedNodes];
        if (r.type === 'childList' && moved.length > 0 && moved.every(excluded)) continue;
        log.push({
          type: r.type,
          target: describe(r.target),
          attribute: r.attributeName,
          added: [...r.addedNodes].map(describe),
          removed: [...r.removedNodes].map(describe),
        });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  if (document.readyState !== 'loading') start();
  else document.addEventListener('readystatechange', start, { once: true });
})();`;

const ignoredConsole = [
  // Blocked hosts and missing files of saved pages: the page's own requests.
  /Failed to load resource/i,
  /net::ERR_/,
  // The page's scripts and resources refused by its Content-Security-Policy.
  /Content[- ]Security[- ]Policy/i,
  /Refused to (execute|load|apply|connect|frame)/i,
  // Firefox reports the page's refused loads as uncaught errors: cross-origin fonts and
  // fetches, file:// and foreign blob: links, fonts it could not download.
  /Cross-Origin Request Blocked/i,
  /^Security Error: Content at \S+ may not load/,
  /^downloadable font: /,
  // Firefox's own network-error page, shown in the page's blocked iframes, whose privileged
  // helpers are missing there.
  /^ReferenceError: RPM\w+ is not defined$/,
  // Firefox's MathML layout reports on the page's own markup (e.g. "Invalid markup: Incorrect
  // number of children for <msup/> tag."), which its WebDriver BiDi log hands over as
  // "javascript" entries whenever layout runs during the watch. A script's exception never
  // starts this way: its text begins with the error's name ("Error: Invalid markup…").
  /^Invalid markup: /,
];

/** Call before `goto`: the observer must be in place before the document is parsed. */
export async function watchPage(page: TestPage, extensionOrigin: string): Promise<PageWatch> {
  const collected: PageError[] = [];
  const onPageError = (error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    collected.push({ kind: 'pageerror', text: e.message, where: e.stack ?? '' });
  };
  const onConsole = (message: { type(): string; text(): string; location(): { url?: string } }) => {
    if (message.type() !== 'error') return;
    collected.push({ kind: 'console', text: message.text(), where: message.location().url ?? '' });
  };
  page.puppeteer.on('pageerror', onPageError);
  page.puppeteer.on('console', onConsole);
  const registration = await page.puppeteer.evaluateOnNewDocument(observerSource);

  const read = <T>(expression: string) => page.puppeteer.evaluate(expression) as Promise<T>;
  const namesExtension = (error: PageError) =>
    `${error.text} ${error.where}`.includes(extensionOrigin) ||
    /backstory/i.test(`${error.text} ${error.where}`);

  return {
    mutations: () => read<PageMutation[]>('window.__backstoryTestMutations ?? null').then(orFail),
    observedRecords: () => read<number>('window.__backstoryTestSeen?.() ?? -1'),
    errors: () => [...collected],
    extensionErrors: () =>
      collected.filter(
        (error) => namesExtension(error) || (error.kind === 'pageerror' && !isPageNoise(error)),
      ),
    stop() {
      page.puppeteer.off('pageerror', onPageError);
      page.puppeteer.off('console', onConsole);
      void page.puppeteer
        .removeScriptToEvaluateOnNewDocument(registration.identifier)
        .catch(() => {});
    },
  };
}

function orFail(log: PageMutation[] | null): PageMutation[] {
  if (log === null) throw new Error('The main-world MutationObserver was not installed');
  return log;
}

/**
 * Noise from the page, never from the extension: resources the page may not load. Uncaught
 * exceptions are NOT noise: pages watched here run no scripts of their own (a CSP forbids
 * them, or the fixture has none), so any exception is the extension's, with or without a
 * stack (Firefox gives none for a rejected promise of a content script).
 */
export function isPageNoise(error: PageError): boolean {
  return ignoredConsole.some((pattern) => pattern.test(error.text));
}

/** A console error that is the page's own (failed loads, CSP refusals) rather than ours. */
export function isConsoleNoise(error: PageError): boolean {
  return error.kind === 'console' && isPageNoise(error);
}

export interface ProbedHighlight {
  name: string;
  text: string;
}

/**
 * Waits until the extension has finished its first scan of the page, then returns its
 * highlights. The signal: a paragraph naming "Sergey Lavrov" is appended to the body; the
 * scanner works through its queue in order, so when that paragraph is highlighted, the first
 * scan (queued before it) is complete. The probe is left out of the returned highlights and
 * of the recorded mutations.
 */
/**
 * Waits for the first scan to end: a probe paragraph naming Sergey Lavrov, appended last and
 * marked with `attribute`, gets highlighted only once the scan has reached the end of the page.
 */
export async function waitForFirstScanEnd(
  page: TestPage,
  options: WaitOptions = {},
  attribute: string = PROBE_ATTRIBUTE,
): Promise<void> {
  await page.puppeteer.evaluate(`(() => {
    const probe = document.createElement('p');
    probe.setAttribute('${attribute}', '');
    probe.textContent = 'Sergey Lavrov';
    document.body.append(probe);
  })()`);
  await page.waitFor(
    (probeAttribute: string) =>
      [...CSS.highlights.entries()].some(
        ([name, highlight]) =>
          name.startsWith('backstory-') &&
          [...highlight].some((range) =>
            range.startContainer.parentElement?.hasAttribute(probeAttribute),
          ),
      ),
    { message: 'the probe paragraph to be highlighted (the first scan to end)', ...options },
    attribute,
  );
}

export async function highlightsAfterFirstScan(
  page: TestPage,
  options: WaitOptions = {},
): Promise<ProbedHighlight[]> {
  await waitForFirstScanEnd(page, options);
  return withLiveHighlights(
    page,
    (highlights, attribute: string) =>
      highlights
        .filter(({ name }) => name !== 'backstory-focus')
        .flatMap(({ name, ranges }) =>
          ranges
            .filter((range) => !range.startContainer.parentElement?.closest(`[${attribute}]`))
            .map((range) => ({ name, text: range.toString() })),
        ),
    PROBE_ATTRIBUTE,
  );
}

/** Highlight counts by `backstory-<category>-<style>` name. */
export function countByName(highlights: readonly ProbedHighlight[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of highlights) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
