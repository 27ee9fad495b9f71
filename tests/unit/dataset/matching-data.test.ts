import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { compileMatcher } from '../../../utils/matching';
import { createMatcher } from '../../../utils/matching/match';
import { loadMatcherTables } from '../../../utils/matching/matcher-tables';
import { quoteCheckAtHand } from '../../../utils/matching/quote-check-source';
import { findQuotations } from '../../../utils/quotes/find';
import { builtMatchingData } from '../../support/matching-data-module';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** The demo article's text: every actor and figure of the dataset, in three languages. */
function demoText(): string {
  const html = readFileSync(resolve(repoRoot, 'demo/index.html'), 'utf8');
  return html.replace(/<[^>]+>/g, ' ');
}

describe('the content script’s slice of the dataset', () => {
  const slice = toMatchingData(dataset);

  it('finds exactly what the whole dataset finds', () => {
    const text = demoText();
    const fromSlice = compileMatcher(slice).find(text);
    const fromWhole = compileMatcher(dataset).find(text);
    expect(fromWhole.length).toBeGreaterThan(20);
    expect(fromSlice).toEqual(fromWhole);
  });

  it('leaves out what only the popover shows: roles, reported statements, polls, sources', () => {
    expect(Object.keys(slice).sort()).toEqual(['entities', 'figures', 'quotes', 'topic']);
    const json = JSON.stringify(slice);
    for (const entity of dataset.entities) expect(json).not.toContain(entity.role.en);
    // The quote check needs the verbatim quotes' words, speaker and uk/ru translations (to know a
    // translated quotation); nothing else of statements.
    for (const statement of dataset.statements) {
      if (statement.mode === 'verbatim') expect(json).toContain(JSON.stringify(statement.text));
      else expect(json).not.toContain(statement.text);
    }
    expect(slice.quotes?.map((quote) => Object.keys(quote).sort())).toEqual(
      slice.quotes?.map(() => ['id', 'speaker', 'text', 'translations']),
    );
    expect(json.length).toBeLessThan(JSON.stringify(dataset).length * 0.75);
  });

  it('is what the build writes into the engine’s data file, read back as the engine reads it', () => {
    const { matchingData } = builtMatchingData();
    // The topic travels as its cue tables (utils/page/topic-cue-tables.ts).
    const { topic, ...withoutTopic } = slice;
    expect(topic?.anchors.length).toBeGreaterThan(0);
    expect(matchingData).toEqual(withoutTopic);
  });
});

describe('the slice’s index: what the engine decodes on every page it starts on', () => {
  const slice = toMatchingData(dataset);
  const { sliceIndex, matcherTables } = builtMatchingData();

  it('holds each entity’s id, category and scope, each figure’s id, and the quotes', () => {
    expect(sliceIndex.entities).toEqual(
      dataset.entities.map(({ id, category, scope }) => ({ id, category, scope })),
    );
    expect(sliceIndex.figures).toEqual(dataset.figures.map(({ id }) => ({ id })));
    expect(sliceIndex.quotes).toEqual(slice.quotes);
  });

  it('leaves names, aliases, exclusions and figures’ forms to the whole slice', () => {
    const entityKeys = new Set(sliceIndex.entities.flatMap((entity) => Object.keys(entity)));
    expect([...entityKeys].sort()).toEqual(['category', 'id', 'scope']);
    expect(sliceIndex.figures.every((figure) => Object.keys(figure).join() === 'id')).toBe(true);
    const { topic: _topic, ...withoutTopic } = slice;
    expect(JSON.stringify(sliceIndex).length).toBeLessThan(
      JSON.stringify(withoutTopic).length * 0.2,
    );
  });

  it('with the build’s tables, finds what the whole slice finds, quotes included', () => {
    const text = demoText();
    const fromIndex = createMatcher(
      loadMatcherTables(sliceIndex, matcherTables),
      quoteCheckAtHand(findQuotations),
    ).find(text);
    expect(fromIndex.some((mention) => mention.kind === 'quote')).toBe(true);
    expect(fromIndex).toEqual(compileMatcher(slice).find(text));
  });
});
