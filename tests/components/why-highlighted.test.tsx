import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { WhyModel } from '@/components/popover/view-model';
import { WhyHighlighted } from '@/components/popover/WhyHighlighted';
import { translator } from '@/utils/i18n/translate';

const en = translator('en');

afterEach(cleanup);

const lavrov: WhyModel = {
  matched: 'Лаврова',
  readAs: 'Sergey Lavrov',
  ruleDescription: 'surname, Russian',
  pageCount: 4,
  topical: false,
};

describe('WhyHighlighted', () => {
  it.each<[string, WhyModel, string[]]>([
    [
      'a name form and how often it appears',
      lavrov,
      [
        'Highlighted because “Лаврова” was read as Sergey Lavrov (surname, Russian).',
        'Mentioned 4 times on this page.',
      ],
    ],
    [
      'a single mention',
      { ...lavrov, pageCount: 1 },
      [
        'Highlighted because “Лаврова” was read as Sergey Lavrov (surname, Russian).',
        'Mentioned once on this page.',
      ],
    ],
    [
      'a rule it cannot describe, without an empty parenthesis',
      { ...lavrov, ruleDescription: '', pageCount: 0 },
      ['Highlighted because “Лаврова” was read as Sergey Lavrov.'],
    ],
    [
      'a general name shown because the text is about the talks',
      { matched: 'US', readAs: 'United States', ruleDescription: '', pageCount: 2, topical: true },
      [
        'Highlighted because “US” was read as United States.',
        'Shown because this part of the page is about the talks on the war against Ukraine.',
        'Mentioned 2 times on this page.',
      ],
    ],
  ])('explains %s', (_, why, lines) => {
    const { container } = render(<WhyHighlighted tr={en} why={why} />);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(lines);
  });
});
