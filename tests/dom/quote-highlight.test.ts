/**
 * Quotations on a page get their own highlight (`backstory-quote-<style>`), apart from the
 * names, with the real matcher over our own quotes: across inline elements, in either style,
 * and switched off with their speaker's category.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MatchingData } from '@/utils/dataset/schema';
import { compileMatcher } from '@/utils/matching';
import { compileDataset } from '@/utils/matching/compile-dataset';
import { createMatcher } from '@/utils/matching/match';
import { type FindQuotations, quoteCheckOnDemand } from '@/utils/matching/quote-check-source';
import { findQuotations } from '@/utils/quotes/find';
import { alias, entity, quotedSpeakers } from '../unit/matching/fixtures';
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

describe('quotation highlights where the quote check comes later (as the engine loads it)', () => {
  const named = quotedSpeakers();
  const page = `
    <p>Alder said: “Nobody in this <em>city</em>, not even Brook, voted for a wall across the river.”</p>
    <p>Brook said nothing else.</p>
  `;

  /** A matcher whose quote check arrives when the test lets it (or fails to). */
  function heldMatcher() {
    let settle: { answer: (find: FindQuotations) => void; fail: (error: Error) => void } | null =
      null;
    const matcher = createMatcher(
      compileDataset(named),
      quoteCheckOnDemand(
        () =>
          new Promise<FindQuotations>((answer, fail) => {
            settle = { answer, fail };
          }),
      ),
    );
    return { matcher, settle: () => settle };
  }

  it('shows the names meanwhile, is not idle, then paints the quotation in their place', async () => {
    setBody(page);
    const held = heldMatcher();
    const { scanner, registry } = startScanner({ matcher: held.matcher });
    let idle = false;
    void scanner.whenIdle().then(() => {
      idle = true;
    });
    await vi.waitFor(() =>
      expect(registry.texts('backstory-people-underline')).toEqual(['Alder', 'Brook', 'Brook']),
    );
    expect(registry.texts('backstory-quote-underline')).toEqual([]);
    expect(idle).toBe(false);
    held.settle()?.answer(findQuotations);
    await scanner.whenIdle();
    expect(registry.texts('backstory-quote-underline')).toEqual([
      'Nobody in this city, not even Brook, voted for a wall across the river.',
    ]);
    expect(registry.texts('backstory-people-underline')).toEqual(['Alder', 'Brook']);
    expect(scanner.mentions().map((mention) => mention.kind)).toEqual([
      'entity',
      'quote',
      'entity',
    ]);
  });

  it('keeps the names and settles when the quote check cannot be loaded', async () => {
    setBody(page);
    const held = heldMatcher();
    const { scanner, registry } = startScanner({ matcher: held.matcher });
    await vi.waitFor(() => expect(held.settle()).not.toBeNull());
    held.settle()?.fail(new Error('quote-check.js did not load'));
    await scanner.whenIdle();
    expect(registry.texts('backstory-quote-underline')).toEqual([]);
    expect(registry.texts('backstory-people-underline')).toEqual(['Alder', 'Brook', 'Brook']);
  });

  it('matches the text as a matcher with the check at hand does, once it is here', async () => {
    setBody(page);
    const held = heldMatcher();
    const { scanner } = startScanner({ matcher: held.matcher });
    await vi.waitFor(() => expect(held.settle()).not.toBeNull());
    held.settle()?.answer(findQuotations);
    await scanner.whenIdle();
    const strip = (list: readonly { start: number; end: number; id: string; kind: string }[]) =>
      list.map(({ start, end, id, kind }) => ({ start, end, id, kind }));
    const later = strip(scanner.mentions());
    setBody(page);
    const atHand = startScanner({ matcher: compileMatcher(named) }).scanner;
    await atHand.whenIdle();
    expect(later).toEqual(strip(atHand.mentions()));
    expect(later.map((mention) => mention.kind)).toEqual(['entity', 'quote', 'entity']);
  });
});
