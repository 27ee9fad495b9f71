/**
 * The one place that touches `CSS.highlights`. The registry is shared with the page's own
 * scripts, so this adapter only ever replaces or deletes names it set itself, and deletes a
 * name only while the registered highlight is still the one it put there.
 */

/** Minimal registry surface; tests pass a fake, browsers without the API get a no-op. */
export interface HighlightRegistryAdapter {
  /** Registers `ranges` under `name` (replacing what we registered there before). */
  set(name: string, ranges: readonly AbstractRange[], priority: number): void;
  /** Deletes every name set through this adapter. */
  clear(): void;
}

interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
}

function findHighlightApi(view: Window | null): HighlightApi | null {
  const scope = view as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null;
  const registry = scope?.CSS?.highlights;
  const HighlightConstructor = (scope as { Highlight?: typeof Highlight } | null)?.Highlight;
  if (registry === undefined || HighlightConstructor === undefined) return null;
  return { registry, Highlight: HighlightConstructor };
}

export function createHighlightRegistry(document: Document): HighlightRegistryAdapter {
  const api = findHighlightApi(document.defaultView);
  if (api === null) {
    return { set() {}, clear() {} };
  }
  const ours = new Map<string, Highlight>();
  const remove = (name: string): void => {
    const highlight = ours.get(name);
    if (highlight === undefined) return;
    ours.delete(name);
    if (api.registry.get(name) === highlight) api.registry.delete(name);
  };
  return {
    set(name, ranges, priority) {
      if (ranges.length === 0) {
        remove(name);
        return;
      }
      // add() one by one: spreading thousands of ranges into the constructor can hit
      // argument-count limits.
      const highlight = new api.Highlight();
      for (const range of ranges) highlight.add(range);
      highlight.priority = priority;
      api.registry.set(name, highlight);
      ours.set(name, highlight);
    },
    clear() {
      for (const name of [...ours.keys()]) remove(name);
    },
  };
}

/**
 * `registry`, calling `first` once, as the first range is registered through it (before it is):
 * for what only a page with something highlighted needs.
 */
export function onFirstRange(
  registry: HighlightRegistryAdapter,
  first: () => void,
): HighlightRegistryAdapter {
  let seen = false;
  return {
    set(name, ranges, priority) {
      if (!seen && ranges.length > 0) {
        seen = true;
        first();
      }
      registry.set(name, ranges, priority);
    },
    clear: () => registry.clear(),
  };
}
