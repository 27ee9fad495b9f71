// The engine asks for the highlights' styles as ranges are registered
// (entrypoints/engine/start.ts): never for a page where nothing is, for the names and selectors
// the new ranges need, all of one task's registrations in one request, and never again for a
// name on a selector.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askingForStyles } from '@/utils/page/highlight-registry';
import { createHighlightScope, type StyleRequest } from '@/utils/page/highlight-scope';
import { createFakeRegistry } from './fakes/fake-highlight-registry';

/** A range over `text` in a new element `<tag>` at the end of the body. */
function rangeIn(tag: string, text: string): Range {
  const element = document.createElement(tag);
  element.textContent = `${text} spoke.`;
  document.body.append(element);
  const range = document.createRange();
  range.setStart(element.firstChild as Text, 0);
  range.setEnd(element.firstChild as Text, text.length);
  return range;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a registry that asks for styles as ranges are registered', () => {
  const start = () => {
    const inner = createFakeRegistry();
    const asked: StyleRequest[][] = [];
    const registeredWhenAsked: number[] = [];
    const ask = vi.fn((rules: StyleRequest[]) => {
      asked.push(rules);
      registeredWhenAsked.push(inner.entries.size);
    });
    const scope = createHighlightScope(document, false, 'backstory-focus');
    return {
      inner,
      asked,
      registeredWhenAsked,
      registry: askingForStyles(inner, scope.rulesToAdd, ask),
    };
  };

  it('does not ask for names set empty or cleared', async () => {
    const { asked, registry } = start();
    registry.set('backstory-people-underline', [], 1);
    registry.set('backstory-focus', [], 2);
    registry.clear();
    await nextTask();
    expect(asked).toEqual([]);
  });

  it("asks once for all of a task's registrations, once they are registered", async () => {
    const { inner, asked, registeredWhenAsked, registry } = start();
    registry.set('backstory-people-underline', [rangeIn('p', 'Putin')], 1);
    registry.set('backstory-institutions-underline', [rangeIn('h2', 'Kremlin')], 1);
    registry.set('backstory-figures-underline', [rangeIn('p', '78%')], 1);
    expect(asked).toEqual([]);
    await nextTask();
    expect(asked).toEqual([
      [
        { name: 'backstory-people-underline', selectors: ['p'] },
        { name: 'backstory-focus', selectors: ['p', 'h2'] },
        { name: 'backstory-institutions-underline', selectors: ['h2'] },
        { name: 'backstory-figures-underline', selectors: ['p'] },
      ],
    ]);
    expect(registeredWhenAsked).toEqual([3]);
    expect(inner.texts('backstory-people-underline')).toEqual(['Putin']);
  });

  it('asks again only for selectors it has not asked for', async () => {
    const { asked, registry } = start();
    const putin = rangeIn('p', 'Putin');
    registry.set('backstory-people-underline', [putin], 1);
    await nextTask();
    // The next update registers every range again, and one in a new type.
    registry.set(
      'backstory-people-underline',
      [putin, rangeIn('p', 'Trump'), rangeIn('li', 'Rubio')],
      1,
    );
    registry.set('backstory-focus', [putin], 2);
    await nextTask();
    registry.clear();
    registry.set('backstory-people-underline', [rangeIn('li', 'Lavrov')], 1);
    await nextTask();
    expect(asked).toEqual([
      [
        { name: 'backstory-people-underline', selectors: ['p'] },
        { name: 'backstory-focus', selectors: ['p'] },
      ],
      [
        { name: 'backstory-people-underline', selectors: ['li'] },
        { name: 'backstory-focus', selectors: ['li'] },
      ],
    ]);
  });
});
