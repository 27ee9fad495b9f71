// Issue 14, accessibility audited in real browsers: axe-core (its default rules: WCAG 2.x A and
// AA, and best practices) on the popup page and on each kind of open card inside its shadow root,
// in Chromium and Firefox, with the cards in English, Ukrainian and Russian. Every audit must
// report 0 violations; a failure lists each violation's id, impact and targets.
//
// Each browser runs three times: started in English, Ukrainian and Russian (tools/launch.ts's
// locale), so the popup is audited in each interface language. The card's language is chosen
// as a reader would choose it, through the "Card language" setting: in the English browser set
// to en, uk and ru in turn (the page is the English demo article, so the card's language is the
// setting's alone); in the Ukrainian and Russian browsers set to "as the browser".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/messages';
import type { CardLanguageSetting } from '../../utils/settings/types';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/types';
import { LANGUAGES, type Language } from '../../utils/vocabulary';
import {
  activeTabId,
  type BrowserLocale,
  type BrowserName,
  clearStoredSettings,
  defaultMounts,
  focusedMention,
  openPopupFor,
  POPOVER_HOST_SELECTOR,
  type PopoverSnapshot,
  readPopover,
  scrollToMention,
  sendToTab,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  waitForFocusedMention,
  waitForPopover,
  waitForPopoverClosed,
  withLiveHighlights,
} from './harness';
import { type AxeResult, formatViolations, runAxe } from './harness/axe';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const locales: readonly BrowserLocale[] = LANGUAGES;
const cases = browserNames.flatMap((browserName) =>
  locales.map((locale) => [browserName, locale] as const),
);

/** The card language settings tried in a browser started in `locale`, each with the `lang` it gives. */
function cardSettingsFor(locale: BrowserLocale): [CardLanguageSetting, Language][] {
  return locale === 'en' ? LANGUAGES.map((lang) => [lang, lang]) : [['browser', locale]];
}

/** A point on the demo page where no mention is: the demo banner at the very top. */
const awayFromMentions = { x: 4, y: 4 };

/** Each kind of card, found by a mention on the demo article and told apart by what it shows. */
interface CardCase {
  kind: string;
  mention: RegExp;
  isIt: (shown: PopoverSnapshot) => boolean;
}

const cards: CardCase[] = [
  { kind: 'person with quotes', mention: /Lavrov/, isIt: (shown) => shown.quotes.length > 0 },
  { kind: 'poll figure', mention: /^78%$/, isIt: (shown) => shown.bars.length > 0 },
  {
    kind: 'quotation check (differs)',
    mention: /^If they come up with clever ideas/,
    isIt: (shown) => shown.wordings.length === 2 && shown.differences.length > 0,
  },
];

/** Fails with axe's findings spelled out, and makes sure the audit did look at something. */
function expectNoViolations(result: AxeResult, what: string) {
  expect(result.passes.length, `axe checked nothing on ${what}`).toBeGreaterThan(0);
  expect(
    result.violations,
    `axe violations on ${what}:\n${formatViolations(result.violations)}`,
  ).toEqual([]);
}

/** Rules axe could not decide are not failures, but they are said, so a reader can check them. */
function logIncomplete(result: AxeResult, what: string) {
  if (result.incomplete.length > 0) {
    console.log(`[axe] ${what}: undecided rules: ${result.incomplete.join(', ')}`);
  }
}

/** Stores settings from an extension page, as the popup would; every open page follows. */
async function storeSettings(extensionPage: TestPage, settings: Settings) {
  await extensionPage.evaluate(async (value: Settings) => {
    type Sync = { set(items: Record<string, unknown>): Promise<void> };
    const api = ((globalThis as { browser?: { storage: { sync: Sync } } }).browser ??
      (globalThis as { chrome?: { storage: { sync: Sync } } }).chrome) as {
      storage: { sync: Sync };
    };
    await api.storage.sync.set({ settings: value });
  }, settings);
}

/**
 * Waits for the card's entry animation (a short fade) to end: axe measures colours as painted,
 * and a half-faded card would fail contrast that the settled card meets.
 */
function waitForCardSettled(page: TestPage) {
  return page.waitFor(
    (hostSelector: string) => {
      const dialog = document
        .querySelector(hostSelector)
        ?.shadowRoot?.querySelector('[role="dialog"]');
      return (
        dialog instanceof HTMLElement &&
        dialog
          .getAnimations({ subtree: true })
          .every((animation) => animation.playState === 'finished')
      );
    },
    { message: 'the card to finish its entry animation' },
    POPOVER_HOST_SELECTOR,
  );
}

/** The open card's `lang`, as the dialog element carries it. */
function cardLang(page: TestPage): Promise<string | null> {
  return page.evaluate(
    (hostSelector: string) =>
      document
        .querySelector(hostSelector)
        ?.shadowRoot?.querySelector('[role="dialog"]')
        ?.getAttribute('lang') ?? null,
    POPOVER_HOST_SELECTOR,
  );
}

describe.each(cases)('axe-core in %s started in %s', (browserName, locale) => {
  const session = useExtensionSession(browserName, defaultMounts(), {}, { locale });
  let article: TestPage;

  beforeAll(async () => {
    const { browser, server } = session();
    article = await browser.newPage();
    await article.goto(server.url('/demo/'));
    await waitForBackstoryHighlights(article);
  });

  const closeCard = async () => {
    await article.puppeteer.bringToFront();
    await article.hover(awayFromMentions.x, awayFromMentions.y);
    if (await readPopover(article)) {
      await article.press('Escape');
      await waitForPopoverClosed(article);
    }
  };

  /** Hovers the card's mention, waits for the card in `lang`, settled, and audits it. */
  const auditHoveredCard = async ({ kind, mention, isIt }: CardCase, lang: Language) => {
    await closeCard();
    const place = await scrollToMention(article, mention);
    await article.hover(place.point.x, place.point.y);
    await waitForPopover(article, isIt, { message: `the ${kind} card` });
    // The setting reaches the page through storage; the card follows it.
    await article.waitFor(
      (hostSelector: string, wanted: string) =>
        document
          .querySelector(hostSelector)
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getAttribute('lang') === wanted,
      { message: `the ${kind} card in ${lang}` },
      POPOVER_HOST_SELECTOR,
      lang,
    );
    await waitForCardSettled(article);
    const result = await runAxe(article, { include: [[POPOVER_HOST_SELECTOR]] });
    logIncomplete(result, `${browserName} (${locale}) ${kind} card in ${lang}`);
    expectNoViolations(result, `the ${kind} card in ${lang}`);
    // The card is a dialog with a name (aria-labelledby), which axe checked.
    expect(result.passes).toContain('aria-dialog-name');
  };

  it(`the popup page, in ${locale}, with the digest of the demo article, has no violations`, async () => {
    const popup = await openPopupFor(session().browser, article);
    try {
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(locale);
      const result = await runAxe(popup, 'document');
      logIncomplete(result, `${browserName} (${locale}) popup`);
      expectNoViolations(result, `the popup page in ${locale}`);
    } finally {
      await popup.close();
    }
  });

  describe.each(cardSettingsFor(locale))(
    'with "Card language: %s", cards in %s',
    (setting, lang) => {
      beforeAll(async () => {
        const settingsPage = await session().browser.openPopup();
        await storeSettings(settingsPage, { ...DEFAULT_SETTINGS, cardLanguage: setting });
        await settingsPage.close();
        await closeCard();
      });

      afterAll(async () => {
        const settingsPage = await session().browser.openPopup();
        await clearStoredSettings(settingsPage);
        await settingsPage.close();
      });

      it.each(cards)('the $kind card (hovered) has no violations', (card) =>
        auditHoveredCard(card, lang),
      );

      it('a pinned card (its pin label and close button) has no violations', async () => {
        await closeCard();
        const place = await scrollToMention(article, /Kellogg/);
        await article.click(place.point.x, place.point.y);
        await waitForPopover(article, (shown) => shown.pinned, { message: 'a pinned card' });
        expect(await cardLang(article)).toBe(lang);
        await waitForCardSettled(article);
        expectNoViolations(
          await runAxe(article, { include: [[POPOVER_HOST_SELECTOR]] }),
          `the pinned card in ${lang}`,
        );
      });
    },
  );

  // Focus order, focus return and reach, walked with the keyboard (English browser only: none
  // of it depends on the language).
  if (locale === 'en') {
    describe('with the keyboard', () => {
      /** The focused element inside the card, described, or null when focus is not in it. */
      const focusInCard = () =>
        article.evaluate((hostSelector: string) => {
          const host = document.querySelector(hostSelector);
          const active = host?.shadowRoot?.activeElement;
          if (document.activeElement !== host || !active) return null;
          return `${active.tagName.toLowerCase()}.${active.className}|${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40)}`;
        }, POPOVER_HOST_SELECTOR);

      it('the keyboard command opens a card with focus in it; Tab walks its controls in order; Esc returns focus to where it was', async () => {
        const { browser } = session();
        await closeCard();
        // Where the reader's focus is before the command: a link of the page.
        await article.evaluate(() =>
          document.querySelector<HTMLElement>('a[href="#home"]')?.focus(),
        );
        const popup = await browser.openPopup();
        try {
          await article.puppeteer.bringToFront();
          const tabId = await activeTabId(popup);
          await sendToTab(popup, tabId, { type: 'step-mention', direction: 1 });
          const card = await waitForPopover(article, (shown) => shown.focusInside, {
            message: 'a card with focus inside',
          });
          expect(card.label).not.toBe('');
          // Every control of the card, in document order, is what Tab visits, one after another.
          const tabbable = await article.evaluate((hostSelector: string) => {
            const dialog = document
              .querySelector(hostSelector)
              ?.shadowRoot?.querySelector('[role="dialog"]');
            return [
              ...(dialog?.querySelectorAll<HTMLElement>(
                'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
              ) ?? []),
            ].map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.className}|${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40)}`,
            );
          }, POPOVER_HOST_SELECTOR);
          expect(tabbable.length, 'the card has a control (its close button)').toBeGreaterThan(0);
          const walked: string[] = [];
          for (let i = 0; i < tabbable.length; i++) {
            await article.press('Tab');
            walked.push((await focusInCard()) ?? 'outside the card');
          }
          console.log(`[keyboard] ${browserName} Tab order in the card: ${walked.join(' → ')}`);
          expect(walked).toEqual(tabbable);
          // Back into the dialog, then Esc: focus goes back to the page's link.
          await article.press('Escape');
          await waitForPopoverClosed(article);
          expect(
            await article.evaluate(() => document.activeElement?.getAttribute('href') ?? null),
          ).toBe('#home');
        } finally {
          await popup.close();
        }
      });

      it('Tab walks the popup’s controls in document order (one stop per radio group)', async () => {
        const popup = await openPopupFor(session().browser, article);
        try {
          await popup.puppeteer.bringToFront();
          const readStops = () =>
            popup.evaluate(() => {
              const seen = new Set<string>();
              const stops = [
                ...document.querySelectorAll<HTMLElement>(
                  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])',
                ),
              ].filter((element) => {
                if (element.getClientRects().length === 0) return false;
                if (element instanceof HTMLInputElement && element.type === 'radio') {
                  // Tab stops once in a radio group, on its checked button.
                  if (seen.has(element.name) || !element.checked) return false;
                  seen.add(element.name);
                }
                return true;
              });
              const name = (element: Element) =>
                `${element.tagName.toLowerCase()}|${(element as HTMLInputElement).type ?? ''}|${(element.textContent ?? '').trim().slice(0, 30)}|${(element as HTMLInputElement).labels?.[0]?.textContent?.trim().slice(0, 30) ?? ''}`;
              return {
                stops: stops.map(name),
                active: document.activeElement ? name(document.activeElement) : '',
              };
            });
          const { stops } = await readStops();
          expect(stops.length).toBeGreaterThan(3);
          const walked: string[] = [];
          for (let i = 0; i < stops.length; i++) {
            await popup.press('Tab');
            walked.push((await readStops()).active);
          }
          expect(walked).toEqual(stops);
          console.log(
            `[keyboard] ${browserName} popup: ${stops.length} Tab stops in document order`,
          );
        } finally {
          await popup.close();
        }
      });

      it('the keyboard command and the digest reach every mention', async () => {
        const { browser } = session();
        await closeCard();
        const popup = await browser.openPopup();
        try {
          await article.puppeteer.bringToFront();
          const tabId = await activeTabId(popup);
          const state = (await sendToTab(popup, tabId, { type: 'get-page-state' })) as PageState;
          const { texts } = await focusedMention(article);
          // Which mentions are quotations (the quote check): the digest lists names and
          // figures only, so the keyboard command is their way in.
          const quotations = await withLiveHighlights(article, (highlights) => {
            const all = highlights
              .filter(({ name }) => name !== 'backstory-focus')
              .flatMap(({ name, ranges }) => ranges.map((range) => ({ name, range })))
              .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
            return all.flatMap(({ name }, index) =>
              name.startsWith('backstory-quote') ? [index] : [],
            );
          });
          expect(texts.length).toBeGreaterThan(0);

          // The command, pressed once per mention and once more, visits each in document
          // order and wraps around to the first.
          const stepped: number[] = [];
          for (let i = 0; i <= texts.length; i++) {
            await sendToTab(popup, tabId, { type: 'step-mention', direction: 1 });
            const expected = i % texts.length;
            await article.waitFor(
              (hostSelector: string) =>
                document.querySelector(hostSelector)?.shadowRoot?.activeElement != null,
              { message: 'focus in the card' },
              POPOVER_HOST_SELECTOR,
            );
            stepped.push(
              (
                await waitForFocusedMention(
                  article,
                  (focus) => focus.index === expected,
                  `the focus on mention ${expected}`,
                )
              ).index,
            );
          }
          expect(stepped).toEqual([...texts.keys(), 0]);

          // Each digest entry, chosen as often as it counts, visits that many distinct
          // mentions; together they are every mention that is not a quotation.
          const reached = new Set<number>();
          for (const item of state.items) {
            // From no focused mention, so the first choice lands on the entry's first mention.
            await closeCard();
            expect((await focusedMention(article)).index).toBe(-1);
            const seen = new Set<number>();
            let before = -1;
            for (let i = 0; i < item.count; i++) {
              await sendToTab(popup, tabId, { type: 'focus-mention', id: item.id });
              const from = before;
              before = (
                await waitForFocusedMention(
                  article,
                  (focus) => focus.index !== -1 && focus.index !== from,
                  `the focus to leave mention ${from}`,
                )
              ).index;
              seen.add(before);
            }
            expect(seen.size, `distinct mentions reached by the digest entry ${item.id}`).toBe(
              item.count,
            );
            for (const index of seen) reached.add(index);
          }
          const names = [...texts.keys()].filter((index) => !quotations.includes(index));
          expect([...reached].sort((a, b) => a - b)).toEqual(names);
          expect(reached.size).toBe(state.total);
        } finally {
          await popup.close();
          await closeCard();
        }
      });
    });
  }

  // The popup and the card have dark colours of their own (prefers-color-scheme: dark). Only
  // Chromium can be switched to them here: puppeteer emulates media features over CDP, which
  // Firefox does not offer (its WebDriver BiDi has no prefers-color-scheme override).
  if (browserName === 'chromium' && locale === 'en') {
    describe('in dark colours', () => {
      beforeAll(async () => {
        await article.puppeteer.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: 'dark' },
        ]);
        await article.waitFor(() => matchMedia('(prefers-color-scheme: dark)').matches, {
          message: 'the article to be in dark colours',
        });
      });

      afterAll(async () => {
        await article.puppeteer.emulateMediaFeatures([]);
      });

      it('the popup page has no violations', async () => {
        const popup = await openPopupFor(session().browser, article);
        try {
          await popup.puppeteer.emulateMediaFeatures([
            { name: 'prefers-color-scheme', value: 'dark' },
          ]);
          await popup.waitFor(() => matchMedia('(prefers-color-scheme: dark)').matches, {
            message: 'the popup to be in dark colours',
          });
          const result = await runAxe(popup, 'document');
          logIncomplete(result, `${browserName} popup (dark)`);
          expectNoViolations(result, 'the popup page in dark colours');
        } finally {
          await popup.close();
        }
      });

      it.each(cards)('the $kind card has no violations', (card) => auditHoveredCard(card, 'en'));
    });
  }
});
