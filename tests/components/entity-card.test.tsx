import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityCard } from '@/components/popover/EntityCard';
import { buildPopoverModel, type EntityModel } from '@/components/popover/view-model';
import { translator } from '@/utils/i18n/translate';
import { dataset, LAVROV_QUOTE, mentionOf } from './fixtures';

const en = translator('en');

afterEach(cleanup);

function entity(id: string): EntityModel {
  const model = buildPopoverModel(dataset, mentionOf({ id, kind: 'entity' }), 1);
  if (model?.card.kind !== 'entity') throw new Error(`no entity ${id}`);
  return model.card;
}

describe('EntityCard', () => {
  it('shows the name as the heading, the kind and the role', () => {
    render(<EntityCard tr={en} entity={entity('sergey-lavrov')} headingId="h" />);
    const heading = screen.getByRole('heading', { name: 'Sergey Lavrov' });
    expect(heading.id).toBe('h');
    expect(screen.queryByText('Person')).not.toBeNull();
    expect(screen.queryByText('Foreign Minister of Russia')).not.toBeNull();
  });

  it('shows a verbatim statement in quotation marks inside a blockquote, with speaker and source', () => {
    const { container } = render(
      <EntityCard tr={en} entity={entity('sergey-lavrov')} headingId="h" />,
    );
    const quote = container.querySelector('.statement-verbatim');
    if (!(quote instanceof HTMLElement)) throw new Error('no verbatim statement');
    expect(quote.querySelector('blockquote')?.textContent).toBe(`“${LAVROV_QUOTE}”`);
    expect(within(quote).queryByText('— Sergey Lavrov')).not.toBeNull();
    expect(quote.querySelector('.source')?.textContent).toBe(
      'Source: Reuters · February 2025, before the February 18 talks',
    );
  });

  it('labels a reported statement as a paraphrase and never puts it in quotation marks', () => {
    const { container } = render(
      <EntityCard tr={en} entity={entity('sergey-lavrov')} headingId="h" />,
    );
    const reported = container.querySelector('.statement-reported');
    if (!(reported instanceof HTMLElement)) throw new Error('no reported statement');
    expect(within(reported).queryByText('Reported')).not.toBeNull();
    expect(within(reported).queryByText('not a direct quote')).not.toBeNull();
    expect(within(reported).queryByText('— Sergey Lavrov, as reported')).not.toBeNull();
    expect(reported.querySelector('.reported-text')?.textContent).toBe(
      'Russia will make no territorial concessions to Ukraine.',
    );
    expect(reported.querySelector('blockquote, q')).toBeNull();
    expect(reported.textContent).not.toMatch(/[“”]/);
    expect(reported.querySelector('.source')?.textContent).toContain('Reuters');
  });

  it('attributes a statement about the entity to whoever made it', () => {
    render(<EntityCard tr={en} entity={entity('kremlin')} headingId="h" />);
    expect(screen.queryByText('Institution')).not.toBeNull();
    expect(
      screen.queryByText('— A source familiar with the Kremlin’s position, as reported'),
    ).not.toBeNull();
  });

  it('says so when the source reports nothing by or about the entity', () => {
    render(<EntityCard tr={en} entity={entity('donald-trump')} headingId="h" />);
    expect(screen.queryByRole('list', { name: 'Statements' })).toBeNull();
    expect(screen.queryByText(/reports no statement by or about Donald Trump/)).not.toBeNull();
  });
});
