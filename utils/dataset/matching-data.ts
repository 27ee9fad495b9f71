/**
 * The slice of the dataset that the content script carries to every page: what finding
 * mentions and listing them needs. Roles, statements, polls and sources stay with the popover's
 * script, which loads the whole dataset when a card is first shown. The build makes the slice
 * (modules/matching-data.ts); fields are picked one by one, so a new field in the format is left
 * out until the matcher needs it.
 */
import type {
  MatchingData,
  MatchingEntity,
  MatchingFigure,
  MatchingQuote,
  Statement,
} from './schema';

/** The verbatim quotes among a dataset's statements: what the quote check compares with. */
export function verbatimQuotes(statements: readonly Statement[]): MatchingQuote[] {
  return statements
    .filter((statement) => statement.mode === 'verbatim')
    .map((statement) => {
      const { id, speaker, text } = statement;
      // Statement translations are an optional part of the format; read them where present.
      const { translations } = statement as { translations?: MatchingQuote['translations'] };
      return translations ? { id, speaker, text, translations } : { id, speaker, text };
    });
}

/** The quotes of a matching slice, or of a whole dataset (from its statements). */
export function quotesOf(
  data: Pick<MatchingData, 'quotes'> & { statements?: readonly Statement[] },
): MatchingQuote[] {
  return data.quotes ?? verbatimQuotes(data.statements ?? []);
}

export function toMatchingData(
  dataset: MatchingData & { statements?: readonly Statement[] },
): MatchingData {
  return {
    quotes: quotesOf(dataset),
    entities: dataset.entities.map(({ id, category, scope, name, aliases, exclusions }) => ({
      id,
      category,
      ...(scope === undefined ? {} : { scope }),
      name,
      aliases,
      exclusions,
    })),
    figures: dataset.figures.map(({ id, value, unit, approximate, measures, forms, context }) => ({
      id,
      value,
      unit,
      approximate,
      measures,
      forms,
      context,
    })),
    ...(dataset.topic === undefined ? {} : { topic: dataset.topic }),
  };
}

/**
 * What the engine reads of its slice on every page it starts on: who and what it can name (ids,
 * categories, scopes) and the quotes. The names, aliases, exclusions and figures' forms are in
 * the matcher's tables by then; only the run-time compiler, where the tables are refused, reads
 * them: 2.5 of the slice's 31 KB are its index, and the rest is not decoded on a page that
 * never needs it.
 */
export interface SliceIndex {
  entities: Pick<MatchingEntity, 'id' | 'category' | 'scope'>[];
  figures: Pick<MatchingFigure, 'id'>[];
  quotes: MatchingQuote[];
}

/** The slice as the engine has it: its index at once, the whole slice only when asked. */
export interface IndexedSlice {
  index: SliceIndex;
  whole(): MatchingData;
}

export function toSliceIndex(slice: MatchingData): SliceIndex {
  return {
    entities: slice.entities.map(({ id, category, scope }) =>
      scope === undefined ? { id, category } : { id, category, scope },
    ),
    figures: slice.figures.map(({ id }) => ({ id })),
    quotes: quotesOf(slice),
  };
}

/** A slice already at hand, as the engine would have it (for tests and tools). */
export function indexedSlice(slice: MatchingData): IndexedSlice {
  return { index: toSliceIndex(slice), whole: () => slice };
}
