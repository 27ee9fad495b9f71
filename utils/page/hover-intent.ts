/**
 * When the popover opens and closes, decided apart from how it is drawn. Pointer hit-testing
 * reports which mention is under the pointer (or none); this machine turns that stream into
 * calm show/hide calls:
 *
 * - a mention must stay under the pointer for the intent delay before its popover shows;
 * - leaving the mention hides the popover only after a grace period, so the pointer can travel
 *   from the text into the popover (and back) without it vanishing;
 * - while the pointer is inside the popover it stays open;
 * - a pinned popover (a click, or a keyboard opening) ignores the pointer and stays until it
 *   is closed explicitly (Esc, its close button, a click elsewhere).
 *
 * Time comes in through `timers`, so tests drive it with fake timers and the content script
 * passes the context's timers, which stop when the extension context is invalidated.
 */

export const DEFAULT_HIDE_GRACE_MS = 300;

export interface IntentTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HoverIntentOptions<T> {
  /** Read on every new hover, so a settings change applies at once. */
  getShowDelay(): number;
  hideGraceMs?: number;
  timers: IntentTimers;
  /** Whether two reports are the same mention (hit-testing sends a fresh object per move). */
  isSameTarget(a: T, b: T): boolean;
  onShow(target: T, pinned: boolean): void;
  onHide(): void;
}

export type IntentPhase = 'closed' | 'pending' | 'open' | 'pinned';

export interface HoverIntent<T> {
  /** The mention now under the pointer, or null when the pointer is over no mention. */
  pointerOver(target: T | null): void;
  pointerEnterPopover(): void;
  pointerLeavePopover(): void;
  /** Show `target` at once and keep it open until `close` (a click, a keyboard command). */
  pin(target: T): void;
  /** Hide now, whatever the state; calls onHide only if something was shown. */
  close(): void;
  phase(): IntentPhase;
  /** The mention shown (open or pinned), if any. */
  current(): T | null;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const hideGraceMs = options.hideGraceMs ?? DEFAULT_HIDE_GRACE_MS;
  const { timers, isSameTarget } = options;
  let shown: T | null = null;
  let pinned = false;
  let pending: T | null = null;
  let showTimer: number | null = null;
  let hideTimer: number | null = null;
  let insidePopover = false;

  const cancelShow = () => {
    if (showTimer !== null) timers.clearTimeout(showTimer);
    showTimer = null;
    pending = null;
  };
  const cancelHide = () => {
    if (hideTimer !== null) timers.clearTimeout(hideTimer);
    hideTimer = null;
  };
  /** Hides what is shown; a mention waiting for its delay keeps waiting. */
  const hideShown = () => {
    cancelHide();
    insidePopover = false;
    const wasShown = shown !== null;
    shown = null;
    pinned = false;
    if (wasShown) options.onHide();
  };
  const scheduleHide = () => {
    if (hideTimer !== null || shown === null || pinned) return;
    hideTimer = timers.setTimeout(() => {
      hideTimer = null;
      hideShown();
    }, hideGraceMs);
  };
  const show = (target: T, asPinned: boolean) => {
    cancelShow();
    cancelHide();
    shown = target;
    pinned = asPinned;
    options.onShow(target, asPinned);
  };
  const scheduleShow = (target: T) => {
    if (pending !== null && isSameTarget(pending, target)) return;
    cancelShow();
    pending = target;
    const delay = Math.max(0, options.getShowDelay());
    showTimer = timers.setTimeout(() => {
      showTimer = null;
      pending = null;
      show(target, false);
    }, delay);
  };

  return {
    pointerOver(target) {
      if (pinned) return;
      if (target === null) {
        cancelShow();
        if (!insidePopover) scheduleHide();
        return;
      }
      if (shown !== null && isSameTarget(shown, target)) {
        // Back on the mention that is showing: keep it, forget any other pending one.
        cancelShow();
        cancelHide();
        return;
      }
      // A different mention: it replaces the shown one only after its own delay, and the shown
      // one keeps its grace period meanwhile so passing over text does not flash popovers.
      scheduleShow(target);
      scheduleHide();
    },
    pointerEnterPopover() {
      insidePopover = true;
      if (pinned) return;
      cancelShow();
      cancelHide();
    },
    pointerLeavePopover() {
      insidePopover = false;
      scheduleHide();
    },
    pin(target) {
      show(target, true);
    },
    close() {
      cancelShow();
      hideShown();
    },
    phase() {
      if (shown !== null) return pinned ? 'pinned' : 'open';
      return pending !== null ? 'pending' : 'closed';
    },
    current: () => shown,
  };
}
