/**
 * Draws the popover on the page: one open shadow root with the Preact view inside, placed next
 * to the line of the mention under the pointer and kept there while the page scrolls. This
 * module is loaded on the first hover (see utils/popover-contract.ts); when the
 * card shows and hides is decided by the content script.
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
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PopoverView } from '@/components/popover/PopoverView';
// As a string, so the styles go into our shadow root only and never into the manifest's page CSS.
import popoverCss from '@/components/popover/popover.css?inline';
import { buildPopoverModel } from '@/components/popover/view-model';
import { dataset } from '@/utils/dataset';
import type { ExtensionLifetime } from '@/utils/extension-lifetime';
import {
  type HoverTarget,
  POPOVER_HOST_NAME,
  type PopoverSurface,
  type SurfaceShowRequest,
} from '@/utils/popover-contract';
import { PopoverContext } from './popover-context';

const EDGE_PADDING_PX = 8;
const GAP_PX = 6;

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

/** Keeps `element` next to the target's line until the returned function is called. */
function keepPlaced(target: HoverTarget, element: HTMLElement, pinned: boolean): () => void {
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
  return autoUpdate(reference, element, () => {
    void update();
  });
}

export async function createPopoverSurface(lifetime: ExtensionLifetime): Promise<PopoverSurface> {
  let stopPlacing: (() => void) | null = null;
  const ui = await createShadowRootUi<void>(new PopoverContext(lifetime), {
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
      stopPlacing?.();
      render(null, ui.uiContainer);
    },
  });
  ui.mount();

  const hideCard = () => {
    stopPlacing?.();
    stopPlacing = null;
    render(null, ui.uiContainer);
  };

  return {
    host: ui.shadowHost,
    show(request: SurfaceShowRequest) {
      const { target, pinned } = request;
      const model = buildPopoverModel(
        dataset,
        target.mention,
        target.pageCount,
        target.lang,
        target.topical,
      );
      if (!model) return null;
      let dialog: HTMLDivElement | null = null;
      render(
        h(PopoverView, {
          model,
          pinned,
          onClose: request.onClose,
          dialogRef: (element: HTMLDivElement | null) => {
            dialog = element;
          },
          onPointerEnter: request.onPointerEnter,
          onPointerLeave: request.onPointerLeave,
        }),
        ui.uiContainer,
      );
      const element = dialog as HTMLDivElement | null;
      if (!element) return null;
      // The top layer puts the card above everything the page can stack, modal dialogs included.
      if (supportsTopLayer(element) && !element.matches(':popover-open')) {
        element.setAttribute('popover', 'manual');
        element.showPopover();
      }
      stopPlacing?.();
      stopPlacing = keepPlaced(target, element, pinned);
      return element;
    },
    hide: hideCard,
    hasFocus: () => ui.shadow.activeElement != null,
    containsNode: (node) =>
      node === ui.shadowHost || ui.shadowHost.contains(node) || ui.shadow.contains(node),
  };
}
