/**
 * What the content script and the popover's own script (entrypoints/popover/) agree on.
 *
 * The popover — Preact, the cards, Floating UI, the shadow root, the dataset's statements and
 * polls — is most of Backstory's code, and most pages never show it. So it is not part of the
 * content script that every page loads: the first hover loads it from the extension's package
 * with `import()`. MV3 content scripts cannot split code any other way, and a module they import
 * runs in their own isolated world, so it hands its factory over on that world's global object,
 * which the page cannot see or touch.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Language } from '@/utils/dataset/schema';
import type { Mention } from '@/utils/matching/types';

/** The popover's script, as packaged (also listed in the manifest's web-accessible resources). */
export const POPOVER_SCRIPT_PATH = '/popover.js';
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

export type CreatePopoverSurface = (ctx: ContentScriptContext) => Promise<PopoverSurface>;

const FACTORY_KEY = Symbol.for('backstory.popover-surface');

type FactoryHolder = { [FACTORY_KEY]?: CreatePopoverSurface };

/** Called once by the popover's script when it is evaluated. */
export function registerPopoverSurface(create: CreatePopoverSurface): void {
  (globalThis as FactoryHolder)[FACTORY_KEY] = create;
}

/** The factory the popover's script registered, if it has been evaluated in this world. */
export function registeredPopoverSurface(): CreatePopoverSurface | undefined {
  return (globalThis as FactoryHolder)[FACTORY_KEY];
}
