/**
 * The quote check as the engine has it: loaded on the first block that may hold a quotation
 * (utils/matching/quote-check-source.ts). Until it is here the matcher gives that block's
 * mentions without quotations and says so; once it is, the same text gives what a matcher with
 * the check at hand gives. Texts with nothing a quotation could hang on never ask for it.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matching';
import { compileDataset } from '@/utils/matching/compile-dataset';
import { createMatcher } from '@/utils/matching/match';
import {
  type FindQuotations,
  quoteCheckAtHand,
  quoteCheckOnDemand,
} from '@/utils/matching/quote-check-source';
import { findQuotations } from '@/utils/quotes/find';
import { quotedSpeakers } from './fixtures';

const data = quotedSpeakers();

/** A loader that answers when the test says, counting how often it was asked. */
function heldLoader() {
  let answer: (find: FindQuotations) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const record = { loads: 0 };
  const load = () => {
    record.loads++;
    return new Promise<FindQuotations>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  };
  return {
    record,
    load,
    answer: (find: FindQuotations) => answer(find),
    fail: (error: Error) => fail(error),
  };
}

const withCheckAtHand = compileMatcher(data);
const withoutQuotations = createMatcher(
  compileDataset(data),
  quoteCheckAtHand(() => []),
);

describe('the matcher with the quote check loaded on demand', () => {
  // Each text: whether it may hold a quotation (an anchor's words, or the speaker of a
  // translated quote named beside a quotation mark and Cyrillic), and so asks for the check.
  const cases: [string, string, boolean][] = [
    ['names only', 'Alder and Brook met on Tuesday.', false],
    [
      'a translated quote’s speaker, quoted in English',
      'Brook said: “We shall see about that.”',
      false,
    ],
    [
      'a translated quote’s speaker, quoted in Cyrillic',
      'Brook: «Гавань залишається відкритою».',
      true,
    ],
    [
      'a translated quote’s speaker, Cyrillic without a quotation',
      'Brook: гавань відкрита.',
      false,
    ],
    ['no names, no anchor', 'The river rose overnight.', false],
    ['a name without a translated quote', 'Alder spoke first.', false],
    [
      'an anchor inside quotation marks',
      'Alder said: “Nobody in this city, not even Brook, voted for a wall across the river.”',
      true,
    ],
    [
      'an anchor without marks',
      'nobody in this city, not even Brook, voted for a wall across the river',
      true,
    ],
  ];

  it.each(cases)(
    '%s: asks for the check only where the text may hold a quotation',
    (_, text, asks) => {
      const { record, load } = heldLoader();
      const matcher = createMatcher(compileDataset(data), quoteCheckOnDemand(load));
      const found = matcher.find(text);
      expect(matcher.deferredQuotes?.() !== null).toBe(asks);
      expect(record.loads).toBe(asks ? 1 : 0);
      // Meanwhile: the mentions a matcher finds that checks no quotation.
      expect(found).toEqual(withoutQuotations.find(text));
    },
  );

  it('gives the names inside a quotation until the check is here, then the quotation in their place', async () => {
    const text =
      'Alder said: “Nobody in this city, not even Brook, voted for a wall across the river.”';
    const { record, load, answer } = heldLoader();
    const matcher = createMatcher(compileDataset(data), quoteCheckOnDemand(load));
    expect(matcher.find(text).map((mention) => mention.matched)).toEqual(['Alder', 'Brook']);
    const here = matcher.deferredQuotes?.();
    expect(here).toBeInstanceOf(Promise);
    // Another block before it is here: the same load, not a second one.
    matcher.find(text);
    expect(matcher.deferredQuotes?.()).toBe(here);
    expect(record.loads).toBe(1);
    answer(findQuotations);
    await here;
    const after = matcher.find(text);
    expect(matcher.deferredQuotes?.()).toBeNull();
    expect(after).toEqual(withCheckAtHand.find(text));
    expect(after.map((mention) => mention.kind)).toEqual(['entity', 'quote']);
    expect(record.loads).toBe(1);
  });

  it('stops waiting for a check that fails to load: quotations go unmarked, no block waits again', async () => {
    const text =
      'Alder said: “Nobody in this city, not even Brook, voted for a wall across the river.”';
    const { record, load, fail } = heldLoader();
    const matcher = createMatcher(compileDataset(data), quoteCheckOnDemand(load));
    matcher.find(text);
    const here = matcher.deferredQuotes?.();
    fail(new Error('quote-check.js did not load'));
    await expect(here).resolves.toBeUndefined();
    expect(matcher.find(text).map((mention) => mention.matched)).toEqual(['Alder', 'Brook']);
    expect(matcher.deferredQuotes?.()).toBeNull();
    expect(record.loads).toBe(1);
  });

  it('at hand: never defers', () => {
    const matcher = createMatcher(compileDataset(data), quoteCheckAtHand(findQuotations));
    const text =
      'Alder said: “Nobody in this city, not even Brook, voted for a wall across the river.”';
    expect(matcher.find(text).map((mention) => mention.kind)).toEqual(['entity', 'quote']);
    expect(matcher.deferredQuotes?.()).toBeNull();
  });
});
