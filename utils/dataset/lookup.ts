/**
 * Small pure queries over a dataset, so the UI never walks the arrays itself.
 * Each takes the dataset as an argument: the same code serves the bundled data
 * and the fixtures in tests.
 */
import type { Dataset, Entity, Figure, Poll, Source, Statement } from './schema';

export function entityById(dataset: Dataset, id: string): Entity | undefined {
  return dataset.entities.find((entity) => entity.id === id);
}

export function figureById(dataset: Dataset, id: string): Figure | undefined {
  return dataset.figures.find((figure) => figure.id === id);
}

export function sourceById(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((source) => source.id === id);
}

export function pollById(dataset: Dataset, id: string): Poll | undefined {
  return dataset.polls.find((poll) => poll.id === id);
}

/** Statements an entity made or that are about it: its own words first, each in article order. */
export function statementsFor(dataset: Dataset, entityId: string): Statement[] {
  // Array.prototype.sort is stable: statements from one sentence keep their dataset order.
  const inArticleOrder = (a: Statement, b: Statement) => a.sentence - b.sentence;
  const spoken = dataset.statements.filter((statement) => statement.speaker === entityId);
  const about = dataset.statements.filter(
    (statement) => statement.speaker !== entityId && statement.about.includes(entityId),
  );
  return [...spoken.sort(inArticleOrder), ...about.sort(inArticleOrder)];
}

/** The poll a figure answers, if it is a poll answer. */
export function pollFor(dataset: Dataset, figure: Figure): Poll | undefined {
  return figure.poll === undefined ? undefined : pollById(dataset, figure.poll);
}

/** A poll's answers in the poll's order, ready to chart together. */
export function pollAnswers(dataset: Dataset, poll: Poll): Figure[] {
  return poll.answers
    .map((id) => figureById(dataset, id))
    .filter((figure): figure is Figure => figure !== undefined);
}
