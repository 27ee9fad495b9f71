/**
 * Names for the digest's items in the popup's language: "Сергій Лавров", "78 % — Россияне, …".
 * Pure: the popup hands in the dataset and its translator.
 */
import { figureValueText } from '@/utils/dataset/figure-value';
import type { MatchingData, MatchingFigure } from '@/utils/dataset/schema';
import type { Translator } from '@/utils/i18n/translate';
import type { DigestItem, PageState } from '@/utils/messages';

export interface DigestEntry extends DigestItem {
  /** How the reader knows it, e.g. "Sergey Lavrov" or "78% — Russians who support the war …". */
  label: string;
}

export interface DigestPage extends Omit<PageState, 'items'> {
  items: DigestEntry[];
}

/** "78% — Russians who support the war against Ukraine", the value written as on the card. */
export function figureLabel(figure: MatchingFigure, tr: Translator): string {
  return `${figureValueText(figure, tr)} — ${figure.measures[tr.lang] || figure.measures.en}`;
}

/** The item's name in `tr`'s language; its id if the dataset no longer knows it. */
export function digestLabel(dataset: MatchingData, item: DigestItem, tr: Translator): string {
  if (item.kind === 'entity') {
    const entity = dataset.entities.find((candidate) => candidate.id === item.id);
    return entity ? entity.name[tr.lang] || entity.name.en : item.id;
  }
  const figure = dataset.figures.find((candidate) => candidate.id === item.id);
  return figure ? figureLabel(figure, tr) : item.id;
}

export function labelDigest(dataset: MatchingData, page: PageState, tr: Translator): DigestPage {
  return {
    ...page,
    items: page.items.map((item) => ({ ...item, label: digestLabel(dataset, item, tr) })),
  };
}
