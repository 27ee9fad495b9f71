/**
 * The one place that touches `CSS.highlights`. The registry is shared with the page's own
 * scripts, so this adapter only ever replaces or deletes names it set itself, and deletes a
 * name only while the registered highlight is still the one it put there.
 */

import type { StyleRequest, StyleRule } from './highlight-scope';

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
 * `registry`, asking for the highlights' styles as ranges are registered through it: `ask` gets
 * the rules the new ranges need (`rulesToAdd`, utils/page/highlight-scope.ts), each name with
 * its selectors, gathered until the end of the task (one update of the page registers
 * several names; each request inserts a stylesheet, and each insertion restyles what it
 * reaches). A page where nothing is registered never asks.
 */
export function askingForStyles(
  registry: HighlightRegistryAdapter,
  rulesToAdd: (name: string, range: AbstractRange) => readonly StyleRule[],
  ask: (rules: StyleRequest[]) => void,
): HighlightRegistryAdapter {
  let pending = new Map<string, string[]>();
  const flush = () => {
    const rules = [...pending].map(([name, selectors]) => ({ name, selectors }));
    pending = new Map();
    ask(rules);
  };
  return {
    set(name, ranges, priority) {
      for (const range of ranges) {
        for (const rule of rulesToAdd(name, range)) {
          if (pending.size === 0) queueMicrotask(flush);
          const selectors = pending.get(rule.name);
          if (selectors === undefined) pending.set(rule.name, [rule.selector]);
          else selectors.push(rule.selector);
        }
      }
      registry.set(name, ranges, priority);
    },
    clear: () => registry.clear(),
  };
}
