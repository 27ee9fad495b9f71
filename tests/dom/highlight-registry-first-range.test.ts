// The engine asks for the highlights' stylesheet as its first range is registered
// (entrypoints/engine/start.ts): never for a page where nothing is, once for one where
// something is, and before that range is registered.
import { describe, expect, it, vi } from 'vitest';
import { onFirstRange } from '@/utils/page/highlight-registry';
import { createFakeRegistry } from './fakes/fake-highlight-registry';

describe('a registry that calls back at its first range', () => {
  const range = () => {
    const text = document.createTextNode('Putin spoke.');
    document.body.append(text);
    const live = document.createRange();
    live.setStart(text, 0);
    live.setEnd(text, 5);
    return live;
  };

  it('does not call back for names set empty or cleared', () => {
    const first = vi.fn();
    const registry = onFirstRange(createFakeRegistry(), first);
    registry.set('backstory-people-underline', [], 1);
    registry.set('backstory-focus', [], 2);
    registry.clear();
    expect(first).not.toHaveBeenCalled();
  });

  it('calls back once, before the first range is registered', () => {
    const inner = createFakeRegistry();
    const registeredWhenCalled: number[] = [];
    const first = vi.fn(() => registeredWhenCalled.push(inner.entries.size));
    const registry = onFirstRange(inner, first);
    registry.set('backstory-people-underline', [], 1);
    registry.set('backstory-people-underline', [range()], 1);
    registry.set('backstory-focus', [range()], 2);
    registry.clear();
    registry.set('backstory-people-underline', [range()], 1);
    expect(first).toHaveBeenCalledTimes(1);
    expect(registeredWhenCalled).toEqual([0]);
    expect(inner.texts('backstory-people-underline')).toEqual(['Putin']);
  });
});
