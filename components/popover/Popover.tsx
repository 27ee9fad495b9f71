import type { ComponentChildren, Ref } from 'preact';
import type { Translator } from '@/utils/i18n/translate';

export interface PopoverProps {
  /** The card's language: its root carries `lang`, so screen readers and hyphenation follow. */
  tr: Translator;
  /** Space-separated ids of the elements that name the dialog (its heading, and for figures the lede). */
  labelledBy: string;
  pinned: boolean;
  onClose: () => void;
  /** The dialog element, so a keyboard opening can move focus into it. */
  dialogRef?: Ref<HTMLDivElement>;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  children: ComponentChildren;
}

/**
 * The frame every card sits in: a labelled, non-modal dialog that closes on Esc or with its
 * close button. It takes focus only when asked to (tabindex -1): a hover must not steal focus
 * from the page.
 */
export function Popover({
  tr,
  labelledBy,
  pinned,
  onClose,
  dialogRef,
  onPointerEnter,
  onPointerLeave,
  children,
}: PopoverProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc belongs to us while focus is inside the dialog; the page must not act on it too.
    event.stopPropagation();
    onClose();
  };
  return (
    <div
      ref={dialogRef}
      class={pinned ? 'popover popover-pinned' : 'popover'}
      role="dialog"
      lang={tr.lang}
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div class="toolbar">
        {pinned ? (
          <span class="pinned">
            <svg class="pin-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M10.5 1.5 14.5 5.5 13 6l-2.5 2.5.5 3.5-1.5 1.5L7 11 3 15l-1-1 4-4-2.5-2.5L5 6l3.5.5L11 4z" />
            </svg>
            {tr.t('card.pinned')}
          </span>
        ) : null}
        <button type="button" class="close" aria-label={tr.t('card.close')} onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      {children}
    </div>
  );
}
