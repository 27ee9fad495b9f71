import { describe, expect, it } from 'vitest';
import { digestLabel } from '@/components/popup/digest-labels';
import { dataset } from '@/utils/dataset';
import type { Language } from '@/utils/dataset/schema';
import { digestItems } from '@/utils/digest';
import { translator } from '@/utils/i18n/translate';
import type { MentionSummary } from '@/utils/page/types';

function summaryOf(byId: Record<string, number>): MentionSummary {
  const total = Object.values(byId).reduce((sum, count) => sum + count, 0);
  return { total, byId, byCategory: { people: 0, institutions: 0, figures: 0 } };
}

describe('the popup digest', () => {
  it('lists only what the page mentions, people and institutions before figures, with counts', () => {
    const items = digestItems(dataset, summaryOf({ 'poll-support-war': 1, kremlin: 2, lavrov: 3 }));
    expect(items).toEqual([
      { id: 'lavrov', kind: 'entity', category: 'people', count: 3 },
      { id: 'kremlin', kind: 'entity', category: 'institutions', count: 2 },
      { id: 'poll-support-war', kind: 'figure', category: 'figures', count: 1 },
    ]);
  });

  it.each<[Language, string, RegExp]>([
    ['en', 'lavrov', /^Sergey Lavrov$/],
    ['uk', 'lavrov', /^Сергій Лавров$/],
    ['ru', 'lavrov', /^Сергей Лавров$/],
    ['en', 'territory-under-russian-control', /^about 20% — The share/],
    ['uk', 'territory-under-russian-control', /^близько 20\s?% — Частка/],
    ['ru', 'territory-under-russian-control', /^около 20\s% — Доля/u],
    ['en', 'poll-support-war', /^78% — Russians/],
    ['ru', 'poll-support-war', /^78\s% — Россияне/u],
    ['en', 'talks-start-date', /^February 18 — /],
    ['uk', 'talks-start-date', /^18 лютого — /],
    ['ru', 'talks-start-date', /^18 февраля — /],
  ])("names it in the popup's language (%s) as the card does: %s", (lang, id, label) => {
    const [item] = digestItems(dataset, summaryOf({ [id]: 1 }));
    if (!item) throw new Error(`no item for ${id}`);
    expect(digestLabel(dataset, item, translator(lang))).toMatch(label);
  });
});
