/**
 * The page's digest for the popup: what was found, with counts, labelled the way a reader
 * knows it. Pure: dataset and summary in, items out.
 */
import { figureValueText } from '@/utils/dataset/figure-value';
import type { MatchingData, MatchingFigure } from '@/utils/dataset/schema';
import type { DigestItem } from '@/utils/messages';
import type { MentionSummary } from '@/utils/page/types';

/** "78% — Russians who support the war against Ukraine", "February 18 — The planned start …". */
export function figureLabel(figure: MatchingFigure): string {
  return `${figureValueText(figure)} — ${figure.measures.en}`;
}

/** Items in dataset order (people, institutions, then figures), only those found on the page. */
export function digestItems(dataset: MatchingData, summary: MentionSummary): DigestItem[] {
  const items: DigestItem[] = [];
  for (const entity of dataset.entities) {
    const count = summary.byId[entity.id] ?? 0;
    if (count > 0) {
      items.push({
        id: entity.id,
        kind: 'entity',
        category: entity.category,
        label: entity.name.en,
        count,
      });
    }
  }
  for (const figure of dataset.figures) {
    const count = summary.byId[figure.id] ?? 0;
    if (count > 0) {
      items.push({
        id: figure.id,
        kind: 'figure',
        category: 'figures',
        label: figureLabel(figure),
        count,
      });
    }
  }
  return items;
}
