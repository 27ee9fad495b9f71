// The engine asks for the highlights' styles as ranges are registered
// (entrypoints/engine/start.ts): never for a page where nothing is, for the names and selectors
// the new ranges need, all of one task's registrations in one request, and never again for a
// name on a selector; and, where weighing the ranges takes long, WEIGHING_MS of it a task, the
// rest in the tasks after.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askingForStyles, WEIGHING_MS } from '@/utils/page/highlight-registry';
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
  /** `now` for the registry: the real clock, or one that moves on by `step` ms each reading. */
  const start = (step?: number) => {
    let clock = 0;
    const now =
      step === undefined
        ? undefined
        : () => {
            clock += step;
            return clock;
          };
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
      registry: askingForStyles(inner, scope.rulesToAdd, ask, now),
    };
  };

  /** Lets every task the registry queued run (each resumes the weighing after one). */
  const tasksAfter = async (count: number) => {
    for (let task = 0; task < count; task++) await nextTask();
  };

  const PEOPLE = 'backstory-people-underline';
  /** Ranges in five element types: each weighs on its own (this registry is Firefox's). */
  const inFiveTypes = () =>
    ['p', 'h2', 'li', 'td', 'blockquote'].map((tag, index) => rangeIn(tag, `Name${index}`));
  /** The selectors asked for `name`, over all requests, in the order asked. */
  const askedFor = (asked: StyleRequest[][], name: string) =>
    asked
      .flatMap((request) => request.filter((rule) => rule.name === name))
      .flatMap((rule) => rule.selectors);

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

  it('weighs for WEIGHING_MS a task and the rest in the tasks after, registering all at once', async () => {
    // Each reading of the clock moves it half the budget on: two ranges a task.
    const { inner, asked, registry } = start(WEIGHING_MS / 2);
    const ranges = inFiveTypes();
    registry.set(PEOPLE, ranges, 1);
    expect(inner.texts(PEOPLE)).toHaveLength(5);
    await nextTask();
    expect(askedFor(asked, PEOPLE)).toEqual(['p', 'h2']);
    await tasksAfter(4);
    expect(asked.map((request) => request.find((rule) => rule.name === PEOPLE)?.selectors)).toEqual(
      [['p', 'h2'], ['li', 'td'], ['blockquote']],
    );

    // The same ranges on a clock that never moves: one request, the same selectors.
    const still = start(0);
    still.registry.set(PEOPLE, ranges, 1);
    await tasksAfter(4);
    expect(still.asked).toHaveLength(1);
    expect(askedFor(still.asked, PEOPLE)).toEqual(askedFor(asked, PEOPLE));
  });

  it('weighs a name set again with what it passes now, once', async () => {
    const { asked, registry } = start(WEIGHING_MS / 2);
    const ranges = inFiveTypes();
    registry.set(PEOPLE, ranges, 1);
    await nextTask();
    // Three wait; the next update passes the name's ranges again, less one removed and one new.
    registry.set(PEOPLE, [...ranges.slice(0, 3), ranges[4] as Range, rangeIn('dd', 'Name5')], 1);
    await tasksAfter(6);
    const selectors = askedFor(asked, PEOPLE);
    expect(selectors).toEqual(['p', 'h2', 'li', 'blockquote', 'dd']);
  });

  it('weighs nothing more once cleared', async () => {
    const { asked, registry } = start(WEIGHING_MS / 2);
    registry.set(PEOPLE, inFiveTypes(), 1);
    await nextTask();
    registry.clear();
    await tasksAfter(4);
    expect(askedFor(asked, PEOPLE)).toEqual(['p', 'h2']);
  });
});
