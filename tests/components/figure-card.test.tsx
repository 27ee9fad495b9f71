import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureCard } from '@/components/popover/FigureCard';
import { buildPopoverModel, type FigureModel } from '@/components/popover/view-model';
import { translator } from '@/utils/i18n/translate';
import { dataset, mentionOf } from './fixtures';

const en = translator('en');

afterEach(cleanup);

function figure(id: string): FigureModel {
  const model = buildPopoverModel(dataset, mentionOf({ id, kind: 'figure' }), 1);
  if (model?.card.kind !== 'figure') throw new Error(`no figure ${id}`);
  return model.card;
}

describe('FigureCard for a poll answer', () => {
  it('says what the number measures and of whom', () => {
    const { container } = render(
      <FigureCard tr={en} figure={figure('poll-support-war')} headingId="h" />,
    );
    expect(screen.getByRole('heading', { name: '78%' }).id).toBe('h');
    expect(container.querySelector('#h-lede')?.textContent).toBe('support the war');
    expect(screen.queryByText('Of: Russians surveyed')).not.toBeNull();
  });

  it('draws the three answers as bars with their values and labels', () => {
    const { container } = render(
      <FigureCard tr={en} figure={figure('poll-support-war')} headingId="h" />,
    );
    const bars = [...container.querySelectorAll('.bar')];
    expect(bars).toHaveLength(3);
    expect(bars.map((bar) => bar.querySelector('.bar-value')?.textContent)).toEqual([
      '78%',
      '70%',
      '30%',
    ]);
    expect(bars.map((bar) => bar.querySelector('.bar-label')?.textContent)).toEqual([
      'support the war',
      'would back an immediate end if Russia keeps the occupied land',
      'would back ending it if Russia withdrew',
    ]);
    expect(
      bars.map((bar) => (bar.querySelector('.bar-fill') as HTMLElement | null)?.style.width),
    ).toEqual(['78%', '70%', '30%']);
    expect(bars.map((bar) => bar.classList.contains('bar-current'))).toEqual([true, false, false]);
  });

  it('gives the chart a text alternative with every number', () => {
    render(<FigureCard tr={en} figure={figure('poll-end-if-withdrawn')} headingId="h" />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Russian opinion on the war (Russians surveyed): 78% support the war; ' +
        '70% would back an immediate end if Russia keeps the occupied land; ' +
        '30% would back ending it if Russia withdrew.',
    );
  });

  it('notes that the pollster is not named, and gives the source once', () => {
    const { container } = render(
      <FigureCard tr={en} figure={figure('poll-support-war')} headingId="h" />,
    );
    expect(screen.queryByText('Pollster not named in the source')).not.toBeNull();
    const sources = [...container.querySelectorAll('.source')].map((s) => s.textContent);
    expect(sources).toEqual(['Source: Source article · February 2025']);
  });
});

describe('FigureCard for a share', () => {
  it('fills one square per percent of a 10 × 10 grid, described for screen readers', () => {
    const { container } = render(
      <FigureCard tr={en} figure={figure('territory-share')} headingId="h" />,
    );
    expect(screen.queryByRole('heading', { name: 'about 20%' })).not.toBeNull();
    expect(container.querySelectorAll('.share-cell')).toHaveLength(100);
    expect(container.querySelectorAll('.share-cell-filled')).toHaveLength(20);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'about 20%: Share of Ukraine’s territory under Russian control (Ukraine)',
    );
    expect(container.querySelector('.poll')).toBeNull();
  });
});

it('shows a date with neither chart nor grid', () => {
  const { container } = render(<FigureCard tr={en} figure={figure('talks-start')} headingId="h" />);
  expect(screen.queryByRole('heading', { name: 'February 18' })).not.toBeNull();
  expect(screen.queryByText('Date')).not.toBeNull();
  expect(container.querySelector('[role="img"]')).toBeNull();
});
