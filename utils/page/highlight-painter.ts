/**
 * Turns mentions + settings into registered highlights. Style and category switches only
 * re-register ranges under other names; text is never rescanned for them.
 */
import { CATEGORIES, type Category, PAINTED_STYLES } from '../vocabulary';
import {
  CATEGORY_PRIORITY,
  FOCUS_HIGHLIGHT,
  FOCUS_PRIORITY,
  highlightName,
  quoteHighlightName,
} from './highlight-names';
import type { HighlightRegistryAdapter } from './highlight-registry';
import type { PageMention, PageSettings } from './types';

export interface HighlightPainter {
  /** Registers exactly `shown` (decided by visibility.ts) under the names for `settings.style`. */
  paint(shown: readonly PageMention[], settings: PageSettings): void;
  setFocused(mention: PageMention | null): void;
  focused(): PageMention | null;
  clear(): void;
}

export function createHighlightPainter(registry: HighlightRegistryAdapter): HighlightPainter {
  let focusedMention: PageMention | null = null;
  return {
    paint(shown, settings) {
      const byCategory = new Map<Category, AbstractRange[]>();
      for (const category of CATEGORIES) byCategory.set(category, []);
      const quotations: AbstractRange[] = [];
      for (const mention of shown) {
        if (mention.kind === 'quote') quotations.push(mention.range);
        else byCategory.get(mention.category)?.push(mention.range);
      }
      for (const category of CATEGORIES) {
        for (const style of PAINTED_STYLES) {
          const ranges = style === settings.style ? (byCategory.get(category) ?? []) : [];
          registry.set(highlightName(category, style), ranges, CATEGORY_PRIORITY);
        }
      }
      for (const style of PAINTED_STYLES) {
        const ranges = style === settings.style ? quotations : [];
        registry.set(quoteHighlightName(style), ranges, CATEGORY_PRIORITY);
      }
      if (focusedMention !== null && !shown.includes(focusedMention)) this.setFocused(null);
    },
    setFocused(mention) {
      focusedMention = mention;
      registry.set(FOCUS_HIGHLIGHT, mention === null ? [] : [mention.range], FOCUS_PRIORITY);
    },
    focused: () => focusedMention,
    clear() {
      focusedMention = null;
      registry.clear();
    },
  };
}
