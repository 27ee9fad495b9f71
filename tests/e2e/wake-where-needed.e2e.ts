// Issue 13 end to end: the first pass loads the engine only where a key could lead to something
// shown. On a page whose only key is a section menu's or a breadcrumb trail's link (site chrome,
// which the engine never highlights) no engine is loaded and the popup says "nothing found"; the
// menu, a `nav`, is not even read by the probe, so no key check is loaded either. When the page
// later adds a paragraph naming Putin to its story, the first pass, still reading the page's
// changes, loads the engine, which highlights it and answers the popup. The script every page
// loads holds only the probe: a page that names nothing loads no second script; the key check
// (the exact reading and the placement rule) comes only where the probe may see a key.
import { describe, expect, it } from 'vitest';
import {
  activeTabId,
  appendParagraph,
  type BrowserName,
  clearStoredSettings,
  openPopupFor,
  placedHighlights,
  pollUntil,
  readDigest,
  sendToTab,
  type TestPage,
  useExtensionSession,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];

const NOTHING_HERE = 'Nothing from the story on this page.';

/** The marks Backstory's scripts leave in the extension's isolated world of a page. */
const MARKS = {
  firstPass: 'backstory.first-pass',
  keyCheck: 'backstory.key-check',
  engine: 'backstory.engine',
} as const;
type Mark = keyof typeof MARKS;

interface ScriptingApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      func: (keys: string[]) => boolean[];
      args: [string[]];
    }): Promise<{ result?: boolean[] }[]>;
  };
}

/**
 * Which of Backstory's scripts have run in the tab's top frame: read in the extension's
 * isolated world, where each leaves its mark (the first pass its own, the key check and the
 * engine their registered start functions), as the popup reads the first pass's.
 */
async function scriptsIn(popup: TestPage, tabId: number): Promise<Record<Mark, boolean>> {
  const names = Object.keys(MARKS) as Mark[];
  const found = await popup.evaluate(
    async (id: number, keys: string[]) => {
      const api = ((globalThis as { browser?: ScriptingApi }).browser ??
        (globalThis as { chrome?: ScriptingApi }).chrome) as ScriptingApi;
      const [frame] = await api.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: (marks: string[]) =>
          marks.map(
            (mark) => (globalThis as Record<symbol, unknown>)[Symbol.for(mark)] !== undefined,
          ),
        args: [keys],
      });
      return frame?.result ?? [];
    },
    tabId,
    names.map((name) => MARKS[name]),
  );
  return Object.fromEntries(names.map((name, i) => [name, found[i] === true])) as Record<
    Mark,
    boolean
  >;
}

/** The page's answer to the popup's question, or the reason nobody answered. */
function askPage(popup: TestPage, tabId: number): Promise<unknown> {
  return sendToTab(popup, tabId, { type: 'get-page-state' }).catch(
    (error: unknown) => `no answer: ${error instanceof Error ? error.message : String(error)}`,
  );
}

describe.each(browserNames)(
  'the first pass wakes the engine only where needed, in %s',
  (browserName) => {
    const session = useExtensionSession(browserName);

    it.each([
      // The page's `nav`: a landmark, which the probe does not read at all.
      ['a section menu', 'key-in-menu.html', false],
      // Chrome by its class name only: the probe reads it, the key check passes over it.
      ['a breadcrumb trail', 'key-in-breadcrumbs.html', true],
    ])(
      'a key only in %s loads no engine; the same name added to the story does',
      async (_name, fixture, keyCheck) => {
        const { browser, server } = session();
        const page = await browser.newPage();
        await page.goto(server.url(`/fixtures/${fixture}`));
        const popup = await openPopupFor(browser, page);
        try {
          const tabId = await activeTabId(popup);
          // The "Putin" link is a key, but in site chrome: nobody in the page answers.
          expect(await askPage(popup, tabId)).toMatch(/^no answer: /);
          expect(await scriptsIn(popup, tabId)).toEqual({
            firstPass: true,
            keyCheck,
            engine: false,
          });
          expect((await readDigest(popup)).message).toBe(NOTHING_HERE);
          expect(await placedHighlights(page)).toEqual([]);

          await appendParagraph(
            page,
            'Putin was named in a letter the committee read out.',
            'story',
          );
          await pollUntil(async () => (await placedHighlights(page)).length > 0, {
            message: 'the added paragraph to be highlighted',
          });
          // The story's mention only: the chrome's link stays unlit.
          const shown = await placedHighlights(page);
          expect(shown.map((h) => h.text)).toEqual(['Putin']);
          expect(await askPage(popup, tabId)).toMatchObject({ active: true, total: 1 });
        } finally {
          await clearStoredSettings(popup);
          await popup.close();
          await page.close();
        }
      },
    );

    // Inserting the stylesheet restyles what its rules reach and lets the page tell that
    // Backstory is there (getComputedStyle of a `::highlight(backstory-…)`): it comes with the
    // first range, its rules on the paragraphs that hold it.
    it('an engine that finds nothing to show adds no stylesheet; its first mention brings it', async () => {
      const { browser, server } = session();
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/blank.html'));
      const popup = await openPopupFor(browser, page);
      /**
       * What the page's own script reads of our focus highlight's style on the last paragraph,
       * and of a stranger's.
       */
      const styleSeen = () =>
        page.evaluate(() => {
          const paragraph = [...document.querySelectorAll('p')].at(-1) ?? document.body;
          const background = (name: string) =>
            getComputedStyle(paragraph, `::highlight(${name})`).backgroundColor;
          return { ours: background('backstory-focus'), none: background('no-such-highlight') };
        });
      try {
        const tabId = await activeTabId(popup);
        // A key in the story (the engine loads), and no actor, place or figure of the story.
        await appendParagraph(page, 'The Ukrainian pianist played Chopin at the festival.');
        await pollUntil(async () => (await scriptsIn(popup, tabId)).engine, {
          message: 'the engine to load for the key',
        });
        // The engine answers once it has started (its script is loaded, and marked, before it
        // listens): an engine that asked for the stylesheet as it loaded would have it in by then.
        const answer = await pollUntil(
          async () => {
            const reply = await askPage(popup, tabId);
            return typeof reply === 'string' ? undefined : reply;
          },
          { message: 'the engine to answer the popup' },
        );
        expect(answer).toMatchObject({ active: true, total: 0 });
        expect(await placedHighlights(page)).toEqual([]);
        const before = await styleSeen();
        expect(before.ours).toBe(before.none);

        await appendParagraph(page, 'Putin was named in a letter the committee read out.');
        await pollUntil(async () => (await placedHighlights(page)).length > 0, {
          message: 'the added paragraph to be highlighted',
        });
        // The check above can fail: once a range is registered, the page sees the style.
        await pollUntil(
          async () => {
            const after = await styleSeen();
            return after.ours !== after.none;
          },
          { message: "the highlights' stylesheet to arrive with the first mention" },
        );
      } finally {
        await clearStoredSettings(popup);
        await popup.close();
        await page.close();
      }
    });

    it('a page that names nothing loads only the first script; a name added later brings the rest', async () => {
      const { browser, server } = session();
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/blank.html'));
      // Resolves once the popup has its answer: the first pass has read the page by then.
      const popup = await openPopupFor(browser, page);
      try {
        const tabId = await activeTabId(popup);
        expect((await readDigest(popup)).message).toBe(NOTHING_HERE);
        expect(await scriptsIn(popup, tabId)).toEqual({
          firstPass: true,
          keyCheck: false,
          engine: false,
        });

        await appendParagraph(page, 'Putin was named in a letter the committee read out.');
        await pollUntil(async () => (await placedHighlights(page)).length > 0, {
          message: 'the added paragraph to be highlighted',
        });
        expect(await scriptsIn(popup, tabId)).toEqual({
          firstPass: true,
          keyCheck: true,
          engine: true,
        });
      } finally {
        await clearStoredSettings(popup);
        await popup.close();
        await page.close();
      }
    });
  },
);
