// Issue 6 end to end: on the demo article, hovering a name shows that person's role and a
// sourced quote, hovering the poll figure shows the chart, Esc closes, a click pins, and the
// keyboard command's message opens the next mention's popover with focus inside.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Figure } from '../../utils/dataset/schema';
import { formatSourceDate } from '../../utils/i18n/source-date';
import { translator } from '../../utils/i18n/translate';
import { DEFAULT_HIDE_GRACE_MS } from '../../utils/page/hover-intent';
import { bundledDataset as dataset } from '../support/bundled-dataset';
import {
  activeTabId,
  type BrowserName,
  focusedMention,
  readPopover,
  scrollToMention,
  sendToTab,
  type TestPage,
  useExtensionSession,
  waitForBackstoryHighlights,
  waitForFocusedMention,
  waitForPopover,
  waitForPopoverClosed,
  watchPopoverFor,
  withLiveHighlights,
} from './harness';

// What the popover must show comes from the bundled dataset itself, never from copies here.
function entity(id: string) {
  const found = dataset.entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The dataset has no entity ${id}`);
  return found;
}

function figureWithValue(value: number): Figure {
  const found = dataset.figures.find((candidate) => candidate.value === value && candidate.poll);
  if (!found) throw new Error(`The dataset has no poll figure of ${value}`);
  return found;
}

function sourceLine(sourceId: string): string {
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (!source) throw new Error(`The dataset has no source ${sourceId}`);
  return `Source: ${source.name.en} · ${formatSourceDate(source.date, translator('en'))}`;
}

function verbatim(id: string) {
  const found = dataset.statements.find((statement) => statement.id === id);
  if (found?.mode !== 'verbatim') throw new Error(`The dataset has no quote ${id}`);
  return found;
}

/** A wording as the card prints it: runs of white space as one space. */
function tidyQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A point on the demo page where no mention is: the demo banner at the very top. */
const awayFromMentions = { x: 4, y: 4 };

const browserNames: BrowserName[] = ['chromium', 'firefox'];

describe.each(browserNames)('the popover in %s', (browserName) => {
  const session = useExtensionSession(browserName);
  let article: TestPage;

  beforeAll(async () => {
    const { browser, server } = session();
    article = await browser.newPage();
    await article.goto(server.url('/demo/'));
    await waitForBackstoryHighlights(article);
  });

  beforeEach(async () => {
    // Each test starts with no popover and the pointer away from every mention.
    await article.puppeteer.bringToFront();
    await article.hover(awayFromMentions.x, awayFromMentions.y);
    if (await readPopover(article)) {
      await article.press('Escape');
      await waitForPopoverClosed(article);
    }
  });

  it('hovering Sergey Lavrov shows his role and his verbatim quotes with their source lines', async () => {
    const lavrov = entity('lavrov');
    const quotes = dataset.statements
      .filter(
        (statement) =>
          statement.mode === 'verbatim' &&
          (statement.speaker === lavrov.id || statement.about.includes(lavrov.id)),
      )
      .map((statement) => ({ text: `“${statement.text}”`, source: sourceLine(statement.source) }));
    expect(quotes.length).toBeGreaterThan(0);

    const mention = await scrollToMention(article, /Lavrov/);
    await article.hover(mention.point.x, mention.point.y);
    const popover = await waitForPopover(article, (shown) => shown.label === lavrov.name.en, {
      message: `the popover of ${lavrov.name.en}`,
    });

    expect(popover.eyebrow).toBe('Person');
    expect(popover.role).toBe(lavrov.role.en);
    expect(popover.quotes).toHaveLength(quotes.length);
    expect(popover.quotes).toEqual(expect.arrayContaining(quotes));
    // A hover shows the card without taking focus from the page, and without pinning it.
    expect(popover.pinned).toBe(false);
    expect(popover.focusInside).toBe(false);
  });

  it('hovering the 78% poll figure shows the poll chart with its three answers and the pollster note; Esc closes it', async () => {
    const figure = figureWithValue(78);
    const poll = dataset.polls.find((candidate) => candidate.id === figure.poll);
    if (!poll) throw new Error(`The dataset has no poll ${figure.poll}`);
    const bars = poll.answers.map((answerId) => {
      const answer = dataset.figures.find((candidate) => candidate.id === answerId);
      return {
        label: answer?.measures.en,
        value: `${answer?.value}%`,
        current: answerId === figure.id,
      };
    });
    expect(bars.map((bar) => bar.value)).toEqual(['78%', '70%', '30%']);

    const mention = await scrollToMention(article, /^78%$/);
    await article.hover(mention.point.x, mention.point.y);
    const popover = await waitForPopover(article, (shown) => shown.bars.length > 0, {
      message: 'the popover of the 78% figure',
    });

    expect(popover.label).toBe(`78% ${figure.measures.en}`);
    expect(popover.bars).toEqual(bars);
    expect(popover.pollNote).toBe(poll.pollsterNote?.en);
    expect(popover.sources).toContain(sourceLine(figure.source));

    await article.press('Escape');
    await waitForPopoverClosed(article);
  });

  it('a click on a highlight pins its popover: it stays after the pointer leaves, past the grace period', async () => {
    const watchMs = 2 * DEFAULT_HIDE_GRACE_MS;
    const mention = await scrollToMention(article, /Kellogg/);

    // Control: a hovered popover does close once the pointer has left and the grace is over,
    // so the watch below can see a popover go.
    await article.hover(mention.point.x, mention.point.y);
    await waitForPopover(article, (shown) => shown.label === entity('kellogg').name.en);
    await article.hover(awayFromMentions.x, awayFromMentions.y);
    const hovered = await watchPopoverFor(article, watchMs);
    expect(hovered.closedAfterMs, 'a hovered popover closes after the grace period').not.toBeNull();

    await article.click(mention.point.x, mention.point.y);
    const pinned = await waitForPopover(article, (shown) => shown.pinned);
    expect(pinned.label).toBe(entity('kellogg').name.en);
    await article.hover(awayFromMentions.x, awayFromMentions.y);
    // Twice the grace period, watched frame by frame in the page: a pinned popover stays.
    const stayed = await watchPopoverFor(article, watchMs);
    expect(stayed.closedAfterMs).toBeNull();
    expect(stayed.frames).toBeGreaterThan(1);

    // A click elsewhere on the page lets it go.
    await article.click(awayFromMentions.x, awayFromMentions.y);
    await waitForPopoverClosed(article);
  });

  it('hovering the exact quotation shows "matches" with the source wording, who said it and the source', async () => {
    const quote = verbatim('lavrov-quote-soviet-concessions');
    const mention = await scrollToMention(article, /^Territorial concessions to what/);
    // The quotation has its own highlight, apart from the names'.
    const names = await withLiveHighlights(article, (highlights) =>
      highlights
        .filter(({ ranges }) => ranges.some((range) => range.toString().startsWith('Territorial')))
        .map(({ name }) => name),
    );
    expect(names).toEqual(['backstory-quote-underline']);
    await article.hover(mention.point.x, mention.point.y);
    const popover = await waitForPopover(article, (shown) => shown.eyebrow === 'Quotation check', {
      message: 'the card of the exact quotation',
    });
    expect(popover.label).toBe('Matches the source word for word');
    expect(popover.wordings).toEqual([tidyQuote(quote.text), tidyQuote(quote.text)]);
    expect(popover.differences).toEqual([]);
    expect(popover.sources).toContain(sourceLine(quote.source));
  });

  it('hovering the altered quotation shows "differs" and marks the changed and dropped words', async () => {
    const quote = verbatim('lavrov-quote-why-invite-them');
    const mention = await scrollToMention(article, /^If they come up with clever ideas/);
    await article.hover(mention.point.x, mention.point.y);
    const popover = await waitForPopover(article, (shown) => shown.eyebrow === 'Quotation check', {
      message: 'the card of the altered quotation',
    });
    expect(popover.label).toBe('Differs from the source');
    expect(popover.wordings[1]).toContain('changed: some crafty');
    expect(popover.wordings[1]).toContain('left out: like this');
    const differences = popover.differences.join(' | ');
    for (const part of ['changed: clever', 'changed: some crafty', 'left out: like this']) {
      expect(differences).toContain(part);
    }
    expect(popover.sources).toContain(sourceLine(quote.source));
  });

  // This exercises the content side of the keyboard command. Real `commands` shortcuts cannot
  // be pressed reliably in headless browsers, so the test sends the message the background's
  // `commands.onCommand` handler sends to the active tab; the command → message mapping is
  // unit-tested in tests/unit/settings/background.test.ts.
  it('the keyboard command’s step-mention message opens the next mention’s popover with focus inside (content side of the command)', async () => {
    const { browser } = session();
    const popup = await browser.openPopup();
    try {
      // As the background does without a tab from the command: the active tab of the window.
      await article.puppeteer.bringToFront();
      const tabId = await activeTabId(popup);

      await sendToTab(popup, tabId, { type: 'step-mention', direction: 1 });
      const first = await waitForPopover(article, (shown) => shown.focusInside, {
        message: 'a popover with focus inside after the first step',
      });
      const firstFocus = await focusedMention(article);
      expect(firstFocus.index, 'the first step focuses the first mention in document order').toBe(
        0,
      );
      expect(firstFocus.inViewport).toBe(true);
      expect(first.pinned).toBe(true);
      expect(first.label).not.toBe('');

      await sendToTab(popup, tabId, { type: 'step-mention', direction: 1 });
      const secondFocus = await waitForFocusedMention(
        article,
        (focus) => focus.index === 1,
        'the focus on the second mention',
      );
      expect(secondFocus.text).not.toBe('');
      const second = await waitForPopover(article, (shown) => shown.focusInside);
      expect(second.pinned).toBe(true);

      // Esc from inside the dialog closes it and clears the focus highlight.
      await article.press('Escape');
      await waitForPopoverClosed(article);
      expect((await focusedMention(article)).index).toBe(-1);
    } finally {
      await popup.close();
    }
  });
});
