import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '@/components/popover/Popover';
import { PopoverView } from '@/components/popover/PopoverView';
import { buildPopoverModel, type PopoverModel } from '@/components/popover/view-model';
import { translator } from '@/utils/i18n/translate';
import { dataset, mentionOf } from './fixtures';

const en = translator('en');

afterEach(cleanup);

function model(id: string, kind: 'entity' | 'figure'): PopoverModel {
  const built = buildPopoverModel(dataset, mentionOf({ id, kind }), 2);
  if (!built) throw new Error(`no model for ${id}`);
  return built;
}

describe('Popover', () => {
  it('is a dialog named by its heading, focusable by script only', () => {
    render(
      <PopoverView model={model('sergey-lavrov', 'entity')} pinned={false} onClose={() => {}} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Sergey Lavrov' });
    expect(dialog.getAttribute('tabindex')).toBe('-1');
  });

  it('names a figure dialog by its value and what it measures', () => {
    render(
      <PopoverView model={model('poll-support-war', 'figure')} pinned={false} onClose={() => {}} />,
    );
    expect(screen.queryByRole('dialog', { name: '78% support the war' })).not.toBeNull();
  });

  it('closes on Esc and keeps the key from the page', () => {
    const onClose = vi.fn();
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    render(<PopoverView model={model('sergey-lavrov', 'entity')} pinned onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    document.removeEventListener('keydown', pageHandler);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('ignores other keys', () => {
    const onClose = vi.fn();
    render(<PopoverView model={model('sergey-lavrov', 'entity')} pinned onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Enter' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes with its labelled close button', () => {
    const onClose = vi.fn();
    render(
      <PopoverView model={model('sergey-lavrov', 'entity')} pinned={false} onClose={onClose} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it.each([
    [true, 1],
    [false, 0],
  ])('shows the pinned indicator only when pinned (%s)', (pinned, count) => {
    render(
      <Popover tr={en} labelledBy="t" pinned={pinned} onClose={() => {}}>
        <h2 id="t">Title</h2>
      </Popover>,
    );
    expect(screen.queryAllByText('Pinned')).toHaveLength(count);
  });

  it('reports the pointer entering and leaving', () => {
    const onPointerEnter = vi.fn();
    const onPointerLeave = vi.fn();
    render(
      <Popover
        tr={en}
        labelledBy="t"
        pinned={false}
        onClose={() => {}}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
      >
        <h2 id="t">Title</h2>
      </Popover>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Title' });
    fireEvent.pointerEnter(dialog);
    fireEvent.pointerLeave(dialog);
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('ends with why the text was highlighted', () => {
    const { container } = render(
      <PopoverView model={model('sergey-lavrov', 'entity')} pinned={false} onClose={() => {}} />,
    );
    expect(container.querySelector('.why')?.textContent).toBe(
      'Highlighted because “Лаврова” was read as Sergey Lavrov (surname, Russian).' +
        'Mentioned 2 times on this page.',
    );
  });
});
