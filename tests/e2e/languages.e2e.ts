// Issue 14 end to end: with the browser itself started in Ukrainian or Russian (Chromium under
// LANGUAGE, Firefox with intl.locale.requested and its language pack), the popup and the toolbar
// tooltip speak that language, and the card for a mention on a page in that language is in it,
// with `lang` set. Started in English, all of it stays English. What each text must read comes
// from the catalogue and the dataset, never from copies here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../utils/i18n/catalogue';
import { translator } from '../../utils/i18n/translate';
import { bundledDataset as dataset } from '../support/bundled-dataset';
import {
  activeTabId,
  type BrowserLocale,
  type BrowserName,
  defaultMounts,
  openPopupFor,
  pollUntil,
  readBadgeText,
  readBadgeTitle,
  scrollToMention,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  waitForPopover,
} from './harness';

const lavrov = dataset.entities.find((entity) => entity.id === 'lavrov');
if (!lavrov) throw new Error('The dataset has no entity lavrov');

/** Texts the popup always shows, whatever the page: its heading line and the settings' labels. */
const popupKeys: MessageKey[] = [
  'popup.tagline',
  'settings.enabled',
  'settings.highlight',
  'settings.cardLanguage',
  'settings.where',
  'digest.title',
];

const locales: BrowserLocale[] = ['en', 'uk', 'ru'];
const browserNames: BrowserName[] = ['chromium', 'firefox'];
const cases = browserNames.flatMap((browserName) =>
  locales.map((locale) => [browserName, locale] as const),
);

describe.each(cases)('%s started in %s', (browserName, locale) => {
  const session = useExtensionSession(browserName, defaultMounts(), {}, { locale });
  const tr = translator(locale);
  const otherLanguages = locales.filter((other) => other !== locale).map(translator);
  /** A page written in the browser's language, naming Sergey Lavrov. */
  let article: TestPage;

  beforeAll(async () => {
    const { browser, server } = session();
    article = await browser.newPage();
    await article.goto(server.url(`/fixtures/page-${locale}.html`));
    await waitForBackstoryHighlights(article);
  });

  it('the popup speaks the browser’s language, and the tooltip counts the page’s mentions in it', async () => {
    const popup = await openPopupFor(session().browser, article);
    const shown = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
    }));
    expect(shown.lang).toBe(locale);
    for (const key of popupKeys) expect(shown.text).toContain(tr.t(key));
    for (const other of otherLanguages) expect(shown.text).not.toContain(other.t('popup.tagline'));

    const tabId = await activeTabId(popup);
    const count = Number(
      await pollUntil(async () => (await readBadgeText(popup, tabId)) || null, {
        message: 'the badge to show the page’s count',
      }),
    );
    expect(count).toBeGreaterThan(0);
    expect(await readBadgeTitle(popup, tabId)).toBe(tr.plural('badge.title', count));
    await popup.close();
  });

  it('the card for a mention on a page in that language is in it, with lang set', async () => {
    await article.puppeteer.bringToFront();
    const mention = await scrollToMention(article, /Lavrov|Лавров/);
    await article.hover(mention.point.x, mention.point.y);
    const card = await waitForPopover(article, (shown) => shown.label === lavrov.name[locale], {
      message: `the card of ${lavrov.name[locale]}`,
    });
    expect(card.eyebrow).toBe(tr.t('kind.person'));
    expect(card.role).toBe(lavrov.role[locale]);
    expect(card.sources.length).toBeGreaterThan(0);
    for (const source of card.sources)
      expect(source.startsWith(`${tr.t('source.label')}:`)).toBe(true);
    const lang = await article.evaluate(
      () =>
        document
          .querySelector('backstory-popover')
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getAttribute('lang') ?? null,
    );
    expect(lang).toBe(locale);
  });

  it('the demo article written in that language (npm run demo -- --lang) lights up, and its cards speak it', async () => {
    const { browser, server } = session();
    const demo = await browser.newPage();
    await demo.goto(server.url(locale === 'en' ? '/demo/' : `/demo/${locale}.html`));
    await waitForBackstoryHighlights(demo);
    const mention = await scrollToMention(demo, /Lavrov|Лавров/);
    await demo.hover(mention.point.x, mention.point.y);
    const card = await waitForPopover(demo, (shown) => shown.label === lavrov.name[locale], {
      message: `the card of ${lavrov.name[locale]} on the demo article`,
    });
    expect(card.role).toBe(lavrov.role[locale]);
    await demo.close();
  });
});
