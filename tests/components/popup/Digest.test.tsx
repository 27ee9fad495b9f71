import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Digest } from '@/components/popup/Digest';
import type { DigestPage } from '@/components/popup/digest-labels';
import { translator } from '@/utils/i18n/translate';

const en = translator('en');

// Render into a clean document for every test.
afterEach(cleanup);

const page: DigestPage = {
  hostname: 'news.example.org',
  active: true,
  total: 9,
  items: [
    { id: 'share-78', kind: 'figure', category: 'figures', label: '78%', count: 1 },
    { id: 'marco-rubio', kind: 'entity', category: 'people', label: 'Marco Rubio', count: 2 },
    { id: 'sergey-lavrov', kind: 'entity', category: 'people', label: 'Sergey Lavrov', count: 5 },
    { id: 'kremlin', kind: 'entity', category: 'institutions', label: 'Kremlin', count: 1 },
  ],
};

describe('Digest', () => {
  it('groups items by category, most mentioned first, with their counts', () => {
    render(<Digest tr={en} page={page} onChoose={vi.fn()} />);
    const people = screen.getByRole('list', { name: 'People' });
    expect(
      within(people)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Sergey Lavrov5 mentions', 'Marco Rubio2 mentions']);
    expect(
      within(screen.getByRole('list', { name: 'Figures' })).getByRole('button').textContent,
    ).toBe('78%1 mention');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['People', 'Institutions', 'Figures']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('9 mentions');
  });

  it('passes the chosen id on', () => {
    const onChoose = vi.fn();
    render(<Digest tr={en} page={page} onChoose={onChoose} />);
    fireEvent.click(screen.getByRole('button', { name: /Marco Rubio/ }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('marco-rubio');
  });

  it.each<[string, DigestPage | null | undefined, string]>([
    [
      'a page without mentions',
      { ...page, total: 0, items: [] },
      'Nothing from the story on this page.',
    ],
    ['a page it cannot read', null, 'Backstory can’t read this page.'],
    [
      'a page where it is off',
      { ...page, active: false, total: 0, items: [] },
      'Backstory is off on this page.',
    ],
    ['a page still being asked', undefined, 'Reading this page…'],
  ])('explains %s', (_name, state, text) => {
    render(<Digest tr={en} page={state} onChoose={vi.fn()} />);
    expect(screen.queryByText(text, { exact: false })).not.toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
