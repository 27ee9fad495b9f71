import type { Category, PaintedStyle } from '../vocabulary';

/** `backstory-<category>-<style>`: one name per (category × style), styled in highlights.css. */
export function highlightName(category: Category, style: PaintedStyle): string {
  return `backstory-${category}-${style}`;
}

/**
 * `backstory-quote-<style>`: quotations of a dataset quote (whatever their verdict), styled
 * apart from the names so a reader tells a checked quotation from a name at a glance.
 */
export function quoteHighlightName(style: PaintedStyle): string {
  return `backstory-quote-${style}`;
}

/** The mention under the pointer or under keyboard focus. */
export const FOCUS_HIGHLIGHT = 'backstory-focus';

/** Focus paints over the category highlights (higher priority wins where they overlap). */
export const CATEGORY_PRIORITY = 1;
export const FOCUS_PRIORITY = 10;
