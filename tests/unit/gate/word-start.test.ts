/**
 * The first pass passes over a key found inside a longer word ("putin" in "computing":
 * utils/gate/exact-scan.ts, WORD_KEY_ENDS). That is safe only if every match the engine could
 * show holds a key that starts a word: checked here on the dataset's own patterns and cues,
 * the strings the keys stand for (utils/gate/keys.ts).
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { isWordUnit } from '../../../utils/gate/exact-scan';
import { gateKeys } from '../../../utils/gate/keys';
import { unitInfo, WORD } from '../../../utils/matching/char-classes';
import { collectPatterns } from '../../../utils/matching/compile';
import { normalizeForMatching } from '../../../utils/matching/normalize';

const data = toMatchingData(dataset);
const keys = gateKeys(data);
const fold = (text: string) => normalizeForMatching(text).text;

/**
 * What the keys must find, folded: every topic anchor (a general mention shows only in text
 * with one), every pattern of an entity shown on any page, every quote anchor.
 */
function coveredStrings(): string[] {
  const scopeOf = new Map(data.entities.map((entity) => [entity.id, entity.scope ?? 'specific']));
  const covered: string[] = [];
  for (const anchor of data.topic?.anchors ?? []) {
    for (const ending of anchor.endings ?? ['']) covered.push(fold(anchor.stem + ending));
  }
  for (const pattern of collectPatterns(data).patterns) {
    const showsAnywhere = pattern.candidates.some(
      (candidate) => candidate.type === 'alias' && scopeOf.get(candidate.mention.id) !== 'general',
    );
    if (showsAnywhere || pattern.quoteAnchors.length > 0) covered.push(pattern.text);
  }
  return covered;
}

/**
 * Whether `key` stands in `text` where the engine's match of `text` has a word start: at its
 * start, when that is a letter or digit (the matcher then needs a boundary before it; a topic
 * cue always does), or after a space (which only white space folds to). A key's trailing space
 * is a word end: the end of `text` is one.
 */
function startsWordIn(key: string, text: string): boolean {
  const padded = `${text} `;
  for (let at = padded.indexOf(key); at !== -1; at = padded.indexOf(key, at + 1)) {
    if (at === 0 ? isWordUnit(padded.charCodeAt(0)) : padded[at - 1] === ' ') return true;
  }
  return false;
}

describe('every string the keys stand for holds a key that starts a word', () => {
  const covered = coveredStrings();

  it('has the strings', () => {
    expect(covered.length).toBeGreaterThan(100);
  });

  it.each(covered)('%s', (text) => {
    expect(keys.some((key) => startsWordIn(key, text))).toBe(true);
  });
});

describe("the first pass's word units", () => {
  it('are the matcher’s, on every code unit', () => {
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (isWordUnit(unit) !== ((unitInfo(unit) & WORD) !== 0)) differ.push(unit);
    }
    expect(differ).toEqual([]);
  });
});
