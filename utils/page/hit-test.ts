/**
 * Which mention is under the pointer. Highlights receive no events, so this reads the caret
 * position under the pointer, looks (text node, offset) up in the hit index and confirms the
 * pointer is inside one of the mention's client rects (the caret snaps to the nearest
 * character, also far right of a line's end). At most one check per animation frame.
 *
 * Touch: a finger has no hover, so touch moves are ignored and a tap (its click) opens the
 * card, as a mouse click pins it; a tap a few pixels off a name still counts (TOUCH_SLOP_PX).
 */
import type { HitIndex } from './hit-index';
import { toLiveRange } from './ranges';
import { isOwnUi } from './skip-rules';
import type { PageMention } from './types';

export interface PointerHit {
  mention: PageMention;
  /** The client rect of the mention's line under the pointer: place the popover next to it. */
  rect: DOMRect;
}

export interface PointerHitTesterOptions {
  document: Document;
  index: HitIndex;
  signal: AbortSignal;
  /** The mention under the pointer changed (null: none). Not called for moves over our UI. */
  onHit(hit: PointerHit | null, event: Event): void;
  /** A click landed on a mention. The page's default action is left alone. */
  onClick?(hit: PointerHit, event: MouseEvent): void;
}

export interface PointerHitTester {
  /** Synchronous check at client coordinates (also what the frame callback uses). */
  hitAt(x: number, y: number): PointerHit | null;
  /** Like `hitAt`, and if nothing is there, the nearest mention within a finger's reach. */
  hitNear(x: number, y: number): PointerHit | null;
}

/**
 * How far from a mention's line a tap still lands on it. A line of text is about 20 px high,
 * below the 24 px a touch target should have (WCAG 2.5.8), and a finger covers more than that:
 * a tap this close to a name opens its card. The page's own default action is never touched,
 * so a tap meant for something next to the name still reaches it.
 */
export const TOUCH_SLOP_PX = 8;

/** Points around a tap, nearest first: above and below before sideways (lines are wide). */
const SLOP_OFFSETS: readonly (readonly [number, number])[] = [
  [0, -TOUCH_SLOP_PX / 2],
  [0, TOUCH_SLOP_PX / 2],
  [0, -TOUCH_SLOP_PX],
  [0, TOUCH_SLOP_PX],
  [-TOUCH_SLOP_PX, 0],
  [TOUCH_SLOP_PX, 0],
];

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Standard API first (Firefox has only this one), WebKit's older one for Chromium < 128. */
export function caretAt(document: Document, x: number, y: number): CaretPoint | null {
  const caretDocument = document as CaretDocument;
  if (typeof caretDocument.caretPositionFromPoint === 'function') {
    const position = caretDocument.caretPositionFromPoint(x, y);
    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }
  if (typeof caretDocument.caretRangeFromPoint === 'function') {
    const range = caretDocument.caretRangeFromPoint(x, y);
    return range === null ? null : { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}

function rectContaining(rects: DOMRectList, x: number, y: number): DOMRect | null {
  for (let i = 0; i < rects.length; i++) {
    const rect = rects[i];
    if (rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
      return rect;
    }
  }
  return null;
}

export function createPointerHitTester(options: PointerHitTesterOptions): PointerHitTester {
  const { document, index, signal, onHit, onClick } = options;
  const view = document.defaultView;
  let current: PointerHit | null = null;
  let lastX = 0;
  let lastY = 0;
  let lastEvent: Event | null = null;
  let frame: number | null = null;

  const hitAt = (x: number, y: number): PointerHit | null => {
    const caret = caretAt(document, x, y);
    if (caret === null || caret.node.nodeType !== 3) return null;
    // The caret lands before or after the character under the pointer.
    const mention =
      index.at(caret.node, caret.offset) ??
      (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : null);
    if (mention === null) return null;
    const range = toLiveRange(document, mention.range);
    if (range === null) return null;
    const rect = rectContaining(range.getClientRects(), x, y);
    return rect === null ? null : { mention, rect };
  };

  const hitNear = (x: number, y: number): PointerHit | null => {
    const exact = hitAt(x, y);
    if (exact !== null) return exact;
    for (const [dx, dy] of SLOP_OFFSETS) {
      const near = hitAt(x + dx, y + dy);
      if (near !== null) return near;
    }
    return null;
  };

  const report = (hit: PointerHit | null, event: Event): void => {
    const same =
      hit?.mention === current?.mention &&
      (hit === null || (hit.rect.top === current?.rect.top && hit.rect.left === current.rect.left));
    current = hit;
    if (!same) onHit(hit, event);
  };

  const check = (): void => {
    frame = null;
    if (signal.aborted || lastEvent === null) return;
    report(hitAt(lastX, lastY), lastEvent);
  };

  const scheduleCheck = (): void => {
    if (frame !== null || view === null) return;
    frame = view.requestAnimationFrame(check);
  };

  const fromOwnUi = (event: Event): boolean => {
    const target = event.target as Element | null;
    return target !== null && target.nodeType === 1 && isOwnUi(target);
  };

  if (view !== null && !signal.aborted) {
    const listen = { capture: true, passive: true, signal } as const;
    document.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType === 'touch' || fromOwnUi(event)) return;
        lastX = event.clientX;
        lastY = event.clientY;
        lastEvent = event;
        scheduleCheck();
      },
      listen,
    );
    // Text scrolls under a still pointer.
    document.addEventListener('scroll', () => lastEvent !== null && scheduleCheck(), listen);
    document.addEventListener(
      'mouseout',
      (event) => {
        if (event.relatedTarget !== null) return;
        lastEvent = null;
        report(null, event);
      },
      listen,
    );
    if (onClick !== undefined) {
      // A click is a PointerEvent in current browsers; the pointerdown before it says what
      // pressed where the click does not.
      let pressedWith = '';
      document.addEventListener(
        'pointerdown',
        (event) => {
          pressedWith = event.pointerType;
        },
        listen,
      );
      document.addEventListener(
        'click',
        (event) => {
          if (fromOwnUi(event)) return;
          const pointerType = (event as Partial<PointerEvent>).pointerType || pressedWith;
          // A tap has no hover before it: it opens the card, and a finger gets some slack.
          const hit =
            pointerType === 'touch'
              ? hitNear(event.clientX, event.clientY)
              : hitAt(event.clientX, event.clientY);
          if (hit !== null) onClick(hit, event);
        },
        listen,
      );
    }
    signal.addEventListener(
      'abort',
      () => {
        if (frame !== null) view.cancelAnimationFrame(frame);
        frame = null;
        current = null;
      },
      { once: true },
    );
  }

  return { hitAt, hitNear };
}
