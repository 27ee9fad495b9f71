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
 * How long one task may weigh new ranges for their styles before the rest waits for the next
 * task. Weighing a range can count the page's elements of a type (highlight-scope.ts): a few
 * milliseconds a type on a page of 96,000 elements, where one update's ranges met a dozen
 * types and weighed for 30–40 ms in the task that registered them. On most pages every range
 * is weighed in the task that registers it.
 */
export const WEIGHING_MS = 8;

/**
 * `registry`, asking for the highlights' styles as ranges are registered through it: `ask` gets
 * the rules the new ranges need (`rulesToAdd`, utils/page/highlight-scope.ts), each name with
 * its selectors, gathered until the end of the task (one update of the page registers
 * several names; each request inserts a stylesheet, and each insertion restyles what it
 * reaches). A page where nothing is registered never asks. Ranges are weighed for
 * `WEIGHING_MS` a task; those left are weighed in the tasks after, and painted once their
 * rules come (a range without a rule is registered but not drawn).
 */
export function askingForStyles(
  registry: HighlightRegistryAdapter,
  rulesToAdd: (name: string, range: AbstractRange) => readonly StyleRule[],
  ask: (rules: StyleRequest[]) => void,
  now: () => number = () => performance.now(),
): HighlightRegistryAdapter {
  let pending = new Map<string, string[]>();
  /** Ranges not weighed yet: the task that registered them used its time. */
  let waiting: { name: string; range: AbstractRange }[] = [];
  let resumeQueued = false;
  /** When this task began weighing; null between tasks. */
  let weighingSince: number | null = null;

  const endOfTask = (): void => {
    weighingSince = null;
    if (pending.size > 0) {
      const rules = [...pending].map(([name, selectors]) => ({ name, selectors }));
      pending = new Map();
      ask(rules);
    }
    if (waiting.length > 0 && !resumeQueued) {
      resumeQueued = true;
      setTimeout(resume, 0);
    }
  };
  const resume = (): void => {
    resumeQueued = false;
    const left = waiting;
    waiting = [];
    for (let index = 0; index < left.length; index++) {
      const { name, range } = left[index] as { name: string; range: AbstractRange };
      if (!weigh(name, range)) {
        waiting = left.slice(index).concat(waiting);
        return;
      }
    }
  };
  /** Gathers the rules `range` needs; false, weighing nothing, once the task's time is up. */
  const weigh = (name: string, range: AbstractRange): boolean => {
    if (weighingSince === null) {
      weighingSince = now();
      queueMicrotask(endOfTask);
    } else if (now() - weighingSince >= WEIGHING_MS) {
      return false;
    }
    for (const rule of rulesToAdd(name, range)) {
      const selectors = pending.get(rule.name);
      if (selectors === undefined) pending.set(rule.name, [rule.selector]);
      else selectors.push(rule.selector);
    }
    return true;
  };
  return {
    set(name, ranges, priority) {
      // Every range of the name is passed again: those still waiting are among them.
      if (waiting.length > 0) waiting = waiting.filter((entry) => entry.name !== name);
      for (let index = 0; index < ranges.length; index++) {
        const range = ranges[index] as AbstractRange;
        if (!weigh(name, range)) {
          for (const left of ranges.slice(index)) waiting.push({ name, range: left });
          break;
        }
      }
      registry.set(name, ranges, priority);
    },
    clear() {
      waiting = [];
      registry.clear();
    },
  };
}
