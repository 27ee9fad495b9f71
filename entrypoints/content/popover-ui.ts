/**
 * Shows the popover on the page: one shadow root, created on first use, with the Preact view
 * inside, placed next to the line of the mention under the pointer and kept there while the page
 * scrolls. When it shows and hides is decided by the hover-intent machine; what it shows is
 * decided by the view model. This file only wires those to the page.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { PopoverView } from '@/components/popover/PopoverView';
// As a string, so the styles go into our shadow root only and never into the manifest's page CSS.
import popoverCss from '@/components/popover/popover.css?inline';
import { buildPopoverModel } from '@/components/popover/view-model';
import type { Dataset, Language } from '@/utils/dataset/schema';
import type { Mention } from '@/utils/matching/types';
import { createHoverIntent, DEFAULT_HIDE_GRACE_MS } from './hover-intent';

/** A mention the pointer (or the keyboard) is on, with where it is on screen. */
export interface HoverTarget {
  mention: Mention;
  /** Client rect of the line of the mention under the pointer (a mention can wrap). */
  rect: DOMRect;
  range: Range;
  /** How many times the mention's entity or figure appears on this page. */
  pageCount: number;
}

export interface PopoverControllerOptions {
  ctx: ContentScriptContext;
  dataset: Dataset;
  /** The intent delay before a hovered mention's popover shows, read on every hover. */
  getHoverDelay(): number;
  /** Called each time the popover closes, however it closed. */
  onClose?(): void;
  /** Language of dataset texts; English when absent or untranslated. */
  lang?: Language;
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
  isOpen(): boolean;
  /** Whether `node` is part of the popover (the host or anything in its shadow root). */
  containsNode(node: Node): boolean;
}

export const POPOVER_HOST_NAME = 'backstory-popover';
const EDGE_PADDING_PX = 8;
const GAP_PX = 6;

type PopoverUi = ShadowRootContentScriptUi<void>;

export function isSameTarget(a: HoverTarget, b: HoverTarget): boolean {
  if (a.range === b.range) return true;
  return (
    a.mention.id === b.mention.id &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

/** Which of the range's line boxes `rect` is: the popover stays with that line as the page scrolls. */
export function lineIndexOf(rects: ArrayLike<DOMRectReadOnly>, rect: DOMRectReadOnly): number {
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (!r || (r.width === 0 && r.height === 0)) continue;
    const distance = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}

/** A reference for Floating UI that is one line of the mention, re-measured on every update. */
function lineReference(target: HoverTarget): VirtualElement {
  const { range } = target;
  const index = lineIndexOf(range.getClientRects(), target.rect);
  const start = range.startContainer;
  const contextElement = start instanceof Element ? start : (start.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => {
      const rects = range.getClientRects();
      return rects[index] ?? rects[0] ?? new DOMRect(0, 0, 0, 0);
    },
    ...(contextElement ? { contextElement } : {}),
  };
}

function supportsTopLayer(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function';
}

export function createPopoverController(options: PopoverControllerOptions): PopoverController {
  const { ctx, dataset } = options;
  let ui: PopoverUi | null = null;
  let uiPromise: Promise<PopoverUi> | null = null;
  let dialog: HTMLDivElement | null = null;
  let stopPositioning: (() => void) | null = null;
  let listeners: AbortController | null = null;
  /** Bumped on every show and hide, so a show that awaited the shadow root can tell it is stale. */
  let generation = 0;
  let focusOnShow = false;
  let returnFocus: HTMLElement | null = null;

  const ensureUi = (): Promise<PopoverUi> => {
    uiPromise ??= createShadowRootUi<void>(ctx, {
      name: POPOVER_HOST_NAME,
      // 'inline' leaves the host alone; popover.css makes it a 0×0 fixed layer that takes no
      // space and no clicks (WXT's own overlay styles on the host would lose to the
      // `all: initial !important` reset in the shadow root anyway).
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      css: popoverCss,
      onMount: () => {},
      onRemove: () => {
        if (ui) render(null, ui.uiContainer);
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return uiPromise;
  };

  const focusIsInside = (): boolean => ui?.shadow.activeElement != null;

  const place = (target: HoverTarget, element: HTMLDivElement, pinned: boolean) => {
    stopPositioning?.();
    const reference = lineReference(target);
    const update = async () => {
      const { x, y, middlewareData } = await computePosition(reference, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP_PX),
          flip({ padding: EDGE_PADDING_PX, fallbackPlacements: ['top-start', 'bottom', 'top'] }),
          shift({ padding: EDGE_PADDING_PX }),
          size({
            padding: EDGE_PADDING_PX,
            apply({ availableWidth, availableHeight, elements }) {
              const style = elements.floating.style;
              style.setProperty('--bs-available-width', `${Math.max(200, availableWidth)}px`);
              style.setProperty('--bs-available-height', `${Math.max(120, availableHeight)}px`);
            },
          }),
          hide({ strategy: 'referenceHidden' }),
        ],
      });
      // Hovered popovers vanish with their line when it scrolls away; a pinned one stays in view.
      const hidden = !pinned && middlewareData.hide?.referenceHidden === true;
      element.style.left = `${x}px`;
      element.style.top = `${y}px`;
      element.style.visibility = hidden ? 'hidden' : 'visible';
    };
    stopPositioning = autoUpdate(reference, element, () => {
      void update();
    });
  };

  const listenWhileShown = () => {
    if (listeners) return;
    listeners = new AbortController();
    const { signal } = listeners;
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !ui) return;
        // Inside the dialog its own handler closes it (and keeps Esc from the page).
        if (event.composedPath().includes(ui.shadowHost)) return;
        intent.close();
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'pointerdown',
      (event) => {
        if (!ui || intent.phase() !== 'pinned') return;
        if (!event.composedPath().includes(ui.shadowHost)) intent.close();
      },
      { capture: true, signal },
    );
  };

  const present = async (target: HoverTarget, pinned: boolean) => {
    const takeFocus = focusOnShow;
    focusOnShow = false;
    const model = buildPopoverModel(dataset, target.mention, target.pageCount, options.lang);
    if (!model) {
      intent.close();
      return;
    }
    const current = ++generation;
    let shadowUi: PopoverUi;
    try {
      shadowUi = await ensureUi();
    } catch (error) {
      // Without its shadow root the popover cannot show; the highlights still work.
      console.warn('[backstory] the popover could not be created', error);
      uiPromise = null;
      if (current === generation) intent.close();
      return;
    }
    if (current !== generation || !ctx.isValid) return;
    render(
      h(PopoverView, {
        model,
        pinned,
        onClose: () => intent.close(),
        dialogRef: (element: HTMLDivElement | null) => {
          dialog = element;
        },
        onPointerEnter: () => intent.pointerEnterPopover(),
        onPointerLeave: () => intent.pointerLeavePopover(),
      }),
      shadowUi.uiContainer,
    );
    const element = dialog as HTMLDivElement | null;
    if (!element) return;
    // The top layer puts the card above everything the page can stack, modal dialogs included.
    if (supportsTopLayer(element) && !element.matches(':popover-open')) {
      element.setAttribute('popover', 'manual');
      element.showPopover();
    }
    place(target, element, pinned);
    listenWhileShown();
    if (takeFocus) element.focus({ preventScroll: true });
  };

  const dismiss = () => {
    generation++;
    const restore = focusIsInside() ? returnFocus : null;
    returnFocus = null;
    stopPositioning?.();
    stopPositioning = null;
    listeners?.abort();
    listeners = null;
    if (ui) render(null, ui.uiContainer);
    dialog = null;
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
    hoverMention: (target) => intent.pointerOver(target),
    pin: (target) => intent.pin(target),
    openForKeyboard(target) {
      // Where focus was before the popover took it; Esc gives it back.
      const active = deepActiveElement();
      if (!(ui && active === ui.shadowHost)) returnFocus = active;
      focusOnShow = true;
      intent.pin(target);
    },
    close: () => intent.close(),
    isOpen: () => intent.phase() === 'open' || intent.phase() === 'pinned',
    containsNode(node) {
      if (!ui) return false;
      return node === ui.shadowHost || ui.shadowHost.contains(node) || ui.shadow.contains(node);
    },
  };
}

/** The focused element, looking through the page's own shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
