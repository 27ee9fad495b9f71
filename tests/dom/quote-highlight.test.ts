/**
 * Quotations on a page get their own highlight (`backstory-quote-<style>`), apart from the
 * names, with the real matcher over our own quotes: across inline elements, in either style,
 * and switched off with their speaker's category.
 */
import { describe, expect, it } from 'vitest';
import type { MatchingData } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { alias, entity } from '../unit/matching/fixtures';
import { ALL_ON, setBody } from './fakes/page';
import { startScanner } from './fakes/scanner-harness';

const data: MatchingData = {
  entities: [entity('alder', [alias('Alder', { form: 'surname' })])],
  figures: [],
  quotes: [
    {
      id: 'wall',
      speaker: 'alder',
      text: 'Nobody in this city voted for a wall across the river.',
    },
  ],
};
const matcher = compileMatcher(data);

const PAGE = `
  <p>Alder said: “Nobody in this <em>city</em> voted for a wall across the river.”</p>
  <p>Alder said nothing else.</p>
`;

describe('quotation highlights', () => {
  it('paints a quotation under backstory-quote-underline and the names under their category', async () => {
    setBody(PAGE);
    const { scanner, registry } = startScanner({ matcher });
    await scanner.whenIdle();
    expect(registry.texts('backstory-quote-underline')).toEqual([
      'Nobody in this city voted for a wall across the river.',
    ]);
    expect(registry.texts('backstory-people-underline')).toEqual(['Alder', 'Alder']);
  });

  it('follows the style setting and the speaker’s category', async () => {
    setBody(PAGE);
    const { scanner, registry } = startScanner({
      matcher,
      settings: { ...ALL_ON, style: 'background' },
    });
    await scanner.whenIdle();
    expect(registry.texts('backstory-quote-background')).toHaveLength(1);
    expect(registry.texts('backstory-quote-underline')).toEqual([]);
    scanner.applySettings({ ...ALL_ON, categories: { ...ALL_ON.categories, people: false } });
    expect(registry.texts('backstory-quote-underline')).toEqual([]);
    expect(registry.texts('backstory-quote-background')).toEqual([]);
  });
});
