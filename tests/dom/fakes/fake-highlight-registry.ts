import type { HighlightRegistryAdapter } from '@/utils/page/highlight-registry';

export interface FakeRegistry extends HighlightRegistryAdapter {
  entries: Map<string, { ranges: AbstractRange[]; priority: number }>;
  /** The text each registered range covers, by name. */
  texts(name: string): string[];
}

export function rangeText(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

export function createFakeRegistry(): FakeRegistry {
  const entries = new Map<string, { ranges: AbstractRange[]; priority: number }>();
  return {
    entries,
    set(name, ranges, priority) {
      if (ranges.length === 0) entries.delete(name);
      else entries.set(name, { ranges: [...ranges], priority });
    },
    clear() {
      entries.clear();
    },
    texts(name) {
      return (entries.get(name)?.ranges ?? []).map(rangeText);
    },
  };
}

/**
 * Installs a stand-in for the Custom Highlight API on the window (happy-dom has none), so the
 * real adapter can be tested. Returns the registry map and a remover.
 */
export function installFakeHighlightApi(): { registry: Map<string, unknown>; remove(): void } {
  const scope = window as unknown as Record<string, unknown>;
  const registry = new Map<string, unknown>();
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  const previousCss = scope.CSS;
  scope.CSS = { highlights: registry };
  scope.Highlight = FakeHighlight;
  return {
    registry,
    remove() {
      scope.CSS = previousCss;
      delete scope.Highlight;
    },
  };
}
