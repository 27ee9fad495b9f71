/**
 * The key check tells which text nodes of a batch hold a key (`GateScan.locateAll`), reading
 * with its automaton only the texts near where the probe's expression matches. Its answers
 * must be those of the automaton reading every text of the batch: checked here against that
 * reading, on seeded random texts full of keys, near-keys, invisible units and "İ", split at
 * random into text nodes and batches, and on every corpus page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { createExactScan } from '../../../utils/gate/exact-scan';
import { writeGateTables } from '../../../utils/gate/gate-tables-writer';
import { gateKeys } from '../../../utils/gate/keys';
import { keepForNext, tailBefore } from '../../../utils/gate/overlap';
import { createProbe } from '../../../utils/gate/probe';
import { createGateScan } from '../../../utils/gate/scan';
import { readCorpusPages } from '../../bench/corpus-text';
import { seededRandom } from '../../support/seeded-random';
import { sharedDir } from '../../support/shared-dir';

const keys = gateKeys(toMatchingData(dataset));
const built = writeGateTables(keys);

/** Every text of each batch read by the automaton, after the end of the text before. */
function locateReadingAll(batches: readonly (readonly string[])[]): (number[] | null)[] {
  const exact = createExactScan(keys, built.automaton);
  const probe = createProbe(built.probe);
  let kept = '';
  return batches.map((texts) => {
    const before = tailBefore(kept);
    const seen = before + texts.join('');
    kept = keepForNext(seen);
    if (!probe.mayHoldKey(seen)) return null;
    exact.reset();
    exact.endsIn(before, true);
    return texts.map((text) => exact.endsIn(text));
  });
}

function locateAsTheKeyCheck(batches: readonly (readonly string[])[]): (number[] | null)[] {
  const scan = createGateScan(keys, built);
  return batches.map((texts) => scan.locateAll(texts));
}

/** `text` cut at random into text nodes, and those into batches of about `batchUnits`. */
function intoBatches(text: string, random: () => number, batchUnits: number): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let units = 0;
  for (let at = 0; at < text.length; ) {
    const length = 1 + Math.floor(random() * (random() < 0.2 ? 4 : 300));
    const piece = text.slice(at, at + length);
    at += length;
    batch.push(piece);
    units += piece.length;
    if (units >= batchUnits) {
      batches.push(batch);
      batch = [];
      units = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Words that hold no key, among them runs of invisible units and dotted capital I's: the
 * normalization removes or lengthens those, far more than the automaton's reach around a key.
 */
const FILLER = [
  'weather',
  'football',
  'the',
  'and',
  '—',
  '«',
  '»',
  '新',
  '🇺🇦',
  '\u200b'.repeat(300),
  '\u00ad'.repeat(200),
  'İ'.repeat(300),
];
/** Words to build texts of: keys whole and cut, near-keys, units the normalization moves, filler. */
const PIECES = [
  ...keys.map((key) => key.trim()),
  ...keys.map((key) => key.slice(0, Math.ceil(key.length / 2))),
  'Putin',
  'PUTIN',
  'Pu\u00adtin',
  'Pu\u200btin',
  'İstanbul',
  'Kyiv',
  'Київ',
  'Крим',
  'кримінальний',
  'computing',
  'Soviet',
  'leadership',
  '’s',
  ...FILLER,
];
const GAPS = [' ', ' ', ' ', '\n    ', '', ', ', '. ', '\u00a0', '-'];

describe('the key check locates keys as the automaton reading every text would', () => {
  it('on seeded random texts, cut into nodes and batches at random', () => {
    const random = seededRandom(1313);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let located = 0;
    for (let round = 0; round < 150; round++) {
      // Mostly filler, with keys now and then, so that stretches both meet and stand apart.
      const words: string[] = [];
      const count = 50 + Math.floor(random() * 1500);
      for (let i = 0; i < count; i++) {
        words.push(random() < 0.03 ? pick(PIECES) : pick(FILLER));
        words.push(pick(GAPS));
      }
      const batches = intoBatches(words.join(''), random, 1 + Math.floor(random() * 8192));
      const expected = locateReadingAll(batches);
      expect(locateAsTheKeyCheck(batches)).toEqual(expected);
      located += expected.filter((ends) => ends?.some((end) => end !== 0)).length;
    }
    // Not vacuous: many batches hold a key.
    expect(located).toBeGreaterThan(150);
  });

  it('with a key more than a batch overlap after the last match of the batch before', () => {
    const filler = 'weather and football '.repeat(200);
    const batches = [
      [`Kyiv ${filler}`, filler],
      [filler, 'Putin spoke', filler],
    ];
    expect(locateAsTheKeyCheck(batches)).toEqual(locateReadingAll(batches));
  });

  describe.skipIf(!sharedDir)('on every corpus page', () => {
    const pages = sharedDir ? readCorpusPages(join(sharedDir, 'corpus')) : [];
    it('gives the same answers', () => {
      expect(pages.length).toBeGreaterThan(100);
      const random = seededRandom(13);
      let located = 0;
      for (const page of pages) {
        const batches = intoBatches(page.text, random, 8192);
        const expected = locateReadingAll(batches);
        expect(locateAsTheKeyCheck(batches), page.name).toEqual(expected);
        located += expected.filter((ends) => ends?.some((end) => end !== 0)).length;
      }
      expect(located).toBeGreaterThan(30);
    });
  });
});
