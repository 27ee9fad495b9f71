import { describe, expect, it } from 'vitest';
import { nextOf, type StepOrder, type Stop, step } from '@/utils/page/keyboard-steps';

/**
 * The page's mentions shown, in document order, as the hit index gives them. Indices have gaps:
 * they count every mention found, and hidden ones (a category turned off) are not shown.
 */
function orderOf(...mentions: Array<[index: number, id: string]>): StepOrder<Stop> {
  const shown = mentions.map(([index, id]) => ({ index, id }));
  return {
    mentionsInOrder: () => shown,
    nextAfter: (index) => shown.find((mention) => mention.index > index) ?? null,
    previousBefore: (index) => shown.findLast((mention) => mention.index < index) ?? null,
  };
}

const page = orderOf([0, 'lavrov'], [2, 'putin'], [5, 'lavrov'], [7, 'kremlin']);
const at = (index: number) => page.mentionsInOrder().find((m) => m.index === index) ?? null;

describe('keyboard steps', () => {
  it.each([
    ['with nothing focused, next is the first mention', null, 1, 0],
    ['with nothing focused, previous is the last mention', null, -1, 7],
    ['next moves to the following mention', 2, 1, 5],
    ['previous moves to the preceding mention', 5, -1, 2],
    ['next after the last wraps to the first', 7, 1, 0],
    ['previous before the first wraps to the last', 0, -1, 7],
  ] as const)('%s', (_, focused, direction, expected) => {
    expect(step(page, focused === null ? null : at(focused), direction)?.index).toBe(expected);
  });

  it('steps from where a focused mention was even when it is no longer shown', () => {
    // A mention at index 3 that a setting has hidden since it was focused.
    expect(step(page, { index: 3, id: 'hidden' }, 1)?.index).toBe(5);
    expect(step(page, { index: 3, id: 'hidden' }, -1)?.index).toBe(2);
  });

  it('finds nothing on a page with nothing shown', () => {
    expect(step(orderOf(), null, 1)).toBeNull();
    expect(step(orderOf(), null, -1)).toBeNull();
    expect(nextOf(orderOf(), 'lavrov', null)).toBeNull();
  });

  it.each([
    ['the first mention of an id when nothing is focused', 'lavrov', null, 0],
    ['the next mention of that id after the focused one', 'lavrov', 0, 5],
    ['the first again after its last', 'lavrov', 5, 0],
    ['the next of another id, from the focused position', 'lavrov', 2, 5],
    ['the only mention of an id, from anywhere', 'kremlin', 7, 7],
  ] as const)('choosing in the popup goes to %s', (_, id, focused, expected) => {
    expect(nextOf(page, id, focused === null ? null : at(focused))?.index).toBe(expected);
  });

  it('finds nothing for an id the page does not show', () => {
    expect(nextOf(page, 'rubio', at(2))).toBeNull();
  });
});
