import type { Category } from '../dataset/schema';
import type { HighlightStyle } from './types';

export const CATEGORIES: readonly Category[] = ['people', 'institutions', 'figures'];
export const PAINTED_STYLES: readonly Exclude<HighlightStyle, 'none'>[] = [
  'underline',
  'background',
];

/** `backstory-<category>-<style>`: one name per (category × style), styled in highlights.css. */
export function highlightName(category: Category, style: Exclude<HighlightStyle, 'none'>): string {
  return `backstory-${category}-${style}`;
}

/** The mention under the pointer or under keyboard focus. */
export const FOCUS_HIGHLIGHT = 'backstory-focus';

/** Focus paints over the category highlights (higher priority wins where they overlap). */
export const CATEGORY_PRIORITY = 1;
export const FOCUS_PRIORITY = 10;
