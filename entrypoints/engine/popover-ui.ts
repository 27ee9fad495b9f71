/**
 * Decides when the popover shows and hides, and hands the drawing to the popover's own script,
 * loaded on the first hover (utils/popover-contract.ts). When: the hover-intent machine. What: the
 * surface builds the card from the dataset. This file keeps focus and the page-level listeners
 * (Esc, a click elsewhere) that belong to an open card.
 */
import type { ExtensionLifetime } from '@/utils/extension-lifetime';
import { loadPackagedScript } from '@/utils/packaged-script';
import { createHoverIntent, DEFAULT_HIDE_GRACE_MS } from '@/utils/page/hover-intent';
import { type HoverTarget, POPOVER_SCRIPT, type PopoverSurface } from '@/utils/popover-contract';

export type { HoverTarget } from '@/utils/popover-contract';

export interface PopoverControllerOptions {
  ctx: ExtensionLifetime;
  /** The intent delay before a hovered mention's popover shows, read on every hover. */
  getHoverDelay(): number;
  /** Called each time the popover closes, however it closed. */
  onClose?(): void;
  hideGraceMs?: number;
}

export interface PopoverController {
  /** The mention under the pointer, or null; call on every (coalesced) pointer move. */
  hoverMention(target: HoverTarget | null): void;
  /** Show at once and keep open until Esc, the close button or a click elsewhere. */
  pin(target: HoverTarget): void;
  /** Like `pin`, and move focus into the dialog; Esc returns it where it was. */
  openForKeyboard(target: HoverTarget): void;
  close(): void;
  /** Whether `node` is part of the popover (the host or anything in its shadow root). */
  containsNode(node: Node): boolean;
}

export function isSameTarget(a: HoverTarget, b: HoverTarget): boolean {
  if (a.lang !== b.lang) return false;
  if (a.range === b.range) return true;
  return (
    a.mention.id === b.mention.id &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

export function createPopoverController(options: PopoverControllerOptions): PopoverController {
  const { ctx } = options;
  let surface: PopoverSurface | null = null;
  let surfacePromise: Promise<PopoverSurface> | null = null;
  let listeners: AbortController | null = null;
  /** Bumped on every show and hide, so a show that awaited the surface can tell it is stale. */
  let generation = 0;
  let focusOnShow = false;
  let returnFocus: HTMLElement | null = null;

  const ensureSurface = (): Promise<PopoverSurface> => {
    surfacePromise ??= loadPackagedScript(POPOVER_SCRIPT)
      .then((create) => create(ctx))
      .then((created) => {
        surface = created;
        return created;
      });
    return surfacePromise;
  };

  // The script loads while the hover-intent delay runs, so the first card is not late.
  let preloaded = false;
  const preload = () => {
    if (preloaded) return;
    preloaded = true;
    loadPackagedScript(POPOVER_SCRIPT).catch(() => {
      // present() tries again and reports the failure.
    });
  };

  const listenWhileShown = (host: HTMLElement) => {
    if (listeners) return;
    listeners = new AbortController();
    const { signal } = listeners;
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        // Inside the dialog its own handler closes it (and keeps Esc from the page).
        if (event.composedPath().includes(host)) return;
        intent.close();
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'pointerdown',
      (event) => {
        if (intent.phase() !== 'pinned') return;
        if (!event.composedPath().includes(host)) intent.close();
      },
      { capture: true, signal },
    );
  };

  const present = async (target: HoverTarget, pinned: boolean) => {
    const takeFocus = focusOnShow;
    focusOnShow = false;
    const current = ++generation;
    let shown: PopoverSurface;
    try {
      shown = await ensureSurface();
    } catch (error) {
      // Without its script or shadow root the popover cannot show; the highlights still work.
      console.warn('[backstory] the popover could not be created', error);
      surfacePromise = null;
      if (current === generation) intent.close();
      return;
    }
    if (current !== generation || !ctx.isValid) return;
    const dialog = shown.show({
      target,
      pinned,
      onClose: () => intent.close(),
      onPointerEnter: () => intent.pointerEnterPopover(),
      onPointerLeave: () => intent.pointerLeavePopover(),
    });
    if (!dialog) {
      intent.close();
      return;
    }
    listenWhileShown(shown.host);
    if (takeFocus) dialog.focus({ preventScroll: true });
  };

  const dismiss = () => {
    generation++;
    const restore = surface?.hasFocus() ? returnFocus : null;
    returnFocus = null;
    listeners?.abort();
    listeners = null;
    surface?.hide();
    if (restore?.isConnected) restore.focus({ preventScroll: true });
    options.onClose?.();
  };

  const intent = createHoverIntent<HoverTarget>({
    getShowDelay: options.getHoverDelay,
    hideGraceMs: options.hideGraceMs ?? DEFAULT_HIDE_GRACE_MS,
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    },
    isSameTarget,
    onShow: (target, pinned) => {
      void present(target, pinned);
    },
    onHide: dismiss,
  });

  ctx.onInvalidated(() => intent.close());

  return {
    hoverMention(target) {
      if (target) preload();
      intent.pointerOver(target);
    },
    pin: (target) => intent.pin(target),
    openForKeyboard(target) {
      // Where focus was before the popover took it; Esc gives it back.
      const active = deepActiveElement();
      if (!(surface && active === surface.host)) returnFocus = active;
      focusOnShow = true;
      intent.pin(target);
    },
    close: () => intent.close(),
    containsNode: (node) => surface?.containsNode(node) ?? false,
  };
}

/** The focused element, looking through the page's own shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
