import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import type { MatchingData } from '../../../utils/dataset/schema';
import { gateKeys } from '../../../utils/gate/keys';
import { collectPatterns } from '../../../utils/matching/compile';
import { normalizeForMatching } from '../../../utils/matching/normalize';

const data = toMatchingData(dataset);
const keys = gateKeys(data);
const holdsKey = (text: string) => keys.some((key) => text.includes(key));

describe('the first pass keys (real dataset)', () => {
  const { patterns } = collectPatterns(data);
  const scopeOf = new Map(data.entities.map((entity) => [entity.id, entity.scope ?? 'specific']));

  it('are a few dozen words and pairs, not the dataset', () => {
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.length).toBeLessThan(120);
    expect(keys.every((key) => key.length >= 4)).toBe(true);
  });

  it('hold every pattern of an entity shown on any page', () => {
    const specific = patterns.filter((pattern) =>
      pattern.candidates.some((c) => c.type === 'alias' && scopeOf.get(c.mention.id) !== 'general'),
    );
    expect(specific.length).toBeGreaterThan(20);
    expect(specific.map((p) => p.text).filter((text) => !holdsKey(text))).toEqual([]);
  });

  it('hold every quote anchor', () => {
    const anchors = patterns.filter((pattern) => pattern.quoteAnchors.length > 0);
    expect(anchors.length).toBeGreaterThan(5);
    expect(anchors.map((p) => p.text).filter((text) => !holdsKey(text))).toEqual([]);
  });

  it('hold every topic anchor, the evidence any general mention or figure needs', () => {
    // A whole-word cue ("крим" + endings) is held as its words: the bare stem before a space.
    const stems = (data.topic?.anchors ?? []).flatMap((a) =>
      (a.endings ?? ['']).map(
        (ending) =>
          normalizeForMatching(a.endings === undefined ? a.stem : `${a.stem}${ending} `).text,
      ),
    );
    expect(stems.length).toBeGreaterThan(20);
    expect(stems.filter((stem) => !holdsKey(stem))).toEqual([]);
  });

  it('leave out the general entities: "US", "Trump", "Europe" alone wake nothing', () => {
    for (const word of ['us', 'u.s.', 'trump', 'трамп', 'europe', 'nato', 'rubio', 'reuters']) {
      expect(holdsKey(word), word).toBe(false);
    }
  });

  it('hold no key inside another (the shorter finds it anyway)', () => {
    for (const key of keys) {
      expect(
        keys.filter((other) => other !== key && key.includes(other)),
        key,
      ).toEqual([]);
    }
  });
});

describe('quote keys', () => {
  const withQuote = (text: string): MatchingData => ({
    ...data,
    entities: data.entities.filter((entity) => entity.id === 'lavrov'),
    figures: [],
    topic: { anchors: [], context: [] },
    quotes: [{ id: 'q', speaker: 'lavrov', text }],
  });

  it('are pairs ending in a long word, never a long word alone ("formation" is in "information")', () => {
    const quoteKeys = gateKeys(
      withQuote('They spoke about the formation of the new government in the spring'),
    ).filter((key) => key.includes(' '));
    expect(quoteKeys.length).toBeGreaterThan(0);
    for (const key of quoteKeys) expect(key).not.toMatch(/^formation/);
    expect(quoteKeys.some((key) => 'plenty of information of the kind'.includes(key))).toBe(false);
  });
});
