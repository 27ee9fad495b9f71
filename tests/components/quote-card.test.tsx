/**
 * The quotation card, from a real quote finding: the bundled dataset's matcher run on our own
 * sentences that quote the dataset exactly, altered, and attributed to someone else.
 */

import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopoverView } from '@/components/popover/PopoverView';
import { buildPopoverModel } from '@/components/popover/view-model';
import type { Language } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { bundledDataset as dataset } from '../support/bundled-dataset';

afterEach(cleanup);

const matcher = compileMatcher(dataset);
const quote = (id: string) => {
  const found = dataset.statements.find((statement) => statement.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found.text;
};
const soviet = quote('lavrov-quote-soviet-concessions');

function renderQuotation(page: string, lang: Language = 'en') {
  const mention = matcher.find(page).find((candidate) => candidate.kind === 'quote');
  if (!mention) throw new Error(`no quotation found in: ${page}`);
  const model = buildPopoverModel(dataset, mention, 1, lang);
  if (!model) throw new Error('no model');
  return render(<PopoverView model={model} pinned={false} onClose={() => {}} />);
}

describe('the quotation card', () => {
  it('says an exact quotation matches, with who said it and the source', () => {
    const { container } = renderQuotation(`Lavrov said: “${soviet}”`);
    expect(screen.getByRole('dialog', { name: 'Matches the source word for word' })).toBeTruthy();
    expect(container.textContent).toContain('— Sergey Lavrov');
    expect(container.textContent).toContain('Source: Source article (wire-based report)');
    expect(container.textContent).toContain('February 2025, before the February 18 talks');
    expect(container.querySelectorAll('ins, del, mark')).toHaveLength(0);
  });

  it.each([
    [
      'uk',
      'Джерело: Вихідна стаття (на основі матеріалів інформагенцій) · лютий 2025 р., до переговорів 18 лютого',
    ],
    [
      'ru',
      'Источник: Исходная статья (на основе материалов информагентств) · февраль 2025 г., до переговоров 18 февраля',
    ],
  ] as const)('on a %s card, writes the source and its date in that language', (lang, line) => {
    const { container } = renderQuotation(`Lavrov said: “${soviet}”`, lang);
    const source = container.querySelector('.source')?.textContent?.replace(/\s+/g, ' ');
    expect(source).toBe(line);
  });

  it('marks what an altered quotation changed, in words as well as in style', () => {
    const altered = soviet.replace('what is now called ', '').replace('Soviet', 'Bolshevik');
    const { container } = renderQuotation(`Lavrov said: “${altered}”`);
    expect(screen.getByRole('dialog', { name: 'Differs from the source' })).toBeTruthy();
    const dropped = container.querySelector('del');
    expect(dropped?.textContent).toBe('left out: what is now called');
    const changed = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(changed).toEqual(['changed: Bolshevik', 'changed: Soviet']);
    expect(container.textContent).toContain('4 words of the source left out');
    expect(container.textContent).toContain('1 word of the source changed');
  });

  it('shows the cut ends of a partial quotation in brackets', () => {
    const { container } = renderQuotation(
      '“were made by the Soviet leadership during the formation of the USSR,” Lavrov said.',
    );
    expect(
      screen.getByRole('dialog', { name: 'Matches part of the source word for word' }),
    ).toBeTruthy();
    const cut = container.querySelector('.wording-cut');
    expect(cut?.textContent).toBe(
      '[not quoted on the page: Territorial concessions to what is now called Ukraine]',
    );
  });

  it('says whom the source gives the words to when the passage names someone else', () => {
    const { container } = renderQuotation(`Putin said: “${soviet}”`);
    expect(container.textContent).toContain(
      'This passage names Vladimir Putin, not Sergey Lavrov: the source gives these words to Sergey Lavrov.',
    );
  });
});

describe('the card of a translated quotation', () => {
  it('says "translation; compare with the source" and shows the source’s own words', () => {
    // Our own Ukrainian rendering of the quote, as the dataset's statement translations hold it.
    const withTranslation = structuredClone(dataset);
    const statement = withTranslation.statements.find((s) => s.text === soviet);
    if (!statement) throw new Error('no statement');
    Object.assign(statement, {
      translations: {
        uk: 'Територіальні поступки тому, що тепер називають Україною, зробило радянське керівництво під час утворення СРСР,',
        ru: 'Территориальные уступки тому, что теперь называют Украиной, сделало советское руководство при образовании СССР,',
      },
    });
    const page =
      '«Територіальні поступки на користь того, що тепер зветься Україною, зробило радянське керівництво під час створення СРСР», — сказав Лавров.';
    const mention = compileMatcher(withTranslation)
      .find(page)
      .find((candidate) => candidate.kind === 'quote');
    if (!mention) throw new Error('no quotation found');
    const model = buildPopoverModel(withTranslation, mention, 1);
    if (!model) throw new Error('no model');
    const { container } = render(<PopoverView model={model} pinned={false} onClose={() => {}} />);
    expect(
      screen.getByRole('dialog', { name: 'Translation; compare with the source' }),
    ).toBeTruthy();
    const wordings = [...container.querySelectorAll('.wording')].map((p) => p.textContent);
    expect(wordings[1]).toBe(soviet);
    expect(container.querySelectorAll('ins, del, mark')).toHaveLength(0);
    expect(container.textContent).toContain('not checked word for word');
  });
});
