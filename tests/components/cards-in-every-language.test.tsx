/**
 * The real dataset's cards in each language: quotes stay the source's English words in
 * quotation marks, followed on uk/ru cards by our translation, labelled as ours and never
 * quoted; reported statements, roles and figures are in the card's language.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopoverView } from '@/components/popover/PopoverView';
import { buildPopoverModel } from '@/components/popover/view-model';
import { dataset } from '@/utils/dataset';
import type { Language, Statement } from '@/utils/dataset/schema';
import { CATALOGUES } from '@/utils/i18n/catalogue';
import type { Mention } from '@/utils/matching/types';

afterEach(cleanup);

const LANGS: Language[] = ['en', 'uk', 'ru'];
const QUOTE_MARKS = /["“”«»„]/;

function mention(id: string, kind: Mention['kind']): Mention {
  const [matched, rule] =
    kind === 'figure' ? ['20%', 'figure-form:uk'] : ['Лавров', 'alias:surname:uk'];
  return { id, kind, start: 0, end: 1, category: 'people', matched, rule };
}

function renderCard(id: string, kind: Mention['kind'], lang: Language): HTMLElement {
  const model = buildPopoverModel(dataset, mention(id, kind), 2, lang);
  if (!model) throw new Error(`no card for ${id}`);
  const { container } = render(<PopoverView model={model} pinned={false} onClose={() => {}} />);
  const dialog = container.querySelector('[role="dialog"]');
  if (!(dialog instanceof HTMLElement)) throw new Error('no dialog');
  return dialog;
}

/** Every (statement, card that shows it): the speaker's card and the cards it is about. */
const shown = dataset.statements.flatMap((statement) =>
  [statement.speaker, ...statement.about].map((entityId) => [statement, entityId] as const),
);

function itemOf(card: HTMLElement, statement: Statement, lang: Language): HTMLElement {
  const wanted =
    statement.mode === 'verbatim'
      ? `“${statement.text}”`
      : lang === 'en'
        ? statement.text
        : statement.translations[lang];
  const item = [...card.querySelectorAll<HTMLElement>('.statement')].find((li) =>
    li.textContent?.includes(wanted),
  );
  if (!item) throw new Error(`${statement.id} is not on the ${lang} card`);
  return item;
}

describe.each(LANGS)('cards in %s', (lang) => {
  const messages = CATALOGUES[lang];

  it.each(shown.filter(([statement]) => statement.mode === 'verbatim'))(
    'keeps the quote %s verbatim in quotation marks (card: %s)',
    (statement, entityId) => {
      const card = renderCard(entityId, 'entity', lang);
      const item = itemOf(card, statement, lang);
      const blockquote = item.querySelector('blockquote');
      expect(blockquote?.textContent).toBe(`“${statement.text}”`);
      expect(blockquote?.getAttribute('lang')).toBe('en');
      // The source published the words in English translation of Russian speech: said on every card.
      expect(item.querySelector('.quote-origin')?.textContent).toBe(
        messages['quote.publishedFromRussian'],
      );
      const translation = item.querySelector('.quote-translation');
      if (lang === 'en') {
        expect(translation).toBeNull();
        return;
      }
      if (!translation) throw new Error('no translation');
      const label = translation.querySelector('.translation-label')?.textContent;
      expect(label).toBe(messages['quote.translationLabel']);
      const text = translation.querySelector('.translation-text')?.textContent ?? '';
      expect(text).toBe(statement.translations[lang]);
      expect(text).not.toMatch(QUOTE_MARKS);
      // Ours, not the speaker's: outside the blockquote and its caption, and said so.
      expect(blockquote?.contains(translation)).toBe(false);
      expect(item.querySelector('figure')?.contains(translation)).toBe(false);
      expect(translation.querySelector('.note')?.textContent).toBe(
        messages['quote.translationNote'],
      );
      // The translation comes after the quote.
      const position = blockquote?.compareDocumentPosition(translation) ?? 0;
      expect(position & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    },
  );

  it.each(shown.filter(([statement]) => statement.mode === 'reported'))(
    'shows the reported statement %s in the card language, unquoted and labelled (card: %s)',
    (statement, entityId) => {
      const card = renderCard(entityId, 'entity', lang);
      const item = itemOf(card, statement, lang);
      const text = item.querySelector('.reported-text')?.textContent ?? '';
      expect(text).toBe(lang === 'en' ? statement.text : statement.translations[lang]);
      expect(text).not.toMatch(QUOTE_MARKS);
      expect(item.querySelector('blockquote')).toBeNull();
      expect(item.querySelector('.badge')?.textContent).toBe(messages['statement.reported']);
    },
  );

  it.each(dataset.entities.map((entity) => [entity.id, entity] as const))(
    'the card for %s carries lang and shows name and role in the language',
    (id, entity) => {
      const card = renderCard(id, 'entity', lang);
      expect(card.getAttribute('lang')).toBe(lang);
      expect(card.querySelector('h2')?.textContent).toBe(entity.name[lang]);
      expect(card.querySelector('.role')?.textContent).toBe(entity.role[lang]);
    },
  );

  it.each(dataset.figures.map((figure) => [figure.id, figure] as const))(
    'the card for %s shows what it measures in the language',
    (id, figure) => {
      const card = renderCard(id, 'figure', lang);
      expect(card.getAttribute('lang')).toBe(lang);
      expect(card.querySelector('.lede')?.textContent).toBe(figure.measures[lang]);
    },
  );
});

describe('Ukrainian and Russian cards are in Ukrainian and Russian', () => {
  it.each([
    ['lavrov', 'uk'],
    ['lavrov', 'ru'],
    ['territory-under-russian-control', 'uk'],
    ['poll-support-war', 'ru'],
    ['talks-start-date', 'uk'],
  ] as const)('%s in %s: most letters outside the English quotes are Cyrillic', (id, lang) => {
    const kind = dataset.figures.some((figure) => figure.id === id) ? 'figure' : 'entity';
    const card = renderCard(id, kind, lang);
    for (const quote of card.querySelectorAll('[lang="en"]')) quote.remove();
    const letters = card.textContent?.match(/\p{L}/gu) ?? [];
    const cyrillic = letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter));
    // Latin letters left: names of the product and of Reuters, and the matched form.
    expect(cyrillic.length / letters.length).toBeGreaterThan(0.9);
  });

  it('writes dates and percentages as the language does', () => {
    expect(renderCard('talks-start-date', 'figure', 'uk').querySelector('h2')?.textContent).toBe(
      '18 лютого',
    );
    expect(renderCard('poll-support-war', 'figure', 'ru').querySelector('h2')?.textContent).toMatch(
      /^78\s%$/u,
    );
    expect(
      renderCard('territory-under-russian-control', 'figure', 'uk').querySelector('h2')
        ?.textContent,
    ).toBe('близько 20%');
  });
});
