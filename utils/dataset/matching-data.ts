/**
 * The slice of the dataset that the content script carries to every page: what finding
 * mentions and listing them needs. Roles, statements, polls and sources stay with the popover's
 * script, which loads the whole dataset when a card is first shown. The build makes the slice
 * (modules/matching-data.ts); fields are picked one by one, so a new field in the format is left
 * out until the matcher needs it.
 */
import type { MatchingData, MatchingQuote, Statement } from './schema';

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
  data: MatchingData & { statements?: readonly Statement[] },
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
