/**
 * What the content script and the popover's own script (entrypoints/popover/) agree on.
 *
 * The popover — Preact, the cards, Floating UI, the shadow root, the dataset's statements and
 * polls — is most of Backstory's code, and most pages never show it. So it is not part of the
 * content script that every page loads: the first hover loads it from the extension's package
 * (utils/packaged-script.ts).
 */
import type { Language } from '@/utils/dataset/schema';
import type { ExtensionLifetime } from '@/utils/extension-lifetime';
import type { Mention } from '@/utils/matching/types';
import type { PackagedScript } from '@/utils/packaged-script';

export const POPOVER_HOST_NAME = 'backstory-popover';

/** A mention the pointer (or the keyboard) is on, with where it is on screen. */
export interface HoverTarget {
  mention: Mention;
  /** Client rect of the line of the mention under the pointer (a mention can wrap). */
  rect: DOMRect;
  range: Range;
  /** How many times the mention's entity or figure appears on this page. */
  pageCount: number;
  /** Shown only because the text around it is about the talks (visibility.ts). */
  topical: boolean;
  /** The card's language, resolved from the card-language setting, the mention and the page. */
  lang: Language;
}

export interface SurfaceShowRequest {
  target: HoverTarget;
  pinned: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** Draws the card; when it shows and hides is decided by the content script. */
export interface PopoverSurface {
  /** The shadow host: events whose composed path includes it happened inside the card. */
  readonly host: HTMLElement;
  /** Draws the card next to the target's line and returns its dialog, or null if none fits. */
  show(request: SurfaceShowRequest): HTMLElement | null;
  hide(): void;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** Whether `node` is the host or anything inside the shadow root. */
  containsNode(node: Node): boolean;
}

export type CreatePopoverSurface = (lifetime: ExtensionLifetime) => Promise<PopoverSurface>;

/** The popover's script: evaluating it registers the surface factory. */
export const POPOVER_SCRIPT: PackagedScript<CreatePopoverSurface> = {
  path: '/popover.js',
  key: Symbol.for('backstory.popover-surface'),
};
