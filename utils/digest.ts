/**
 * The page's digest for the popup: what was found, with counts. Pure: dataset and summary in,
 * items out. The popup names the items in its language (components/popup/digest-labels.ts).
 */
import type { MatchingData } from '@/utils/dataset/schema';
import type { DigestItem } from '@/utils/messages';
import type { MentionSummary } from '@/utils/page/types';

/** What the digest reads of the dataset: the engine keeps only this once it has started. */
export interface DigestSource {
  entities: readonly Pick<MatchingData['entities'][number], 'id' | 'category'>[];
  figures: readonly Pick<MatchingData['figures'][number], 'id'>[];
}

/** Items in dataset order (people, institutions, then figures), only those found on the page. */
export function digestItems(dataset: DigestSource, summary: MentionSummary): DigestItem[] {
  const items: DigestItem[] = [];
  for (const entity of dataset.entities) {
    const count = summary.byId[entity.id] ?? 0;
    if (count > 0) items.push({ id: entity.id, kind: 'entity', category: entity.category, count });
  }
  for (const figure of dataset.figures) {
    const count = summary.byId[figure.id] ?? 0;
    if (count > 0) items.push({ id: figure.id, kind: 'figure', category: 'figures', count });
  }
  return items;
}
