import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { compileMatcher } from '../../../utils/matching';
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
