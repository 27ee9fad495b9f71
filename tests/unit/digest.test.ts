import { describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { digestItems } from '@/utils/digest';
import type { MentionSummary } from '@/utils/page/types';

function summaryOf(byId: Record<string, number>): MentionSummary {
  const total = Object.values(byId).reduce((sum, count) => sum + count, 0);
  return { total, byId, byCategory: { people: 0, institutions: 0, figures: 0 } };
}

describe('the popup digest', () => {
  it('lists only what the page mentions, people and institutions before figures, with counts', () => {
    const items = digestItems(dataset, summaryOf({ 'poll-support-war': 1, kremlin: 2, lavrov: 3 }));
    expect(items.map(({ id, kind, category, count }) => ({ id, kind, category, count }))).toEqual([
      { id: 'lavrov', kind: 'entity', category: 'people', count: 3 },
      { id: 'kremlin', kind: 'entity', category: 'institutions', count: 2 },
      { id: 'poll-support-war', kind: 'figure', category: 'figures', count: 1 },
    ]);
    expect(items[0]?.label).toBe('Sergey Lavrov');
  });

  it.each([
    ['territory-under-russian-control', /^about 20% — /],
    ['poll-support-war', /^78% — /],
    ['talks-start-date', /^February 18 — /],
  ])('labels the figure %s as the card does (%s)', (id, label) => {
    const [item] = digestItems(dataset, summaryOf({ [id]: 1 }));
    expect(item?.label).toMatch(label);
  });
});
